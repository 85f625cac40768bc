// /settings through the real dispatcher on PGlite: anyone sees a place's defaults, only a TA changes them (a
// student is refused with the reason, en and fa), and every command of that place then uses them when its own
// option is not given: the language (errors too), /backprop's decimals, notation and theme, /help's line. A
// command on a worker thread gets them with its request: the worker never reads the database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import backprop from '../../commands/backprop.js';
import help from '../../commands/help.js';
import settings from '../../commands/settings.js';
import { dispatch } from '../../src/dispatch/dispatcher.js';
import type { Deps, Reply, Request } from '../../src/dispatch/types.js';
import type { FigureRequest } from '../../src/render/types.js';
import { withoutIsolates } from '../../src/text/bidi.js';
import type { Store } from '../../src/store/types.js';
import { fakeDeps } from '../dispatch/fakes.js';
import { openTestStore } from '../helpers/store.js';

const commands = [backprop, settings, help];
let store: Store;
let deps: Deps;
const rendered: FigureRequest[] = [];

beforeAll(async () => {
  store = await openTestStore();
  deps = { ...fakeDeps(rendered), store };
});
afterAll(async () => store?.close());

const TA = { id: 'ta-1', role: 'ta' as const };
const SARA = { id: 'u-sara', role: 'student' as const };

async function ask(
  command: string,
  options: Request['options'],
  who: Request['user'] = TA,
  place = 'discord:100',
): Promise<Reply & { plain: string }> {
  const reply = await dispatch({ command, options, user: who, locale: 'en', place }, deps, { commands });
  return { ...reply, plain: withoutIsolates(reply.text) };
}

