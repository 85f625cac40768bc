// A Reply into Slack: mrkdwn sections with chat.postMessage, PNGs and files with files.uploadV2 (channel_id);
// private replies and "invite me first" go ephemerally through the response_url.
import type { RespondFn } from '@slack/bolt';
import type { webApi } from '@slack/bolt';
import type { Locale, Logger, Reply } from '../../dispatch/types.js';
import { t } from '../../text/i18n.js';
import { markdownToMrkdwn, splitForSections } from './mrkdwn.js';
import { asBuffer } from '../bytes.js';

type WebClient = webApi.WebClient;

/** Where a reply goes: the channel, the user who asked, and the response_url when Slack gave one. */
export interface SlackTarget {
  channel: string;
  user: string;
  respond?: RespondFn;
  /** A button's private answer takes the place of the message it was clicked on. */
  replaceOriginal?: boolean;
}

/** Slack allows 50 blocks; our text fits one or two sections. */
const MAX_SECTIONS = 45;
/** Errors meaning the bot cannot post into that channel. */
const NOT_MEMBER_ERRORS = new Set(['not_in_channel', 'channel_not_found', 'is_archived']);

export function sectionBlocks(mrkdwn: string): object[] {
  return splitForSections(mrkdwn, 3000)
    .slice(0, MAX_SECTIONS)
    .map((text) => ({ type: 'section', text: { type: 'mrkdwn', text } }));
}

function slackErrorCode(error: unknown): string | undefined {
  return (error as { data?: { error?: string } }).data?.error;
}

async function sendPrivately(
  client: WebClient,
  target: SlackTarget,
  text: string,
  extraBlocks: object[] = [],
): Promise<void> {
  const blocks = [...sectionBlocks(text), ...extraBlocks] as never;
  if (target.respond) {
    await target.respond({
      response_type: 'ephemeral',
      replace_original: target.replaceOriginal ?? false,
      text,
      blocks,
    });
    return;
  }
  try {
    await client.chat.postEphemeral({ channel: target.channel, user: target.user, text, blocks });
  } catch {
    // Not in the channel either: the app's direct messages with the user always work.
    await client.chat.postMessage({ channel: target.user, text, blocks });
  }
}

async function uploadAttachments(client: WebClient, channel: string, reply: Reply): Promise<void> {
  const uploads = [
    ...(reply.images ?? []).map((image) => ({
      file: asBuffer(image.png),
      filename: image.name,
      alt_text: image.alt.slice(0, 1000),
    })),
    ...(reply.files ?? []).map((file) => ({ file: Buffer.from(file.content, 'utf8'), filename: file.name })),
  ];
  if (uploads.length === 0) return;
  await client.files.uploadV2({ channel_id: channel, file_uploads: uploads });
}

/**
 * Sends a Reply (with `extraBlocks` under its text: the buttons a command declares); never throws (a refused
 * post becomes an ephemeral note to the user, or a log line).
 */
export async function sendReply(
  client: WebClient,
  target: SlackTarget,
  reply: Reply,
  locale: Locale,
  log: Logger,
  extraBlocks: object[] = [],
): Promise<void> {
  const text = markdownToMrkdwn(reply.text);
  try {
    if (reply.visibility === 'private') {
      await sendPrivately(client, target, text, extraBlocks);
      // A private reply's images and files go to the user's direct messages with the app.
      if ((reply.images?.length ?? 0) + (reply.files?.length ?? 0) > 0) {
        const direct = await client.conversations.open({ users: target.user });
        if (direct.channel?.id) await uploadAttachments(client, direct.channel.id, reply);
      }
      return;
    }
    await client.chat.postMessage({
      channel: target.channel,
      text,
      blocks: [...sectionBlocks(text), ...extraBlocks] as never,
      unfurl_links: false,
    });
    await uploadAttachments(client, target.channel, reply);
  } catch (error) {
    const code = slackErrorCode(error);
    try {
      if (code && NOT_MEMBER_ERRORS.has(code)) {
        await sendPrivately(client, target, `${t(locale, 'platforms.slack.notInChannel')}\n\n${text}`);
      } else {
        log.error({ err: error, channel: target.channel, code }, 'slack reply failed');
        await sendPrivately(
          client,
          target,
          t(locale, 'platforms.slack.sendFailed', { error: code ?? 'error' }),
        );
      }
    } catch (second) {
      log.error(
        { err: second, channel: target.channel },
        'slack could not tell the user that the reply failed',
      );
    }
  }
}
