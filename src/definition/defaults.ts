// What a definition leaves out takes a default, and every default is stated back to the user.
import type { ActivationName, LossName } from '../core/types.js';
import { t } from '../text/i18n.js';
import type { Params } from './errors.js';

/** A remark for the reply ("layers inferred as 2-2-2", "loss: half_sse (default)"), as a catalogue id. */
export interface Note {
  id: string;
  params: Params;
}

export const DEFAULTS = {
  activations: 'sigmoid' as ActivationName,
  loss: 'half_sse' as LossName,
  learningRate: 0.5,
  updateBiases: true,
  steps: 1,
};

/** How each default is written back to the user (key as they would type it, value). */
export const DEFAULT_WORDING: Record<keyof typeof DEFAULTS, { key: string; value: string }> = {
  activations: { key: 'activation', value: 'sigmoid' },
  loss: { key: 'loss', value: 'half_sse' },
  learningRate: { key: 'learning rate', value: '0.5' },
  updateBiases: { key: 'update biases', value: 'yes' },
  steps: { key: 'steps', value: '1' },
};

export function noteText(note: Note): string {
  return t('en', note.id, note.params);
}
