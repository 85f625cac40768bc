// Who is a TA on Discord, end to end: signed /exercise interactions into the real server. A member with Manage
// Messages, or with a role of DISCORD_TA_ROLES, is a TA; anyone else is a student, refused with the reason.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../../src/store/types.js';
import { openTestStore } from '../../helpers/store.js';
import { startDiscordHarness, type DiscordHarness } from './harness.js';
import { answerTo, memberCommand, type ServerMember } from './member-command.js';

type Member = ServerMember;

const GUILD = '1180000000000000100';
const TA_ROLE = '1180000000000000777';
const MANAGE_MESSAGES = String(1 << 13);

let harness: DiscordHarness;
let store: Store;

beforeAll(async () => {
  store = await openTestStore();
  harness = await startDiscordHarness(
    { RATE_LIMIT_USER_BURST: '1000', RATE_LIMIT_CHANNEL_BURST: '1000', DISCORD_TA_ROLES: TA_ROLE },
    { store },
  );
});
afterAll(async () => {
  await harness?.close();
  await store?.close();
});

/** `/exercise` from a server member, as Discord sends it. */
function exercise(token: string, member: Member, options: Record<string, string>) {
  return memberCommand(token, member, 'exercise', options);
}

/** The message that answered the interaction. */
function answer(token: string) {
  return answerTo(harness, token);
}

const SARA: Member = { id: '1180000000000000501', name: 'Sara', permissions: '0' };
const MOD: Member = { id: '1180000000000000502', name: 'Mod', permissions: MANAGE_MESSAGES };
const HEAD_TA: Member = { id: '1180000000000000503', name: 'Head TA', permissions: '0', roles: [TA_ROLE] };

describe('/exercise on Discord', () => {
  it('refuses a member without Manage Messages or a TA role, privately and with the reason', async () => {
    await harness.post(exercise('TOKEN-EX-SARA-NEW', SARA, { action: 'new', name: 'hw1', preset: 'mazur' }));
    const reply = await answer('TOKEN-EX-SARA-NEW');
    expect(reply.private).toBe(true);
    expect(reply.content).toContain('Only a TA may use `/exercise new`');
    expect(await store.findExercise(`discord:${GUILD}`, 'hw1')).toBeUndefined();
  });

  it('lets a member with Manage Messages create it, for this server', async () => {
    await harness.post(exercise('TOKEN-EX-MOD-NEW', MOD, { action: 'new', name: 'hw1', preset: 'mazur' }));
    expect((await answer('TOKEN-EX-MOD-NEW')).content).toContain('hw1');
    expect(await store.findExercise(`discord:${GUILD}`, 'hw1')).toBeDefined();
  });

  it('gives a student their own network privately, and a TA role the report', async () => {
    await harness.post(exercise('TOKEN-EX-SARA-START', SARA, { action: 'start', name: 'hw1' }));
    const network = await answer('TOKEN-EX-SARA-START');
    expect(network.private).toBe(true);
    expect(network.content).toContain('hw1');
    await harness.post(exercise('TOKEN-EX-SARA-REPORT', SARA, { action: 'report', name: 'hw1' }));
    expect((await answer('TOKEN-EX-SARA-REPORT')).content).toContain('Only a TA may use `/exercise report`');
    await harness.post(exercise('TOKEN-EX-HEAD-REPORT', HEAD_TA, { action: 'report', name: 'hw1' }));
    const report = await answer('TOKEN-EX-HEAD-REPORT');
    expect(report.private).toBe(true);
    expect(report.content).toContain('0/1 students submitted');
    expect(report.content).toContain('Sara');
  });
});
