// Merges every area's messages; a duplicate id across areas is a bug caught by test/text/i18n.test.ts.
import type { Messages } from '../i18n.js';
import { attachmentsMessages } from './attachments.js';
import { checkMessages } from './check.js';
import { checkReportMessages } from './check-report.js';
import { checkLossReadingMessages } from './check-loss-reading.js';
import { commandsMessages } from './commands.js';
import { coreMessages } from './core.js';
import { definitionMessages } from './definition.js';
import { exercisesMessages } from './exercises.js';
import { hardeningMessages } from './hardening.js';
import { layerWeightsMessages } from './layer-weights.js';
import { learningRateMessages } from './learning-rate.js';
import { lessonsMessages } from './lessons.js';
import { lessonsTopics1Messages } from './lessons-topics1.js';
import { lessonsDecaySoftmaxXorMessages } from './lessons-decay-softmax-xor.js';
import { noBiasesMessages } from './no-biases.js';
import { netInputsMessages } from './net-inputs.js';
import { notationMessages } from './notation.js';
import { numberLinesMessages } from './number-lines.js';
import { outputWordsMessages } from './output-words.js';
import { platformsMessages } from './platforms.js';
import { readingMessages } from './reading.js';
import { renderMessages } from './render.js';
import { repeatedValuesMessages } from './repeated-values.js';
import { trainCommandMessages, trainingDefinitionMessages, trainingMessages } from './training.js';
import { runtimeMessages } from './runtime.js';
import { settingsMessages } from './settings.js';
import { workedSumsMessages } from './worked-sums.js';
import { zeroSourceBiasesMessages } from './zero-source-biases.js';

export const areas: Record<string, Messages> = {
  core: coreMessages,
  definition: definitionMessages,
  commands: commandsMessages,
  check: checkMessages,
  checkReport: checkReportMessages,
  checkLossReading: checkLossReadingMessages,
  lessons: lessonsMessages,
  lessonsTopics1: lessonsTopics1Messages,
  lessonsDecaySoftmaxXor: lessonsDecaySoftmaxXorMessages,
  platforms: platformsMessages,
  render: renderMessages,
  hardening: hardeningMessages,
  training: { ...trainingMessages, ...trainingDefinitionMessages, ...trainCommandMessages },
  runtime: runtimeMessages,
  reading: readingMessages,
  repeatedValues: repeatedValuesMessages,
  layerWeights: layerWeightsMessages,
  exercises: exercisesMessages,
  attachments: attachmentsMessages,
  notation: notationMessages,
  settings: settingsMessages,
  workedSums: workedSumsMessages,
  noBiases: noBiasesMessages,
  numberLines: numberLinesMessages,
  outputWords: outputWordsMessages,
  learningRate: learningRateMessages,
  zeroSourceBiases: zeroSourceBiasesMessages,
  netInputs: netInputsMessages,
};

export const catalogue: Messages = Object.assign({}, ...Object.values(areas));
