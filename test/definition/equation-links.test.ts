// Equation-editor links (codecogs and the like): the LaTeX they carry, read once, mapped to where it was written.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readEquationLinks } from '../../src/definition/equation-links.js';
import { normaliseInput } from '../../src/definition/normalise.js';
import { fromString } from '../../src/definition/source.js';

const read = (text: string) => readEquationLinks(fromString(text)).text;
const count = (text: string, part: string) => text.split(part).length - 1;

// https://github.com/ninjakx/Neural_network_solver/blob/master/README.md (the corpus case, whole)
const NINJAKX = readFileSync(
  new URL('../fixtures/real-world/ninjakx-two-hidden-layers/setup.txt', import.meta.url),
  'utf8',
);

describe('readEquationLinks', () => {
  it('reads the LaTeX of a codecogs editor link whose blocks are repeated, each statement once', () => {
    const body = read(NINJAKX);
    expect(body).toContain('$$');
    for (const unit of [
      'net_{H11}',
      'out_{H11}',
      'net_{H12}',
      'net_{H21}',
      'net_{H22}',
      'net_{O1}',
      'out_{O1}',
    ])
      expect(count(body, `${unit} &`)).toBe(1);
    expect(body).toContain('(0.5 * 1) + (0.4 * 2) + ( 0.1 * -1) + (0.2 * 1)');
    expect(body).toContain('(-0.25 * 0.56026) + (0.5 * 0.637529)');
    expect(body).not.toMatch(/&space;|&plus;|\\dpi|<a |title=|href=/);
  });

  it('maps every character it keeps back to the same character of the page', () => {
    const { text, map } = readEquationLinks(fromString(NINJAKX));
    const at = text.indexOf('(-0.25 * 0.56026)');
    // Digits are the page's own; a space decoded from `&space;` maps to the entity's `&`.
    for (let k = at; k < at + 17; k++) expect(NINJAKX[map[k]!]).toBe(text[k] === ' ' ? '&' : text[k]);
    // The heading before the link is the page's own text.
    expect(text.startsWith('# Neural_network_solver\n')).toBe(true);
  });

  // "Implementing Neural Networks with Numpy for Absolute Beginners - Part 1" (a GitHub tutorial README, stored
  // in the search index): `<img src="http://latex.codecogs.com/gif.latex?w_0&space;=&space;0.5" title="w_0 = 0.5" />`
  it('reads an image whose URL and title say the same formula once, from the title', () => {
    const text =
      '<p align="center">\n<img src="http://latex.codecogs.com/gif.latex?w_0&space;=&space;0.5" title="w_0 = 0.5" />\n<br>\n<img src="http://latex.codecogs.com/gif.latex?w_1&space;=&space;-0.6" title="w_1 = -0.6" />\n</p>';
    const body = read(text);
    expect(body).toBe('<p align="center">\n$$ w_0 = 0.5 $$\n<br>\n$$ w_1 = -0.6 $$\n</p>');
  });

  // A GitHub README on the Nadaraya-Watson estimator (stored in the search index): the editor's usual output,
  // `<a href="…eqnedit.php?latex=…" target="_blank"><img src="…gif.latex?…" title="…" /></a>`, three copies in all.
  it('reads the editor link around its image as one formula', () => {
    const text =
      '<a href="https://www.codecogs.com/eqnedit.php?latex=w_i&space;=&space;K&space;\\left&space;(\\frac{\\rho&space;(x,&space;x_i)}{h}&space;\\right&space;)." target="_blank"><img src="https://latex.codecogs.com/gif.latex?w_i&space;=&space;K&space;\\left&space;(\\frac{\\rho&space;(x,&space;x_i)}{h}&space;\\right&space;)." title="w_i = K \\left (\\frac{\\rho (x, x_i)}{h} \\right )." /></a>\n\n*h* называется *шириной окна*.';
    expect(read(text)).toBe(
      '$$ w_i = K \\left (\\frac{\\rho (x, x_i)}{h} \\right ). $$\n\n*h* называется *шириной окна*.',
    );
  });

  // A GitHub README on gradient descent (stored in the search index): an image with no title, its LaTeX
  // percent-encoded in the URL.
  it('decodes the URL when there is no title', () => {
    const text = 'where <img src="https://latex.codecogs.com/gif.latex?w_i%28k%29"> is the ith parameter';
    expect(read(text)).toBe('where $$ w_i(k) $$ is the ith parameter');
    expect(
      read(
        '<a href="https://www.codecogs.com/eqnedit.php?latex=\\dpi{120}&space;w_1&space;=&space;0.5">x</a>',
      ),
    ).toBe('$$ w_1 = 0.5 $$x</a>');
  });

  // READMEs stored in the search index: a Russian kNN write-up, a word2vec note, a Pacman Q-learning handout and
  // a Google Docs export (`[](…eqnedit.php?latex=…#0)`), each as published.
  it('reads markdown images and links to an equation editor from their URLs', () => {
    expect(
      read(
        '![alt text](https://latex.codecogs.com/gif.latex?w_i(x)&space;=&space;K\\left&space;(&space;\\frac{\\rho(x,&space;x_i)}{h}&space;\\right&space;)), где',
      ),
    ).toBe('$$ w_i(x) = K\\left ( \\frac{\\rho(x, x_i)}{h} \\right ) $$, где');
    expect(read('for word ![eq](https://latex.codecogs.com/gif.latex?w_%7Bi%7D) when')).toBe(
      'for word $$ w_{i} $$ when',
    );
    expect(
      read(
        '![a](https://latex.codecogs.com/gif.latex?w_i%20%5Cleftarrow%20w_i%20&plus;%20%5Calpha%20%5Ccdot%20difference%20%5Ccdot%20f_i%28s%2Ca%29)',
      ),
    ).toBe('$$ w_i \\leftarrow w_i + \\alpha \\cdot difference \\cdot f_i(s,a) $$');
    expect(
      read(
        'Raum [](https://www.codecogs.com/eqnedit.php?latex=%5COmega%20%5Csubset%20%5Cmathbb%7BR%7D%5Ed#0) berechnen',
      ),
    ).toBe('Raum $$ \\Omega \\subset \\mathbb{R}^d $$ berechnen');
    // Other markdown links and pictures stay.
    expect(
      read('![Explot](get_started/example_plot.jpg?raw=true "Title") [docs](https://example.org/a(b))'),
    ).toBe('![Explot](get_started/example_plot.jpg?raw=true "Title") [docs](https://example.org/a(b))');
  });

  it('keeps two statements that only share a continuation row', () => {
    const text =
      '<img src="https://latex.codecogs.com/gif.latex?a" title="a &= 1 + 1 \\\\ & = 2" /> <img src="https://latex.codecogs.com/gif.latex?b" title="b &= 4 / 2 \\\\ & = 2" />';
    const body = read(text);
    expect(body).toContain('a &= 1 + 1');
    expect(body).toContain('b &= 4 / 2');
  });

  it('leaves other links and pictures as they are', () => {
    const picture =
      '<img src="https://docs.google.com/drawings/d/e/2PACX-1vRa_92metML3nIWcHhCTB7AYVoAbvIq3-1Phyixx_l05GJ0IOZ86MoUnIrwhqpxMZRQ2N97FVPIJsY-/pub?w=3288&h=1082" alt="AND Gate" width="700"/>';
    expect(read(picture)).toBe(picture);
    expect(read('a <a href="https://example.org">link</a> and <b>bold</b>')).toBe(
      'a <a href="https://example.org">link</a> and <b>bold</b>',
    );
    expect(read('<a title="never closed')).toBe('<a title="never closed');
  });

  it('is a step of normalising a pasted page', () => {
    const { body } = normaliseInput(NINJAKX);
    expect(body.text).toContain('$$');
    expect(count(body.text, 'net_{O1} &')).toBe(1);
  });
});
