import { describe, expect, it } from 'vitest';
import { dispatch } from '../../src/dispatch/dispatcher.js';
import { chatRequest, fakeDeps } from '../dispatch/fakes.js';

const ISOLATES = /[\u2066-\u2069]/;
const RLI = '\u2067';

describe('every reply leaves the dispatcher laid out for its language', () => {
  it('English replies and files carry no isolate characters (#15 item 15)', async () => {
    for (const request of [
      chatRequest('explain', { topic: 'xavier', fan_in: 256, fan_out: 128 }),
      chatRequest('explain', { topic: 'dying-relu' }),
      chatRequest('backprop', { preset: 'mazur' }),
      chatRequest('help', { command: 'explain' }),
      chatRequest('explain', { topic: 'backprop', lr: 50 }),
    ]) {
      const reply = await dispatch(request, fakeDeps());
      expect(reply.text).not.toMatch(ISOLATES);
      for (const file of reply.files ?? []) expect(file.content).not.toMatch(ISOLATES);
    }
  });

  it('Persian replies and Markdown files have every Persian line in a right-to-left isolate', async () => {
    const reply = await dispatch(chatRequest('backprop', { preset: 'mazur', lang: 'fa' }), fakeDeps());
    const md = reply.files!.find((f) => f.name.endsWith('.md'))!;
    for (const text of [reply.text, md.content]) {
      for (const line of text.split('\n').filter((l) => /[\u0600-\u06FF]/.test(l) && !l.startsWith('|'))) {
        expect(line.replace(/^(#+ |- |\*\*)/, '').startsWith(RLI), line).toBe(true);
      }
    }
  });
});
