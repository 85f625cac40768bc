// Markdown as chat and web pages paste it: **bold**, `code`, bullets and quotes → the plain text they wrap.
// Every rewrite keeps the text's length (markers become spaces), so offsets stay those of the original.

const blank = (text: string) => text.replace(/[^\n]/g, ' ');

/**
 * A notebook exported as a script writes a markdown cell as `# ` comment lines, its blank lines as a bare `#`:
 * a text that is only such lines, one of them a bare `#`, is that cell (our notation's comments are never all).
 */
export function uncommentNotebook(text: string): string {
  const lines = text.split('\n');
  if (!lines.some((line) => /^#\s*$/.test(line))) return text;
  if (lines.some((line) => line.trim() !== '' && !line.startsWith('#'))) return text;
  return text.replace(/^# ?/gm, (marker) => blank(marker));
}

/** Strips emphasis, inline code and list markers; a heading keeps its `#` (a comment), so it is skipped. */
export function plainMarkdown(text: string): string {
  return (
    uncommentNotebook(text)
      // `**bold**` and `__bold__`, never `2**3` (a power written Python's way).
      .replace(
        /(?<![\w)\]*])(\*\*|__)(?=\S)([^*\n]*?\S)\1(?!\w)/g,
        (_, marker: string, inner: string) => `${blank(marker)}${inner}${blank(marker)}`,
      )
      // Inline `code`, never a ``` fence.
      .replace(/(?<!`)`([^`\n]+)`(?!`)/g, (_, inner: string) => ` ${inner} `)
      // Bullets (-, *, •, numbered 1. or 1)) and block quotes at the start of a line, before a word.
      .replace(
        /^[^\S\r\n\u2028\u2029]*(?:[-*•◦▪‣]|\d{1,2}[.)]|>)[^\S\r\n\u2028\u2029]+(?=[^\d\s.-])/gmu,
        blank,
      )
  );
}
