// /exercise new reads its template network as every command does (resolveNetworkInput): a preset, a definition or
// the message's text, and never picks one of two silently.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import exercise from '../../commands/exercise.js';
import { dispatch } from '../../src/dispatch/dispatcher.js';
import type { Request } from '../../src/dispatch/types.js';
import type { Store } from '../../src/store/types.js';
import { withoutDirectionMarks } from '../../src/text/bidi.js';
import { fakeDeps } from '../dispatch/fakes.js';
import { CLASSIC_NUMBERED } from '../helpers/classic-network.js';
import { openTestStore } from '../helpers/store.js';

let store: Store;
beforeAll(async () => {
  store = await openTestStore();
});
afterAll(async () => store?.close());

const create = (options: Request['options'], locale: 'en' | 'fa' = 'en', text?: string) =>
  dispatch(
    {
      command: 'exercise',
      options: { action: 'new', name: 'hw1', ...options },
      user: { id: 'ta-1', role: 'ta' },
      locale,
      place: 'guild-1',
      ...(text !== undefined ? { text } : {}),
    },
    { ...fakeDeps(), store },
    { commands: [exercise] },
  );

describe('/exercise new: the template network', () => {
  it('refuses a preset and a definition together, naming both, in en and fa', async () => {
    const en = await create({ preset: 'mazur', definition: CLASSIC_NUMBERED });
    expect(en.kind).toBe('user-error');
    expect(en.text).toContain('preset');
    expect(en.text).toContain('definition');
    const fa = await create({ preset: 'mazur', definition: CLASSIC_NUMBERED }, 'fa');
    expect(fa.kind).toBe('user-error');
    expect(withoutDirectionMarks(fa.text)).toMatch(/[\u0600-\u06FF]/);
  });

  it('suggests the closest preset for a misspelt one', async () => {
    const reply = await create({ preset: 'mazr' });
    expect(reply.kind).toBe('user-error');
    expect(reply.text).toContain('mazur');
  });

  it('asks for a network when given none', async () => {
    const reply = await create({});
    expect(reply.kind).toBe('user-error');
    expect(reply.text).toContain('preset:course-q6');
  });
});
