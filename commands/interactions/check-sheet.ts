// /check's setup and answers as one text a reply's buttons can carry (Discord shows it in the message's embed,
// Slack in the buttons' value): the setup, a divider line, then the answers with their line numbers kept.

const DIVIDER = '--- answers ---';
const LINE_BREAK = /\r\n|\r|\n/;

/** Undefined when the setup has the divider's own line (it would not split back the same). */
export function joinSheet(setup: string, answers: string): string | undefined {
  if (setup.split(LINE_BREAK).some((line) => line.trim() === DIVIDER)) return undefined;
  return `${setup.trim()}\n${DIVIDER}\n${answers}`;
}

export function splitSheet(sheet: string): { setup: string; answers: string } | undefined {
  const lines = sheet.split(LINE_BREAK);
  const at = lines.findIndex((line) => line.trim() === DIVIDER);
  if (at < 0) return undefined;
  return { setup: lines.slice(0, at).join('\n'), answers: lines.slice(at + 1).join('\n') };
}
