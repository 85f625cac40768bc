// A catalogued mistake is offered only where it can happen: none about biases on a network without biases, and
// none whose variant leaves every number of its phases unchanged on this network (it could explain nothing).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkAnswers } from '../../src/check/check-answers.js';
import { createEvaluator } from '../../src/check/evaluator.js';
import { formatCheckReport } from '../../src/check/format-report.js';
import { mistakeForms } from '../../src/check/mistakes.js';
import { allQuantities, phaseOf } from '../../src/check/quantities.js';
import { resolveSpec, type NetworkSpec, type ResolvedSpec } from '../../src/core/index.js';
import { MISTAKE_NETWORKS, networkNamed } from './mistake-sheets.js';

const resolved = (spec: NetworkSpec): ResolvedSpec => {
  const r = resolveSpec(spec);
  if (!r.ok) throw new Error('network does not resolve');
  return r.value;
};

const corpusNetwork = (name: string): ResolvedSpec =>
  resolved(
    JSON.parse(
      readFileSync(
        fileURLToPath(new URL(`../fixtures/real-world/${name}/network.json`, import.meta.url)),
        'utf8',
      ),
    ) as NetworkSpec,
  );

// https://alexander-schiendorfer.github.io/2020/02/24/a-worked-example-of-backprop.html (corpus: schiendorfer-no-bias):
// `W = np.array([[6., -3.], [-2., 5.]])`, `V = …`, no biases anywhere on the page.
const schiendorfer = corpusNetwork('schiendorfer-no-bias');

/** A 2-2-1 network linear throughout: net = out in every unit. */
const linear = resolved({
  layers: [2, 2, 1],
  activations: 'linear',
  weights: [
    [
      [0.2, -0.3],
      [0.4, 0.1],
    ],
    [[0.5, -0.6]],
  ],
  biases: [0.1, 0.2],
  input: [1, 0.5],
  target: [0.3],
  loss: 'half_sse',
  learningRate: 0.1,
  updateBiases: true,
});

/** The course network with η = 0: an update that changes nothing. */
const frozen = resolved({ ...MISTAKE_NETWORKS['course-2-2-2']!, learningRate: 0 } as NetworkSpec);

const networks: [string, ResolvedSpec][] = [
  ...Object.keys(MISTAKE_NETWORKS).map((name): [string, ResolvedSpec] => [name, networkNamed(name)]),
  ['schiendorfer-no-bias', schiendorfer],
  ['linear-2-2-1', linear],
  ['course-2-2-2 with η = 0', frozen],
  // Real pages of other shapes: a single neuron, softmax with cross-entropy, ReLU into a linear output.
  ...['sghosh-single-neuron', 'postnetwork-softmax', 'tailvar-relu-linear', 'geoj-cs231n-two-layer'].map(
    (name): [string, ResolvedSpec] => [name, corpusNetwork(name)],
  ),
];

describe('the mistakes /check offers fit the network', () => {
  it('offers no bias mistake on a network without biases (schiendorfer-no-bias)', () => {
    const ids = mistakeForms(schiendorfer).map((form) => form.id);
    expect(ids).not.toContain('bias_frozen_or_updated');
    // Updating a bias the page does not have is not "the biases were updated when this exercise keeps them fixed".
    const report = checkAnswers(schiendorfer, 'dE/db2 = -0.0786387\nb2+ = 0.0393193');
    expect(report.rows[1]).toMatchObject({ quantity: 'b2+', verdict: 'incorrect' });
    expect(report.rows[1]!.diagnoses).toBeUndefined();
    expect(formatCheckReport(report, { locale: 'en' }).text).not.toContain('biases updated or fixed wrongly');
  });

  it('still offers it where biases exist and are frozen or updated', () => {
    expect(mistakeForms(networkNamed('course-2-2-2')).map((f) => f.id)).toContain('bias_frozen_or_updated');
    expect(mistakeForms(networkNamed('tanh-2-3-2')).map((f) => f.id)).toContain('bias_frozen_or_updated');
  });

  it.each(networks)('every form offered on %s changes some number of its own phases', (_name, spec) => {
    const right = createEvaluator(spec);
    const quantities = [...allQuantities(spec, 0), ...allQuantities(spec, 1)];
    for (const form of mistakeForms(spec)) {
      const wrong = createEvaluator(spec, form.variant);
      const changed = quantities.some(
        (q) =>
          form.scope.includes(phaseOf(q)) &&
          Math.abs(wrong.value(q) - right.value(q)) > 1e-12 * Math.max(1, Math.abs(right.value(q))),
      );
      expect(changed, `${form.id} (${form.form})`).toBe(true);
    }
  });
});
