// A name the user typed, as public chat text: a code span, so no link, masked link, `<url|text>`, mention or
// formatting in it works, and without control or bidi-override characters (they reorder what others read).

/** C0/C1 controls, bidi embeddings/overrides/isolates and marks (U+200C, which Persian needs, is kept). */
const HIDDEN_CHARACTERS = /[\p{Cc}\u061c\u200b\u200e\u200f\u202a-\u202e\u2060-\u2069\ufeff]/gu;
/** Longer names are cut: a title is one line. */
const NAME_MAX = 80;

/** The text with invisible and direction-changing characters removed (line breaks become spaces). */
export function withoutHiddenCharacters(text: string): string {
  return text.replace(/[\r\n\t]+/g, ' ').replace(HIDDEN_CHARACTERS, '');
}

/** `name` as an inline code span that both Discord and Slack show verbatim. */
export function plainName(name: string): string {
  const visible = withoutHiddenCharacters(name).replace(/`/g, "'").trim();
  const cut = visible.length > NAME_MAX ? `${visible.slice(0, NAME_MAX - 1)}…` : visible;
  return `\`${cut || '?'}\``;
}
