// The "Other reading" button every command offers under a reply read in an assumed order (issue #11: one click):
// the state's `other` says what the other reading is; each command's click says how it re-runs with it.
import { bilingual, type ButtonDeclaration, type ButtonState } from '../../src/dispatch/interactions.js';
import type { Request } from '../../src/dispatch/types.js';

export function otherReadingButton(click: (state: ButtonState) => Request['options']): ButtonDeclaration {
  return {
    id: 'other-reading',
    label: bilingual('platforms.button.other_reading'),
    shown: (state) => state.other !== undefined,
    click,
    answer: 'replace',
  };
}
