import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  backpropInteractions,
  canonicalDefinition,
  networkSource,
} from '../../../commands/interactions/backprop.js';
import type { Request } from '../../../src/dispatch/types.js';
import {
  buttonCustomId,
  modalCustomId,
  parseButtonCustomId,
  parseModalCustomId,
  readState,
  stateEmbed,
} from '../../../src/platforms/discord/state.js';
import { CLASSIC_NUMBERED } from '../../helpers/classic-network.js';

const request = (options: Request['options'], text?: string): Request => ({
  command: 'backprop',
  options,
  user: { id: 'u' },
  locale: 'en',
  ...(text ? { text } : {}),
});

const declared = backpropInteractions.buttons!;
const click = (id: string, state: Record<string, string>) =>
  declared.buttons.find((b) => b.id === id)!.click(state);

describe('button and modal custom_ids', () => {
  it('round-trip every declared button within Discord’s 100 characters', () => {
    for (const button of declared.buttons) {
      const id = buttonCustomId('backprop', button.id)!;
      expect(id.length).toBeLessThanOrEqual(100);
      expect(parseButtonCustomId(id)).toEqual({ command: 'backprop', button: button.id });
    }
    expect(parseButtonCustomId('b:backprop:side ways:@')).toBeUndefined();
    expect(parseButtonCustomId('other:train')).toBeUndefined();
  });

  it('carry a short state in the custom_id and refuse one that would pass 100 characters', () => {
    const id = buttonCustomId('exercise', 'confirm', { action: 'delete', name: 'hw 1;x=y' })!;
    expect(parseButtonCustomId(id)).toEqual({
      command: 'exercise',
      button: 'confirm',
      state: { action: 'delete', name: 'hw 1;x=y' },
    });
    expect(buttonCustomId('exercise', 'confirm', { name: 'x'.repeat(90) })).toBeUndefined();
  });

  it('keep the modal’s options within 100 characters whatever the user typed', () => {
    fc.assert(
      fc.property(
        fc.record({ view: fc.string(), steps: fc.string(), theme: fc.string({ maxLength: 200 }) }),
        (kept) => {
          expect(modalCustomId('backprop', kept).length).toBeLessThanOrEqual(100);
        },
      ),
    );
    const id = modalCustomId('backprop', { view: 'backward', steps: '20', lang: 'fa' });
    expect(parseModalCustomId(id)).toEqual({
      command: 'backprop',
      kept: { view: 'backward', steps: '20', lang: 'fa' },
    });
    expect(parseModalCustomId(buttonCustomId('backprop', 'train')!)).toBeUndefined();
  });
});

describe('the network carried by a /backprop reply', () => {
  it('is the preset, or the canonical one-line definition, which parses back to the same network', () => {
    expect(networkSource(request({ preset: 'mazur' }))).toBe('preset:mazur');
    const line = networkSource(request({}, CLASSIC_NUMBERED.replace(/ /g, '\n')))!;
    expect(line).not.toContain('\n');
    expect(canonicalDefinition(line)).toBe(line);
    expect(networkSource(request({ definition: 'this is not a network' }))).toBeUndefined();
  });

  it('round-trips through the embed: network, view, steps, language and theme come back from the message', () => {
    const state = declared.state(
      request({ preset: 'mazur', view: 'backward', steps: 11, lang: 'fa', theme: 'light', precision: 6 }),
      { text: '' },
    )!;
    const embed = stateEmbed(declared, state, 'fa')!;
    expect(embed.description).toBe('```\npreset:mazur\n```');
    expect(readState(declared, { id: 'm', content: '', embeds: [embed] })).toEqual({
      network: 'preset:mazur',
      view: 'backward',
      steps: '11',
      lang: 'fa',
      theme: 'light',
      precision: '6',
    });
    const line = canonicalDefinition(CLASSIC_NUMBERED)!;
    const plain = stateEmbed(declared, { network: line }, 'en')!;
    expect(readState(declared, { id: 'm', content: '', embeds: [plain] })).toEqual({ network: line });
  });

  it('applies a click: a view, ten more steps, or the walkthrough', () => {
    expect(click('train', { network: 'preset:mazur', steps: '11' })).toEqual({ preset: 'mazur', steps: 21 });
    expect(click('train', { network: 'preset:mazur' })).toEqual({ preset: 'mazur', steps: 11 });
    // A definition that trains 5 steps itself continues from there.
    const fiveSteps = canonicalDefinition(`${CLASSIC_NUMBERED} steps: 5`)!;
    expect(click('train', { network: fiveSteps })).toEqual({ definition: fiveSteps, steps: 15 });
    expect(click('update', { network: 'preset:mazur', view: 'forward' }).view).toBe('update');
    expect(click('walkthrough', { network: 'preset:mazur' }).view).toBe('all');
  });
});
