// Every page of the corpus, answered under its own names (issue 11): names change, numbers never; no two
// parameters share a name; every diagram stays labelled without an overlap.
import { describe, expect, it } from 'vitest';
import { caseNames, loadCase } from '../../bench/corpus/cases.js';
import { computeTrace } from '../../src/core/index.js';
import { parseDefinition } from '../../src/definition/index.js';
import { textBoxes } from '../../src/render/diagram/layout.js';
import { chooseLayout } from '../../src/render/diagram/render-diagram.js';
import { registerFonts } from '../../src/render/fonts.js';
import { boxesIntersect } from '../../src/render/geometry.js';
import { notationFor } from '../../src/text/notations.js';
import { withPageNames } from '../../src/text/page-notation.js';
import { walkthrough } from '../../src/text/walkthrough.js';

registerFonts();

/** Each page read alone, as a TA pastes it into /backprop; pages refused (a figure, two values) are left out. */
const pages = caseNames().flatMap((name) => {
  const parsed = parseDefinition(loadCase(name).setupText);
  return parsed.ok && parsed.value.shownNames ? [{ name, parsed: parsed.value }] : [];
});

/** The walkthrough's formulas' numbers, without its line mapping the page's names to ours. */
const numbersOf = (text: string) =>
  text
    .split('\n')
    .filter((line) => !line.startsWith('Names as on the page'))
    .join('\n')
    .match(/[−-]?\d+\.\d+/g);

describe('the corpus under its own names', () => {
  it('holds pages with names of their own (the test reads something)', () => {
    expect(pages.map((p) => p.name)).toEqual(
      expect.arrayContaining(['han-kamber-appendix-b', 'aiml-notes-relu', 'ninjakx-two-hidden-layers']),
    );
  });

  it.each(pages.map((p) => [p.name, p.parsed] as const))(
    "%s: the walkthrough's numbers are ours",
    (_name, parsed) => {
      const trace = computeTrace(parsed.spec);
      const page = walkthrough(trace, { precision: 4, pageNames: parsed.shownNames! });
      expect(numbersOf(page)).toEqual(numbersOf(walkthrough(trace, { precision: 4 })));
    },
  );

  it.each(pages.map((p) => [p.name, p.parsed] as const))(
    '%s: no two parameters share a name',
    (_name, parsed) => {
      const { layers, weights, biases } = parsed.spec;
      const ours = notationFor('classic', layers);
      const nt = withPageNames(ours, parsed.shownNames, parsed.spec);
      // The pages' names are used, not set aside as ambiguous (which would also give distinct names).
      expect(nt).not.toBe(ours);
      const names = [
        ...weights.flatMap((matrix, l) => matrix.flatMap((row, j) => row.map((_w, i) => nt.weight(l, j, i)))),
        ...biases.flatMap((bias, l) =>
          typeof bias === 'number' ? [nt.bias(l, true)] : bias.map((_b, j) => nt.bias(l, false, j)),
        ),
      ];
      expect(names.filter((name, k) => names.indexOf(name) !== k)).toEqual([]);
    },
  );

  it.each(pages.map((p) => [p.name, p.parsed] as const))(
    '%s: the summary diagram is labelled, nothing overlapping',
    (_name, parsed) => {
      const trace = computeTrace(parsed.spec);
      for (const locale of ['en', 'fa'] as const) {
        const chosen = chooseLayout({
          kind: 'diagram',
          trace,
          view: 'summary',
          locale,
          pageNames: parsed.shownNames!,
        });
        if (!chosen) continue; // a net too dense for labels is drawn as heatmaps, which name no weight
        const texts = textBoxes(chosen.layout);
        const overlaps = texts.flatMap((a, k) =>
          texts
            .slice(k + 1)
            .flatMap((b) => (boxesIntersect(a.box, b.box) ? [`${a.lines[0]} / ${b.lines[0]}`] : [])),
        );
        expect(overlaps).toEqual([]);
        for (const edge of chosen.layout.edges)
          if (edge.kind === 'weight') expect(edge.label?.lines[0]).toContain(edge.name);
      }
    },
  );
});
