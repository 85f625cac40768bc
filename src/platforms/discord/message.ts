// A Reply as a Discord message: content ≤ 2000 chars, PNG/Markdown attachments (≤ 10, ≤ 10 MiB each), buttons.
import { ButtonStyle, ComponentType, MessageFlags } from 'discord.js';
import type { Locale, Reply } from '../../dispatch/types.js';
import { t } from '../../text/i18n.js';
import { DISCORD_MESSAGE_LIMIT } from '../../text/limits.js';
import type { DiscordEmbed } from './payload.js';
import { buttonCustomId, VIEWS, type ButtonAction } from './state.js';

export const MAX_ATTACHMENTS = 10;
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/** A file as @discordjs/rest uploads it (multipart `files[i]`). */
export interface DiscordFile {
  name: string;
  data: Buffer;
  contentType: string;
}

export interface DiscordMessageBody {
  content: string;
  embeds: DiscordEmbed[];
  components: unknown[];
  attachments: { id: number; filename: string; description?: string }[];
  allowed_mentions: { parse: never[] };
  flags?: number;
}

export interface OutgoingMessage {
  body: DiscordMessageBody;
  files: DiscordFile[];
}

/** Cuts at the last line break that fits, so a number is never split (the full text then goes as a file). */
function fitContent(text: string, note: string): { content: string; overflow: boolean } {
  if (text.length <= DISCORD_MESSAGE_LIMIT) return { content: text, overflow: false };
  const room = DISCORD_MESSAGE_LIMIT - note.length - 2;
  const cut = text.lastIndexOf('\n', room);
  return { content: `${text.slice(0, cut > 0 ? cut : room)}\n\n${note}`, overflow: true };
}

function button(action: ButtonAction, label: string, active: boolean): unknown {
  return {
    type: ComponentType.Button,
    style: active ? ButtonStyle.Primary : ButtonStyle.Secondary,
    custom_id: buttonCustomId(action),
    label,
    disabled: active,
  };
}

/** The row under a /backprop reply: three views, train 10 more steps, the walkthrough. */
export function backpropButtons(locale: Locale, currentView: string | undefined): unknown[] {
  const views = VIEWS.map((view) =>
    button({ kind: 'view', view }, t(locale, `platforms.button.${view}`), view === currentView),
  );
  return [
    {
      type: ComponentType.ActionRow,
      components: [
        ...views,
        button({ kind: 'train' }, t(locale, 'platforms.button.train'), false),
        button({ kind: 'walkthrough' }, t(locale, 'platforms.button.walkthrough'), false),
      ],
    },
  ];
}

export interface MessageExtras {
  embeds?: DiscordEmbed[];
  components?: unknown[];
  ephemeral?: boolean;
}

/** Translates a Reply; `extras` adds the state embed and the buttons when the adapter has them. */
export function toDiscordMessage(reply: Reply, locale: Locale, extras: MessageExtras = {}): OutgoingMessage {
  const { content, overflow } = fitContent(reply.text, t(locale, 'platforms.textContinuesInFile'));
  const files: DiscordFile[] = [];
  const attachments: DiscordMessageBody['attachments'] = [];
  const add = (name: string, data: Buffer, contentType: string, description?: string) => {
    if (files.length >= MAX_ATTACHMENTS || data.length > MAX_ATTACHMENT_BYTES) return;
    attachments.push({
      id: files.length,
      filename: name,
      ...(description ? { description: description.slice(0, 1024) } : {}),
    });
    files.push({ name, data, contentType });
  };
  for (const image of reply.images ?? []) add(image.name, Buffer.from(image.png), 'image/png', image.alt);
  if (overflow) add('reply.md', Buffer.from(reply.text, 'utf8'), 'text/markdown; charset=utf-8');
  for (const file of reply.files ?? []) {
    const type = file.name.endsWith('.json') ? 'application/json' : 'text/markdown; charset=utf-8';
    add(file.name, Buffer.from(file.content, 'utf8'), type);
  }
  const body: DiscordMessageBody = {
    content,
    embeds: extras.embeds ?? [],
    components: extras.components ?? [],
    // Listing the attachments replaces any earlier ones when a button edits the message in place.
    attachments,
    allowed_mentions: { parse: [] },
  };
  if (extras.ephemeral) body.flags = MessageFlags.Ephemeral;
  return { body, files };
}
