// How a corpus case is scored: a setup read as pasted, a silent misreading, a figure page's refusal, statements found by line and value.
import { describe, expect, it } from 'vitest';
import type { Contradiction, CorpusCase, KeyEntry } from '../../bench/corpus/cases.js';
import { networkDifference, scoreCase, specOf } from '../../bench/corpus/score.js';
import { classicNetwork } from '../helpers/classic-network.js';

const network = classicNetwork();

const ownNotation = [
  'w1=0.15 w2=0.20 w3=0.25 w4=0.30 w5=0.40 w6=0.45 w7=0.50 w8=0.55',
  'b1=0.35 b2=0.60  i1=0.05 i2=0.10  t1=0.01 t2=0.99  lr=0.5',
  'update biases: no',
].join('\n');

function corpusCase(
  setupText: string,
  solutionText: string,
  key: KeyEntry[],
  setup: 'complete' | 'figure' = 'complete',
  contradiction?: Contradiction,
): CorpusCase {
  return {
    name: 'test',
    dir: '',
    source: {
      title: '',
      url: '',
      author: '',
      licence: '',
      setup,
      notation: [],
      ...(contradiction ? { contradiction } : {}),
    },
    setupText,
    solutionText,
    network,
    key,
  };
}

describe('scoring one corpus case', () => {
  it('understands a setup that reads into the network the page means', () => {
    const score = scoreCase(corpusCase(ownNotation, '', []));
    expect(score.setupUnderstood).toBe(true);
    expect(score.setupSilentMisreading).toBe(false);
  });

  it('calls a setup read into another network a silent misreading', () => {
    const score = scoreCase(corpusCase(ownNotation.replace('w1=0.15', 'w1=0.16'), '', []));
    expect(score.setupUnderstood).toBe(false);
    expect(score.setupSilentMisreading).toBe(true);
    expect(score.setupDetail).toBe('forward pass differs');
  });

  it('does not call a reading silent when its reply states the default that makes it differ', () => {
    const tanh = { ...corpusCase(ownNotation, '', []), network: { ...network, activations: 'tanh' } };
    const score = scoreCase(tanh);
    expect(score.setupUnderstood).toBe(false);
    expect(score.setupSilentMisreading).toBe(false);
    expect(score.setupDetail).toBe('forward pass differs; the reply says so: default activations');
  });

  it('does not call a reading silent when its reply offers the numbering option that reads the page as meant', () => {
    // A square matrix either way round: the reply says it read destination-first and offers numbering:source-first.
    const matrices = [
      '$W_1 = \\begin{bmatrix}0.15 & 0.25 \\\\ 0.20 & 0.30\\end{bmatrix}$',
      '$W_2 = \\begin{bmatrix}0.40 & 0.50 \\\\ 0.45 & 0.55\\end{bmatrix}$',
      'b1=0.35 b2=0.60  x = [0.05, 0.10]  t1=0.01 t2=0.99  lr=0.5',
      'update biases: no',
    ].join('\n');
    const score = scoreCase(corpusCase(matrices, '', []));
    expect(score.setupSilentMisreading).toBe(false);
    expect(score.setupDetail).toContain('numbering (offers numbering: source-first)');
  });

  it('accepts a figure page only when the refusal names the missing weights', () => {
    const noWeights = 'i1=0.05 i2=0.10 t1=0.01 t2=0.99 b1=0.35 b2=0.60';
    expect(scoreCase(corpusCase(noWeights, '', [], 'figure')).setupUnderstood).toBe(true);
    expect(scoreCase(corpusCase(ownNotation, '', [], 'figure')).setupSilentMisreading).toBe(true);
  });

  it('counts a shared bias and a one-element bias list of a one-unit layer as the same network', () => {
    const single = (biases: unknown) =>
      specOf({
        ...corpusCase('', '', []),
        network: {
          ...network,
          layers: [2, 1],
          weights: [[[0.15, 0.2]]],
          biases,
          target: [0.01],
          updateBiases: true,
        },
      });
    expect(networkDifference(single([0.35]), single([[0.35]]))).toBeUndefined();
    expect(networkDifference(single([0.35]), single([[0.36]]))).toBe('forward pass differs');
    expect(networkDifference(single([0.35]), single([0.35]))).toBeUndefined();
  });

  it('finds a statement by its line and value (a Unicode minus too) and judges it against the key', () => {
    const solution = 'out_h1 = 0.593269992\nE_total = 0.298371109\ndE/dw5 = −0.5';
    const key: KeyEntry[] = [
      { line: 1, quantity: 'out.h1', value: '0.593269992', verdict: 'correct' },
      { line: 2, quantity: 'E', value: '0.298371109', verdict: 'correct' },
      { line: 3, quantity: 'dE/dw.h1-o1', value: '−0.5', verdict: 'incorrect' },
    ];
    const score = scoreCase(corpusCase(ownNotation, solution, key));
    expect(score.results.map((r) => r.outcome)).toEqual(['recognised', 'recognised', 'recognised']);
    expect(score.verdictsAgreeing).toBe(3);
    expect(score.correctMarkedWrong).toBe(0);
  });

  // Gad's slides (gad-slides-bold-digits): the table says W2 = 0.5, the diagram W2 = 0.2, the solution restates 0.2.
  // https://pdfslide.tips/amp/education/backpropagation-understanding-how-to-update-anns-weights-step-by-step.html
  describe('a page that contradicts itself (source.md `contradiction:`)', () => {
    const oneNeuron = {
      ...network,
      layers: [2, 1],
      weights: [[[0.5, 0.2]]],
      biases: [[1.83]],
      input: [0.1, 0.3],
      target: [0.03],
    };
    const setup =
      'Neural Network Training Example\n\n𝐗𝟏 𝐗𝟐 𝐎𝐮𝐭𝐩𝐮𝐭\n\n𝟎. 𝟏 𝟎. 𝟑 𝟎. 𝟎𝟑\n\n𝐖𝟏 𝐖𝟐 𝐛\n\n𝟎. 𝟓 𝟎. 𝟓 1. 𝟖𝟑\n\nTraining Data Initial Weights\n\nIn Out\n\n𝑾𝟏 = 𝟎. 𝟓\n\n𝑾𝟐 = 𝟎. 𝟐\n\n𝒃 = 𝟏. 𝟖𝟑';
    const solution = 'Network Training\n\n𝑾𝟐 = 𝟎. 𝟐\n\n𝒔 = 𝟎. 𝟏 ∗ 𝟎. 𝟓 + 𝟎. 𝟑 ∗ 𝟎. 𝟐 + 𝟏. 𝟖𝟑';
    const page = (contradiction: Contradiction, setupText = setup, solutionText = solution) => ({
      ...corpusCase(setupText, solutionText, [], 'complete', contradiction),
      network: { ...oneNeuron, loss: 'half_sse', learningRate: 0.5, updateBiases: true },
      source: { ...corpusCase('', '', []).source, compare: 'forward' as const, contradiction },
    });
    const w2 = { quantity: 'W2', values: ['0.5', '0.2'] };

    it('pasted alone, counts the refusal that names the quantity and both values', () => {
      const score = scoreCase(page({ ...w2, settled: '0.2' }));
      expect(score.setupAloneUnderstood).toBe(true);
      expect(score.setupAloneSilent).toBe(false);
      // With the solution that settles it: network.json's network, and the note saying which value.
      expect(score.setupUnderstood).toBe(true);
    });

    it('is strict: a refusal naming another quantity or another value does not count', () => {
      expect(scoreCase(page({ quantity: 'W1', values: ['0.5', '0.2'] })).setupAloneUnderstood).toBe(false);
      expect(scoreCase(page({ quantity: 'W2', values: ['0.5', '0.25'] })).setupAloneUnderstood).toBe(false);
      // A refusal for another reason (no target) names no contradiction.
      const noTarget = page(w2, setup.replace('𝐎𝐮𝐭𝐩𝐮𝐭', '𝐙').replace('𝑾𝟐 = 𝟎. 𝟐', ''));
      expect(scoreCase(noTarget).setupAloneUnderstood).toBe(false);
      expect(scoreCase(noTarget).setupAloneSilent).toBe(false);
      // Settled by the solution: the reply's note must name the same quantity.
      const otherNote = scoreCase(page({ quantity: 'W1', values: ['0.5', '0.2'], settled: '0.2' }));
      expect(otherNote.setupUnderstood).toBe(false);
      expect(otherNote.setupDetail).toBe('took one value of W1 without saying so');
    });

    it('with a solution that does not settle it, still wants the refusal; a network read anyway is silent', () => {
      const unsettled = scoreCase(page(w2, setup, 'Network Training'));
      expect(unsettled.setupUnderstood).toBe(true);
      expect(unsettled.setupDetail).toMatch(/^refused, naming the contradiction/);
      // The same setup with the diagram agreeing reads a network: for a page said to contradict itself, silent.
      const agreed = scoreCase(page(w2, setup.replace('𝑾𝟐 = 𝟎. 𝟐', '𝑾𝟐 = 𝟎. 𝟓')));
      expect(agreed.setupAloneSilent).toBe(true);
    });
  });
});
