// Type sizes and spacing shared by every figure, tuned to stay legible at a ~550 px chat preview.
import { font } from './fonts.js';

export const STYLE = {
  margin: 28,
  titleFont: font(24, 'bold'),
  titleLine: 32,
  subtitleFont: font(15),
  subtitleLine: 22,
  nameFont: font(17, 'bold'),
  valueFont: font(14),
  captionFont: font(14),
  labelFont: font(14),
  legendFont: font(14),
  footerFont: font(16, 'bold'),
  lineHeight: 19,
  padX: 7,
  padY: 4,
  minRadius: 27,
} as const;
