// What can be drawn: the contract between the renderer and everyone who asks for a picture.
import type { NotationName } from '../text/notations.js';
import type { PageParameterName } from '../text/page-notation.js';
import type { Trace } from '../core/types.js';

export type Theme = 'dark' | 'light';
export type Locale = 'en' | 'fa';
/** `network`: the network alone (weights, biases, inputs, targets), none of the values to compute (an exercise). */
export type DiagramView = 'forward' | 'backward' | 'update' | 'summary' | 'network';

export interface DiagramRequest {
  kind: 'diagram';
  trace: Trace;
  view: DiagramView;
  theme?: Theme; // default dark (Discord's common case)
  precision?: number; // decimals, default 4
  locale?: Locale; // titles and legend language, default en
  /** The names on units, weights and biases (src/text/notations.ts), default classic. */
  notation?: NotationName;
  /** A pasted page's names for the weights and biases it named: drawn instead of ours. */
  pageNames?: readonly PageParameterName[];
}

/** One line, set of bars or histogram on a plot. */
export interface PlotSeries {
  label: string;
  x: number[];
  y: number[];
  /** Dashed line, e.g. a derivative drawn beside its function. */
  dashed?: boolean;
}

/** A point to call out on a plot, e.g. the sigmoid derivative's 0.25 maximum. */
export interface PlotMarker {
  x: number;
  y: number;
  label: string;
}

/** A chart described as data (the lessons and the loss curve build these; the renderer draws them). */
export interface PlotRequest {
  kind: 'plot';
  chart: 'line' | 'bar' | 'histogram';
  title: string;
  xLabel: string;
  yLabel: string;
  series: PlotSeries[];
  markers?: PlotMarker[];
  /** Bar charts: category labels along x (series[k].y[c] is the bar of category c). */
  categories?: string[];
  /** Several panels side by side (e.g. y=1 and y=0), each a plot of its own. */
  logY?: boolean;
  yRange?: [number, number];
  xRange?: [number, number];
  theme?: Theme;
  locale?: Locale;
}

/** Several plots as one image, laid out in a grid (e.g. one panel per initialisation scheme). */
export interface PanelsRequest {
  kind: 'panels';
  title: string;
  panels: PlotRequest[];
  columns?: number;
  theme?: Theme;
  locale?: Locale;
}

/** Values per sample (rows) and unit (columns) on the diverging scale, e.g. hidden activations. */
export interface HeatmapRequest {
  kind: 'heatmap';
  title: string;
  subtitle?: string;
  rowLabels: string[];
  columnLabels: string[];
  values: number[][];
  caption: string;
  theme?: Theme;
  locale?: Locale;
}

/** Shaded class regions of a 2-input network and its samples: one panel per set of parameters. */
export interface BoundaryRequest {
  kind: 'boundary';
  title: string;
  panels: {
    title: string;
    grid: { columns: number; rows: number; classes: number[]; confidence: number[] };
  }[];
  x: [number, number];
  y: [number, number];
  xLabel: string;
  yLabel: string;
  samples: { x: number; y: number; cls: number }[];
  classCount: number;
  theme?: Theme;
  locale?: Locale;
}

/** Formulas typeset from LaTeX (src/render/formulas.ts), one under the other. */
export interface FormulasRequest {
  kind: 'formulas';
  /** LaTeX, one formula each (no surrounding $ or \\[ \\]). */
  formulas: string[];
  /** What the image shows, for its alt text (the formulas as the chat text writes them). */
  title: string;
  theme?: Theme;
  locale?: Locale;
}

export type FigureRequest =
  DiagramRequest | PlotRequest | PanelsRequest | BoundaryRequest | FormulasRequest | HeatmapRequest;

export interface RenderedImage {
  png: Uint8Array;
  width: number;
  height: number;
  /** Text alternative for screen readers and platforms that show alt text. */
  alt: string;
}

/** The renderer as commands see it (deps.render). */
export interface Renderer {
  render(request: FigureRequest): Promise<RenderedImage>;
}
