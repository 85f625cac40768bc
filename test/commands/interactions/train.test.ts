import { describe, expect, it } from 'vitest';
import { trainInteractions } from '../../../commands/interactions/train.js';
import train from '../../../commands/train.js';
import { dispatch } from '../../../src/dispatch/dispatcher.js';
import { modalRequestParts, type ButtonState } from '../../../src/dispatch/interactions.js';
import type { Request } from '../../../src/dispatch/types.js';
import { buttonCustomId, parseButtonCustomId } from '../../../src/platforms/discord/state.js';
import type { FigureRequest, PlotRequest } from '../../../src/render/types.js';
import { t } from '../../../src/text/i18n.js';
import { fakeDeps } from '../../dispatch/fakes.js';

const commands = [train];
const declared = trainInteractions.buttons!;
const request = (options: Request['options'], text?: string): Request => ({
  command: 'train',
  options,
  user: { id: 'student' },
  locale: 'en',
  ...(text ? { text } : {}),
});
const click = (id: string, state: ButtonState): Request =>
  request(declared.buttons.find((b) => b.id === id)!.click(state));
const stateOf = (r: Request) => declared.state(r, { text: '' })!;

describe("/train's buttons and modal", () => {
  it('carry the network, the epochs and the optimizer the reply trained with', () => {
    expect(stateOf(request({ preset: 'xor' }))).toEqual({
      network: 'preset:xor',
      epochs: '5000',
      optimizer: 'sgd',
    });
    expect(stateOf(request({ preset: 'moons', epochs: 30, optimizer: 'adam', lang: 'fa' }))).toEqual({
      network: 'preset:moons',
      epochs: '30',
      optimizer: 'adam',
      lang: 'fa',
    });
  });

  it('fit every button of a preset in a Discord custom_id and read it back', () => {
    const state = stateOf(request({ preset: 'blobs-3class', optimizer: 'sgd,momentum,adam', lang: 'fa' }));
    for (const button of declared.buttons) {
      const id = buttonCustomId('train', button.id, state)!;
      expect(id.length).toBeLessThanOrEqual(100);
      expect(parseButtonCustomId(id)).toEqual({ command: 'train', button: button.id, state });
    }
  });

  it('train twice as long: 10000 epochs of XOR, trained further than the 5000 of the first reply', async () => {
    const first = await dispatch(request({ preset: 'xor' }), fakeDeps([]), { commands });
    const more = click('more', stateOf(request({ preset: 'xor' })));
    expect(more.options).toEqual({ preset: 'xor', epochs: 10000, optimizer: 'sgd' });
    const rendered: FigureRequest[] = [];
    const reply = await dispatch(more, fakeDeps(rendered), { commands });
    expect(reply.text).toContain('10000 epochs');
    expect((rendered[0] as PlotRequest).series[0]!.y).toHaveLength(10000);
    const finalLoss = (text: string) => Number(/→ ([\d.e-]+)/.exec(text)![1]);
    expect(finalLoss(reply.text)).toBeLessThan(finalLoss(first.text));
  });

  it('switch the optimizer, or compare three on one plot, keeping the other settings', async () => {
    const state = stateOf(request({ preset: 'moons', epochs: 40, lang: 'fa' }));
    const adam = click('adam', state);
    expect(adam.options).toEqual({ preset: 'moons', epochs: '40', optimizer: 'adam', lang: 'fa' });
    expect(declared.buttons.find((b) => b.id === 'adam')!.pressed!({ ...state, optimizer: 'adam' })).toBe(
      true,
    );
    const rendered: FigureRequest[] = [];
    const compared = await dispatch(click('compare', state), fakeDeps(rendered), { commands });
    expect(compared.kind).toBe('ok');
    // moons's η = 0.05 is tuned for adam: sgd and momentum, whose step is η·g, take their defaults
    expect((rendered[0] as PlotRequest).series.map((s) => s.label)).toEqual([
      'sgd (η = 0.5، پیش‌فرض)',
      'momentum (η = 0.1، پیش‌فرض)',
      'adam (η = 0.05)',
    ]);
    expect((rendered[0] as PlotRequest).series[0]!.y).toHaveLength(40);
  });

  it('a typed definition travels as one line and re-runs with another optimizer', async () => {
    const typed = t('en', 'training.modal.template');
    const state = stateOf(request({}, typed));
    expect(state.network).toContain('data:');
    expect(state.network).not.toContain('\n');
    const reply = await dispatch(click('momentum', state), fakeDeps([]), { commands });
    expect(reply.kind).toBe('ok');
    expect(reply.text).toContain('**momentum**');
    expect(reply.text).toContain('2000 epochs');
  });

  it('opens the modal without a network; its template (en and fa) trains XOR to every sample right', async () => {
    const modal = trainInteractions.modal!;
    expect(modal.opensWhen({})).toBe(true);
    expect(modal.opensWhen({ preset: 'xor' })).toBe(false);
    for (const locale of ['en', 'fa'] as const) {
      const initial = modal.fields[0]!.initial!({}, locale)!;
      const parts = modalRequestParts(modal, { lang: locale }, { definition: initial });
      const reply = await dispatch({ ...request(parts.options, parts.text), locale }, fakeDeps([]), {
        commands,
      });
      expect(reply.kind).toBe('ok');
      expect(reply.text).toContain(locale === 'en' ? 'accuracy 4/4' : '100.0');
    }
    expect(modal.title.en.length).toBeLessThanOrEqual(24);
    expect(modal.title.fa.length).toBeLessThanOrEqual(24);
  });
});
