// The variables that point the bot's Discord and Slack adapters (HTTP mode) at the local stand-ins of their
// APIs (test/platforms/*/…-stand-in.ts): for tests and benches that start the whole server.
import { APPLICATION_ID } from '../platforms/discord/harness.js';
import { SIGNING_SECRET } from '../platforms/slack/harness.js';

/** Discord HTTP interactions, signed with `key`, its REST API at the stand-in. */
export function discordStandInEnv(
  standIn: { apiUrl: string },
  key: { publicKeyHex: string },
): Record<string, string> {
  return {
    DISCORD_TOKEN: 'test-bot-token',
    DISCORD_PUBLIC_KEY: key.publicKeyHex,
    DISCORD_APPLICATION_ID: APPLICATION_ID,
    DISCORD_API_URL: standIn.apiUrl,
  };
}

/** Slack over HTTP with the test signing secret, its Web API at the stand-in. */
export function slackStandInEnv(standIn: { apiUrl: string }): Record<string, string> {
  return {
    SLACK_BOT_TOKEN: 'xoxb-test-bot-token',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: standIn.apiUrl,
  };
}
