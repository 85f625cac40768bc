// Every accepted form, on realistic inputs, gives the golden traces (PyTorch float64, 1e-12 relative).
import { describe, expect, it } from 'vitest';
import { computeTrace, traceToJson } from '../../src/core/index.js';
import type { ResolvedSpec } from '../../src/core/types.js';
import { loadPreset, parseDefinition, type ParsedDefinition } from '../../src/definition/index.js';
import { compareDeep, goldenCases } from '../helpers/golden.js';

const RELATIVE = 1e-12;

function parsed(text: string): ParsedDefinition {
  const result = parseDefinition(text);
  if (!result.ok) throw new Error(JSON.stringify(result.error, null, 1));
  return result.value;
}

function expectGolden(spec: ResolvedSpec, name: string): void {
  const golden = goldenCases().find((c) => c.name === name)!;
  const { name: _name, ...expected } = golden.trace;
  expect(compareDeep(traceToJson(computeTrace(spec)), expected, RELATIVE)).toEqual([]);
}

/** The classic example (lr 0.5, shared biases not updated), as people write it in each form. */
const CLASSIC: Record<ParsedDefinition['form'] | 'fenced' | 'persian-digits' | 'matlab', string> = {
  json: `{
  "layers": [2, 2, 2],
  "activations": "sigmoid",
  "weights": [[[0.15, 0.20], [0.25, 0.30]], [[0.40, 0.45], [0.50, 0.55]]],
  "biases": [0.35, 0.60],
  "input": [0.05, 0.10],
  "target": [0.01, 0.99],
  "loss": "half_sse",
  "learningRate": 0.5,
  "updateBiases": false
}`,
  'key-value': `layers: 2-2-2
activation: sigmoid
loss: half_sse
learning rate: 0.5
update biases: no
inputs = 0.05, 0.10
targets = 0.01, 0.99
W1: [[0.15, 0.20], [0.25, 0.30]]
b1: 0.35
W2: [[0.40, 0.45], [0.50, 0.55]]
b2: 0.60`,
  matlab: `shape: [2, 2, 2]
eta = 1/2
update bias = false
x = [0.05 0.10]
y = [0.01 0.99]
W1 = [0.15 0.20; 0.25 0.30]
W2:
  0.40 0.45
  0.50 0.55
b1 = 0.35
b2 = 0.60`,
  numbered: `w1=0.15 w2=0.20 w3=0.25 w4=0.30 w5=0.40 w6=0.45 w7=0.50 w8=0.55 b1=0.35 b2=0.60
i1=0.05 i2=0.10 t1=0.01 t2=0.99
lr=0.5 update biases: no`,
  'one-line':
    'layers:2-2-2 activation:sigmoid lr:0.5 update_biases:no input:0.05,0.10 target:0.01,0.99 W1:[[0.15,0.20],[0.25,0.30]] b1:0.35 W2:[[0.40,0.45],[0.50,0.55]] b2:0.60',
  latex: String.raw`Given $i_1 = 0.05$ and $i_2 = 0.10$, targets $t_{1} = 0.01$, $t_{2} = 0.99$.
Weights: $w_{1} = 0.15$, $w_{2} = 0.20$, $w_{3} = 0.25$, $w_{4} = 0.30$,
$$w_5 = 0.40,\ w_6 = 0.45,\ w_7 = \frac{1}{2},\ w_8 = 0.55$$
Biases $b_1=0.35$, $b_2=0.60$ (not updated).
\eta = 0.5
update biases: no`,
  fenced:
    'Here is the network from the slides, can you run it?\n```text\nlayers: 2-2-2\nlr: 0.5\nupdate biases: no\ninput: [0.05, 0.10]\ntarget: [0.01, 0.99]\nW1: [[0.15, 0.20], [0.25, 0.30]]\nb1: 0.35\nW2: [[0.40, 0.45], [0.50, 0.55]]\nb2: 0.60\n```\nThanks!',
  'persian-digits': `لایه‌ها: ۲-۲-۲
نرخ یادگیری: ۰٫۵
update biases: خیر
ورودی: ۰٫۰۵، ۰٫۱
هدف: ۰٫۰۱، ۰٫۹۹
W1: [[0.15, 0.20], [0.25, 0.30]]
b1: 0.35
W2: [[0.40, 0.45], [0.50, 0.55]]
b2: 0.60`,
  // Wording of the primelearnpoint and fiqlab pages (https://primelearnpoint.com/deep-learning/backpropagation-solved-numerical-2x2/).
  page: `This network has 2 inputs (x₁, x₂), 2 hidden neurons (H₁, H₂), and 2 output neurons (Y₁, Y₂).

- **Inputs:** x₁ = 0.05  |  x₂ = 0.10
- **Weights to hidden:** w₁=0.15, w₂=0.20, w₃=0.25, w₄=0.30
- **Weights to output:** w₅=0.40, w₆=0.45, w₇=0.50, w₈=0.55
- **Biases:** b₁ = 0.35, b₂ = 0.60
- update biases: no
- **Targets:** T₁ = 0.01  |  T₂ = 0.99
- The learning rate is 0.5`,
};

