// A /check request's text: the network in the first ``` fenced block, the answers in the rest (line numbers kept).

export interface RequestParts {
  network?: string;
  /** The answers, with the network's lines blanked so line numbers match what the user pasted. */
  answers: string;
}

const FENCE = /^\s*```/;

export function splitRequestText(text: string, networkGivenElsewhere: boolean): RequestParts {
  const lines = text.split(/\r\n|\r|\n/);
  const open = lines.findIndex((line) => FENCE.test(line));
  const close = open < 0 ? -1 : lines.findIndex((line, k) => k > open && FENCE.test(line));
  if (open < 0 || close < 0) return { answers: text };
  const blank = (from: number, to: number) => lines.map((line, k) => (k >= from && k <= to ? '' : line));
  if (networkGivenElsewhere) {
    // The network came as an option: a fenced block here just wraps the answers.
    return { answers: lines.map((line, k) => (k === open || k === close ? '' : line)).join('\n') };
  }
  // The opening fence may carry a language tag and even the first line: ```json {...
  const firstLine = lines[open]!.replace(FENCE, '').replace(/^[A-Za-z-]+\s*$/, '');
  const network = [firstLine, ...lines.slice(open + 1, close)].join('\n').trim();
  return { network, answers: blank(open, close).join('\n') };
}
