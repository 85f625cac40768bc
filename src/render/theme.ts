// Colours of the light and dark themes: Discord-like surfaces and colour-blind-safe accents (Okabe–Ito).
import type { Theme } from './types.js';

export interface Palette {
  background: string;
  /** Node fill, label pills, heatmap frames. */
  surface: string;
  border: string;
  text: string;
  mutedText: string;
  grid: string;
  axis: string;
  /** Unlabelled structure: bias edges, layer bands. */
  faint: string;
  /** Diverging scale, negative end → neutral middle → positive end (blue–orange, safe for red–green colour blindness). */
  negative: string;
  neutral: string;
  positive: string;
  /** Series colours for plots, in order. */
  series: readonly string[];
}

const dark: Palette = {
  background: '#1e1f22',
  surface: '#2b2d31',
  border: '#4e5058',
  text: '#f2f3f5',
  mutedText: '#b5bac1',
  grid: '#3a3c42',
  axis: '#8e9297',
  faint: '#5c6068',
  negative: '#5aa9ff',
  neutral: '#4a4d55',
  positive: '#ffa23a',
  series: ['#56b4e9', '#e69f00', '#009e73', '#cc79a7', '#f0e442', '#d55e00'],
};

const light: Palette = {
  background: '#ffffff',
  surface: '#f2f3f5',
  border: '#c4c9d0',
  text: '#1f2328',
  mutedText: '#59636e',
  grid: '#e3e6ea',
  axis: '#6e7781',
  faint: '#b0b6be',
  negative: '#1f63b5',
  neutral: '#d5d9de',
  positive: '#c45a00',
  series: ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9'],
};

export function palette(theme: Theme = 'dark'): Palette {
  return theme === 'light' ? light : dark;
}
