// The Bolt app: slash commands, the "Run backprop" message shortcut and the definition modal.
// ack() comes first every time; the work then runs from a queue and its reply goes out through send.ts.
import { App, HTTPReceiver, LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Command } from '../../dispatch/define-command.js';
import type { Locale, Logger, Reply, Request } from '../../dispatch/types.js';
import { t } from '../../text/i18n.js';
import { definitionInMessage, downloadText, type MessageFile } from '../message-definition.js';
import type { RateLimiter } from '../rate-limit.js';
import type { WorkQueue } from '../work-queue.js';
import { slashNames, type SlackConfig } from './config.js';
import { markdownToMrkdwn } from './mrkdwn.js';
import { sendReply, type SlackTarget } from './send.js';
import { slackUser, slashToRequest, textRequest } from './translate.js';

export const SLACK_EVENTS_PATH = '/slack/events';
export const RUN_BACKPROP_SHORTCUT = 'run_backprop';
export const BACKPROP_MODAL = 'backprop_modal';
const DEFINITION_BLOCK = 'definition';

export interface SlackRuntime {
  config: SlackConfig;
  commands: readonly Command[];
  dispatch: (request: Request) => Promise<Reply>;
  limiter: RateLimiter;
  log: Logger;
  queue: WorkQueue;
  /** Sees every queued follow-up (tests and the load bench await them). */
  track?: (work: Promise<void>) => void;
}

/** Bolt's logger interface over ours, so Bolt's warnings land in the structured log. */
function boltLogger(log: Logger): BoltLogger {
  let level = LogLevel.INFO;
  const join = (parts: unknown[]) => parts.map((p) => (p instanceof Error ? p.message : String(p))).join(' ');
  return {
    debug: () => {},
    info: (...parts) => log.info({ source: 'bolt' }, join(parts)),
    warn: (...parts) => log.warn({ source: 'bolt' }, join(parts)),
    error: (...parts) => log.error({ source: 'bolt' }, join(parts)),
    setLevel: (next) => (level = next),
    getLevel: () => level,
    setName: () => {},
  };
}

function rateLimitText(
  runtime: SlackRuntime,
  user: string,
  channel: string,
  locale: Locale,
): string | undefined {
  const wait = runtime.limiter.check(user, channel);
  if (wait === 0) return undefined;
  const seconds = Number.isFinite(wait) ? Math.max(1, Math.ceil(wait / 1000)) : 60;
  return t(locale, 'platforms.rateLimited', { seconds });
}

function modalView(channel: string, options: Request['options'], locale: Locale): object {
  return {
    type: 'modal',
    callback_id: BACKPROP_MODAL,
    private_metadata: JSON.stringify({ channel, options }),
    title: { type: 'plain_text', text: t(locale, 'platforms.modalTitle').slice(0, 24) },
    submit: { type: 'plain_text', text: t(locale, 'platforms.modalSubmit') },
    blocks: [
      {
        type: 'input',
        block_id: DEFINITION_BLOCK,
        label: { type: 'plain_text', text: t(locale, 'platforms.modalLabel') },
        element: {
          type: 'plain_text_input',
          action_id: DEFINITION_BLOCK,
          multiline: true,
          max_length: 3000,
          initial_value: t(locale, 'platforms.modalTemplate'),
        },
      },
    ],
  };
}

export interface SlackApp {
  app: App;
  /** HTTP mode only: mount `receiver.requestListener` on POST /slack/events. */
  receiver?: HTTPReceiver;
}

