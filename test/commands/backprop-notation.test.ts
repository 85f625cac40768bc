// /backprop answers a pasted page in the page's own notation, and `notation:` chooses another.
import { describe, expect, it } from 'vitest';
import backprop from '../../commands/backprop.js';
import { dispatch } from '../../src/dispatch/dispatcher.js';
import type { Request } from '../../src/dispatch/types.js';
import { withoutDirectionMarks } from '../../src/text/bidi.js';
import type { FigureRequest } from '../../src/render/types.js';
import { fakeDeps } from '../dispatch/fakes.js';

const PAGE = `Question 6. Inputs i1 = 0.05, i2 = 0.10; weights w1 = 0.15, w2 = 0.20, w3 = 0.25, w4 = 0.30, w5 = 0.40, w6 = 0.45, w7 = 0.50, w8 = 0.55; biases b1 = 0.35, b2 = 0.60; targets t1 = 0.01, t2 = 0.99.

$$a_{h_1} = 0.35 + 0.05 * 0.15 + 0.10 * 0.20 = 0.3775$$
h1 = σ(a_{h_1}) = 0.5932`;

const request = (options: Request['options'], locale: Request['locale'] = 'en'): Request => ({
  command: 'backprop',
  options,
  text: PAGE,
  user: { id: 'ta' },
  locale,
});
const walkthroughOf = (reply: { text: string; files?: { content: string }[] }) =>
  reply.files?.[0]?.content ?? reply.text;

describe('/backprop notation', () => {
  it('answers a page written with a_h1 and h1 in that notation, and says so', async () => {
    const reply = await dispatch(request({}), fakeDeps(), { commands: [backprop] });
    expect(reply.kind).toBe('ok');
    expect(reply.text).toContain("Written in the page's own notation: course");
    expect(reply.text).toContain('a_h1 = 0.3775, h1 = 0.5933');
    expect(walkthroughOf(reply)).toContain('h1 = σ(a_h1) = σ(0.3775) = 0.5933');
  });

  it('notation:classic (or any other) wins over the page', async () => {
    const reply = await dispatch(request({ notation: 'classic' }), fakeDeps(), { commands: [backprop] });
    expect(reply.text).not.toContain("page's own notation");
    expect(walkthroughOf(reply)).toContain('out_h1 = σ(net_h1) = σ(0.3775) = 0.5933');
  });

  it('says it in Persian too', async () => {
    const reply = await dispatch(request({}, 'fa'), fakeDeps(), { commands: [backprop] });
    expect(withoutDirectionMarks(reply.text)).toContain('با نمادگذاری خود صفحه نوشته شده است');
  });

  it('refuses an unknown notation with the choices', async () => {
    const reply = await dispatch(request({ notation: 'kurs' }), fakeDeps(), { commands: [backprop] });
    expect(reply.kind).toBe('user-error');
    expect(reply.text).toContain('`notation` must be one of `classic`, `course`, `layered`, `textbook`');
  });

  it('export:latex attaches the answer key in the notation asked for, with the diagram beside it', async () => {
    const reply = await dispatch(request({ export: 'latex' }), fakeDeps(), { commands: [backprop] });
    const key = reply.files?.find((file) => file.name === 'answer-key.tex');
    expect(key?.content).toContain('\\documentclass[11pt]{article}');
    expect(key?.content).toContain('\\[ h1 = \\sigma (a_{h1}) = \\sigma (0.3775) = 0.5933 \\]');
    expect(key?.content).toContain(`\\includegraphics[width=0.9\\linewidth]{${reply.images?.[0]?.name}}`);
    const fa = await dispatch(request({ export: 'latex' }, 'fa'), fakeDeps(), { commands: [backprop] });
    expect(fa.files?.map((file) => file.name)).toContain('answer-key-fa.tex');
  });

  it('explain:w5 adds the chain rule of w5 typeset, its Unicode form as the alt text', async () => {
    const rendered: FigureRequest[] = [];
    const reply = await dispatch(
      {
        command: 'backprop',
        options: { preset: 'course-q6', explain: 'w5' },
        user: { id: 'ta' },
        locale: 'en',
      },
      fakeDeps(rendered),
      { commands: [backprop] },
    );
    const image = reply.images?.find((i) => i.name === 'chain-rule-w5.png');
    expect(image?.alt).toContain('= 0.7414·0.1868·0.5933 = 0.0822');
    expect(rendered).toContainEqual(
      expect.objectContaining({ kind: 'formulas', title: 'The chain rule for w5' }),
    );
  });

  it('explain: a weight the network does not have is named with the ones it has, in Persian too', async () => {
    const reply = await dispatch(
      {
        command: 'backprop',
        options: { preset: 'course-q6', explain: 'w9', lang: 'fa' },
        user: { id: 'ta' },
        locale: 'en',
      },
      fakeDeps(),
      { commands: [backprop] },
    );
    expect(reply.kind).toBe('user-error');
    expect(withoutDirectionMarks(reply.text)).toContain('وزنی به نام `w9` ندارد؛ وزن‌هایش w1…w8 هستند');
  });
});
