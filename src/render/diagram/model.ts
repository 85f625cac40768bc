// What a diagram view says: per unit, bias and edge, the texts and the value its colour encodes.
import { hasNoBiases } from '../../core/no-biases.js';
import type { LayerBias, Trace } from '../../core/types.js';
import { notationFor, type NotationName } from '../../text/notations.js';
import { withPageNames, type PageParameterName } from '../../text/page-notation.js';
import { t } from '../../text/i18n.js';
import { ACTIVATIONS } from '../../core/records/activation-records.js';
import { formatNumber } from '../../text/number-format.js';
import type { DiagramView, Locale } from '../types.js';

export interface UnitModel {
  name: string;
  /** Shown inside the circle under the name (out, δ or the input value). */
  value?: string;
  /** Lines under the circle. */
  caption: string[];
  /** What the dense view's layer strip colours the unit by. */
  colourValue: number;
}

export interface BiasModel {
  /** Non-input layer index: the bias of layer l+1. */
  l: number;
  /** Unit of layer l+1 for a per-unit bias; undefined for a shared one. */
  unit?: number;
  name: string;
  /** The pill's text: name and value(s), e.g. "b1 = 0.3500". */
  lines: string[];
  colourValue: number;
}

export interface EdgeModel {
  l: number;
  j: number;
  i: number;
  name: string;
  lines: string[];
  colourValue: number;
}

export type EdgeQuantity = 'weight' | 'gradient' | 'change';

export interface DiagramModel {
  view: DiagramView;
  locale: Locale;
  title: string;
  subtitle: string;
  layers: number[];
  /** One per non-input layer. */
  activations: string[];
  units: UnitModel[][];
  biases: BiasModel[];
  edges: EdgeModel[];
  quantity: EdgeQuantity;
  /** Colour of every edge (and heatmap cell) by layer: [l][j][i]. */
  matrices: number[][][];
  nodeKey: string;
  footer: string;
}

const LOSS_LABELS: Record<string, string> = {
  sse: 'SSE',
  half_sse: '½·SSE',
  mse: 'MSE',
  bce: 'BCE',
  cross_entropy: 'cross-entropy',
};

const QUANTITY: Record<DiagramView, EdgeQuantity> = {
  forward: 'weight',
  backward: 'gradient',
  update: 'change',
  summary: 'gradient',
  network: 'weight',
};

function biasAt(bias: LayerBias | undefined, unit: number): number {
  if (bias === undefined) return Number.NaN;
  return typeof bias === 'number' ? bias : (bias[unit] ?? Number.NaN);
}

