// "MSE" read as ½Σ(t−o)² by convention is said in one line, and the other reading is one click away (issue #11).
import { describe, expect, it } from 'vitest';
import { loadCase } from '../../../bench/corpus/cases.js';
import { backpropInteractions } from '../../../commands/interactions/backprop.js';
import { parseDefinition } from '../../../src/definition/index.js';
import { shownButtons } from '../../../src/dispatch/interactions.js';
import type { Reply, Request } from '../../../src/dispatch/types.js';
import { declaredButtons } from '../../../src/platforms/discord/message.js';

// sghosh-single-neuron: "- Loss: Mean Squared Error (MSE)", and no worked number settles the ½.
const sghosh = loadCase('sghosh-single-neuron').setupText;
const reply: Reply = { text: 'ok', kind: 'ok' };
const request = (options: Request['options'], text?: string): Request => ({
  command: 'backprop',
  options,
  ...(text === undefined ? {} : { text }),
  user: { id: 'u' },
  locale: 'en',
});
const buttons = backpropInteractions.buttons!;

describe("/backprop's MSE-reading button", () => {
  it('comes with a page whose "MSE" was read as ½Σ by convention, and its click computes (1/n)Σ', () => {
    const shown = parseDefinition(sghosh);
    expect(shown.ok && shown.value.spec.loss).toBe('half_sse');
    const state = buttons.state(request({}, sghosh), reply)!;
    expect(shownButtons(buttons, state).map((b) => b.id)).toContain('mse-reading');
    const click = buttons.buttons.find((b) => b.id === 'mse-reading')!.click(state);
    const other = parseDefinition(String(click.definition));
    expect(other.ok && other.value.spec.loss).toBe('mse');
    // The rest of the network is the one shown.
    expect(other.ok && shown.ok && other.value.spec.weights).toEqual(shown.ok && shown.value.spec.weights);
    const rows = declaredButtons('backprop', buttons, state, 'fa', true) as {
      components: { custom_id: string; label: string }[];
    }[];
    const all = rows.flatMap((row) => row.components);
    expect(all.find((c) => c.custom_id.startsWith('b:backprop:mse-reading'))!.label).toMatch(/MSE/);
  });

  it('is left out for a preset, a loss the page states, or one its worked numbers settled', () => {
    const schiendorfer = loadCase('schiendorfer-no-bias');
    for (const state of [
      buttons.state(request({ preset: 'mazur' }), reply)!,
      buttons.state(
        request({}, `${sghosh}\nloss: half_sse`.replace('- Loss: Mean Squared Error (MSE)', '')),
        reply,
      )!,
      buttons.state(request({}, loadCase('keonhee-korean-linear-output').setupText), reply)!,
      buttons.state(request({}, schiendorfer.setupText), reply)!,
    ]) {
      expect(shownButtons(buttons, state).map((b) => b.id)).not.toContain('mse-reading');
    }
  });
});
