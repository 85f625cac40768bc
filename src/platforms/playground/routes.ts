// The playground's HTTP side: the page, its assets, the command list and one JSON endpoint into the dispatcher.
import { readFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { toPlaygroundCommand, type Command } from '../../dispatch/define-command.js';
import type { DispatchOptions } from '../../dispatch/dispatcher.js';
import { registeredCommands } from '../../dispatch/registry.js';
import { runCommandLine } from '../../dispatch/run-command-line.js';
import type { Deps, Locale, Reply } from '../../dispatch/types.js';
import { projectPath } from '../../paths.js';
import { PLAYGROUND_BODY_LIMIT_BYTES } from '../body-limits.js';
import { sendJson, type HttpServer } from '../http-server.js';
import { TokenBuckets } from '../rate-limit.js';

const pageDirectory = projectPath('src', 'platforms', 'playground', 'page');
const fontPath = join(
  dirname(createRequire(import.meta.url).resolve('vazirmatn/package.json')),
  'fonts',
  'webfonts',
  'Vazirmatn[wght].woff2',
);

/** What the page posts: the line as typed (more lines = the message body), the chosen language and theme. */
const commandBody = z.object({
  // The command line and a body of up to 20 000 characters (a typed or attached solution).
  line: z.string().min(1).max(21_000),
  locale: z.enum(['en', 'fa']).default('en'),
  theme: z.enum(['dark', 'light']).default('dark'),
  /** The exercise switch: act as the TA or as a named student (each name is its own user). */
  as: z
    .object({ role: z.enum(['ta', 'student']), name: z.string().min(1).max(40) })
    .default({ role: 'ta', name: 'TA' }),
});

/** A Reply as JSON for the browser: images inline as data URLs. */
export interface PlaygroundReply {
  text: string;
  kind: NonNullable<Reply['kind']>;
  visibility: NonNullable<Reply['visibility']>;
  images: { name: string; alt: string; src: string }[];
  files: { name: string; content: string }[];
}

export function toPlaygroundReply(reply: Reply): PlaygroundReply {
  return {
    text: reply.text,
    kind: reply.kind ?? 'ok',
    visibility: reply.visibility ?? 'public',
    images: (reply.images ?? []).map((image) => ({
      name: image.name,
      alt: image.alt,
      src: `data:image/png;base64,${Buffer.from(image.png).toString('base64')}`,
    })),
    files: reply.files ?? [],
  };
}

// The page uses no third-party origin: everything it loads comes from this server.
const SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'self'; img-src 'self' data: blob:; style-src 'self'; script-src 'self'; font-src 'self'; connect-src 'self'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

export interface PlaygroundOptions {
  deps: Deps;
  dispatch?: DispatchOptions;
  commands?: readonly Command[];
  defaultLocale?: Locale;
}

export function mountPlayground(server: HttpServer, options: PlaygroundOptions): void {
  const commands = async () => options.commands ?? (await registeredCommands());
  const assets: Record<string, { type: string; body: Buffer }> = {
    '/': { type: 'text/html; charset=utf-8', body: readFileSync(join(pageDirectory, 'index.html')) },
    '/playground.css': {
      type: 'text/css; charset=utf-8',
      body: readFileSync(join(pageDirectory, 'playground.css')),
    },
    '/playground.js': {
      type: 'text/javascript; charset=utf-8',
      body: readFileSync(join(pageDirectory, 'playground.js')),
    },
    '/markdown.js': {
      type: 'text/javascript; charset=utf-8',
      body: readFileSync(join(pageDirectory, 'markdown.js')),
    },
    '/fonts/vazirmatn.woff2': { type: 'font/woff2', body: readFileSync(fontPath) },
  };
  for (const [path, asset] of Object.entries(assets)) {
    server.addRoute('GET', path, (_request, response) => {
      response.writeHead(200, {
        'content-type': asset.type,
        'content-length': asset.body.length,
        ...SECURITY_HEADERS,
      });
      response.end(asset.body);
    });
  }

  server.addRoute('GET', '/api/commands', async (request, response) => {
    const lang = new URL(request.url ?? '/', 'http://localhost').searchParams.get('lang');
    const locale: Locale = lang === 'fa' || lang === 'en' ? lang : (options.defaultLocale ?? 'en');
    const list = await commands();
    sendJson(response, 200, { commands: list.map((command) => toPlaygroundCommand(command, locale)) });
  });

  const limiter = new TokenBuckets(PLAYGROUND_RATE_LIMIT);
  server.addRoute(
    'POST',
    '/api/command',
    async (request, response, rawBody) => {
      const refused = refusal(request, limiter);
      if (refused) {
        if (refused.retryAfterSeconds) response.setHeader('retry-after', String(refused.retryAfterSeconds));
        sendJson(response, refused.status, { error: refused.error });
        return;
      }
      let json: unknown;
      try {
        json = JSON.parse(rawBody.toString('utf8'));
      } catch {
        sendJson(response, 400, { error: 'The body must be JSON: {"line": "/backprop preset:mazur"}' });
        return;
      }
      const body = commandBody.safeParse(json);
      if (!body.success) {
        sendJson(response, 400, {
          error: body.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
        });
        return;
      }
      // The browser went away (tab closed, request aborted): a command still waiting is dropped.
      const gone = new AbortController();
      response.on('close', () => {
        if (!response.writableFinished) gone.abort();
      });
      const { line, locale, theme, as } = body.data;
      const user =
        as.role === 'ta'
          ? { id: 'playground', name: 'you', role: 'ta' as const }
          : { id: `playground-student-${as.name.toLowerCase()}`, name: as.name, role: 'student' as const };
      const reply = await runCommandLine(
        line,
        // The page's switches are this user's own choice: they go before the playground's /settings.
        { locale, user, place: 'playground', defaults: { theme, lang: locale } },
        options.deps,
        { ...options.dispatch, commands: await commands(), source: 'playground', signal: gone.signal },
      );
      if (gone.signal.aborted) return;
      sendJson(response, 200, { reply: toPlaygroundReply(reply) });
    },
    { bodyLimitBytes: PLAYGROUND_BODY_LIMIT_BYTES },
  );
}

/** Commands from one address: a burst of 10, then 30 a minute. */
export const PLAYGROUND_RATE_LIMIT = { burst: 10, perMinute: 30 };

/**
 * Why a command request is refused, if it is: only JSON (415), only from the page's own origin (403; a JSON
 * body also makes a browser ask first, which this server never allows), at most the rate limit (429).
 */
function refusal(
  request: IncomingMessage,
  limiter: TokenBuckets,
): { status: number; error: string; retryAfterSeconds?: number } | undefined {
  const type = String(request.headers['content-type'] ?? '')
    .split(';')[0]!
    .trim()
    .toLowerCase();
  if (type !== 'application/json') {
    return { status: 415, error: 'Send the command as JSON (content-type: application/json).' };
  }
  const site = request.headers['sec-fetch-site'];
  const origin = request.headers.origin;
  const host = request.headers.host;
  const sameOrigin =
    (site === undefined || site === 'same-origin' || site === 'none') &&
    (origin === undefined ||
      (host !== undefined && (origin === `http://${host}` || origin === `https://${host}`)));
  if (!sameOrigin) return { status: 403, error: 'The playground answers only its own page.' };
  const wait = limiter.take(request.socket.remoteAddress ?? 'unknown');
  if (wait > 0) {
    const retryAfterSeconds = Number.isFinite(wait) ? Math.max(1, Math.ceil(wait / 1000)) : 60;
    return {
      status: 429,
      error: `Too many commands; try again in ${retryAfterSeconds} s.`,
      retryAfterSeconds,
    };
  }
  return undefined;
}
