// Any definition a user typed -> the one-line form the `definition` option accepts (what buttons carry).
import { formatOneLine, parseDefinition } from '../../definition/index.js';

export function canonicalDefinition(text: string): string | undefined {
  const parsed = parseDefinition(text);
  if (!parsed.ok) return undefined;
  const line = formatOneLine(parsed.value.spec as Parameters<typeof formatOneLine>[0]);
  return line.includes('\n') ? undefined : line;
}
