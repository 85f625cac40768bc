// One Discord interaction in, an immediate response (PONG, defer, modal, choices) plus the follow-up work out.
// Shared by the gateway and the HTTP modes; only translation lives here, the dispatcher does the rest.
import { randomBytes } from 'node:crypto';
import type { REST } from '@discordjs/rest';
import {
  ApplicationCommandType,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
  Routes,
  TextInputStyle,
} from 'discord-api-types/v10';
import type { Command } from '../../dispatch/define-command.js';
import type { Locale, Logger, Reply, Request } from '../../dispatch/types.js';
import { placeLocale, withPlaceLanguage, type DefaultsLookup } from '../../settings/request-language.js';
import { t } from '../../text/i18n.js';
import { readAttachedText } from '../attached-file.js';
import { isUrlOnHosts } from '../file-url.js';
import { definitionInMessage, downloadText } from '../message-definition.js';
import type { Limiter } from '../rate-limit.js';
import {
  keptOptions,
  modalRequestParts,
  stateOptions,
  visibleFields,
  type ButtonState,
  type ModalDeclaration,
} from '../../dispatch/interactions.js';
import { declaredButtons, toDiscordMessage, type OutgoingMessage } from './message.js';
import {
  interactionChannel,
  interactionUser,
  type DiscordEmbed,
  type DiscordInteraction,
  type DiscordModalComponent,
  type DiscordOptionValue,
} from './payload.js';
import { modalCustomId, parseButtonCustomId, parseModalCustomId, readState, stateEmbed } from './state.js';

/** The message context-menu command that computes the network found in a message. */
export const RUN_BACKPROP_MENU = 'Run backprop';
/** Discord's limit on a modal's paragraph input. */
const MODAL_INPUT_MAX = 4000;

export interface DiscordRuntime {
  rest: REST;
  /** Used when a payload lacks `application_id` (every real one carries it). */
  applicationId?: string;
  defaultLocale: Locale;
  guildLocales: Record<string, Locale>;
  /** A server's defaults (/settings): its language goes before the platform's in modals, notices and buttons. */
  placeDefaults?: DefaultsLookup;
  commands: readonly Command[];
  dispatch: (request: Request) => Promise<Reply>;
  limiter: Limiter;
  /** False while the process stops: new commands are answered "restarting, try again in a moment". */
  accepting?: () => boolean;
  /** Counts a command refused because the process is stopping (metrics). */
  onRestartingRefusal?: () => void;
  log: Logger;
  /** Members with one of these roles are TAs for /exercise (besides those with Manage Messages). */
  taRoleIds?: readonly string[];
  /** Downloads an attached definition file (the CDN URL Discord gives). */
  fetchText?: (url: string) => Promise<string>;
  /** The REST base URL when it is not Discord's (a test stand-in): its origin may serve attachments too. */
  apiUrl?: string;
}

/** Discord serves attachments from its CDN only; any other URL in a payload is not fetched. */
export const DISCORD_FILE_HOSTS = ['cdn.discordapp.com', 'media.discordapp.net'] as const;
/** Discord's attachment option type. */
const ATTACHMENT_OPTION = 11;

/** What to answer at once, and what to do after the answer has been sent. */
export interface Handled {
  response: Record<string, unknown>;
  followUp?: () => Promise<void>;
}

/**
 * A REST failure as it may be logged: REST errors carry the request URL, which holds the interaction
 * token, so only the code, the status and the message are kept (and a stack for our own bugs).
 */
export function restFailure(error: unknown): Record<string, unknown> {
  const { code, status, message, name, stack } = error as {
    code?: unknown;
    status?: unknown;
    message?: unknown;
    name?: string;
    stack?: string;
  };
  const fromDiscord = name?.startsWith('DiscordAPIError') || name === 'HTTPError';
  return { code, status, message, ...(fromDiscord ? {} : { stack }) };
}

/** Discord error codes that mean the interaction or its token has expired: logged, never fatal. */
const EXPIRED_CODES = new Set([10062, 10015, 10008, 50027]); // unknown interaction, webhook, message; invalid webhook token

function optionsOf(values: DiscordOptionValue[] | undefined): Request['options'] {
  const options: Request['options'] = {};
  for (const option of values ?? []) {
    if (option.options) Object.assign(options, optionsOf(option.options));
    else if (option.value !== undefined) options[option.name] = option.value;
  }
  return options;
}

/** The attachment options of a slash command: the option's name and the attachment id it holds. */
function attachmentOptions(values: DiscordOptionValue[] | undefined): { name: string; id: string }[] {
  return (values ?? []).flatMap((option) =>
    option.options
      ? attachmentOptions(option.options)
      : option.type === ATTACHMENT_OPTION && typeof option.value === 'string'
        ? [{ name: option.name, id: option.value }]
        : [],
  );
}

