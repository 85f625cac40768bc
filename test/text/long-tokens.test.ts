// Issue #17 item 10: an error about a huge token quotes a few dozen characters of it and keeps its reason.
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../src/dispatch/dispatcher.js';
import { withoutDirectionMarks } from '../../src/text/bidi.js';
import { QUOTE_MAX } from '../../src/text/i18n.js';
import { chatRequest, fakeDeps } from '../dispatch/fakes.js';

const TOKENS = ['1', '{', '.', ',', '_', '\\', '-', '['];

// `w1: ` and 7990 underscores in Persian once spun for ever (see test/text/bidi.test.ts).
describe('errors about long tokens', () => {
  for (const locale of ['en', 'fa'] as const) {
    it.each(['w1 ', 'w1: ', 'w1'])(
      `keep the reason after "%s" and 7990 digits (${locale})`,
      async (before) => {
        const reply = await dispatch(
          { ...chatRequest('backprop', {}, locale), text: before + '1'.repeat(7990) },
          fakeDeps(),
        );
        expect(reply.kind).toBe('user-error');
        const bullets = withoutDirectionMarks(reply.text)
          .split('\n')
          .filter((line) => line.startsWith('•'));
        expect(bullets.length).toBeGreaterThan(0);
        // No run of the token longer than a quote: the reason has room.
        expect(reply.text).not.toMatch(new RegExp(`1{${QUOTE_MAX + 20},}`));
        expect(reply.text.length).toBeLessThan(600);
      },
    );

    it.each(TOKENS)(`keep the reason for w1: and 7990 × "%s" (${locale})`, async (token) => {
      const reply = await dispatch(
        { ...chatRequest('backprop', {}, locale), text: `w1: ${token.repeat(7990)}` },
        fakeDeps(),
      );
      const bullets = withoutDirectionMarks(reply.text)
        .split('\n')
        .filter((line) => line.startsWith('•'));
      expect(bullets.length, reply.text).toBeGreaterThan(0);
      expect(bullets[0]!.length).toBeGreaterThan(30);
      expect(reply.text.length).toBeLessThan(600);
    });
  }
});
