// Messages of the check area, in English and Persian.
import type { Messages } from '../i18n.js';

export const checkMessages: Messages = {};
