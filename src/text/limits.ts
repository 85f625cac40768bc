// How long one chat message may be on each platform we answer on.

/** Discord: message content ≤ 2000 characters. */
export const DISCORD_MESSAGE_LIMIT = 2000;
/** Slack: a section block's text ≤ 3000 characters. */
export const SLACK_SECTION_LIMIT = 3000;
/** Every reply text is built to fit the smallest of them, so any adapter can send it whole. */
export const CHAT_MESSAGE_LIMIT = Math.min(DISCORD_MESSAGE_LIMIT, SLACK_SECTION_LIMIT);
