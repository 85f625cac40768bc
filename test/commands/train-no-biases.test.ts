// /train's final weights of a network without biases (biases all 0, not updated) show no b = 0 and say so.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import train from '../../commands/train.js';
import { dispatch } from '../../src/dispatch/dispatcher.js';
import type { Request } from '../../src/dispatch/types.js';
import { withoutDirectionMarks } from '../../src/text/bidi.js';
import { fakeDeps } from '../dispatch/fakes.js';

const commands = [train];
const request = (options: Request['options'], extra: Partial<Request> = {}): Request => ({
  command: 'train',
  options,
  user: { id: 'student' },
  locale: 'en',
  ...extra,
});

/** schiendorfer-no-bias's network (the page's NumPy code has no biases), trained on its sample and one more. */
function network(updateBiases: boolean): string {
  const file = new URL('../fixtures/real-world/schiendorfer-no-bias/network.json', import.meta.url);
  const {
    name: _n,
    description: _d,
    input,
    target,
    ...spec
  } = JSON.parse(readFileSync(fileURLToPath(file), 'utf8')) as Record<string, unknown>;
  const data = [
    { input, target },
    { input: [1, 2], target: [0, 1] },
  ];
  return JSON.stringify({ ...spec, data, epochs: 5, updateBiases });
}

describe('/train of a network without biases', () => {
  for (const locale of ['en', 'fa'] as const) {
    it(`lists the final weights without b = 0 and says the network has no biases (${locale})`, async () => {
      const reply = await dispatch(
        request({ definition: network(false), lang: locale }, { locale }),
        fakeDeps([]),
        { commands },
      );
      expect(reply.kind).toBe('ok');
      const text = withoutDirectionMarks(reply.text);
      expect(text).toMatch(/W1 = \[\[/);
      expect(text).not.toMatch(/\bb1 = /);
      expect(text).toContain(locale === 'en' ? 'This network has no biases.' : 'این شبکه بایاس ندارد.');
    });
  }

  it('keeps b1 = … of biases that learn', async () => {
    const reply = await dispatch(request({ definition: network(true) }), fakeDeps([]), { commands });
    expect(reply.text).toMatch(/\bb1 = /);
  });
});
