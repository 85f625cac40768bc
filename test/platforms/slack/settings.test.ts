// /settings on Slack, end to end through Bolt with PGlite: a workspace admin sets the workspace's defaults, a
// member who is not a TA is refused with the reason, and then every member's commands in that workspace (the
// team id of the request) follow them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withoutIsolates } from '../../../src/text/bidi.js';
import { t } from '../../../src/text/i18n.js';
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

const saying = (words: string) => (call: SlackCall) =>
  withoutIsolates(String(call.params.text ?? '')).includes(words);

async function slash(user: string, command: string, text: string): Promise<void> {
  const body = slashCommandBody(harness.standIn, command, text, { user_id: user, user_name: user });
  expect((await harness.post(body)).status).toBe(200);
}

describe('/settings on Slack', () => {
  it('refuses a member who is neither an admin nor in the TA user group, with the reason', async () => {
    await slash('U0SARA', '/settings', 'decimals:6');
    await harness.standIn.waitFor(saying('Only a TA may change the defaults of this workspace'));
    expect(await store.placeSettings('slack:T0CLASS')).toEqual({});
  });

  it('lets a workspace admin set them for the team; every member then gets them', async () => {
    await slash('U0ADMIN', '/settings', 'lang:fa decimals:6');
    await harness.standIn.waitFor(saying('ذخیره شد: پیش‌فرض‌های این فضای کاری'));
    expect(await store.placeSettings('slack:T0CLASS')).toEqual({ lang: 'fa', decimals: 6 });
    await slash('U0SARA', '/backprop', 'preset:mazur');
    await harness.standIn.waitFor(saying('o1 = 0.751365'));
    const persian = harness.standIn.calls.find(saying('o1 = 0.751365'))!;
    expect(withoutIsolates(String(persian.params.text))).toContain('خروجی‌ها');
  });

  it("opens forms and writes notices in the workspace's language; the member's lang: still wins", async () => {
    const open = async (text: string, trigger: string) => {
      const body = slashCommandBody(harness.standIn, '/backprop', text, { trigger_id: trigger });
      expect((await harness.post(body)).status).toBe(200);
      const [call] = await harness.standIn.waitFor(
        (c) => c.api === 'views.open' && c.params.trigger_id === trigger,
      );
      return call!.params.view as { title: { text: string }; submit: { text: string } };
    };
    const persian = await open('', 'trigger-form-fa');
    expect(persian.title.text).toBe(t('fa', 'platforms.modalTitle'));
    expect(persian.submit.text).toBe(t('fa', 'platforms.modalSubmit'));
    const english = await open('lang:en', 'trigger-form-en');
    expect(english.title.text).toBe(t('en', 'platforms.modalTitle'));
    // A command line that cannot be read is answered at once (the acknowledgement), in the workspace's language.
    const body = slashCommandBody(harness.standIn, '/backprop', 'preset:mazur preset:xor');
    const refused = await harness.post(body);
    expect(withoutIsolates(JSON.parse(refused.text).text)).toContain('دو بار آمده است');
  });
});
