// The definition language: networks as people type them in chat (JSON, key: value, w1..w8, one line, LaTeX).
export {
  parseDefinition,
  DEFINITION_MAX_LENGTH,
  type ParsedDefinition,
  type DefinitionForm,
  type DefinitionOptions,
} from './parse.js';
export { formatDefinition, formatOneLine } from './format.js';
export { evaluateExpression, EXPRESSION_MAX_LENGTH, ALLOWED_FUNCTION_NAMES } from './expression.js';
export {
  describePreset,
  listPresets,
  loadPreset,
  presetNamesStartingWith,
  presetText,
  type PresetSummary,
} from './presets.js';
export type { Note } from './defaults.js';
export { resolveNetworkInput, isPresetName, type NetworkInput } from './resolve-input.js';
export type { PageName } from './unit-pairs.js';
