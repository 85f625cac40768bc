import { describe, expect, it } from 'vitest';
import { dispatch, validateOptions } from '../../src/dispatch/dispatcher.js';
import type { Request } from '../../src/dispatch/types.js';
import { chatRequest, echoCommand, failingCommand, fakeDeps } from './fakes.js';
import { withoutDirectionMarks } from '../../src/text/bidi.js';

const commands = [echoCommand, failingCommand];
const request = chatRequest;

describe('dispatch', () => {
  it('runs a command with its options converted from strings', async () => {
    const reply = await dispatch(request('echo', { word: 'hi', count: '3', loud: 'yes' }), fakeDeps(), {
      commands,
    });
    expect(reply).toEqual({ text: 'HI HI HI', kind: 'ok' });
  });

  it('answers an unknown command with the closest one, in the user language', async () => {
    const en = await dispatch(request('ecko'), fakeDeps(), { commands });
    expect(en.kind).toBe('user-error');
    expect(en.visibility).toBe('private');
    expect(en.text).toContain('`/ecko`');
    expect(en.text).toContain('Did you mean `/echo`?');
    const fa = await dispatch(request('ecko', {}, 'fa'), fakeDeps(), { commands });
    expect(withoutDirectionMarks(fa.text)).toContain('منظورتان `/echo` بود؟');
  });

  it('locates each invalid option by its name', async () => {
    const reply = await dispatch(
      request('echo', { count: '12', mood: 'angy', loud: 'maybe', scale: 'big' }),
      fakeDeps(),
      {
        commands,
      },
    );
    expect(reply.kind).toBe('user-error');
    expect(reply.text).toContain('`count` must be at most 10, got 12');
    expect(reply.text).toContain('`mood` must be one of `calm`, `angry`, got `angy`. Did you mean `angry`?');
    expect(reply.text).toContain('`loud` must be `true` or `false`, got `maybe`');
    expect(reply.text).toContain('`scale` must be a number, got `big`');
  });

  it('says which option is unknown and suggests the right one', async () => {
    const reply = await dispatch(request('echo', { cont: '2' }), fakeDeps(), { commands });
    expect(reply.text).toContain('`/echo` has no option `cont`. Did you mean `count`?');
  });

  it('rejects a fractional count as not a whole number, in Persian when lang:fa is given', async () => {
    const reply = await dispatch(request('echo', { count: '1.5', lang: 'fa' }), fakeDeps(), { commands });
    expect(reply.text).toContain('باید عدد صحیح باشد');
  });

  it('turns a thrown typed error into a located, translated reply', async () => {
    const reply = await dispatch(request('fail', { how: 'user' }, 'fa'), fakeDeps(), { commands });
    expect(reply.kind).toBe('user-error');
    expect(reply.visibility).toBe('private');
    expect(reply.text).toContain('\u2066'); // line/column isolated left-to-right
    expect(reply.text).toContain('خط');
    expect(reply.text).toContain('ستون');
    expect(reply.text).toContain('باید عدد باشد');
    expect(reply.text).toContain('x = 0.5');
  });

  it('falls back to the English message for an error id the catalogue lacks', async () => {
    const reply = await dispatch(request('fail', { how: 'plain-user-error' }), fakeDeps(), { commands });
    expect(reply.text).toContain('an English message for an id without a catalogue entry');
  });

  it('answers an unexpected error politely and logs it in full under the same reference', async () => {
    const deps = fakeDeps();
    const reply = await dispatch(request('fail', { how: 'crash' }), deps, { commands });
    const reference = /reference `([0-9a-f]{6})`/.exec(reply.text)?.[1];
    expect(reference).toBeDefined();
    expect(reply.reference).toBe(reference);
    expect(reply.text).not.toContain('weights');
    const logged = deps.log.entries.find((e) => e.level === 'error');
    expect(logged?.obj).toMatchObject({ reference, command: 'fail' });
    expect((logged?.obj as { err: Error }).err).toBeInstanceOf(TypeError);
  });

  it('never throws, even when the logger itself fails', async () => {
    const deps = fakeDeps();
    deps.log.error = () => {
      throw new Error('log sink down');
    };
    await expect(dispatch(request('fail', { how: 'crash' }), deps, { commands })).resolves.toMatchObject({
      kind: 'user-error',
    });
  });

  it('stops waiting for a command after the time limit', async () => {
    const reply = await dispatch(request('fail', { how: 'slow' }), fakeDeps(), { commands, timeLimitMs: 30 });
    expect(reply.kind).toBe('user-error');
    expect(reply.text).toContain('longer than');
  });
});

describe('validateOptions', () => {
  it('fills defaults and keeps typed values from platforms as they are', () => {
    const result = validateOptions(echoCommand, { word: 'x', scale: 2.5, loud: false });
    expect(result).toEqual({ ok: true, value: { word: 'x', count: 1, scale: 2.5, loud: false } });
  });

  it('lower-cases choices so MOOD:Calm is accepted', () => {
    expect(validateOptions(echoCommand, { mood: 'Calm' })).toMatchObject({
      ok: true,
      value: { mood: 'calm' },
    });
  });
});

describe('dispatch with a malformed request from an adapter', () => {
  it('still answers instead of throwing', async () => {
    const broken = {
      command: undefined,
      options: undefined,
      user: { id: 'x' },
      locale: 'de',
    } as unknown as Request;
    const reply = await dispatch(broken, fakeDeps(), { commands });
    expect(reply.kind).toBe('user-error');
    expect(reply.text).toMatch(/reference `[0-9a-f]{6}`/);
  });
});

describe('the chat-limit safety net', () => {
  it('keeps whole first lines of an over-long reply and attaches the full text', async () => {
    const deps = fakeDeps();
    const reply = await dispatch(request('fail', { how: 'verbose' }), deps, { commands });
    expect(reply.text.length).toBeLessThanOrEqual(2000);
    expect(reply.text.startsWith('line 1: 0.123456789\nline 2: 0.123456789')).toBe(true);
    expect(reply.text).toContain('the rest is in the attached `reply.md`');
    for (const line of reply.text.split('\n').slice(0, -1)) expect(line).toMatch(/^line \d+: 0\.123456789$/);
    expect(reply.files?.[0]?.content.split('\n')).toHaveLength(300);
    expect(deps.log.entries.some((e) => e.level === 'warn')).toBe(true);
  });
});
