// A server member's slash command as Discord sends it, and the message that answered it: shared by the tests
// that run commands as a particular member (TA roles, /settings, attached files).
import { readFileSync } from 'node:fs';
import type { RecordedCall } from './discord-stand-in.js';
import { APPLICATION_ID, type DiscordHarness } from './harness.js';

export interface ServerMember {
  id: string;
  name: string;
  permissions: string;
  roles?: string[];
}

/** `/<name>` from this member with these string options, in the recorded fixture's shape. */
export function memberCommand(
  token: string,
  member: ServerMember,
  name: string,
  options: Record<string, string>,
) {
  const payload = JSON.parse(
    readFileSync(new URL('./fixtures/chat-input-backprop-preset.json', import.meta.url), 'utf8'),
  );
  payload.token = token;
  payload.data = {
    ...payload.data,
    name,
    options: Object.entries(options).map(([option, value]) => ({ name: option, type: 3, value })),
  };
  payload.member = {
    ...payload.member,
    permissions: member.permissions,
    roles: member.roles ?? [],
    user: { ...payload.member.user, id: member.id, username: member.name, global_name: member.name },
  };
  return payload;
}

/** The message that answered the interaction: the edited deferral, or the ephemeral follow-up of a private reply. */
export async function answerTo(
  harness: DiscordHarness,
  token: string,
): Promise<{ content: string; private: boolean }> {
  const [call] = await harness.standIn.waitFor(
    (c: RecordedCall) =>
      (c.method === 'PATCH' &&
        c.path === `/api/v10/webhooks/${APPLICATION_ID}/${token}/messages/@original`) ||
      (c.method === 'POST' && c.path === `/api/v10/webhooks/${APPLICATION_ID}/${token}`),
  );
  const body = call!.json as { content: string; flags?: number };
  return { content: body.content, private: body.flags === 64 };
}