const EXPECTED_FORM: Record<keyof typeof CLASSIC, ParsedDefinition['form']> = {
  json: 'json',
  'key-value': 'key-value',
  matlab: 'key-value',
  numbered: 'numbered',
  'one-line': 'one-line',
  latex: 'latex',
  fenced: 'key-value',
  'persian-digits': 'key-value',
  page: 'page',
};

describe('the classic example in every form', () => {
  for (const [name, text] of Object.entries(CLASSIC) as [keyof typeof CLASSIC, string][]) {
    it(`${name}: detected as ${EXPECTED_FORM[name]} and gives the golden mazur trace`, () => {
      const result = parsed(text);
      expect(result.form).toBe(EXPECTED_FORM[name]);
      expect(result.spec.updateBiases).toBe(false);
      expectGolden(result.spec, 'mazur');
    });
  }

  it('infers 2-2-2 from eight numbered weights, two inputs and two targets, and says so', () => {
    const result = parsed(CLASSIC.numbered);
    expect(result.spec.layers).toEqual([2, 2, 2]);
    expect(result.notes[0]).toBe('Layer sizes 2-2-2 inferred from 8 weights, 2 inputs and 2 targets.');
    expect(result.noteMessages[0]).toEqual({
      id: 'definition.note.layers_from_numbered',
      params: { layers: '2-2-2', weights: 8, inputs: 2, outputs: 2 },
    });
  });

  it('places numbered weights destination-major (w2 = i2→h1, w3 = i1→h2)', () => {
    const result = parsed(CLASSIC.numbered);
    expect(result.spec.weights[0]).toEqual([
      [0.15, 0.2],
      [0.25, 0.3],
    ]);
    expect(result.spec.weights[1]).toEqual([
      [0.4, 0.45],
      [0.5, 0.55],
    ]);
  });

  it('states every default it applied', () => {
    const result = parsed(CLASSIC.numbered);
    expect(result.defaultsApplied).toEqual(['activations', 'loss', 'steps']);
    expect(result.notes).toContain('No `activation` given: using sigmoid (the default).');
    expect(result.notes).toContain('No `loss` given: using half_sse (the default).');
    expect(result.notes).toContain('No `steps` given: using 1 (the default).');
  });

  it('the JSON form states the defaults it filled in', () => {
    const result = parsed(CLASSIC.json);
    expect(result.defaultsApplied).toEqual(['steps']);
  });

  it('mazur-10000: steps given in the key-value form reproduce the 10000-step training', () => {
    const result = parsed(CLASSIC['key-value'] + '\nsteps: 10000');
    expectGolden(result.spec, 'mazur-10000');
  });
});