/** A request whose attachment option becomes its text (downloaded from Discord's CDN), or the refusal to send. */
async function withAttachedText(
  interaction: DiscordInteraction,
  runtime: DiscordRuntime,
  request: Request,
): Promise<Request | { refusal: Reply }> {
  const [attached] = attachmentOptions(interaction.data?.options);
  if (!attached) return request;
  const file = interaction.data?.resolved?.attachments?.[attached.id];
  const read = await readAttachedText(
    {
      name: file?.filename ?? attached.name,
      size: file?.size ?? 0,
      ...(file?.content_type ? { contentType: file.content_type } : {}),
      url: file?.url ?? '',
    },
    { allowed: (url) => isUrlOnHosts(url, DISCORD_FILE_HOSTS, runtime.apiUrl) },
    request.locale,
  );
  if ('refusal' in read) {
    if (file && !isUrlOnHosts(file.url, DISCORD_FILE_HOSTS, runtime.apiUrl))
      runtime.log.warn({ option: attached.name }, 'discord attachment URL is not on the CDN: not downloaded');
    return read;
  }
  return { ...request, text: read.text };
}

function localeOf(
  interaction: DiscordInteraction,
  options: Request['options'],
  runtime: DiscordRuntime,
): Locale {
  const lang = options.lang;
  if (lang === 'en' || lang === 'fa') return lang;
  return (interaction.guild_id && runtime.guildLocales[interaction.guild_id]) || runtime.defaultLocale;
}

/** Discord's MANAGE_MESSAGES permission bit. */
const MANAGE_MESSAGES = 1n << 13n;

/** A TA: a member with Manage Messages in that server, or with a configured TA role. */
function roleOf(interaction: DiscordInteraction, runtime: DiscordRuntime): 'ta' | 'student' {
  const member = interaction.member;
  if (!member || !interaction.guild_id) return 'student';
  let permissions = 0n;
  try {
    permissions = BigInt(member.permissions ?? '0');
  } catch {
    // A malformed bit set grants nothing.
  }
  if ((permissions & MANAGE_MESSAGES) !== 0n) return 'ta';
  return member.roles?.some((role) => runtime.taRoleIds?.includes(role)) ? 'ta' : 'student';
}

/** Exercises and defaults belong to a server; outside one (a DM), to the user alone. */
function placeOf(interaction: DiscordInteraction): string {
  return interaction.guild_id
    ? `discord:${interaction.guild_id}`
    : `discord-dm:${interactionUser(interaction).id}`;
}

/** The language of what the adapter writes before there is a request (a stale button, an unknown command). */
function placeLocaleOf(interaction: DiscordInteraction, runtime: DiscordRuntime): Promise<Locale> {
  return placeLocale(placeOf(interaction), runtime.placeDefaults, localeOf(interaction, {}, runtime));
}

/** A request with its server's defaults: its locale is then the one the answer is in (modals, notices too). */
function withServerDefaults(request: Request, runtime: DiscordRuntime): Promise<Request> {
  return withPlaceLanguage(request, runtime.placeDefaults);
}

function requestOf(
  interaction: DiscordInteraction,
  command: string,
  options: Request['options'],
  runtime: DiscordRuntime,
  text?: string,
): Request {
  const user = interactionUser(interaction);
  const name = user.global_name ?? user.username;
  const role = roleOf(interaction, runtime);
  const request: Request = {
    command,
    options,
    user: name ? { id: user.id, name, role } : { id: user.id, role },
    locale: localeOf(interaction, options, runtime),
    place: placeOf(interaction),
  };
  if (text !== undefined) request.text = text;
  return request;
}

/** Chat-input interaction -> Request (the gateway and HTTP modes both use this). */
export function chatInputToRequest(interaction: DiscordInteraction, runtime: DiscordRuntime): Request {
  return requestOf(interaction, interaction.data?.name ?? '', optionsOf(interaction.data?.options), runtime);
}

function textInputValue(
  components: DiscordModalComponent[] | undefined,
  customId: string,
): string | undefined {
  for (const component of components ?? []) {
    if (component.custom_id === customId && component.value !== undefined) return component.value;
    const nested = textInputValue(
      [...(component.components ?? []), ...(component.component ? [component.component] : [])],
      customId,
    );
    if (nested !== undefined) return nested;
  }
  return undefined;
}

function findCommand(runtime: DiscordRuntime, name: string): Command | undefined {
  return runtime.commands.find((command) => command.name === name);
}