describe('/settings', () => {
  it("shows the bot's own defaults to anyone, privately", async () => {
    const shown = await ask('settings', {}, SARA);
    expect(shown.kind).toBe('ok');
    expect(shown.visibility).toBe('private');
    expect(shown.plain).toContain('**Defaults of this server**');
    expect(shown.plain).toContain("• notation: classic (the bot's default)");
    expect(shown.plain).toContain("• decimals: 4 (the bot's default)");
  });

  it('refuses a student who tries to change them, with the reason, in English and in Persian', async () => {
    const refused = await ask('settings', { theme: 'light' }, SARA);
    expect(refused.kind).toBe('user-error');
    expect(refused.plain).toContain('Only a TA may change the defaults of this server');
    expect(refused.plain).toContain('Manage Messages');
    const persian = await ask('settings', { theme: 'light', lang: 'fa' }, SARA);
    expect(persian.plain).toContain('فقط دستیار آموزشی می‌تواند پیش‌فرض‌های این سرور را تغییر دهد');
    expect(await store.placeSettings('discord:100')).toEqual({});
  });

  it('stores what a TA sets (committed before the reply), and answers in the language just chosen', async () => {
    const saved = await ask('settings', { lang: 'fa', notation: 'course', decimals: '6', theme: 'light' });
    expect(saved.kind).toBe('ok');
    expect(await store.placeSettings('discord:100')).toEqual({
      lang: 'fa',
      notation: 'course',
      decimals: 6,
      theme: 'light',
    });
    expect(saved.plain).toContain('ذخیره شد: پیش‌فرض‌های این سرور');
    expect(saved.plain).toContain('• زبان: فارسی (fa)');
    expect(saved.plain).toContain('• نمادگذاری: جزوهٔ درس (course)');
    expect(saved.plain).toContain('• رقم‌های اعشار: 6');
  });

  it('are used by every command of that place whose own option is not given', async () => {
    rendered.length = 0;
    const reply = await ask('backprop', { preset: 'course-q6' }, SARA);
    // Persian, the course's names, six decimals; the diagram in the light theme with the same names.
    expect(reply.plain).toContain('خروجی‌ها');
    expect(reply.plain).toContain('a_h1 = 0.377500, h1 = 0.593270');
    expect(withoutIsolates(reply.files?.[0]?.content ?? '')).toMatch(
      /a_h1 = w1·i1 \+ w2·i2 \+ b1 = .* = 0\.377500/,
    );
    expect(rendered[0]).toMatchObject({ theme: 'light', precision: 6, locale: 'fa', notation: 'course' });

    rendered.length = 0;
    const own = await ask('backprop', {
      preset: 'course-q6',
      lang: 'en',
      precision: 2,
      notation: 'classic',
      theme: 'dark',
    });
    expect(own.plain).toContain('**Outputs**');
    expect(own.plain).toContain('h1: net = 0.38, out = 0.59');
    expect(rendered[0]).toMatchObject({ theme: 'dark', precision: 2, locale: 'en', notation: 'classic' });
  });

  it("leave a pasted page in its own notation, and say it differs from the place's", async () => {
    const page = [
      'Inputs i1 = 0.05, i2 = 0.10; weights w1 = 0.15, w2 = 0.20, w3 = 0.25, w4 = 0.30, w5 = 0.40, w6 = 0.45, w7 = 0.50, w8 = 0.55; biases b1 = 0.35, b2 = 0.60; targets t1 = 0.01, t2 = 0.99.',
      '',
      '$$net_{h1} = 0.35 + 0.05 * 0.15 + 0.10 * 0.20 = 0.3775$$',
      'out_h1 = σ(net_h1) = 0.5932',
    ].join('\n');
    const reply = await ask('backprop', { definition: page, lang: 'en' });
    expect(reply.plain).toContain("Written in the page's own notation: classic");
    expect(withoutIsolates(reply.files?.[0]?.content ?? '')).toContain('out_h1 = σ(net_h1) = σ(0.377500)');
  });

  it('put errors in the place language too, and /help shows the defaults', async () => {
    const error = await ask('backprop', { presett: 'mazur' }, SARA);
    expect(error.kind).toBe('user-error');
    expect(error.plain).toMatch(/گزینه/);
    const shown = await ask('help', {}, SARA);
    expect(shown.plain).toContain(
      'پیش‌فرض‌های اینجا (`/settings`): زبان: فارسی (fa) · نمادگذاری: جزوهٔ درس (course) · رقم‌های اعشار: 6 · رنگ‌بندی: روشن (light).',
    );
    const english = await ask('help', { lang: 'en' }, SARA, 'discord:200');
    expect(english.plain).toContain(
      'Defaults here (`/settings`): language: English (en) · notation: classic · decimals: 4 · theme: dark.',
    );
  });

  it('reset one setting or all of them', async () => {
    const one = await ask('settings', { reset: 'notation' });
    expect(one.plain).toContain('• نمادگذاری: کلاسیک (classic) (پیش‌فرض ربات)');
    expect((await store.placeSettings('discord:100')).notation).toBeUndefined();
    const all = await ask('settings', { reset: 'all', lang: 'en' });
    expect(all.plain).toContain('**Saved: the defaults of this server**');
    expect(await store.placeSettings('discord:100')).toEqual({ lang: 'en' });
  });

  it('belong to one place: another server keeps the bot defaults', async () => {
    await ask('settings', { decimals: '3' }, TA, 'slack:T9');
    const elsewhere = await ask('settings', {}, SARA, 'slack:T8');
    expect(elsewhere.plain).toContain("decimals: 4 (the bot's default)");
    expect(elsewhere.plain).toContain('**Defaults of this workspace**');
  });
});

describe('defaults and the worker threads', () => {
  it('travel with the request to the pool, looked up where the database is', async () => {
    await ask('settings', { lang: 'fa', decimals: '5' }, TA, 'discord:300');
    const sent: Request[] = [];
    const pool = {
      async dispatch(request: Request): Promise<Reply> {
        sent.push(request);
        // What a worker does: the same dispatcher, with no database.
        const { store: _none, ...workerDeps } = deps;
        return dispatch(request, workerDeps, { commands });
      },
    };
    const reply = await dispatch(
      { command: 'backprop', options: { preset: 'mazur' }, user: SARA, locale: 'en', place: 'discord:300' },
      deps,
      { commands, pool },
    );
    expect(sent[0]?.defaults).toEqual({ lang: 'fa', decimals: 5 });
    expect(withoutIsolates(reply.text)).toContain('o1 = 0.75137');
    expect(withoutIsolates(reply.text)).toContain('خروجی‌ها');
  });
});