/** The course notes' question 6, set up the way the notes write it (Persian prose, LaTeX numbers). */
const Q6_SETUP = String.raw`۶. شبکه‌ی زیر را با تابع فعال‌سازی سیگموید و خطای $E = \frac{1}{2}\sum (t-o)^2$ در نظر بگیرید.

ورودی‌ها: $i_1 = 0.05$ و $i_2 = 0.10$ ؛ خروجی‌های مطلوب: $t_1 = 0.01$ و $t_2 = 0.99$

$$w_1 = 0.15,\ w_2 = 0.20,\ w_3 = 0.25,\ w_4 = 0.30$$
$$w_5 = 0.40,\ w_6 = 0.45,\ w_7 = 0.50,\ w_8 = 0.55$$

بایاس‌ها (مشترک در هر لایه و به‌روزرسانی می‌شوند): $b_1 = 0.35$ ، $b_2 = 0.60$

نرخ یادگیری $\eta = 0.3$ است. یک گام پس‌انتشار را انجام دهید.

A.
 $sigmoid := \sigma$

$$a_{h_1} = 0.35 + 0.05 * 0.15 + 0.10 * 0.20 = 0.3775$$`;

describe("the course notes' Q6", () => {
  it('reads the Persian/LaTeX setup and gives the golden seed-q6 trace', () => {
    const result = parsed(Q6_SETUP);
    expect(result.form).toBe('latex');
    expect(result.spec.learningRate).toBe(0.3);
    expect(result.spec.updateBiases).toBe(true);
    // The loss is the page's own E = ½Σ(t−o)², read from its formula (said in a note), not a default.
    expect(result.defaultsApplied).toEqual(['activations', 'updateBiases', 'steps']);
    expect(result.noteMessages.map((note) => note.id)).toContain('definition.note.read_loss');
    expectGolden(result.spec, 'seed-q6');
  });

  it('says which lines of the worked solution it skipped', () => {
    const result = parsed(Q6_SETUP);
    expect(result.noteMessages[0]?.id).toBe('definition.note.ignored');
    expect(result.notes[0]).toMatch(/a_h_1/);
  });

  it('the course-q6 preset gives the golden seed-q6 trace', () => {
    const preset = loadPreset('course-q6');
    if (!preset.ok) throw new Error(JSON.stringify(preset.error));
    expectGolden(preset.value.spec, 'seed-q6');
  });
});

describe('values as people write them', () => {
  const base = 'layers: 1-1\ntarget: 1\nb1: 0\n';
  const weightOf = (value: string) => parsed(`${base}input: 1\nW1: [[${value}]]`).spec.weights[0]![0]![0]!;

  it.each([
    ['1/sqrt(2)', 1 / Math.sqrt(2)],
    ['2^-2', 0.25],
    ['-3/4', -0.75],
    ['e^-1', Math.exp(-1)],
    ['ln(2)', Math.LN2],
    ['pi/8', Math.PI / 8],
    ['3 × 2 − 1', 5],
    ['۰٫۵', 0.5],
  ])('evaluates %s', (value, expected) => {
    expect(weightOf(value)).toBe(expected);
  });

  it('reads MATLAB rows, nested brackets and rows under the key alike', () => {
    const texts = [
      'W1: [1 2; 3 4]',
      'W1: [[1, 2], [3, 4]]',
      'W1:\n 1 2\n 3 4',
      'W1: [[1 2] [3 4]]',
      'W1: [1, 2\n 3, 4]',
    ];
    for (const text of texts) {
      const spec = parsed(`layers: 2-2-1\ninput: 0 0\ntarget: 1\n${text}\nb1: 0\nW2: [[1, 1]]\nb2: 0`).spec;
      expect(spec.weights[0]).toEqual([
        [1, 2],
        [3, 4],
      ]);
    }
  });

  it('tells a shared bias (a number) from one bias per unit (a list)', () => {
    const common = 'input: 1\ntarget: 1\nW1: [[1], [1]]\nW2: [[1, 1]]\nb2: 0\n';
    expect(parsed(common + 'b1: 0.5').spec.biases[0]).toBe(0.5);
    expect(parsed(common + 'b1: [0.5, 0.25]').spec.biases[0]).toEqual([0.5, 0.25]);
    expect(parsed(common + 'b1: 0.5, 0.25').spec.biases[0]).toEqual([0.5, 0.25]);
    expect(parsed(common + 'b1_1 = 0.5\nb1_2 = 0.25').spec.biases[0]).toEqual([0.5, 0.25]);
  });

  it('infers layer sizes from the matrices and says so', () => {
    const result = parsed('input: 1 2 3\ntarget: 1\nW1: [[1, 2, 3], [4, 5, 6]]\nb1: 0\nW2: [[1, 1]]\nb2: 0');
    expect(result.spec.layers).toEqual([3, 2, 1]);
    expect(result.notes).toContain('Layer sizes 3-2-1 read from the weight matrices.');
  });

  it('accepts activation and loss synonyms', () => {
    const result = parsed(
      'layers: 2-2-2\nactivations: [leaky relu, softmax]\nloss: cross entropy\ninput: 1 0\ntarget: 0 1\nW1: [[1,1],[1,1]]\nb1: 0\nW2: [[1,1],[1,1]]\nb2: 0',
    );
    expect(result.spec.activations).toEqual(['leaky_relu', 'softmax']);
    expect(result.spec.loss).toBe('cross_entropy');
  });

  it('reads o1-target forms and a LaTeX matrix', () => {
    const result = parsed(
      String.raw`$$W_1 = \begin{bmatrix} 0.15 & 0.20 \\ 0.25 & 0.30 \end{bmatrix}$$ $$W_2 = \begin{bmatrix} 0.40 & 0.45 \\ 0.50 & 0.55 \end{bmatrix}$$
$x_1 = 0.05$, $x_2 = 0.10$, o1 target = 0.01, o2 target = 0.99, $b_1 = 0.35$, $b_2 = 0.60$, $\eta = 0.5$
update biases: no`,
    );
    expectGolden(result.spec, 'mazur');
  });
});

