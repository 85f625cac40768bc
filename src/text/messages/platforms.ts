// Messages of the platforms area, in English and Persian.
import type { Messages } from '../i18n.js';

export const platformsMessages: Messages = {};
