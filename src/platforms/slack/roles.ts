// Who is a TA on Slack: a member of the configured user group, or a workspace admin or owner (asked of the Web
// API only for commands that use the database, and remembered for a minute).
import type { App } from '@slack/bolt';
import type { Logger } from '../../dispatch/types.js';

const REMEMBER_MS = 60_000;

export function slackRoles(client: App['client'], usergroup: string | undefined, log: Logger) {
  const known = new Map<string, { role: 'ta' | 'student'; at: number }>();
  return async (userId: string): Promise<'ta' | 'student'> => {
    const cached = known.get(userId);
    if (cached && Date.now() - cached.at < REMEMBER_MS) return cached.role;
    let role: 'ta' | 'student' = 'student';
    try {
      const info = await client.users.info({ user: userId });
      if (info.user?.is_admin || info.user?.is_owner) role = 'ta';
      if (role === 'student' && usergroup) {
        const members = await client.usergroups.users.list({ usergroup });
        if (members.users?.includes(userId)) role = 'ta';
      }
    } catch (error) {
      // Unknown means a student: a refusal says why, which is better than a TA's powers by mistake.
      log.warn({ err: error, user: userId }, 'slack role lookup failed');
    }
    known.set(userId, { role, at: Date.now() });
    return role;
  };
}