describe('the README examples', () => {
  it('every ```text example under "Writing a network" parses', async () => {
    const { readFileSync } = await import('node:fs');
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const start = readme.indexOf('## Writing a network');
    const end = readme.indexOf('\n## ', start + 1);
    const section = readme.slice(start, end === -1 ? undefined : end);
    const blocks = [...section.matchAll(/```text\n([\s\S]*?)```/g)].map((m) => m[1]!);
    expect(blocks.length).toBeGreaterThanOrEqual(4);
    for (const block of blocks) parsed(block);
  });
});

describe('line endings', () => {
  it('reads Windows line endings like Unix ones', () => {
    expectGolden(parsed(CLASSIC['key-value'].replace(/\n/g, '\r\n')).spec, 'mazur');
    expectGolden(parsed(CLASSIC.matlab.replace(/\n/g, '\r\n')).spec, 'mazur');
  });
});

describe('chat messages', () => {
  const json = '{"layers": [1, 1], "weights": [[[0.5]]], "biases": [0], "input": [1], "target": [1]}';

  it('reads JSON inside a ```json fence with prose around it', () => {
    const result = parsed(`here you go:\n\`\`\`json\n${json}\n\`\`\`\nthanks`);
    expect(result.form).toBe('json');
    expect(result.spec.weights).toEqual([[[0.5]]]);
  });

  it('reads only the first fence', () => {
    const result = parsed(
      '```\nlayers: 1-1\ninput: 1\ntarget: 1\nW1: [[2]]\nb1: 0\n```\nand\n```\nnot a network\n```',
    );
    expect(result.spec.weights).toEqual([[[2]]]);
  });

  it('reads numbered weights written with a capital W, as the course notes do', () => {
    const result =
      parsed(String.raw`$W_1 = 0.15$ $w_2 = 0.20$ $w_3 = 0.25$ $W_4 = 0.30$ $w_5 = 0.40$ $w_6 = 0.45$ $W_7 = 0.50$ $W_{8} = 0.55$
$b_1 = 0.35$ $b_2 = 0.60$ $i_1 = 0.05$ $i_2 = 0.10$ $t_1 = 0.01$ $t_2 = 0.99$ $\eta = 0.3$`);
    expectGolden(result.spec, 'seed-q6');
  });
});
