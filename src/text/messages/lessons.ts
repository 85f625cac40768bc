// Messages of the lessons area, in English and Persian.
import type { Messages } from '../i18n.js';

export const lessonsMessages: Messages = {};
