// /backprop's buttons: the other reading of a page read in an assumed order is one click away, on Discord and Slack.
import { describe, expect, it } from 'vitest';
import { loadCase } from '../../../bench/corpus/cases.js';
import { backpropInteractions } from '../../../commands/interactions/backprop.js';
import { parseDefinition } from '../../../src/definition/index.js';
import { shownButtons } from '../../../src/dispatch/interactions.js';
import type { Reply, Request } from '../../../src/dispatch/types.js';
import { declaredButtons } from '../../../src/platforms/discord/message.js';

const kaifeng = loadCase('kaifeng-chinese-2-2-1').setupText;
const OWN_MATRICES =
  'W1 = [[0.15, 0.25], [0.20, 0.30]]\nW2 = [[0.40, 0.50], [0.45, 0.55]]\nb1=0.35 b2=0.60  x = [0.05, 0.10]  t1=0.01 t2=0.99';
const reply: Reply = { text: 'ok', kind: 'ok' };
const request = (options: Request['options'], text?: string): Request => ({
  command: 'backprop',
  options,
  ...(text === undefined ? {} : { text }),
  user: { id: 'u' },
  locale: 'en',
});
const buttons = backpropInteractions.buttons!;

describe("/backprop's other-reading button", () => {
  it('comes with a page read in an assumed order, and its click computes the page read the other way', () => {
    const state = buttons.state(request({}, kaifeng), reply)!;
    expect(state.other).toBe('0.5,0.7;0.6,0.8|0.9,0.1');
    const ids = shownButtons(buttons, state).map((b) => b.id);
    expect(ids).toContain('other-reading');
    const click = buttons.buttons.find((b) => b.id === 'other-reading')!.click(state);
    const other = parseDefinition(String(click.definition));
    const sourceFirst = parseDefinition(kaifeng, { numbering: 'source-first' });
    expect(other.ok && sourceFirst.ok && other.value.spec.weights).toEqual(
      sourceFirst.ok && sourceFirst.value.spec.weights,
    );
    // Rendered on Discord (state in the embed) with its label in either language.
    const [row, second] = declaredButtons('backprop', buttons, state, 'fa', true) as {
      components: { custom_id: string; label: string }[];
    }[];
    const all = [...row!.components, ...(second?.components ?? [])];
    expect(all.find((c) => c.custom_id === 'b:backprop:other-reading:@')!.label).toBe('خوانش دیگر');
  });

  it("comes with aiml-notes' per-layer w11…w22 (read source-first by assumption): its click reads them destination-first", () => {
    const aiml = loadCase('aiml-notes-relu').setupText;
    const state = buttons.state(request({}, aiml), reply)!;
    expect(shownButtons(buttons, state).map((b) => b.id)).toContain('other-reading');
    const click = buttons.buttons.find((b) => b.id === 'other-reading')!.click(state);
    const other = parseDefinition(String(click.definition));
    const destinationFirst = parseDefinition(aiml, { numbering: 'destination-first' });
    expect(other.ok && destinationFirst.ok && other.value.spec.weights).toEqual(
      destinationFirst.ok && destinationFirst.value.spec.weights,
    );
  });

  it('is left out for a preset, our own matrices, or when numbering: was typed', () => {
    for (const state of [
      buttons.state(request({ preset: 'mazur' }), reply)!,
      buttons.state(request({}, OWN_MATRICES), reply)!,
      buttons.state(request({ numbering: 'source-first' }, kaifeng), reply)!,
    ]) {
      expect(state.other).toBeUndefined();
      expect(shownButtons(buttons, state).map((b) => b.id)).not.toContain('other-reading');
    }
  });
});

describe("/backprop's train button", () => {
  const train = buttons.buttons.find((b) => b.id === 'train')!;

  it('trains a data set ten epochs beyond what the reply trained, not ten beyond one', () => {
    // xor trains 5000 epochs; the reply says so, and the button starts from there.
    const state = buttons.state(request({ preset: 'xor' }), { ...reply, trained: 5000 })!;
    expect(train.click(state).steps).toBe(5010);
  });

  it('trains one sample ten steps beyond the steps option or the definition', () => {
    expect(train.click(buttons.state(request({ preset: 'mazur' }), { ...reply, trained: 1 })!).steps).toBe(
      11,
    );
    expect(train.click(buttons.state(request({ preset: 'mazur', steps: 40 }), reply)!).steps).toBe(50);
  });
});
