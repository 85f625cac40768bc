import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Trace } from '../../../src/core/types.js';
import { layoutDiagram, textBoxes, type DiagramLayout } from '../../../src/render/diagram/layout.js';
import { buildDiagramModel } from '../../../src/render/diagram/model.js';
import { chooseLayout } from '../../../src/render/diagram/render-diagram.js';
import { registerFonts } from '../../../src/render/fonts.js';
import {
  boxesIntersect,
  circleIntersectsBox,
  distanceToSegment,
  segmentIntersectsBox,
} from '../../../src/render/geometry.js';
import { measureText } from '../../../src/render/text.js';
import type { DiagramView } from '../../../src/render/types.js';
import { classicTrace, deepTrace, denseTrace, largestTrace, seedQ6Trace, traceOf } from '../fixtures.js';

registerFonts();
const VIEWS: DiagramView[] = ['forward', 'backward', 'update', 'summary'];

function layoutOf(
  trace: Trace,
  view: DiagramView,
  locale: 'en' | 'fa' = 'en',
  compact = false,
): DiagramLayout | undefined {
  return layoutDiagram(buildDiagramModel(trace, view, { precision: 4, locale, compact }), measureText);
}

/** Every rule a labelled layout must keep; returns the broken ones (empty when all hold). */
function problems(layout: DiagramLayout): string[] {
  const found: string[] = [];
  const texts = textBoxes(layout);
  for (let a = 0; a < texts.length; a++) {
    for (let b = a + 1; b < texts.length; b++) {
      if (boxesIntersect(texts[a]!.box, texts[b]!.box))
        found.push(`"${texts[a]!.lines[0]}" overlaps "${texts[b]!.lines[0]}"`);
    }
  }
  for (const text of texts) {
    for (const node of layout.nodes) {
      if (circleIntersectsBox(node, text.box)) found.push(`"${text.lines[0]}" overlaps unit ${node.name}`);
    }
    const { x, y, width, height } = text.box;
    if (x < 0 || y < 0 || x + width > layout.width || y + height > layout.height)
      found.push(`"${text.lines[0]}" leaves the image`);
  }
  for (const edge of layout.edges.filter((e) => e.kind === 'weight')) {
    if (!edge.label) {
      found.push(`${edge.name} has no label`);
      continue;
    }
    const centre = {
      x: edge.label.box.x + edge.label.box.width / 2,
      y: edge.label.box.y + edge.label.box.height / 2,
    };
    if (distanceToSegment(centre.x, centre.y, edge.segment) > 0.5)
      found.push(`${edge.name}'s label is off its edge`);
    if (!edge.label.lines[0]!.includes(edge.name)) found.push(`${edge.name}'s label names another weight`);
  }
  if (layout.width > 1600) found.push(`width ${layout.width} > 1600`);
  return found;
}

describe('layoutDiagram', () => {
  it.each(VIEWS)('lays out the classic net (%s) with every edge labelled and no overlaps', (view) => {
    const layout = layoutOf(classicTrace(), view);
    expect(layout).toBeDefined();
    expect(problems(layout!)).toEqual([]);
    expect(layout!.edges.filter((e) => e.kind === 'weight')).toHaveLength(8);
    // one shared bias per layer: one pill each, with an edge to every unit of the layer
    expect(layout!.pills).toHaveLength(2);
    expect(layout!.edges.filter((e) => e.kind === 'bias')).toHaveLength(4);
  });

  it('draws one bias pill per unit for per-unit biases, and keeps a deep net readable', () => {
    for (const view of VIEWS) {
      const layout = layoutOf(deepTrace(), view);
      expect(layout).toBeDefined();
      expect(problems(layout!)).toEqual([]);
      expect(layout!.pills).toHaveLength(3 + 3 + 2);
    }
  });

  it('keeps a 3-4-4-2 net labelled in every view (two-line labels when they are narrower)', () => {
    const layers = [3, 4, 4, 2];
    const trace = traceOf({
      layers,
      activations: ['leaky_relu', 'leaky_relu', 'sigmoid'],
      weights: layers
        .slice(1)
        .map((rows, l) =>
          Array.from({ length: rows }, (_, j) =>
            Array.from({ length: layers[l]! }, (_, i) => Math.round(10 * Math.cos(j + 2 * i + l)) / 10),
          ),
        ),
      biases: [Array(4).fill(0.1), Array(4).fill(0), [0.05, -0.05]],
      input: [0.5, -0.3, 0.8],
      target: [1, 0],
      loss: 'mse',
      learningRate: 0.2,
    });
    for (const view of VIEWS) {
      const chosen = chooseLayout({ kind: 'diagram', trace, view });
      expect(chosen, view).toBeDefined();
      expect(problems(chosen!.layout)).toEqual([]);
    }
  });

  it('lays out the Persian summary too', () => {
    expect(problems(layoutOf(seedQ6Trace(), 'summary', 'fa')!)).toEqual([]);
  });

  it('gives way to heatmaps for dense nets', () => {
    expect(layoutOf(denseTrace(), 'forward')).toBeUndefined();
    expect(layoutOf(largestTrace(), 'summary')).toBeUndefined();
  });

  it('catches an overlap when one is made (the check can fail)', () => {
    const layout = layoutOf(classicTrace(), 'forward')!;
    const [a, b] = layout.edges.filter((e) => e.label);
    b!.label!.box = { ...a!.label!.box };
    expect(problems(layout).length).toBeGreaterThan(0);
  });

  it('keeps every rule for any small net it accepts (property)', () => {
    const net = fc.record({
      layers: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 2, maxLength: 5 }),
      shared: fc.boolean(),
      compact: fc.boolean(),
      view: fc.constantFrom(...VIEWS),
      scale: fc.constantFrom(0.01, 1, 30),
    });
    fc.assert(
      fc.property(net, ({ layers, shared, compact, view, scale }) => {
        const weights = layers
          .slice(1)
          .map((rows, l) =>
            Array.from({ length: rows }, (_, j) =>
              Array.from({ length: layers[l]! }, (_, i) => scale * Math.sin(1 + j * 7 + i * 3 + l)),
            ),
          );
        const trace = traceOf({
          layers,
          activations: 'sigmoid',
          weights,
          biases: layers
            .slice(1)
            .map((n) => (shared ? 0.1 : Array.from({ length: n }, (_, k) => k / 10 - 0.2))),
          input: Array.from({ length: layers[0]! }, (_, k) => k / 3),
          target: Array.from({ length: layers[layers.length - 1]! }, () => 0.5),
          loss: 'half_sse',
          learningRate: 0.5,
        });
        const layout = layoutOf(trace, view, 'en', compact);
        if (layout) expect(problems(layout)).toEqual([]);
        // small enough to label means it gets labels
        if (Math.max(...layers) <= 3 && layers.length <= 4) expect(layout).toBeDefined();
      }),
      { numRuns: 40, seed: 42 },
    );
  });
});

describe('geometry', () => {
  it('knows when a segment passes through a box', () => {
    const box = { x: 10, y: 10, width: 10, height: 10 };
    expect(segmentIntersectsBox({ x1: 0, y1: 0, x2: 30, y2: 30 }, box)).toBe(true);
    expect(segmentIntersectsBox({ x1: 0, y1: 25, x2: 30, y2: 25 }, box)).toBe(false);
  });
});
