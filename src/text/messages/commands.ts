// Messages of the commands area, in English and Persian.
import type { Messages } from '../i18n.js';

export const commandsMessages: Messages = {};
