// A Reply as a Discord message: content ≤ 2000 chars, PNG/Markdown attachments (≤ 10, ≤ 10 MiB each), buttons.
import { ButtonStyle, ComponentType, MessageFlags } from 'discord-api-types/v10';
import { shownButtons, type ButtonState, type ReplyButtons } from '../../dispatch/interactions.js';
import type { Locale, Reply } from '../../dispatch/types.js';
import { t } from '../../text/i18n.js';
import { DISCORD_MESSAGE_LIMIT } from '../../text/limits.js';
import type { DiscordEmbed } from './payload.js';
import { buttonCustomId } from './state.js';
import { asBuffer } from '../bytes.js';

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

const BUTTON_STYLE = {
  primary: ButtonStyle.Primary,
  secondary: ButtonStyle.Secondary,
  danger: ButtonStyle.Danger,
} as const;
/** Discord allows five buttons in a row and five rows. */
const BUTTONS_PER_ROW = 5;

/**
 * The rows of buttons a command declares for a reply; the state rides in each custom_id when it fits,
 * else in the message's embed (`inMessage`). Undefined when neither can hold it.
 */
export function declaredButtons(
  command: string,
  declared: ReplyButtons,
  state: ButtonState,
  locale: Locale,
  inMessage: boolean,
): unknown[] | undefined {
  const buttons = [];
  for (const declaration of shownButtons(declared, state).slice(0, BUTTONS_PER_ROW * 5)) {
    const customId = buttonCustomId(command, declaration.id, inMessage ? undefined : state);
    if (customId === undefined) return undefined;
    const pressed = declaration.pressed?.(state) ?? false;
    buttons.push({
      type: ComponentType.Button,
      style: pressed ? ButtonStyle.Primary : BUTTON_STYLE[declaration.style ?? 'secondary'],
      custom_id: customId,
      label: declaration.label[locale].slice(0, 80),
      disabled: pressed,
    });
  }
  const rows = [];
  for (let at = 0; at < buttons.length; at += BUTTONS_PER_ROW)
    rows.push({ type: ComponentType.ActionRow, components: buttons.slice(at, at + BUTTONS_PER_ROW) });
  return rows;
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
  for (const image of reply.images ?? []) add(image.name, asBuffer(image.png), 'image/png', image.alt);
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
