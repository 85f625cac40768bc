// /check through the dispatcher: network from a preset, a definition or a fenced block; private by default; fits a message.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import check from '../../commands/check.js';
import { dispatch } from '../../src/dispatch/dispatcher.js';
import type { Request } from '../../src/dispatch/types.js';
import { DISCORD_MESSAGE_LIMIT } from '../../src/text/limits.js';
import { fakeDeps } from '../dispatch/fakes.js';
import { CLASSIC_NUMBERED } from '../helpers/classic-network.js';
import { withoutDirectionMarks } from '../../src/text/bidi.js';

const commands = [check];
const fixture = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../fixtures/check/${name}`, import.meta.url)), 'utf8');
const request = (options: Request['options'], extra: Partial<Request> = {}): Request => ({
  command: 'check',
  options,
  user: { id: 'ta' },
  locale: 'en',
  ...extra,
});

const MAZUR_NUMBERED = `${CLASSIC_NUMBERED} lr=0.5 update_biases=false`;

describe('/check', () => {
  it("marks the course notes' answer against the course-q6 preset, privately, within one message", async () => {
    const reply = await dispatch(
      request({ preset: 'course-q6' }, { text: fixture('course-q6-answer.txt') }),
      fakeDeps(),
      { commands },
    );
    expect(reply.kind).toBe('ok');
    expect(reply.visibility).toBe('private');
    expect(reply.text.length).toBeLessThanOrEqual(DISCORD_MESSAGE_LIMIT);
    expect(reply.text).toContain('∂E/∂o taken as 1');
    expect(reply.text).toContain('∂E/∂o_j = o_j − t_j');
    // Too long for one message: the full table and the JSON rows are attached.
    expect(reply.files?.map((f) => f.name)).toEqual(['check-report.md', 'check-report.json']);
    const rows = JSON.parse(reply.files![1]!.content) as {
      line: number;
      verdict: string;
      diagnosis?: string;
      carriedFrom?: number[];
    }[];
    expect(rows.find((r) => r.line === 25)).toMatchObject({ verdict: 'incorrect', diagnosis: 'dE_dout_one' });
    expect(rows.find((r) => r.line === 49)).toMatchObject({ verdict: 'carried', carriedFrom: [35] });
    expect(reply.files![0]!.content).toContain('0.3668');
  });

  it('takes the network from the first fenced block and the answers from the rest, keeping line numbers', async () => {
    const text = ['```', MAZUR_NUMBERED, '```', 'out_h1 = 0.5933', 'w5+ = 0.3589', 'E_total = 0.5967'].join(
      '\n',
    );
    const reply = await dispatch(request({}, { text }), fakeDeps(), { commands });
    expect(reply.kind).toBe('ok');
    expect(reply.files ?? []).toEqual([]);
    expect(reply.text).toMatch(/\n\s+4\s+out_h1\s+0\.5933\s+0\.5933\s+✓/);
    expect(reply.text).toMatch(/\n\s+6\s+E_total\s+0\.5967\s+0\.2984\s+✗ ½ and the square’s 2 not together/);
  });

  // https://github.com/kaifeng/llm-learn/blob/main/source/part_basics/training/backpropagation.md (corpus: kaifeng-chinese-2-2-1)
  it("reads a page's square matrix as the answers' numbers say (X · W_1, rows = inputs), not by convention", async () => {
    const setup = String.raw`**输入数据** ：$X = [1, 2]$，真实标签：$y = 0.5$
隐藏层权重：$W_1 = \begin{bmatrix}0.5 & 0.6 \\ 0.7 & 0.8\end{bmatrix}$，偏置：$b_1 = [0.1, 0.2]$
输出层权重：$W_2 = [0.9, 0.1]$，偏置：$b_2 = 0.3$`;
    // σ(1·0.5 + 2·0.7 + 0.1) = 0.8808; read W x it would be σ(1.8) = 0.8581 and both marked ✗.
    const text = ['```', setup, '```', String.raw`$a_1 = \sigma(z_1) \approx [0.8808, 0.9168]$`].join('\n');
    const reply = await dispatch(request({}, { text }), fakeDeps(), { commands });
    expect(reply.text).toMatch(/a_1\[1\] \(read as out_h1\)\s+0\.8808\s+0\.8808\s+✓/);
    expect(reply.text).toMatch(/a_1\[2\] \(read as out_h2\)\s+0\.9168\s+0\.9168\s+✓/);
  });

  // Same page: the issue asks the reply to say which reading the page's worked numbers confirmed.
  it("says in one line which reading the answers' numbers confirmed, in English and in Persian", async () => {
    const setup = String.raw`**输入数据** ：$X = [1, 2]$，真实标签：$y = 0.5$
