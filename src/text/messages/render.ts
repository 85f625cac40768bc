// Messages of the render area, in English and Persian.
import type { Messages } from '../i18n.js';

export const renderMessages: Messages = {};
