// Diagrams of a pasted page name its weights and biases as the page does (issue 11), and stay legible:
// long names are measured like any label, so none overlaps another text or a unit.
import { describe, expect, it } from 'vitest';
import { buildDiagramModel } from '../../../src/render/diagram/model.js';
import { chooseLayout } from '../../../src/render/diagram/render-diagram.js';
import { textBoxes, type DiagramLayout } from '../../../src/render/diagram/layout.js';
import { registerFonts } from '../../../src/render/fonts.js';
import { boxesIntersect, circleIntersectsBox } from '../../../src/render/geometry.js';
import type { DiagramView } from '../../../src/render/types.js';
import { readCorpusPage } from '../../helpers/corpus-page.js';

registerFonts();
const VIEWS: DiagramView[] = ['forward', 'backward', 'update', 'summary'];

/** Texts that overlap each other or a unit, leave the image, or weights drawn without their label. */
function problems(layout: DiagramLayout): string[] {
  const found: string[] = [];
  const texts = textBoxes(layout);
  texts.forEach((a, k) =>
    texts.slice(k + 1).forEach((b) => {
      if (boxesIntersect(a.box, b.box)) found.push(`"${a.lines[0]}" overlaps "${b.lines[0]}"`);
    }),
  );
  for (const text of texts) {
    for (const node of layout.nodes)
      if (circleIntersectsBox(node, text.box)) found.push(`"${text.lines[0]}" overlaps ${node.name}`);
    const { x, y, width, height } = text.box;
    if (x < 0 || y < 0 || x + width > layout.width || y + height > layout.height)
      found.push(`"${text.lines[0]}" leaves the image`);
  }
  for (const edge of layout.edges)
    if (edge.kind === 'weight' && !edge.label?.lines[0]?.includes(edge.name))
      found.push(`${edge.name} unlabelled`);
  return found;
}

describe('diagram of Han & Kamber, Appendix B (w_{14}, w_{04})', () => {
  const { parsed, trace } = readCorpusPage('han-kamber-appendix-b');
  const model = (view: DiagramView) =>
    buildDiagramModel(trace, view, { precision: 4, locale: 'en', pageNames: parsed.pageNames });

  it("labels the edges and bias pills with the page's names", () => {
    const forward = model('forward');
    expect(forward.edges.map((e) => e.name)).toEqual([
      'w₁₄',
      'w₂₄',
      'w₃₄',
      'w₁₅',
      'w₂₅',
      'w₃₅',
      'w₄₆',
      'w₅₆',
    ]);
    expect(forward.biases.map((b) => b.lines[0])).toEqual(['w₀₄ = −0.4000', 'w₀₅ = 0.2000', 'w₀₆ = 0.1000']);
    expect(model('backward').edges[6]!.lines[0]).toBe('∂E/∂w₄₆ = −0.0435');
  });

  it('keeps every number of our own diagram', () => {
    const ours = buildDiagramModel(trace, 'update', { precision: 4, locale: 'en' });
    const values = (m: typeof ours) => m.edges.map((e) => e.lines[0]!.split(':')[1]);
    expect(values(model('update'))).toEqual(values(ours));
  });
});

describe("diagram of ninjakx's two hidden layers (4-2-2-1, fourteen page names)", () => {
  const { parsed, trace } = readCorpusPage('ninjakx-two-hidden-layers');
  it.each(VIEWS)('every edge labelled with its page name, nothing overlapping (%s)', (view) => {
    for (const locale of ['en', 'fa'] as const) {
      const pageNames = parsed.shownNames!;
      const chosen = chooseLayout({ kind: 'diagram', trace, view, locale, pageNames });
      expect(chosen, `${view} ${locale} falls back to heatmaps`).toBeDefined();
      expect(problems(chosen!.layout)).toEqual([]);
      expect(chosen!.model.edges[0]!.name).toBe('w_H11.I1');
    }
  });
});
