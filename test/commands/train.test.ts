import { describe, expect, it } from 'vitest';
import train from '../../commands/train.js';
import { dispatch } from '../../src/dispatch/dispatcher.js';
import type { Request } from '../../src/dispatch/types.js';
import type { BoundaryRequest, FigureRequest, HeatmapRequest, PlotRequest } from '../../src/render/types.js';
import { DISCORD_MESSAGE_LIMIT } from '../../src/text/limits.js';
import { fakeDeps } from '../dispatch/fakes.js';
import { PARITY } from '../helpers/parity-network.js';
import { BOUNDARY_GRID_WORK, boundaryGridSide, weightCount } from '../../src/core/index.js';
import { presetText } from '../../src/definition/index.js';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const commands = [train];
const request = (options: Request['options'], extra: Partial<Request> = {}): Request => ({
  command: 'train',
  options,
  user: { id: 'student' },
  locale: 'en',
  ...extra,
});

describe('/train', () => {
  it("learns XOR's four samples and says so, with the golden final loss, a loss curve and a boundary", async () => {
    const rendered: FigureRequest[] = [];
    const reply = await dispatch(request({ preset: 'xor' }), fakeDeps(rendered), { commands });
    expect(reply.kind).toBe('ok');
    // golden (xor-batch-5000): final loss 0.000445
    expect(reply.text).toContain('0.1285 → 0.0004451');
    expect(reply.text).toContain('accuracy 4/4 (100.0 %)');
    expect(reply.text).toContain('it learned the data set');
    expect(reply.text.length).toBeLessThanOrEqual(DISCORD_MESSAGE_LIMIT);
    expect(reply.images?.map((i) => i.name)).toEqual(['loss-curve.png', 'decision-boundary.png']);
    const curve = rendered[0] as PlotRequest;
    expect(curve.series[0]!.y).toHaveLength(5000);
    const boundary = rendered[1] as BoundaryRequest;
    // a strip over training: before, after ¼, ½, ¾ and all of the 5000 epochs
    expect(boundary.panels.map((p) => p.title)).toEqual([
      'before training',
      'after 1250 epochs',
      'after 2500 epochs',
      'after 3750 epochs',
      'after 5000 epochs',
    ]);
    expect(boundary.samples.map((s) => s.cls)).toEqual([0, 1, 1, 0]);
    // after training the grid predicts class 1 at (0, 1) and class 0 at (0, 0)
    expect(new Set(boundary.panels[4]!.grid.classes)).toEqual(new Set([0, 1]));
  });

  it("draws each strip panel from that epoch's parameters, within the grid work budget, or only the ends", async () => {
    const rendered: FigureRequest[] = [];
    await dispatch(
      request({ preset: 'moons', epochs: 40, lang: 'fa' }, { locale: 'fa' }),
      fakeDeps(rendered),
      {
        commands,
      },
    );
    const strip = rendered[1] as BoundaryRequest;
    expect(strip.panels.map((p) => p.title)).toEqual([
      'پیش از آموزش',
      'پس از ۱۰ دوره',
      'پس از ۲۰ دوره',
      'پس از ۳۰ دوره',
      'پس از ۴۰ دوره',
    ]);
    const side = boundaryGridSide([2, 8, 1], 5);
    expect(side * side * 5 * weightCount([2, 8, 1])).toBeLessThanOrEqual(BOUNDARY_GRID_WORK);
    // the panel after 10 epochs is the final panel of a 10-epoch run
    const shorter: FigureRequest[] = [];
    await dispatch(request({ preset: 'moons', epochs: 10, boundary: 'ends' }), fakeDeps(shorter), {
      commands,
    });
    const ends = shorter[1] as BoundaryRequest;
    expect(ends.panels.map((p) => p.title)).toEqual(['before training', 'after 10 epochs']);
    const gridOf = (panel: BoundaryRequest['panels'][number]) => panel.grid.classes.join('');
    const big = boundaryGridSide([2, 8, 1], 2);
    expect(ends.panels[1]!.grid.columns).toBe(big);
    // same parameters, sampled on both grids: equal where the grids are the same size
    if (big === side) expect(gridOf(ends.panels[1]!)).toBe(gridOf(strip.panels[1]!));
    else expect(strip.panels[1]!.grid.columns).toBe(side);
  });

  it("compares optimizers on one plot, in Persian, adam at its default η (the preset's is tuned for sgd)", async () => {
    const rendered: FigureRequest[] = [];
    const reply = await dispatch(
      request({ preset: 'xor', optimizer: 'sgd,momentum,adam', epochs: 50, lang: 'fa' }, { locale: 'fa' }),
      fakeDeps(rendered),
      { commands },
    );
    expect(reply.kind).toBe('ok');
    expect(reply.text).toMatch(/آموزش/);
    // each optimizer's η is stated, in its line and in the legend, and which one was a default
    expect((rendered[0] as PlotRequest).series.map((s) => s.label)).toEqual([
      'sgd (η = 2)',
      'momentum (η = 2)',
      'adam (η = 0.01، پیش‌فرض)',
    ]);
    for (const optimizer of ['sgd', 'momentum'])
      expect(reply.text).toContain(`\u2066\`${optimizer}\`\u2069** (\u2066\`η = 2\`\u2069)`);
    expect(reply.text).toContain('\u2066`adam`\u2069** (\u2066`η = 0.01`\u2069، پیش‌فرض)');
    // one line says why, and how to give adam the preset's η instead
    expect(reply.text).toContain('\u2066`adam:2`\u2069');
    expect(reply.text).toContain('\u2066`lr:2`\u2069');
  });

  it('/train preset:xor optimizer:sgd,momentum,adam: each learns XOR, adam at its default η, said in one line', async () => {
    const rendered: FigureRequest[] = [];
    const reply = await dispatch(
      request({ preset: 'xor', optimizer: 'sgd,momentum,adam' }),
      fakeDeps(rendered),
      { commands },
    );
    for (const run of ['**sgd** (η = 2)', '**momentum** (η = 2)', '**adam** (η = 0.01, default)'])
      expect(reply.text).toMatch(new RegExp(`${escape(run)}: loss .*accuracy 4/4 \\(100\\.0 %\\)`));
    expect(reply.text).toContain(
      "Default η for adam: the preset's η = 2 is tuned for sgd, whose step is η·g, while adam's is about η per weight. For the preset's η write `adam:2`, or `lr:2` for every run.",
    );
    expect(reply.text.length).toBeLessThanOrEqual(DISCORD_MESSAGE_LIMIT);
    // an η given is kept: lr: for every run, and the η a user's own definition states
    const given = await dispatch(
      request({ preset: 'xor', optimizer: 'sgd,adam', lr: 2, epochs: 10 }),
      fakeDeps([]),
      {
        commands,
      },
    );
    expect(given.text).toContain('**adam** (η = 2):');
    expect(given.text).not.toContain('Default η');
    const definition = await dispatch(
      request({ definition: presetText('xor')!, optimizer: 'adam', epochs: 10 }),
      fakeDeps([]),
      { commands },
    );
    expect(definition.text).toContain('**adam** (η = 2):');
    // …and the reply says adam's step scales otherwise, with the option that compares at adam's usual η
    const compared = await dispatch(
      request({ definition: presetText('xor')!, optimizer: 'sgd,momentum,adam', epochs: 10 }),
      fakeDeps([]),
      { commands },
    );
    expect(compared.text).toContain(
      "Your definition's η = 2 was written for sgd, whose step is η·g; adam steps by about η per weight, so its usual η differs: `optimizer:sgd,momentum,adam:0.01` compares at it.",
    );
    const persian = await dispatch(
      request(
        { definition: presetText('xor')!, optimizer: 'sgd,adam', epochs: 10, lang: 'fa' },
        { locale: 'fa' },
      ),
      fakeDeps([]),
      { commands },
    );
    expect(persian.text).toContain('\u2066`optimizer:sgd,adam:0.01`\u2069');
    // a definition that gives no η has the default 0.5, meant for sgd: adam takes its own, as on a preset
    const untyped = presetText('xor')!.replace('learning rate: 2\n', '');
    const defaulted = await dispatch(
      request({ definition: untyped, optimizer: 'sgd,adam', epochs: 10 }),
      fakeDeps([]),
      { commands },
    );
    expect(defaulted.text).toContain('**sgd** (η = 0.5):');
    expect(defaulted.text).toContain('**adam** (η = 0.01, default):');
    expect(defaulted.text).toContain(
      'Default η for adam: the default η = 0.5 is meant for sgd, whose step is η·g',
    );
    // the default 0.5 is sgd's even when the definition names adam: adam trains at its own
    const adamUntyped = await dispatch(
      request({ definition: `${untyped}\noptimizer: adam`, epochs: 10 }),
      fakeDeps([]),
      { commands },
    );
    expect(adamUntyped.text).toContain('**adam** (η = 0.01, default):');
    // a preset tuned for adam (moons, η = 0.05) gives sgd its own default
    const moons = await dispatch(
      request({ preset: 'moons', optimizer: 'sgd,rmsprop', epochs: 10 }),
      fakeDeps([]),
      {
        commands,
      },
    );
    expect(moons.text).toContain('**sgd** (η = 0.5, default):');
    expect(moons.text).toContain('**rmsprop** (η = 0.05):');
    expect(moons.text).toContain(
      "Default η for sgd: the preset's η = 0.05 is tuned for adam, whose step is about η per weight, while sgd's is η·g.",
    );
  });

  it('gives an optimizer its own η as name:η, says so, and trains it exactly as alone with that η', async () => {
    const rendered: FigureRequest[] = [];
    const reply = await dispatch(
      request({ preset: 'xor', optimizer: 'sgd,adam:0.05,sgd:0.5', epochs: 40 }),
      fakeDeps(rendered),
      { commands },
    );
    expect(reply.kind).toBe('ok');
    expect((rendered[0] as PlotRequest).series.map((s) => s.label)).toEqual([
      'sgd (η = 2)',
      'adam (η = 0.05)',
      'sgd (η = 0.5)',
    ]);
    expect(reply.text).toContain('η per optimizer');
    const alone = await dispatch(
      request({ preset: 'xor', optimizer: 'adam', lr: 0.05, epochs: 40 }),
      fakeDeps([]),
      {
        commands,
      },
    );
    const finalLoss = (text: string, optimizer: string) =>
      new RegExp(`\\*\\*${optimizer}\\*\\* \\(η = 0\\.05\\): loss \\S+ → (\\S+);`).exec(text)?.[1];
    expect(finalLoss(reply.text, 'adam')).toBeDefined();
    expect(finalLoss(reply.text, 'adam')).toBe(finalLoss(alone.text, 'adam'));
    for (const locale of ['en', 'fa'] as const) {
      const bad = await dispatch(
        request({ preset: 'xor', optimizer: 'sgd,adam:fast', lang: locale }, { locale }),
        fakeDeps([]),
        { commands },
      );
      expect(bad.kind).toBe('user-error');
      expect(bad.text).toContain('adam:fast');
      expect(bad.text).toContain('adam:0.01');
    }
  });

  it("with 3 inputs draws each sample's hidden activations instead of a boundary, in both languages", async () => {
    for (const locale of ['en', 'fa'] as const) {
      const rendered: FigureRequest[] = [];
      const reply = await dispatch(
        request({ definition: JSON.stringify(PARITY), lang: locale }, { locale }),
        fakeDeps(rendered),
        { commands },
      );
      expect(reply.kind).toBe('ok');
      expect(reply.images?.map((i) => i.name)).toEqual(['loss-curve.png', 'hidden-activations.png']);
      const heatmap = rendered[1] as HeatmapRequest;
      expect(heatmap.values).toHaveLength(8);
      expect(heatmap.columnLabels).toEqual(['h1', 'h2', 'h3', 'h4']);
      expect(heatmap.values.flat().every((v) => v >= -1 && v <= 1)).toBe(true);
      expect(reply.text).toContain(locale === 'en' ? 'the heatmap shows' : 'نقشهٔ رنگی');
    }
  });

  it('a regression data set reports its error, and a network without data is told how to add it', async () => {
    const line = await dispatch(request({ preset: 'line' }), fakeDeps([]), { commands });
    expect(line.text).toContain('mean absolute error');
    const none = await dispatch(request({ preset: 'mazur' }), fakeDeps([]), { commands });
    expect(none.kind).toBe('user-error');
    expect(none.text).toContain('data:');
  });

  it('refuses more work than a reply may do, naming the epochs that fit', async () => {
    const reply = await dispatch(request({ preset: 'moons', epochs: 100000 }), fakeDeps([]), { commands });
    expect(reply.kind).toBe('user-error');
    expect(reply.text).toMatch(/at most \d+ epochs/);
  });

  it('counts every optimizer compared against the one work cap, and says so in both languages', async () => {
    // moons (32 samples, 2-8-1: 24 weights + 2 × 9 units): 5000 epochs fit one run, not three
    const alone = await dispatch(request({ preset: 'moons', epochs: 5000 }), fakeDeps([]), { commands });
    expect(alone.kind).toBe('ok');
    for (const locale of ['en', 'fa'] as const) {
      const reply = await dispatch(
        request({ preset: 'moons', epochs: 5000, optimizer: 'sgd,momentum,adam', lang: locale }, { locale }),
        fakeDeps([]),
        { commands },
      );
      expect(reply.kind).toBe('user-error');
      expect(reply.text).toMatch(
        locale === 'en' ? /3 optimizers each may train at most \d+ epochs/ : /بهینه‌ساز/,
      );
    }
  });

  it('an unknown optimizer or batch is a located error', async () => {
    const reply = await dispatch(request({ preset: 'xor', optimizer: 'adagrad' }), fakeDeps([]), {
      commands,
    });
    expect(reply.kind).toBe('user-error');
    expect(reply.text).toContain('adagrad');
  });
});
