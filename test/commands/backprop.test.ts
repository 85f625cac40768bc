import { describe, expect, it } from 'vitest';
import backprop from '../../commands/backprop.js';
import help from '../../commands/help.js';
import { dispatch } from '../../src/dispatch/dispatcher.js';
import type { Request } from '../../src/dispatch/types.js';
import type { DiagramRequest, FigureRequest, PlotRequest } from '../../src/render/types.js';
import { DISCORD_MESSAGE_LIMIT } from '../../src/text/limits.js';
import { chatRequest, fakeDeps } from '../dispatch/fakes.js';
import { CLASSIC_NUMBERED } from '../helpers/classic-network.js';

const commands = [backprop, help];
const request = (options: Request['options'], extra: Partial<Request> = {}): Request => ({
  command: 'backprop',
  options,
  user: { id: 'student' },
  locale: 'en',
  ...extra,
});

const MAZUR_NUMBERED = CLASSIC_NUMBERED;

describe('/backprop', () => {
  it("on a data set walks through the first step: each sample's loss, the batch gradient, what /train does", async () => {
    const reply = await dispatch(request({ preset: 'xor' }), fakeDeps([]), { commands });
    expect(reply.kind).toBe('ok');
    // golden xor-batch-5000: E = 0.128527, after the first full-batch step 0.127404
    expect(reply.text).toContain('E = 0.1285 → 0.1274');
    expect(reply.text).toContain('E_4 = 0.1664');
    expect(reply.text).toContain('the mean of 4 samples');
    expect(reply.text).toContain('`/train preset:xor` runs all of them');
    expect(reply.text).not.toContain('After 1 steps');
    expect(reply.text.length).toBeLessThanOrEqual(DISCORD_MESSAGE_LIMIT);
    const walkthrough = reply.files!.find((file) => file.name === 'walkthrough.md')!.content;
    expect(walkthrough).toContain('### Sample 4');
    expect(walkthrough).toContain('## The batch gradient');
    const fa = await dispatch(request({ preset: 'xor', lang: 'fa' }, { locale: 'fa' }), fakeDeps([]), {
      commands,
    });
    expect(fa.text).toContain('گام نخست');
    expect(fa.files!.map((file) => file.name)).toContain('walkthrough-fa.md');
  });

  it('computes the classic example from its preset: golden loss, outputs and updated weights', async () => {
    const rendered: FigureRequest[] = [];
    const reply = await dispatch(request({ preset: 'mazur' }), fakeDeps(rendered), { commands });
    expect(reply.kind).toBe('ok');
    expect(reply.visibility).toBe('public');
    // golden: E = 0.298371109, E after one step = 0.291027774, w5+ = 0.35891648
    expect(reply.text).toContain('E = 0.2984');
    expect(reply.text).toContain('after one step E = 0.2910');
    expect(reply.text).toContain('o1 = 0.7514 (target 0.01)');
    expect(reply.text).toContain('w5: 0.4000 → 0.3589');
    expect(reply.text).toContain('∂E/∂w5 = 0.0822 (h1→o1)');
    expect(reply.text).toContain('layers:2-2-2');
    expect(reply.text.length).toBeLessThanOrEqual(DISCORD_MESSAGE_LIMIT);
    expect(reply.images?.map((i) => i.name)).toEqual(['backprop-summary.png']);
    expect(rendered).toEqual([
      expect.objectContaining({ kind: 'diagram', view: 'summary', theme: 'dark', precision: 4 }),
    ]);
    expect(reply.files?.[0]?.name).toBe('walkthrough.md');
    expect(reply.files?.[0]?.content).toContain('0.2984');
  });

  it('reads the numbered-weight form typed as a bare definition and states the defaults it used', async () => {
    const reply = await dispatch(request({ definition: MAZUR_NUMBERED }), fakeDeps(), { commands });
    expect(reply.kind).toBe('ok');
    expect(reply.text).toMatch(/^• .*sigmoid.*default/m);
    // Defaults differ from the preset (biases updated), but the forward pass and loss are the same.
    expect(reply.text).toContain('E = 0.2984');
  });

  it('takes the network from the request text (a modal, a message or a file)', async () => {
    const reply = await dispatch(request({}, { text: MAZUR_NUMBERED }), fakeDeps(), { commands });
    expect(reply.text).toContain('E = 0.2984');
  });

  it('draws the three views for view:all and a loss curve when training several steps', async () => {
    const rendered: FigureRequest[] = [];
    const reply = await dispatch(
      request({ preset: 'mazur', view: 'all', steps: '100', theme: 'light' }),
      fakeDeps(rendered),
      {
        commands,
      },
    );
    expect(reply.images?.map((i) => i.name)).toEqual([
      'backprop-forward.png',
      'backprop-backward.png',
      'backprop-update.png',
      'loss-curve.png',
    ]);
    expect((rendered[0] as DiagramRequest).theme).toBe('light');
    expect((rendered[3] as PlotRequest).series[0]?.y).toHaveLength(100);
    expect(reply.text).toMatch(/After 100 steps: E = 0\.\d{4}/);
  });

  it('answers in Persian with numbers kept left-to-right', async () => {
    const reply = await dispatch(request({ preset: 'mazur', lang: 'fa' }), fakeDeps(), { commands });
    expect(reply.text).toContain('خروجی‌ها');
    expect(reply.text).toContain('\u2066E = 0.2984\u2069');
    expect(reply.files?.[0]?.name).toBe('walkthrough-fa.md');
  });

  it('shows more decimals with precision', async () => {
    const reply = await dispatch(request({ preset: 'mazur', precision: '6' }), fakeDeps(), { commands });
    expect(reply.text).toContain('E = 0.298371');
  });

  it('locates an error in a multi-line definition and suggests the fix', async () => {
    const text =
      'layers: 2-2-2\nactivation: sigmod\ninput: 0.05, 0.1\ntarget: 0.01, 0.99\nW1: [0.15 0.2; 0.25 0.3]\nW2: [0.4 0.45; 0.5 0.55]\nb1: 0.35\nb2: 0.6';
    const reply = await dispatch(request({}, { text }), fakeDeps(), { commands });
    expect(reply.kind).toBe('user-error');
    expect(reply.visibility).toBe('private');
    expect(reply.text).toContain('line 2, column 13');
    expect(reply.text).toContain('sigmoid');
  });

  it('suggests the closest preset for a misspelt one', async () => {
    const reply = await dispatch(request({ preset: 'mazr' }), fakeDeps(), { commands });
    expect(reply.kind).toBe('user-error');
    expect(reply.text).toContain('mazur');
  });

  it('refuses a preset and a definition together, and asks for a network when given none', async () => {
    const both = await dispatch(request({ preset: 'mazur', definition: MAZUR_NUMBERED }), fakeDeps(), {
      commands,
    });
    expect(both.text).toContain('either a preset or a definition');
    const none = await dispatch(request({}), fakeDeps(), { commands });
    expect(none.kind).toBe('user-error');
    expect(none.text).toContain('/backprop preset:mazur');
  });

  it('rejects out-of-range options by name', async () => {
    const reply = await dispatch(request({ preset: 'mazur', steps: '0', view: 'sideways' }), fakeDeps(), {
      commands,
    });
    expect(reply.text).toContain('`steps` must be at least 1');
    expect(reply.text).toContain('`view` must be one of');
  });
});

describe('/backprop keeps the bot responsive', () => {
  it('refuses training that would block every other user, saying how many steps this network may take', async () => {
    const reply = await dispatch(request({ preset: 'mazur', steps: '100000' }), fakeDeps(), { commands });
    expect(reply.kind).toBe('ok'); // 2-2-2 × 100000 steps is within the budget
    const deep = await dispatch(request({ preset: 'deep-relu', steps: '100000' }), fakeDeps(), { commands });
    expect(deep.kind).toBe('user-error');
    expect(deep.text).toMatch(/at most \d+ steps here/);
  });
});

describe('/backprop says how far it trained (the train button continues from there)', () => {
  it('a data set: its epochs; one sample: its steps', async () => {
    const xor = await dispatch(chatRequest('backprop', { preset: 'xor' }), fakeDeps());
    expect(xor.trained).toBe(5000);
    const mazur = await dispatch(chatRequest('backprop', { preset: 'mazur', steps: 3 }), fakeDeps());
    expect(mazur.trained).toBe(3);
  });
});
