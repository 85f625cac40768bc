// Who is a TA on Slack, end to end through Bolt: a workspace admin (users.info) or a member of SLACK_TA_USERGROUP
// (usergroups.users.list) is a TA; anyone else is a student, refused with the reason. Exercises belong to the team.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../../src/store/types.js';
import { openTestStore } from '../../helpers/store.js';
import { slashCommandBody, startSlackHarness, type SlackHarness } from './harness.js';
import type { SlackCall } from './slack-stand-in.js';

let harness: SlackHarness;
let store: Store;

beforeAll(async () => {
  store = await openTestStore();
  harness = await startSlackHarness({ SLACK_TA_USERGROUP: 'S0TAS' }, { store });
});
afterAll(async () => {
  await harness?.close();
  await store?.close();
});

const saying = (words: string) => (call: SlackCall) => String(call.params.text ?? '').includes(words);

async function exercise(user: string, text: string): Promise<void> {
  const body = slashCommandBody(harness.standIn, '/exercise', text, { user_id: user, user_name: user });
  expect((await harness.post(body)).status).toBe(200);
}

describe('/exercise on Slack', () => {
  it('refuses a member who is neither an admin nor in the TA user group, with the reason', async () => {
    await exercise('U0SARA', 'new name:hw1 preset:mazur');
    await harness.standIn.waitFor(saying('Only a TA may use `/exercise new`'));
    expect(await store.findExercise('slack:T0CLASS', 'hw1')).toBeUndefined();
  });

  it('lets a workspace admin create it for the team, and a TA group member see the report', async () => {
    await exercise('U0ADMIN', 'new name:hw1 preset:mazur');
    await harness.standIn.waitFor((c) => c.api !== 'users.info' && saying('hw1')(c));
    expect(await store.findExercise('slack:T0CLASS', 'hw1')).toBeDefined();
    await exercise('U0SARA', 'start name:hw1');
    await exercise('U0HEADTA', 'report name:hw1');
    await harness.standIn.waitFor(saying('students submitted'));
    const asked = harness.standIn.calls.filter((c) => c.api === 'usergroups.users.list');
    expect(asked.every((c) => c.params.usergroup === 'S0TAS')).toBe(true);
  });
});
