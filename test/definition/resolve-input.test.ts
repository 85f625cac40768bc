// The one reader of "a preset, a definition or the message's text" used by /backprop, /check and the CLI.
import { describe, expect, it } from 'vitest';
import { resolveNetworkInput } from '../../src/definition/index.js';

const MESSAGES = { both: 'check.preset_and_definition', none: 'check.no_network' };
const NUMBERED =
  'w1=0.15 w2=0.2 w3=0.25 w4=0.3 w5=0.4 w6=0.45 w7=0.5 w8=0.55 b1=0.35 b2=0.6 i1=0.05 i2=0.1 t1=0.01 t2=0.99';

describe('resolveNetworkInput', () => {
  it('reads a preset, a definition, or the text, in that order', () => {
    expect(resolveNetworkInput({ preset: 'Mazur ' }, MESSAGES)).toMatchObject({
      ok: true,
      value: { spec: { name: 'mazur' } },
    });
    expect(resolveNetworkInput({ definition: NUMBERED, text: 'ignored' }, MESSAGES)).toMatchObject({
      ok: true,
      value: { form: 'numbered' },
    });
    expect(resolveNetworkInput({ text: NUMBERED }, MESSAGES)).toMatchObject({ ok: true });
  });

  it('takes `net` as a preset name when it is one, else as a definition', () => {
    expect(resolveNetworkInput({ net: 'course-q6' }, MESSAGES)).toMatchObject({
      ok: true,
      value: { spec: { name: 'course-q6' } },
    });
    expect(resolveNetworkInput({ net: NUMBERED }, MESSAGES)).toMatchObject({
      ok: true,
      value: { form: 'numbered' },
    });
  });

  it("answers with the command's own ids when both or neither are given", () => {
    expect(resolveNetworkInput({ preset: 'mazur', definition: NUMBERED }, MESSAGES)).toMatchObject({
      ok: false,
      error: [{ id: 'check.preset_and_definition', location: { field: 'preset' } }],
    });
    expect(resolveNetworkInput({ text: '  ' }, MESSAGES)).toMatchObject({
      ok: false,
      error: [{ id: 'check.no_network' }],
    });
  });

  it('a misspelt preset goes through the one didYouMean', () => {
    expect(resolveNetworkInput({ preset: 'corse-q6' }, MESSAGES)).toMatchObject({
      ok: false,
      error: [{ id: 'definition.unknown_preset', hint: 'course-q6' }],
    });
  });
});