export function buildDiagramModel(
  trace: Trace,
  view: DiagramView,
  /** compact: edge labels on two short lines (name, then value) so denser nets still fit labelled. */
  options: {
    precision: number;
    locale: Locale;
    compact?: boolean;
    notation?: NotationName;
    pageNames?: readonly PageParameterName[];
  },
): DiagramModel {
  const { spec } = trace;
  const { layers } = spec;
  const { locale } = options;
  // a real minus sign: the hyphen formatNumber writes is too short to read in a picture
  const f = (x: number | undefined): string =>
    formatNumber(x ?? Number.NaN, options.precision).replace(/^-/, '−');
  const count = layers.length;
  const last = count - 2;
  const nt = withPageNames(notationFor(options.notation ?? 'classic', layers), options.pageNames, spec);
  // Classic captions say net/out/δ once per circle; other notations write each unit's own name.
  const classic = nt.name === 'classic';
  const quantity = QUANTITY[view];

  const units: UnitModel[][] = layers.map((size, layer) =>
    Array.from({ length: size }, (_, u): UnitModel => {
      const name = nt.unit(layer, u);
      if (layer === 0) {
        const x = spec.input[u] ?? Number.NaN;
        return { name, value: f(x), caption: [], colourValue: view === 'forward' ? x : 0 };
      }
      const l = layer - 1;
      const out = trace.out[l]?.[u];
      const net = trace.net[l]?.[u];
      const delta = trace.delta[l]?.[u];
      const target = l === last ? [`t = ${f(spec.target[u])}`] : [];
      switch (view) {
        case 'forward':
          return {
            name,
            value: f(out),
            caption: [`${classic ? 'net' : nt.net(layer, u)} = ${f(net)}`, ...target],
            colourValue: out ?? 0,
          };
        case 'backward': {
          const dOut = trace.dE_dOut?.[l]?.[u];
          return {
            name,
            value: f(delta),
            caption: dOut === undefined ? [] : [`∂E/∂${classic ? 'out' : nt.out(layer, u)} = ${f(dOut)}`],
            colourValue: delta ?? 0,
          };
        }
        case 'update':
          return { name, caption: [], colourValue: delta ?? 0 };
        case 'summary':
          return {
            name,
            value: f(out),
            caption: [`${classic ? 'δ' : nt.delta(layer, u)} = ${f(delta)}`, ...target],
            colourValue: delta ?? 0,
          };
        case 'network':
          return { name, caption: target, colourValue: 0 };
      }
    }),
  );

  const biases: BiasModel[] = [];
  // A network without biases gets no bias pills (a "b1 = 0 (fixed)" would draw a bias that is not there).
  const noBiases = hasNoBiases(spec);
  spec.biases.forEach((bias, l) => {
    if (noBiases) return;
    const shared = typeof bias === 'number';
    const unitsOfBias = shared ? [undefined] : bias.map((_, u) => u);
    for (const unit of unitsOfBias) {
      const u = unit ?? 0;
      const value = biasAt(bias, u);
      const grad = biasAt(trace.gradBiases[l], u);
      const after = biasAt(trace.updatedBiases[l], u);
      const name = nt.bias(l, shared, unit);
      const step = spec.updateBiases
        ? `${name}: ${f(value)} → ${f(after)}`
        : `${name} = ${f(value)} (${t(locale, 'render.bias.fixed')})`;
      const lines =
        view === 'forward' || view === 'network'
          ? [`${name} = ${f(value)}`]
          : view === 'backward'
            ? [`∂E/∂${name} = ${f(grad)}`]
            : [step];
      const colourValue = quantity === 'weight' ? value : quantity === 'gradient' ? grad : after - value;
      biases.push({ l, unit, name, lines, colourValue });
    }
  });

  const matrices: number[][][] = spec.weights.map((matrix, l) =>
    matrix.map((row, j) =>
      row.map((w, i) => {
        const grad = trace.gradWeights[l]?.[j]?.[i] ?? Number.NaN;
        const after = trace.updatedWeights[l]?.[j]?.[i] ?? Number.NaN;
        return quantity === 'weight' ? w : quantity === 'gradient' ? grad : after - w;
      }),
    ),
  );

  const edges: EdgeModel[] = [];
  spec.weights.forEach((matrix, l) =>
    matrix.forEach((row, j) =>
      row.forEach((w, i) => {
        const name = nt.weight(l, j, i);
        const grad = trace.gradWeights[l]?.[j]?.[i];
        const after = trace.updatedWeights[l]?.[j]?.[i];
        const plain = view === 'forward' || view === 'network';
        const value = plain ? f(w) : view === 'backward' ? f(grad) : `${f(w)} → ${f(after)}`;
        const label = view === 'backward' ? `∂E/∂${name}` : name;
        const lines = options.compact
          ? [label, value]
          : [`${label}${plain || view === 'backward' ? ' =' : ':'} ${value}`];
        edges.push({ l, j, i, name, lines, colourValue: matrices[l]![j]![i]! });
      }),
    ),
  );

  // Persian pictures name the activation in Persian (سیگموید), without the title's gloss in brackets.
  const activationNames = [...new Set(spec.activations)]
    // eslint-disable-next-line regexp/no-super-linear-move -- our own activation titles, a few words each
    .map((name) => (locale === 'fa' ? ACTIVATIONS[name].title.fa.replace(/\s*\(.*\)$/, '') : name))
    .join('/');
  const subtitle = t(locale, 'render.subtitle', {
    layers: layers.join('-'),
    activations: activationNames,
    loss: LOSS_LABELS[spec.loss] ?? spec.loss,
    eta: String(spec.learningRate),
  });
  const footer =
    dataSetFooter(trace, view, locale, f) ??
    (view === 'network'
      ? t(locale, 'render.network.footer')
      : view === 'forward'
        ? t(locale, 'render.loss', { loss: f(trace.loss) })
        : view === 'backward'
          ? t(locale, 'render.loss', { loss: f(trace.loss) })
          : t(locale, 'render.loss.step', { before: f(trace.loss), after: f(trace.lossAfterStep) }));

  return {
    view,
    locale,
    title:
      trace.samples && view === 'update'
        ? t(locale, 'training.diagram.update_title', { optimizer: spec.training!.optimizer })
        : t(locale, `render.view.${view}`),
    subtitle: subtitle + (noBiases ? t(locale, 'render.no_biases') : '') + dataSetLabel(trace, view, locale),
    layers,
    activations: [...spec.activations],
    units,
    biases,
    edges,
    quantity,
    matrices,
    nodeKey: t(
      locale,
      view === 'network' && noBiases ? 'render.key.network_no_biases' : `render.key.${view}`,
      nt.symbols,
    ),
    footer,
  };
}

/** With a data set the circles show sample 1's own pass while the edges show the batch's gradient and step. */
function dataSetLabel(trace: Trace, view: DiagramView, locale: Locale): string {
  const data = trace.spec.training?.data;
  if (!trace.samples || !data || view === 'network') return '';
  const params = {
    samples: data.length,
    batch: trace.firstBatch?.indices.length ?? data.length,
    optimizer: trace.spec.training!.optimizer,
  };
  const kind = view === 'forward' ? 'forward' : view === 'backward' ? 'backward' : 'update';
  return ` · ${t(locale, `training.diagram.${kind}`, params)}`;
}

/** With a data set E is the whole data set's loss, not sample 1's: the footer says so. */
function dataSetFooter(
  trace: Trace,
  view: DiagramView,
  locale: Locale,
  f: (x: number) => string,
): string | undefined {
  const data = trace.spec.training?.data;
  if (!trace.samples || !data || view === 'network') return undefined;
  return view === 'forward' || view === 'backward'
    ? t(locale, 'training.diagram.loss', { loss: f(trace.loss), samples: data.length })
    : t(locale, 'training.diagram.loss_step', {
        before: f(trace.loss),
        after: f(trace.lossAfterStep),
        samples: data.length,
      });
}
