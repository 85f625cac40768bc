// Chinese and Japanese pages type their punctuation full-width (`（ReLU 激活）`, `输入层：3个神经元。`, `0.05，0.10`):
// each such character is one ASCII character, so offsets and columns stay exact.

const IDEOGRAPHIC: Record<string, string> = { '\u3000': ' ', '\u3001': ',', '\u3002': '.' };

/** Quotes, `#`, `$`, `\\`, `|` stay as typed: they would open or close a string, comment, LaTeX or table cell. */
const STRUCTURAL = new Set(['＂', '＃', '＄', '＇', '＼', '｀', '｜']);

/** `（` → `(`, `：` → `:`, `，` → `,`, `。` → `.`; undefined for any other character. */
export function asciiOfFullWidth(c: string): string | undefined {
  if (STRUCTURAL.has(c)) return undefined;
  const code = c.charCodeAt(0);
  // The full-width block mirrors ASCII 0x21–0x7E at a fixed distance.
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  return IDEOGRAPHIC[c];
}
