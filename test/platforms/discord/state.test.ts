import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Request } from '../../../src/dispatch/types.js';
import { canonicalDefinition } from '../../../src/platforms/discord/canonical-definition.js';
import {
  buttonCustomId,
  checkModalCustomId,
  modalCustomId,
  networkSource,
  optionsAfterClick,
  parseButtonCustomId,
  parseCheckModalCustomId,
  parseModalCustomId,
  readState,
  stateEmbed,
  VIEWS,
  type ButtonAction,
} from '../../../src/platforms/discord/state.js';
import { CLASSIC_NUMBERED } from '../../helpers/classic-network.js';

const request = (options: Request['options'], text?: string): Request => ({
  command: 'backprop',
  options,
  user: { id: 'u' },
  locale: 'en',
  ...(text ? { text } : {}),
});

const MAZUR_NUMBERED = CLASSIC_NUMBERED;

describe('button and modal custom_ids', () => {
  it('round-trip every action within Discord’s 100 characters', () => {
    const actions: ButtonAction[] = [
      ...VIEWS.map((view) => ({ kind: 'view' as const, view })),
      { kind: 'train' },
      { kind: 'walkthrough' },
    ];
    for (const action of actions) {
      const id = buttonCustomId(action);
      expect(id.length).toBeLessThanOrEqual(100);
      expect(parseButtonCustomId(id)).toEqual(action);
    }
    expect(parseButtonCustomId('bp:view:sideways')).toBeUndefined();
    expect(parseButtonCustomId('other:train')).toBeUndefined();
  });

  it('keep the modal’s options within 100 characters whatever the user typed', () => {
    fc.assert(
      fc.property(
        fc.record({
          view: fc.string(),
          steps: fc.integer(),
          lang: fc.constantFrom('en', 'fa'),
          theme: fc.string({ maxLength: 200 }),
        }),
        (options) => {
          expect(modalCustomId(options).length).toBeLessThanOrEqual(100);
        },
      ),
    );
    expect(parseModalCustomId(modalCustomId({ view: 'backward', steps: 20, lang: 'fa' }))).toEqual({
      view: 'backward',
      steps: '20',
      lang: 'fa',
    });
  });
});

describe('the network carried by a reply', () => {
  it('is the preset, or the canonical one-line definition, which parses back to the same network', () => {
    expect(networkSource(request({ preset: 'mazur' }), canonicalDefinition)).toBe('preset:mazur');
    const line = networkSource(request({}, MAZUR_NUMBERED.replace(/ /g, '\n')), canonicalDefinition)!;
    expect(line).not.toContain('\n');
    expect(canonicalDefinition(line)).toBe(line);
    expect(
      networkSource(request({ definition: 'this is not a network' }), canonicalDefinition),
    ).toBeUndefined();
  });

  it('round-trips through the embed: network, view, steps, language and theme come back from the message', () => {
    const options = {
      preset: 'mazur',
      view: 'backward',
      steps: 11,
      lang: 'fa',
      theme: 'light',
      precision: 6,
    };
    const embed = stateEmbed('preset:mazur', options, 'fa');
    expect(readState({ id: 'm', content: '', embeds: [embed] })).toEqual({
      preset: 'mazur',
      view: 'backward',
      steps: '11',
      lang: 'fa',
      theme: 'light',
      precision: '6',
    });
    const line = canonicalDefinition(MAZUR_NUMBERED)!;
    expect(readState({ id: 'm', content: '', embeds: [stateEmbed(line, {}, 'en')] })).toEqual({
      definition: line,
    });
  });

  it('applies a click: a view, ten more steps, or the walkthrough', () => {
    expect(optionsAfterClick({ preset: 'mazur', steps: '11' }, { kind: 'train' })).toEqual({
      preset: 'mazur',
      steps: 21,
    });
    expect(optionsAfterClick({ preset: 'mazur' }, { kind: 'train' })).toEqual({ preset: 'mazur', steps: 11 });
    // A definition that trains 5 steps itself continues from there.
    const fiveSteps = canonicalDefinition(`${MAZUR_NUMBERED} steps: 5`)!;
    expect(optionsAfterClick({ definition: fiveSteps }, { kind: 'train' }).steps).toBe(15);
    expect(
      optionsAfterClick({ preset: 'mazur', view: 'forward' }, { kind: 'view', view: 'update' }).view,
    ).toBe('update');
    expect(optionsAfterClick({ preset: 'mazur' }, { kind: 'walkthrough' }).view).toBe('all');
  });
});

describe('the /check modal custom_id', () => {
  it('remembers preset, public, hide and lang (booleans as booleans), and nothing else', () => {
    const id = checkModalCustomId({
      preset: 'course-q6',
      public: true,
      hide: false,
      lang: 'fa',
      answers: 'x',
    });
    expect(id).toBe('bp:checkmodal:preset=course-q6;public=true;hide=false;lang=fa');
    expect(parseCheckModalCustomId(id)).toEqual({
      preset: 'course-q6',
      public: true,
      hide: false,
      lang: 'fa',
    });
  });

  it('is not mistaken for the /backprop modal, nor the other way round', () => {
    expect(parseCheckModalCustomId(modalCustomId({ steps: 5 }))).toBeUndefined();
    expect(parseModalCustomId(checkModalCustomId({ preset: 'mazur' }))).toBeUndefined();
  });
});
