// /settings on Discord, end to end: signed interactions into the real server with PGlite. A member with Manage
// Messages sets the server's defaults; a member without it is refused with the reason; then every member's
// /backprop and /help in that server follow them (Persian, the course's names, the decimals).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withoutIsolates } from '../../../src/text/bidi.js';
import { t } from '../../../src/text/i18n.js';
import type { Store } from '../../../src/store/types.js';
import { openTestStore } from '../../helpers/store.js';
import { startDiscordHarness, type DiscordHarness } from './harness.js';
import { answerTo, memberCommand, type ServerMember } from './member-command.js';

type Member = ServerMember;

const GUILD = '1180000000000000100';
const MANAGE_MESSAGES = String(1 << 13);

let harness: DiscordHarness;
let store: Store;

beforeAll(async () => {
  store = await openTestStore();
  harness = await startDiscordHarness(
    { RATE_LIMIT_USER_BURST: '1000', RATE_LIMIT_CHANNEL_BURST: '1000' },
    { store },
  );
});
afterAll(async () => {
  await harness?.close();
  await store?.close();
});

/** A slash command from a server member of GUILD, as Discord sends it. */
function command(token: string, member: Member, name: string, options: Record<string, string>) {
  return { ...memberCommand(token, member, name, options), guild_id: GUILD };
}

/** The message that answered the interaction, without bidi isolates. */
async function answer(token: string): Promise<{ content: string; private: boolean }> {
  const { content, private: isPrivate } = await answerTo(harness, token);
  return { content: withoutIsolates(content), private: isPrivate };
}

const SARA: Member = { id: '1180000000000000601', name: 'Sara', permissions: '0' };
const MOD: Member = { id: '1180000000000000602', name: 'Mod', permissions: MANAGE_MESSAGES };

describe('/settings on Discord', () => {
  it('refuses a member without Manage Messages, privately and with the reason', async () => {
    await harness.post(command('TOKEN-SET-SARA', SARA, 'settings', { lang: 'fa' }));
    const reply = await answer('TOKEN-SET-SARA');
    expect(reply.private).toBe(true);
    expect(reply.content).toContain('فقط دستیار آموزشی می‌تواند پیش‌فرض‌های این سرور را تغییر دهد');
    await harness.post(command('TOKEN-SET-SARA-EN', SARA, 'settings', { theme: 'light' }));
    expect((await answer('TOKEN-SET-SARA-EN')).content).toContain(
      'Only a TA may change the defaults of this server (on Discord: Manage Messages',
    );
    expect(await store.placeSettings(`discord:${GUILD}`)).toEqual({});
  });

  it('lets a member with Manage Messages set the server defaults, answered in Persian', async () => {
    await harness.post(
      command('TOKEN-SET-MOD', MOD, 'settings', { lang: 'fa', notation: 'course', decimals: '3' }),
    );
    const reply = await answer('TOKEN-SET-MOD');
    expect(reply.private).toBe(true);
    expect(reply.content).toContain('ذخیره شد: پیش‌فرض‌های این سرور');
    expect(await store.placeSettings(`discord:${GUILD}`)).toEqual({
      lang: 'fa',
      notation: 'course',
      decimals: 3,
    });
  });

  it("then answers every member's commands in that server with them", async () => {
    await harness.post(command('TOKEN-BP-SARA', SARA, 'backprop', { preset: 'course-q6' }));
    const reply = await answer('TOKEN-BP-SARA');
    expect(reply.content).toContain('خروجی‌ها');
    expect(reply.content).toContain('a_h1 = 0.378, h1 = 0.593');
    await harness.post(command('TOKEN-HELP-SARA', SARA, 'help', {}));
    expect((await answer('TOKEN-HELP-SARA')).content).toContain(
      'پیش‌فرض‌های اینجا (`/settings`): زبان: فارسی (fa) · نمادگذاری: جزوهٔ درس (course) · رقم‌های اعشار: 3',
    );
    // The member's own option still goes first.
    await harness.post(command('TOKEN-BP-EN', SARA, 'backprop', { preset: 'course-q6', lang: 'en' }));
    expect((await answer('TOKEN-BP-EN')).content).toContain('**Outputs**');
  });

  it("opens forms and writes notices in the server's language; the member's lang: still wins", async () => {
    // /backprop without a network answers with its form at once (no follow-up): the response is the modal.
    const form = await harness.post(command('TOKEN-FORM-FA', SARA, 'backprop', {}));
    const modal = form.json as { type: number; data: { title: string; components: unknown[] } };
    expect(modal.type).toBe(9);
    expect(modal.data.title).toBe(t('fa', 'platforms.modalTitle'));
    expect(JSON.stringify(modal.data.components)).toContain(t('fa', 'platforms.modalLabel'));
    const english = await harness.post(command('TOKEN-FORM-EN', SARA, 'backprop', { lang: 'en' }));
    expect((english.json as { data: { title: string } }).data.title).toBe(t('en', 'platforms.modalTitle'));
    // A form whose command is gone: the notice is the adapter's own text, in the server's language.
    const stale = await harness.post({
      ...command('TOKEN-STALE', SARA, 'backprop', {}),
      type: 5,
      data: { custom_id: 'not-a-form', components: [] },
    });
    const notice = stale.json as { data: { content: string } };
    expect(notice.data.content).toBe(t('fa', 'platforms.buttonStale'));
  });
});
