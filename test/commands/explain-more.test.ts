// The "more" part of a lesson: a button on Discord and Slack (answered privately), a file elsewhere.
import { describe, expect, it } from 'vitest';
import explain from '../../commands/explain.js';
import { dispatch } from '../../src/dispatch/dispatcher.js';
import type { Request } from '../../src/dispatch/types.js';
import { withoutDirectionMarks } from '../../src/text/bidi.js';
import { fakeDeps } from '../dispatch/fakes.js';

const commands = [explain];
const request = (options: Request['options'], extra: Partial<Request> = {}): Request => ({
  command: 'explain',
  options,
  user: { id: 'student' },
  locale: 'en',
  ...extra,
});

describe('/explain more', () => {
  it('on Discord and Slack the derivations are a button, not a file', async () => {
    for (const place of ['discord:123', 'slack:T1']) {
      const reply = await dispatch(request({ topic: 'xavier', fan_in: '64' }, { place }), fakeDeps(), {
        commands,
      });
      expect(reply.files).toEqual([]);
      expect(reply.text).toContain('press “More”');
      const state = explain.interactions!.buttons!.state(request({ topic: 'xavier', fan_in: 64 }), reply);
      expect(state).toEqual({ topic: 'xavier', fan_in: '64' });
      expect(explain.interactions!.buttons!.buttons[0]!.click(state!)).toEqual({
        topic: 'xavier',
        fan_in: '64',
        more: 'true',
      });
    }
  });

  it('the click answers privately with the derivations, for the same numbers and language', async () => {
    const reply = await dispatch(
      request({ topic: 'xavier', fan_in: '64', more: 'true', lang: 'fa' }),
      fakeDeps(),
      {
        commands,
      },
    );
    expect(reply.visibility).toBe('private');
    expect(reply.kind).toBe('ok');
    expect(reply.images ?? []).toEqual([]);
    expect(withoutDirectionMarks(reply.text)).toContain('مقداردهی اولیهٔ Xavier');
    expect(reply.text.length).toBeLessThanOrEqual(2000);
  });

  it('in the CLI and the playground the derivations stay an attached file', async () => {
    for (const place of ['cli', 'playground', undefined]) {
      const reply = await dispatch(request({ topic: 'xavier' }, place ? { place } : {}), fakeDeps(), {
        commands,
      });
      expect(reply.files?.map((file) => file.name)).toEqual(['xavier.en.md']);
    }
  });
});