/** Modal submission -> Request: the options kept in the custom_id, then each declared field into its place. */
export function modalToRequest(
  interaction: DiscordInteraction,
  runtime: DiscordRuntime,
): Request | undefined {
  const parsed = parseModalCustomId(interaction.data?.custom_id ?? '');
  const modal = parsed && findCommand(runtime, parsed.command)?.interactions?.modal;
  if (!parsed || !modal) return undefined;
  const values: Record<string, string | undefined> = {};
  for (const field of modal.fields) values[field.id] = textInputValue(interaction.data?.components, field.id);
  const { options, text } = modalRequestParts(modal, stateOptions(parsed.kept), values);
  return requestOf(interaction, parsed.command, options, runtime, text ?? '');
}

/** Button click -> the Request its declaration makes from the state the message carries. */
export function buttonToRequest(
  interaction: DiscordInteraction,
  runtime: DiscordRuntime,
): { request: Request; answer: 'replace' | 'private' } | 'stale' | undefined {
  const parsed = parseButtonCustomId(interaction.data?.custom_id ?? '');
  const declared = parsed && findCommand(runtime, parsed.command)?.interactions?.buttons;
  const button = declared?.buttons.find((b) => b.id === parsed?.button);
  if (!parsed || !declared || !button) return undefined;
  const state = parsed.state ?? readState(declared, interaction.message);
  if (!state) return 'stale';
  const request = requestOf(interaction, parsed.command, button.click(state), runtime);
  return { request, answer: button.answer };
}

function privateMessage(text: string): Record<string, unknown> {
  return {
    type: InteractionResponseType.ChannelMessageWithSource,
    data: { content: text, flags: MessageFlags.Ephemeral, allowed_mentions: { parse: [] } },
  };
}

/** A command's declared modal as Discord's: one paragraph input per field, the kept options in the custom_id. */
function declaredModal(
  command: string,
  modal: ModalDeclaration,
  options: Request['options'],
  locale: Locale,
): Record<string, unknown> {
  const components = visibleFields(modal, options).map((field) => {
    const initial = field.initial?.(options, locale);
    return {
      type: 1,
      components: [
        {
          type: 4,
          custom_id: field.id,
          style: TextInputStyle.Paragraph,
          label: field.label[locale].slice(0, 45),
          max_length: MODAL_INPUT_MAX,
          required: !field.optional,
          ...(field.placeholder ? { placeholder: field.placeholder.slice(0, 100) } : {}),
          ...(initial !== undefined && initial.length <= MODAL_INPUT_MAX ? { value: initial } : {}),
        },
      ],
    };
  });
  return {
    type: InteractionResponseType.Modal,
    data: {
      custom_id: modalCustomId(command, keptOptions(modal, options)),
      title: modal.title[locale].slice(0, 45),
      components,
    },
  };
}

async function autocompleteChoices(
  interaction: DiscordInteraction,
  runtime: DiscordRuntime,
): Promise<Record<string, unknown>> {
  const flat: DiscordOptionValue[] = [];
  const walk = (values: DiscordOptionValue[] | undefined) =>
    values?.forEach((v) => (v.options ? walk(v.options) : flat.push(v)));
  walk(interaction.data?.options);
  const focused = flat.find((o) => o.focused);
  const command = runtime.commands.find((c) => c.name === interaction.data?.name);
  const suggester = focused ? command?.suggest?.[focused.name] : undefined;
  let values: string[] = [];
  const lang = optionsOf(interaction.data?.options).lang;
  const locale = lang === 'en' || lang === 'fa' ? lang : await placeLocaleOf(interaction, runtime);
  try {
    values = suggester ? suggester(String(focused?.value ?? ''), locale) : [];
  } catch (error) {
    runtime.log.warn({ err: error, command: interaction.data?.name }, 'autocomplete suggester failed');
  }
  const choices = values
    .slice(0, 25)
    .map((value) => ({ name: value.slice(0, 100), value: value.slice(0, 100) }));
  return { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices } };
}

function isExpired(error: unknown): boolean {
  return EXPIRED_CODES.has((error as { code?: number }).code ?? -1);
}

/** Runs the follow-up work; an expired interaction is logged, any other failure too; nothing is thrown. */
async function guarded(runtime: DiscordRuntime, interaction: DiscordInteraction, work: () => Promise<void>) {
  try {
    await work();
  } catch (error) {
    const context = {
      interactionId: interaction.id,
      command: interaction.data?.name,
      code: (error as { code?: number }).code,
    };
    if (isExpired(error)) runtime.log.warn(context, 'discord interaction expired before the reply was sent');
    else runtime.log.error({ ...context, error: restFailure(error) }, 'discord reply failed');
  }
}

