// Markdown and LaTeX wrapping around a statement, removed before it is read: `* **h1 : … = 0.90**`, `\(…\)`, `code`.

const WRAPPING: [RegExp, string][] = [
  // Bullets and numbered items at the start of a row.
  [/^\s?(?:[-*•+]|\d{1,3}[.)])\s+/, ''],
  // Block quotes and headings.
  [/^\s?(?:>\s?)+/, ''],
  [/^\s?#{1,6}\s/, ''],
  // Bold and code marks (a single `*` is a product and stays).
  [/\*\*|__|`/g, ' '],
  // Inline and display math delimiters.
  [/\\[()[\]]/g, ' '],
];

/** A row (spaces already collapsed) without its markdown and math delimiters. */
export function withoutWrapping(row: string): string {
  let text = row;
  for (const [pattern, replacement] of WRAPPING) text = text.replace(pattern, replacement);
  return text;
}
