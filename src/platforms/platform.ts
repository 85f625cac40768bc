// The contract every chat platform implements, so a new platform is one folder plus one line in ./index.ts.
import type { z } from 'zod';
import type { DispatchOptions } from '../dispatch/dispatcher.js';
import type { Deps, Locale } from '../dispatch/types.js';
import type { Metrics } from '../metrics.js';
import type { ReportIssue } from './env.js';
import type { HttpServer, RouteHandler } from './http-server.js';
import type { RateLimitRules } from './rate-limit.js';

/** A route on the one HTTP server (Discord interactions, Slack events). */
export interface Route {
  method: string;
  path: string;
  handler: RouteHandler;
}

/** What the runtime hands every platform: the dependencies, the shared server and whether commands are taken. */
export interface PlatformHost {
  deps: Deps;
  /** The one HTTP server on PORT (playground too); platforms mount their routes on it. */
  server: Pick<HttpServer, 'addRoute'>;
  dispatchOptions?: DispatchOptions;
  /** False once the process is stopping: new commands get a polite "restarting, try again in a moment". */
  accepting?: () => boolean;
  /** Where the platform counts its commands, refusals and failed deliveries (GET /metrics). */
  metrics?: Metrics;
}

/** A running platform adapter. */
export interface Platform {
  /** Mounts its routes and connects its SDK; resolves with a label for the start-up log. */
  start(): Promise<string>;
  /** Resolves once every command it acknowledged has been answered and delivered. */
  drain(): Promise<void>;
  /** Closes its SDK connections (the gateway, Socket Mode); its routes stay until the server closes. */
  stop(): Promise<void>;
}

/** Settings every platform shares, from the one configuration. */
export interface SharedPlatformSettings {
  defaultLocale: Locale;
  rateLimits: RateLimitRules;
}

/** A platform as the runtime knows it before loading it: its variables, its config, its lazy adapter. */
export interface PlatformDefinition<C = unknown> {
  name: string;
  /** Its environment variables, merged into the one schema (src/config.ts). */
  env: Record<string, z.ZodType>;
  /** Its config from the parsed variables, or undefined when its credentials are absent (it stays off). */
  configure(env: Record<string, unknown>, shared: SharedPlatformSettings, issue: ReportIssue): C | undefined;
  /** Imports the adapter (and its SDK) only when the platform is configured. */
  load(): Promise<(config: C, host: PlatformHost) => Platform>;
}

/** Types a platform definition (the identity; it checks `configure` and `load` agree on the config). */
export function definePlatform<C>(definition: PlatformDefinition<C>): PlatformDefinition<C> {
  return definition;
}
