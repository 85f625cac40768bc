// Messages of the definition area, in English and Persian.
import type { Messages } from '../i18n.js';

export const definitionMessages: Messages = {};
