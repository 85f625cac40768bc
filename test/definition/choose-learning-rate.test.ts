// A learning rate the setup leaves out, settled by the worked solution that states it and whose new weights it makes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDefinition } from '../../src/definition/index.js';
import { learningRatesStated } from '../../src/definition/choose-learning-rate.js';
import { t } from '../../src/text/i18n.js';
import { withoutDirectionMarks } from '../../src/text/bidi.js';

// https://hmkcode.github.io/ai/backpropagation-step-by-step/ (2018 text; corpus: hmkcode-step-by-step): the setup
// gives no learning rate; the solution says "Let's assume learning rate (a) as 0.05." before its new weights.
const page = (file: string) =>
  readFileSync(new URL(`../fixtures/real-world/hmkcode-step-by-step/${file}`, import.meta.url), 'utf8');
const SETUP = page('setup.txt');
const SOLUTION = page('solution.txt');

describe('a learning rate from the worked solution', () => {
  it("takes HMKCode's 0.05, stated in its solution and confirmed by its new weights, and says so in en and fa", () => {
    const parsed = parseDefinition(SETUP, { worked: SOLUTION });
    if (!parsed.ok) throw new Error(parsed.error.map((e) => e.message).join('; '));
    expect(parsed.value.spec.learningRate).toBe(0.05);
    expect(parsed.value.defaultsApplied).not.toContain('learningRate');
    const defaulted = parsed.value.noteMessages.filter((n) => n.id === 'definition.note.default');
    expect(defaulted.map((n) => n.params.key)).not.toContain('learning rate');
    const note = parsed.value.noteMessages.find(
      (n) => n.id === 'definition.note.learning_rate_from_solution',
    )!;
    expect(note.params).toMatchObject({
      value: '0.05',
      words: 'learning rate (a) as 0.05',
      numbers: '0.195, 0.213, 0.162',
    });
    expect(t('en', note.id, note.params)).toBe(
      'Learning rate 0.05: not in the setup, but the worked solution gives it ("learning rate (a) as 0.05") and its numbers (0.195, 0.213, 0.162) confirm it over 0.5. For another write `learning rate: …`.',
    );
    expect(withoutDirectionMarks(t('fa', note.id, note.params))).toContain('نرخ یادگیری 0.05');
  });

  it('keeps the default, said, without a worked solution or when its numbers do not confirm the stated rate', () => {
    const alone = parseDefinition(SETUP);
    expect(alone.ok && alone.value.spec.learningRate).toBe(0.5);
    const unconfirmed = parseDefinition(SETUP, {
      worked: "Let's assume learning rate (a) as 0.05.\n\n* *w5 = 0.5",
    });
    expect(unconfirmed.ok && unconfirmed.value.spec.learningRate).toBe(0.5);
    expect(
      unconfirmed.ok &&
        unconfirmed.value.noteMessages
          .filter((n) => n.id === 'definition.note.default')
          .map((n) => n.params.key),
    ).toContain('learning rate');
  });

  it('finds a rate written after its words, never a number further away', () => {
    expect(learningRatesStated("Let's assume learning rate (a) as 0.05.")).toEqual([
      { value: 0.05, words: 'learning rate (a) as 0.05' },
    ]);
    expect(learningRatesStated('η = 0.5 and lr=0.1')).toEqual([
      { value: 0.5, words: 'η = 0.5' },
      { value: 0.1, words: 'lr=0.1' },
    ]);
    expect(
      learningRatesStated(
        '> **Learning rate:** is a hyperparameter which means that we need to manually guess its value.',
      ),
    ).toEqual([]);
  });
});