隐藏层权重：$W_1 = \begin{bmatrix}0.5 & 0.6 \\ 0.7 & 0.8\end{bmatrix}$，偏置：$b_1 = [0.1, 0.2]$
输出层权重：$W_2 = [0.9, 0.1]$，偏置：$b_2 = 0.3$`;
    const text = ['```', setup, '```', String.raw`$a_1 = \sigma(z_1) \approx [0.8808, 0.9168]$`].join('\n');
    const en = await dispatch(request({}, { text }), fakeDeps(), { commands });
    expect(en.text).toContain(
      "Weights read source-first: the page's own numbers (0.8808, 0.9168) confirm it.",
    );
    const fa = await dispatch(request({ lang: 'fa' }, { text, locale: 'fa' }), fakeDeps(), { commands });
    expect(withoutDirectionMarks(fa.text)).toContain(
      'وزن‌ها به ترتیب source-first خوانده شدند: اعداد خود صفحه (0.8808, 0.9168) آن را تأیید می‌کنند.',
    );
    // A preset leaves nothing open: no such line.
    const preset = await dispatch(request({ preset: 'mazur', answers: 'out_h1 = 0.5933' }), fakeDeps(), {
      commands,
    });
    expect(preset.text).not.toContain('confirm');
  });

  it('hides the right values in checking mode and posts publicly when asked', async () => {
    const reply = await dispatch(
      request({ preset: 'mazur', hide: 'true', public: 'true', answers: 'w5+ = 0.3668' }),
      fakeDeps(),
      { commands },
    );
    expect(reply.visibility).toBe('public');
    expect(reply.text).toContain('✗');
    expect(reply.text).not.toContain('0.3589');
    expect(reply.text).toContain('hidden');
  });

  it('takes net: as a preset name or a definition, like the command line', async () => {
    for (const net of ['mazur', MAZUR_NUMBERED]) {
      const reply = await dispatch(request({ net, answers: 'out_h1 = 0.5933' }), fakeDeps(), { commands });
      expect(reply.kind, net).toBe('ok');
      expect(reply.text).toMatch(/out_h1\s+0\.5933\s+0\.5933\s+✓/);
    }
  });

  it('lets the sheet number w1, w2, … when the network names no weights (JSON), and says so; a preset fixes it', async () => {
    // keonhee's network (z1 = w1·x1 + w3·x2): its page numbers source-first.
    const json = readFileSync(
      fileURLToPath(
        new URL('../fixtures/real-world/keonhee-korean-linear-output/network.json', import.meta.url),
      ),
      'utf8',
    );
    const answers = "dL/dw_3 = -0.0122\nw_2' = 0.203\nw_3' = 0.201";
    const reply = await dispatch(request({ definition: json, answers }), fakeDeps(), { commands });
    expect(reply.text).toContain('Read w1, w2, … source-first');
    expect(reply.text).toContain('Score: **3/3**');
    const asked = await dispatch(
      request({ definition: json, answers, numbering: 'destination-first' }),
      fakeDeps(),
      { commands },
    );
    expect(asked.text).not.toContain('Read w1, w2');
    expect(asked.text).not.toContain('Score: **3/3**');
  });

  // https://github.com/Sghosh1999/Machine-Learning-Deep-Learning-Fundamentals-Scratch (corpus: sghosh-single-neuron):
  // "Loss: Mean Squared Error (MSE)" with nothing on the page to settle ½ or 1/n.
  it('says in one line which reading it took by convention when nothing settled it, with the option for the other', async () => {
    const setup = readFileSync(
      fileURLToPath(new URL('../fixtures/real-world/sghosh-single-neuron/setup.txt', import.meta.url)),
      'utf8',
    );
    const text = ['```', setup, '```', 'z = 0.5 * 1.0 + (-0.4) * 2.0 + 0.1 = -0.2'].join('\n');
    const en = await dispatch(request({}, { text }), fakeDeps(), { commands });
    expect(en.text).toContain('"MSE" (line 14) read as E = ½Σ(t−o)², the usual convention');
    expect(en.text).toContain('add `mse:mean`');
    const fa = await dispatch(request({ lang: 'fa' }, { text, locale: 'fa' }), fakeDeps(), { commands });
    expect(withoutDirectionMarks(fa.text)).toContain('«MSE» (سطر ۱۴) به صورت E = ½Σ(t−o)² خوانده شد');
  });

  // Found by a TA: h1 right, o1 from w6/w7 swapped (0.7569); the explanation showed net_h1's formula.
  it('names the layer and the unit where the weights were read swapped, not the first layer, in en and fa', async () => {
    const answers = 'h1 = 0.5933, o1 = 0.76, E = 0.2984';
    const en = await dispatch(request({ preset: 'mazur', answers }), fakeDeps(), { commands });
    expect(en.text).toMatch(/o1 \(read as out_o1\)\s+0\.76\s+0\.7514\s+✗ weight numbers swapped/);
    expect(en.text).toContain('The weights into the output layer are numbered the other way (w6 = h1→o2');
    expect(en.text).toContain('right: `net_o1 = w5·h1 + w6·h2 + b2` — used: `net_o1 = w5·h1 + w7·h2 + b2`');
    expect(en.text).not.toContain('net_h1');
    const fa = await dispatch(request({ preset: 'mazur', lang: 'fa', answers }), fakeDeps(), { commands });
    const plain = withoutDirectionMarks(fa.text);
    expect(plain).toContain('وزن‌های ورودی به لایهٔ خروجی برعکس شماره‌گذاری شده‌اند (w6 = h1→o2');
    expect(plain).toContain('net_o1 = w5·h1 + w7·h2 + b2');
    expect(plain).not.toContain('net_h1');
  });

  it('answers in Persian with lang:fa', async () => {
    const reply = await dispatch(
      request({ preset: 'mazur', lang: 'fa', answers: 'E_total = 0.5967' }),
      fakeDeps(),
      { commands },
    );
    expect(reply.text).toContain('بررسی پاسخ‌ها');
    expect(withoutDirectionMarks(reply.text)).toContain('½ و ضریب ۲ با هم نیامده');
  });

  it('says what is missing instead of failing', async () => {
    const noNetwork = await dispatch(request({ answers: 'h1 = 0.5933' }), fakeDeps(), { commands });
    expect(noNetwork.kind).toBe('user-error');
    expect(noNetwork.text).toContain('preset:');
    const noAnswers = await dispatch(request({ preset: 'mazur' }), fakeDeps(), { commands });
    expect(noAnswers.kind).toBe('user-error');
    const nothingToCheck = await dispatch(
      request({ preset: 'mazur', answers: 'I think it converges' }),
      fakeDeps(),
      { commands },
    );
    expect(nothingToCheck.kind).toBe('user-error');
    expect(nothingToCheck.text).toContain('name = … = number');
  });

  it("refuses answers above the stated limit in the user's language, saying how long they are", async () => {
    const text = 'out_h1 = 0.5933\n'.repeat(1400);
    for (const locale of ['en', 'fa'] as const) {
      const reply = await dispatch(request({ preset: 'mazur' }, { text, locale }), fakeDeps(), { commands });
      expect(reply.kind).toBe('user-error');
      // a count: Persian digits in a Persian sentence
      expect(reply.text).toContain(locale === 'en' ? '22400' : '۲۲۴۰۰');
      expect(reply.text).toContain(locale === 'en' ? 'at most 20000' : 'حداکثر ۲۰۰۰۰ نویسه');
    }
  });
});
