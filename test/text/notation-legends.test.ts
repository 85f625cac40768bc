// The legends follow the notation chosen: the reply's δ heading and the diagrams' keys say ∂E/∂a (course),
// ∂E/∂z (layered), ∂E/∂I (textbook), not the classic ∂E/∂net, in English and Persian.
import { describe, expect, it } from 'vitest';
import { computeTrace } from '../../src/core/index.js';
import { loadPreset } from '../../src/definition/index.js';
import { buildDiagramModel } from '../../src/render/diagram/model.js';
import { withoutIsolates } from '../../src/text/bidi.js';
import { t } from '../../src/text/i18n.js';
import { notationFor, type NotationName } from '../../src/text/notations.js';

const preset = loadPreset('course-q6');
if (!preset.ok) throw new Error('course-q6 preset missing');
const trace = computeTrace(preset.value.spec);

const EXPECTED: Record<NotationName, { net: string; dOut: string; out: string }> = {
  classic: { net: 'net', dOut: '∂E/∂out', out: 'out' },
  course: { net: 'a', dOut: '∂E/∂h, ∂E/∂o', out: 'h, o' },
  layered: { net: 'z', dOut: '∂E/∂a', out: 'a' },
  textbook: { net: 'I', dOut: '∂E/∂O', out: 'O' },
};

describe('notation legends', () => {
  for (const [name, words] of Object.entries(EXPECTED) as [NotationName, (typeof EXPECTED)['classic']][]) {
    it(`${name}: the δ heading and the diagram keys use its words`, () => {
      const symbols = notationFor(name, trace.spec.layers).symbols;
      expect(t('en', 'commands.backprop_delta_heading', { net: symbols.net })).toBe(
        `**δ = ∂E/∂${words.net} per unit**`,
      );
      expect(withoutIsolates(t('fa', 'commands.backprop_delta_heading', { net: symbols.net }))).toBe(
        `**دلتای هر نورون (δ = ∂E/∂${words.net})**`,
      );
      const key = (view: 'forward' | 'backward' | 'summary', locale: 'en' | 'fa') =>
        withoutIsolates(buildDiagramModel(trace, view, { precision: 4, locale, notation: name }).nodeKey);
      expect(key('backward', 'en')).toBe(`circle: δ = ∂E/∂${words.net} of the unit · below: ${words.dOut}`);
      expect(key('forward', 'en')).toBe(
        `circle: unit and its output ${words.out} · below: net input ${words.net}`,
      );
      expect(key('summary', 'fa')).toContain(`δ = ∂E/∂${words.net}`);
      expect(key('summary', 'fa')).toContain(`خروجی ${words.out}`);
    });
  }
});