function appId(runtime: DiscordRuntime, interaction: DiscordInteraction): string {
  return interaction.application_id ?? runtime.applicationId ?? '';
}

type Delivery = 'replace-deferred' | 'update-message' | 'ephemeral-deferred';

async function send(
  runtime: DiscordRuntime,
  interaction: DiscordInteraction,
  message: OutgoingMessage,
): Promise<void> {
  const route = Routes.webhookMessage(appId(runtime, interaction), interaction.token, '@original');
  await runtime.rest.patch(route, { body: message.body, files: message.files, auth: false });
}

async function sendPrivately(
  runtime: DiscordRuntime,
  interaction: DiscordInteraction,
  message: OutgoingMessage,
): Promise<void> {
  const body = { ...message.body, flags: MessageFlags.Ephemeral };
  await runtime.rest.post(Routes.webhook(appId(runtime, interaction), interaction.token), {
    body,
    files: message.files,
    auth: false,
  });
}

/** The buttons a command declares under a successful reply, with its state in their custom_ids or an embed. */
function buttonExtras(
  runtime: DiscordRuntime,
  request: Request,
  reply: Reply,
  locale: Locale,
): { embeds?: DiscordEmbed[]; components?: unknown[] } {
  const declared = findCommand(runtime, request.command)?.interactions?.buttons;
  if (!declared || reply.kind === 'user-error') return {};
  let state: ButtonState | undefined;
  try {
    state = declared.state(request, reply);
  } catch (error) {
    runtime.log.warn({ err: error, command: request.command }, 'button state could not be built');
  }
  if (!state) return {};
  const embed = declared.stateBody ? stateEmbed(declared, state, locale) : undefined;
  if (declared.stateBody && !embed) return {};
  const components = declaredButtons(request.command, declared, state, locale, embed !== undefined);
  if (!components) return {};
  return embed ? { embeds: [embed], components } : { components };
}

/** Delivers a Reply the way the deferral allows: a private reply never lands in a public message. */
async function deliver(
  runtime: DiscordRuntime,
  interaction: DiscordInteraction,
  request: Request,
  reply: Reply,
  delivery: Delivery,
): Promise<void> {
  // The request's locale already puts the user's lang: and the server's default first (withServerDefaults).
  const locale = request.locale;
  const extras = delivery === 'ephemeral-deferred' ? {} : buttonExtras(runtime, request, reply, locale);
  const message = toDiscordMessage(reply, locale, extras);
  if (delivery === 'ephemeral-deferred') return send(runtime, interaction, message);
  if (reply.visibility === 'private') {
    // The deferred answer is public; a private reply replaces it with an ephemeral follow-up.
    if (delivery === 'replace-deferred') {
      await runtime.rest.delete(
        Routes.webhookMessage(appId(runtime, interaction), interaction.token, '@original'),
        { auth: false },
      );
    }
    return sendPrivately(runtime, interaction, message);
  }
  return send(runtime, interaction, message);
}

async function rateLimited(
  interaction: DiscordInteraction,
  runtime: DiscordRuntime,
  locale: Locale,
): Promise<Handled | undefined> {
  if (runtime.accepting && !runtime.accepting()) {
    runtime.onRestartingRefusal?.();
    return { response: privateMessage(t(locale, 'runtime.restarting')) };
  }
  const wait = await runtime.limiter.check(interactionUser(interaction).id, interactionChannel(interaction));
  if (wait === 0) return undefined;
  const seconds = Number.isFinite(wait) ? Math.max(1, Math.ceil(wait / 1000)) : 60;
  return { response: privateMessage(t(locale, 'platforms.rateLimited', { seconds })) };
}

function deferred(
  runtime: DiscordRuntime,
  interaction: DiscordInteraction,
  request: Request,
  delivery: Delivery,
  /** Work after the acknowledgement and before the command (downloading an attachment). */
  prepare?: (request: Request) => Promise<Request | { refusal: Reply }>,
): Handled {
  const type =
    delivery === 'update-message'
      ? InteractionResponseType.DeferredMessageUpdate
      : InteractionResponseType.DeferredChannelMessageWithSource;
  const response: Record<string, unknown> = { type };
  if (delivery === 'ephemeral-deferred') response.data = { flags: MessageFlags.Ephemeral };
  return {
    response,
    followUp: () =>
      guarded(runtime, interaction, async () => {
        const ready = prepare ? await prepare(request) : request;
        if ('refusal' in ready) return deliver(runtime, interaction, request, ready.refusal, delivery);
        return deliver(runtime, interaction, ready, await runtime.dispatch(ready), delivery);
      }),
  };
}

