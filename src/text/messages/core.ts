// Messages of the core area, in English and Persian.
import type { Messages } from '../i18n.js';

export const coreMessages: Messages = {};
