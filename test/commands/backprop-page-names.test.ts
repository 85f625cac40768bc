// /backprop on a pasted page names weights and biases as the page does, in the text, the pictures and explain:.
import { describe, expect, it } from 'vitest';
import { loadCase } from '../../bench/corpus/cases.js';
import backprop from '../../commands/backprop.js';
import { dispatch } from '../../src/dispatch/dispatcher.js';
import type { Request } from '../../src/dispatch/types.js';
import type { DiagramRequest, FigureRequest } from '../../src/render/types.js';
import { withoutDirectionMarks } from '../../src/text/bidi.js';
import { fakeDeps } from '../dispatch/fakes.js';

async function ask(options: Request['options'], text: string, locale: 'en' | 'fa' = 'en') {
  const rendered: FigureRequest[] = [];
  const reply = await dispatch(
    { command: 'backprop', options, user: { id: 'ta' }, locale, text },
    fakeDeps(rendered),
    { commands: [backprop] },
  );
  return { reply, rendered };
}

describe('/backprop with Han & Kamber’s Appendix B pasted (w_{14} … w_{56}, w_{04} … w_{06})', () => {
  const page = loadCase('han-kamber-appendix-b').setupText;

  it('lists the largest gradients under the page’s names, in en and fa', async () => {
    const en = withoutDirectionMarks((await ask({}, page)).reply.text);
    expect(en).toContain('∂E/∂w₅₆ = −0.0689 (h2→o1)');
    const fa = withoutDirectionMarks((await ask({}, page, 'fa')).reply.text);
    expect(fa).toContain('∂E/∂w₅₆ = −0.0689');
  });

  it('hands the page’s names to every diagram', async () => {
    const { rendered } = await ask({ view: 'all' }, page);
    const diagrams = rendered.filter((r): r is DiagramRequest => r.kind === 'diagram');
    expect(diagrams).toHaveLength(3);
    for (const diagram of diagrams)
      expect(diagram.pageNames?.map((n) => n.name)).toEqual(expect.arrayContaining(['w_14', 'w_04']));
  });

  it('explains the page’s w46, not our w46 (there is none)', async () => {
    const { reply, rendered } = await ask({ explain: 'w46' }, page);
    expect(reply.kind).toBe('ok');
    const formulas = rendered.find((r) => r.kind === 'formulas');
    expect(formulas?.kind === 'formulas' && formulas.title).toContain('w₄₆');
    expect(reply.images?.map((image) => image.name)).toContain('chain-rule-w46.png');
  });
});

describe('/backprop with aiml-notes-relu pasted alone (w11…w22, v1, v2; b1, b2 of the hidden units; b_out)', () => {
  const page = loadCase('aiml-notes-relu').setupText;

  it('names the page’s b2 (hidden unit 2’s bias, our b1_2) apart from b_out (our b2)', async () => {
    const text = withoutDirectionMarks((await ask({}, page)).reply.text);
    expect(text).toContain('∂E/∂b2 = −0.0488\n');
    expect(text).toContain('∂E/∂b_out = −0.0813');
    expect(text).toContain('v2: 0.6000 → 0.6232');
  });

  it('draws the names placed as the reply says it read them (its assumed order), the other order on request', async () => {
    const names = async (options: Request['options']) => {
      const { rendered } = await ask(options, page);
      const diagram = rendered.find((r): r is DiagramRequest => r.kind === 'diagram')!;
      return diagram.pageNames?.filter((n) => n.name === 'w12').map((n) => n.ref);
    };
    expect(await names({})).toEqual([{ kind: 'weight', l: 0, j: 1, i: 0 }]);
    expect(await names({ numbering: 'destination-first' })).toEqual([{ kind: 'weight', l: 0, j: 0, i: 1 }]);
  });
});