async function contextMenu(interaction: DiscordInteraction, runtime: DiscordRuntime): Promise<Handled> {
  const request = await withServerDefaults(requestOf(interaction, 'backprop', {}, runtime), runtime);
  const limited = await rateLimited(interaction, runtime, request.locale);
  if (limited) return limited;
  const target = interaction.data?.resolved?.messages?.[interaction.data.target_id ?? ''];
  return {
    response: { type: InteractionResponseType.DeferredChannelMessageWithSource },
    followUp: () =>
      guarded(runtime, interaction, async () => {
        const fetchText = runtime.fetchText ?? ((url: string) => downloadText(url));
        const files = (target?.attachments ?? []).map((a) => ({
          name: a.filename,
          size: a.size,
          ...(a.content_type ? { contentType: a.content_type } : {}),
          // Only Discord's CDN (a URL in a payload is data): anything else is "could not read".
          download: () =>
            isUrlOnHosts(a.url, DISCORD_FILE_HOSTS, runtime.apiUrl)
              ? fetchText(a.url)
              : Promise.reject(new Error('not on the CDN')),
        }));
        const found = await definitionInMessage(target?.content, files, request.locale);
        if ('error' in found) {
          const reply: Reply = { text: found.error, kind: 'user-error', visibility: 'private' };
          return deliver(runtime, interaction, request, reply, 'replace-deferred');
        }
        const withText = { ...request, text: found.text };
        return deliver(runtime, interaction, withText, await runtime.dispatch(withText), 'replace-deferred');
      }),
  };
}

/** Decides the immediate response to an interaction; never throws for any payload. */
export async function handleInteraction(
  interaction: DiscordInteraction,
  runtime: DiscordRuntime,
): Promise<Handled> {
  try {
    return await route(interaction, runtime);
  } catch (error) {
    // The same short reference in the log and in the user's message, as for every internal error.
    const reference = randomBytes(3).toString('hex');
    runtime.log.error(
      { err: error, reference, interactionId: interaction.id },
      'discord interaction could not be translated',
    );
    return {
      response: privateMessage(t(runtime.defaultLocale, 'commands.internal_error', { reference })),
    };
  }
}

async function route(interaction: DiscordInteraction, runtime: DiscordRuntime): Promise<Handled> {
  switch (interaction.type) {
    case InteractionType.Ping:
      return { response: { type: InteractionResponseType.Pong } };
    case InteractionType.ApplicationCommandAutocomplete:
      return { response: await autocompleteChoices(interaction, runtime) };
    case InteractionType.ApplicationCommand: {
      if (interaction.data?.type === ApplicationCommandType.Message) return contextMenu(interaction, runtime);
      const request = await withServerDefaults(chatInputToRequest(interaction, runtime), runtime);
      const modal = findCommand(runtime, request.command)?.interactions?.modal;
      if (modal?.opensWhen(request.options)) {
        return { response: declaredModal(request.command, modal, request.options, request.locale) };
      }
      return (
        (await rateLimited(interaction, runtime, request.locale)) ??
        deferred(runtime, interaction, request, 'replace-deferred', (ready) =>
          withAttachedText(interaction, runtime, ready),
        )
      );
    }
    case InteractionType.ModalSubmit: {
      const submitted = modalToRequest(interaction, runtime);
      if (!submitted)
        return {
          response: privateMessage(t(await placeLocaleOf(interaction, runtime), 'platforms.buttonStale')),
        };
      const request = await withServerDefaults(submitted, runtime);
      return (
        (await rateLimited(interaction, runtime, request.locale)) ??
        deferred(runtime, interaction, request, 'replace-deferred')
      );
    }
    case InteractionType.MessageComponent: {
      const clicked = buttonToRequest(interaction, runtime);
      if (clicked === undefined || clicked === 'stale')
        return {
          response: privateMessage(t(await placeLocaleOf(interaction, runtime), 'platforms.buttonStale')),
        };
      const request = await withServerDefaults(clicked.request, runtime);
      const delivery: Delivery = clicked.answer === 'private' ? 'ephemeral-deferred' : 'update-message';
      return (
        (await rateLimited(interaction, runtime, request.locale)) ??
        deferred(runtime, interaction, request, delivery)
      );
    }
    default:
      return {
        response: privateMessage(
          t(await placeLocaleOf(interaction, runtime), 'platforms.unknownCommand', {
            name: interaction.data?.name ?? '?',
          }),
        ),
      };
  }
}
