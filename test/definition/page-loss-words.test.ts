// A page's "Loss: MSE" is the page's word, not our `loss: mse` option: read as ½Σ(t−o)² by convention and said,
// unless its worked numbers settle it (issue #11: "½ or not in MSE … say so in one line").
import { describe, expect, it } from 'vitest';
import { loadCase } from '../../bench/corpus/cases.js';
import { parseDefinition, type ParsedDefinition } from '../../src/definition/index.js';

function read(text: string, worked?: string): ParsedDefinition {
  const parsed = parseDefinition(text, worked ? { worked } : {});
  if (!parsed.ok) throw new Error(parsed.error.map((e) => e.message).join('\n'));
  return parsed.value;
}

// primelearnpoint-setup-only, line 17: "Activation: Sigmoid  |  Target y = 1.0  |  Loss: MSE".
const PRIMELEARNPOINT = loadCase('primelearnpoint-setup-only').setupText;

describe('a page that says "Loss: MSE"', () => {
  it('is read as ½Σ(t−o)², said in one line that names its line and offers loss: mse', () => {
    const parsed = read(PRIMELEARNPOINT);
    expect(parsed.spec.loss).toBe('half_sse');
    const note = parsed.noteMessages.find((n) => n.id === 'definition.note.mse_reading');
    expect(note?.params.line).toBe(17);
  });

  it('keeps our own `loss: mse` typed above the page (what the note offers), and our notation alone', () => {
    expect(read(`loss: mse\n${PRIMELEARNPOINT}`).spec.loss).toBe('mse');
    expect(read('loss: MSE\ni1 = 1, i2 = 0, w1 = 0.1, w2 = 0.2, t1 = 1, b1 = 0').spec.loss).toBe('mse');
  });

  it("lets the page's worked numbers settle the ½: (t − o)² = 0.1122 and −2(t − o) = −0.6699 are no ½", () => {
    // o = σ(0.3·σ(0.21) + 0.9·σ(0.315)) = 0.66506 for the page's network; ½(1 − o)² = 0.0561, −(1 − o) = −0.3349.
    const parsed = read(PRIMELEARNPOINT, 'Loss = (1 - 0.6651)^2 = 0.1122\ndL/dy = -2(1 - 0.6651) = -0.6699');
    expect(parsed.spec.loss).not.toBe('half_sse');
  });
});