export function createSlackApp(runtime: SlackRuntime): SlackApp {
  const { config, log } = runtime;
  const logger = boltLogger(log);
  const clientOptions = config.apiUrl ? { slackApiUrl: config.apiUrl } : {};
  let receiver: HTTPReceiver | undefined;
  let app: App;
  if (config.mode === 'socket') {
    app = new App({
      token: config.botToken,
      appToken: config.appToken!,
      socketMode: true,
      clientOptions,
      // The Socket Mode client calls apps.connections.open with a Web API client of its own.
      installerOptions: { clientOptions },
      logger,
    });
  } else {
    receiver = new HTTPReceiver({
      signingSecret: config.signingSecret!,
      endpoints: SLACK_EVENTS_PATH,
      logger,
    });
    app = new App({ token: config.botToken, receiver, clientOptions, logger });
  }

  const later = (work: () => Promise<void>) => {
    const running = runtime.queue
      .run(work)
      .catch((error: unknown) => log.error({ err: error }, 'slack follow-up failed'));
    runtime.track?.(running);
  };
  const answer = (client: App['client'], target: SlackTarget, request: Request) =>
    later(async () => sendReply(client, target, await runtime.dispatch(request), request.locale, log));

  const names = slashNames(
    runtime.commands.map((command) => command.name),
    config.commandOverrides,
  );
  for (const [commandName, slashName] of Object.entries(names)) {
    app.command(slashName, async ({ command, ack, respond, client }) => {
      runtime.queue.noteArrival();
      const user = slackUser(command.user_id, command.user_name);
      const translated = slashToRequest(
        command.text ?? '',
        commandName,
        user,
        runtime.commands,
        config.defaultLocale,
      );
      if ('reply' in translated) {
        await ack({ response_type: 'ephemeral', text: markdownToMrkdwn(translated.reply.text) });
        return;
      }
      const request = translated.request;
      const { definition, preset } = request.options;
      if (commandName === 'backprop' && !definition && !preset && !request.text) {
        await ack();
        try {
          await client.views.open({
            trigger_id: command.trigger_id,
            view: modalView(command.channel_id, request.options, request.locale) as never,
          });
        } catch (error) {
          log.error({ err: error }, 'slack views.open failed');
        }
        return;
      }
      const limited = rateLimitText(runtime, user.id, command.channel_id, request.locale);
      if (limited) {
        await ack({ response_type: 'ephemeral', text: limited });
        return;
      }
      await ack();
      answer(client, { channel: command.channel_id, user: user.id, respond }, request);
    });
  }

  app.view(BACKPROP_MODAL, async ({ ack, view, body, client }) => {
    runtime.queue.noteArrival();
    const { channel, options } = JSON.parse(view.private_metadata || '{}') as {
      channel?: string;
      options?: Request['options'];
    };
    const text = view.state.values[DEFINITION_BLOCK]?.[DEFINITION_BLOCK]?.value ?? '';
    const user = slackUser(body.user.id, body.user.name);
    const request = textRequest('backprop', options ?? {}, text, user, config.defaultLocale);
    const limited = rateLimitText(runtime, user.id, channel ?? user.id, request.locale);
    if (limited) {
      await ack({ response_action: 'errors', errors: { [DEFINITION_BLOCK]: limited } });
      return;
    }
    await ack();
    answer(client, { channel: channel ?? user.id, user: user.id }, request);
  });

  app.shortcut(
    { callback_id: RUN_BACKPROP_SHORTCUT, type: 'message_action' },
    async ({ ack, shortcut, respond, client }) => {
      await ack();
      const user = slackUser(shortcut.user.id, shortcut.user.username ?? shortcut.user.name);
      const target: SlackTarget = { channel: shortcut.channel.id, user: user.id, respond };
      const locale = config.defaultLocale;
      const limited = rateLimitText(runtime, user.id, target.channel, locale);
      if (limited) {
        await respond({ response_type: 'ephemeral', text: limited });
        return;
      }
      const message = shortcut.message as {
        text?: string;
        files?: {
          name: string;
          size: number;
          mimetype?: string;
          url_private_download?: string;
          url_private?: string;
        }[];
      };
      const files: MessageFile[] = (message.files ?? []).map((file) => ({
        name: file.name,
        size: file.size,
        ...(file.mimetype ? { contentType: file.mimetype } : {}),
        // Slack files need the bot token to download (scope files:read).
        download: () =>
          downloadText(file.url_private_download ?? file.url_private ?? '', {
            Authorization: `Bearer ${config.botToken}`,
          }),
      }));
      later(async () => {
        const found = await definitionInMessage(message.text, files, locale);
        if ('error' in found) {
          await sendReply(
            client,
            target,
            { text: found.error, kind: 'user-error', visibility: 'private' },
            locale,
            log,
          );
          return;
        }
        const request = textRequest('backprop', {}, found.text, user, locale);
        await sendReply(client, target, await runtime.dispatch(request), request.locale, log);
      });
    },
  );

  app.error(async (error) => {
    log.error({ err: error }, 'slack app error');
  });

  return receiver ? { app, receiver } : { app };
}
