// Typeset formulas: LaTeX → SVG with MathJax (its own fonts, as paths) → drawn on a canvas like every other PNG.
import { createRequire } from 'node:module';
import { Image, type Canvas } from '@napi-rs/canvas';
import { newCanvas } from './canvas.js';
import { palette } from './theme.js';
import type { FormulasRequest } from './types.js';

/** Pixels per ex of the formula (about a 22 px body size) and the space around and between formulas. */
const PX_PER_EX = 11;
const MARGIN = 24;
const GAP = 18;
/** A formula wider than this is scaled down to fit (a chat image stays readable on a phone). */
const MAX_WIDTH = 1400;

interface Typesetter {
  toSvg(latex: string): string;
}

let typesetter: Typesetter | undefined;

/** MathJax loads on the first formula (about 0.15 s), not at start-up. */
function mathJax(): Typesetter {
  if (typesetter) return typesetter;
  const require = createRequire(import.meta.url);
  const { mathjax } = require('mathjax-full/js/mathjax.js');
  const { TeX } = require('mathjax-full/js/input/tex.js');
  const { SVG } = require('mathjax-full/js/output/svg.js');
  const { liteAdaptor } = require('mathjax-full/js/adaptors/liteAdaptor.js');
  const { RegisterHTMLHandler } = require('mathjax-full/js/handlers/html.js');
  require('mathjax-full/js/input/tex/ams/AmsConfiguration.js');
  const adaptor = liteAdaptor();
  RegisterHTMLHandler(adaptor);
  // fontCache 'none': every glyph is a path inside the SVG, so nothing is fetched or looked up.
  const document = mathjax.document('', {
    InputJax: new TeX({
      packages: ['base', 'ams'],
      formatError: (_jax: unknown, error: Error) => {
        throw error;
      },
    }),
    OutputJax: new SVG({ fontCache: 'none' }),
  });
  typesetter = {
    toSvg: (latex: string) => adaptor.innerHTML(document.convert(latex, { display: true })),
  };
  return typesetter;
}

/** One formula as an SVG string in the given colour, with its size in pixels. */
export function typeset(latex: string, colour: string): { svg: string; width: number; height: number } {
  const svg = mathJax().toSvg(latex);
  const size = /width="([\d.]+)ex" height="([\d.]+)ex"/.exec(svg);
  if (!size) throw new Error('MathJax gave an SVG without a size');
  const width = Math.ceil(Number(size[1]) * PX_PER_EX);
  const height = Math.ceil(Number(size[2]) * PX_PER_EX);
  const sized = svg.replace(size[0], `width="${width}" height="${height}"`).replace(/currentColor/g, colour);
  return { svg: sized, width, height };
}

/** The formulas stacked, centred, in the theme's colours. */
export function renderFormulasCanvas(request: FormulasRequest): Canvas {
  const colours = palette(request.theme);
  const images = request.formulas.map((latex) => {
    const { svg, width, height } = typeset(latex, colours.text);
    const image = new Image();
    image.src = Buffer.from(svg);
    const scale = Math.min(1, MAX_WIDTH / width);
    return { image, width: width * scale, height: height * scale };
  });
  const width = Math.max(...images.map((i) => i.width), 200) + 2 * MARGIN;
  const height = images.reduce((sum, i) => sum + i.height, 0) + GAP * (images.length - 1) + 2 * MARGIN;
  const { canvas, ctx } = newCanvas(width, height, colours.background);
  let y = MARGIN;
  for (const { image, width: w, height: h } of images) {
    ctx.drawImage(image, (width - w) / 2, y, w, h);
    y += h + GAP;
  }
  return canvas;
}
