// English wording of every spec error, by id (the Persian lives in src/text/messages/core.ts).
type Params = Record<string, string | number>;

export const specMessagesEn = {
  'spec.not_object': () => 'The network spec must be a JSON object like {"layers": [2, 2, 2], …}.',
  'spec.missing_field': (p: Params) => `${p.field} is missing: expected ${p.expected}.`,
  'spec.unknown_field': (p: Params) =>
    `${p.field} is not a field of the network spec${p.hint ? ` (did you mean ${p.hint}?)` : ''}. Known fields: ${p.known}.`,
  'spec.wrong_type': (p: Params) => `${p.field} must be ${p.expected}, got ${p.got}.`,
  'spec.not_finite': (p: Params) => `${p.field} must be a finite number, got ${p.got}.`,
  'spec.layers_too_few': (p: Params) =>
    `layers must name at least 2 layers (inputs and outputs), e.g. [2, 2, 2]; got ${p.got}.`,
  'spec.layer_size': (p: Params) => `layers[${p.index}] must be a whole number of units ≥ 1, got ${p.got}.`,
  'spec.limit_layers': (p: Params) => `The network has ${p.got} layers; the limit is ${p.limit}.`,
  'spec.limit_units': (p: Params) =>
    `Layer ${p.layer} has ${p.got} units; the limit is ${p.limit} units per layer.`,
  'spec.limit_weights': (p: Params) => `The network has ${p.got} weights; the limit is ${p.limit}.`,
  'spec.limit_steps': (p: Params) => `steps must be a whole number from 1 to ${p.limit}, got ${p.got}.`,
  'spec.activations_count': (p: Params) =>
    `activations must be one name for every non-input layer or a list of ${p.expected} names (one per non-input layer), got ${p.got}.`,
  'spec.unknown_activation': (p: Params) =>
    `${p.field}: unknown activation '${p.got}'${p.hint ? ` (did you mean ${p.hint}?)` : ''}. Known: ${p.known}.`,
  'spec.softmax_hidden': (p: Params) =>
    `${p.field}: softmax is only allowed on the output layer (layer ${p.outputLayer}); use one of ${p.allowed} for hidden layer ${p.layer}.`,
  'spec.softmax_single_unit': (p: Params) =>
    `${p.field}: softmax over a single output unit always gives 1 and learns nothing; use sigmoid for one output, or give the output layer 2 or more units.`,
  'spec.unknown_loss': (p: Params) =>
    `loss: unknown loss '${p.got}'${p.hint ? ` (did you mean ${p.hint}?)` : ''}. Known: ${p.known}.`,
  'spec.weights_count': (p: Params) =>
    `weights must hold ${p.expected} matrices (one per pair of adjacent layers), got ${p.got}.`,
  'spec.weights_shape': (p: Params) =>
    `weights[${p.index}] must be ${p.rows} rows (units of layer ${p.toLayer}) × ${p.cols} columns (units of layer ${p.fromLayer}), got ${p.got}.`,
  'spec.biases_count': (p: Params) =>
    `biases must hold ${p.expected} entries (one per non-input layer: a number shared by the layer, or one per unit), got ${p.got}.`,
  'spec.bias_shape': (p: Params) =>
    `biases[${p.index}] must be one number (shared by layer ${p.layer}) or ${p.expected} numbers (one per unit), got ${p.got}.`,
  'spec.input_size': (p: Params) => `input must have ${p.expected} values (units of layer 0), got ${p.got}.`,
  'spec.target_size': (p: Params) =>
    `target must have ${p.expected} values (units of the output layer), got ${p.got}.`,
  'spec.loss_needs_probabilities': (p: Params) =>
    `loss ${p.loss} needs outputs between 0 and 1: use sigmoid${p.loss === 'cross_entropy' ? ' or softmax' : ' (or softmax)'} on the output layer, not ${p.activation}.`,
  'spec.target_range': (p: Params) =>
    `target[${p.index}] is ${p.got}, but loss ${p.loss} needs targets between 0 and 1.`,
  'spec.learning_rate': (p: Params) => `learningRate must be a number ≥ 0, got ${p.got}.`,
  'spec.data_and_sample': () =>
    'data replaces input and target: give either the samples under data or one input and target, not both.',
  'spec.limit_samples': (p: Params) => `data must hold from 1 to ${p.limit} samples, got ${p.got}.`,
  'spec.sample_input_size': (p: Params) =>
    `data[${p.index}].input must have ${p.expected} values (units of layer 0), got ${p.got}.`,
  'spec.sample_target_size': (p: Params) =>
    `data[${p.index}].target must have ${p.expected} values (units of the output layer), got ${p.got}.`,
  'spec.sample_target_range': (p: Params) =>
    `data[${p.index}].target[${p.unit}] is ${p.got}, but loss ${p.loss} needs targets between 0 and 1.`,
  'spec.steps_with_data': () =>
    'With data, the number of passes over the samples is epochs, not steps (e.g. "epochs": 100).',
  'spec.epochs_without_data': () =>
    'epochs and batchSize need a data set (data); with one sample, steps counts the SGD steps.',
  'spec.limit_epochs': (p: Params) => `epochs must be a whole number from 1 to ${p.limit}, got ${p.got}.`,
  'spec.batch_size': (p: Params) =>
    `batchSize must be a whole number from 1 to the number of samples (${p.samples}), got ${p.got}.`,
  'spec.unknown_optimizer': (p: Params) =>
    `optimizer: unknown optimizer '${p.got}'${p.hint ? ` (did you mean ${p.hint}?)` : ''}. Known: ${p.known}.`,
  'spec.unknown_reduction': (p: Params) => `reduction must be mean or sum, got '${p.got}'.`,
  'spec.hyper_unused': (p: Params) =>
    `${p.field} is a setting of ${p.users}, not of the optimizer ${p.optimizer}: leave it out or choose one of those optimizers.`,
  'spec.hyper_range': (p: Params) => `${p.field} must be ${p.range}, got ${p.got}.`,
  'spec.l2_range': (p: Params) => `l2 (λ) must be a number ≥ 0, got ${p.got}.`,
} as const;

export type SpecErrorId = keyof typeof specMessagesEn;
