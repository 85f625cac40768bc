// The Slack adapter: Bolt over Socket Mode (SLACK_APP_TOKEN), or HTTP on the shared server at POST /slack/events.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { commands } from '../../../commands/index.js';
import { dispatch, type DispatchOptions } from '../../dispatch/dispatcher.js';
import type { Deps } from '../../dispatch/types.js';
import { defaultsLookup } from '../../settings/defaults-cache.js';
import { limiterFor } from '../../store/shared-rate-limit.js';
import { sendText, type RouteHandler } from '../http-server.js';
import { withRequestId } from '../../request-context.js';
import { InFlight } from '../in-flight.js';
import { countedLimiter, deliveryCountingLog, observedDispatch, type Observer } from '../observe.js';
import type { Platform, PlatformHost } from '../platform.js';
import { WorkQueue } from '../work-queue.js';
import { createSlackApp, SLACK_EVENTS_PATH, type SlackRuntime } from './app.js';
import type { SlackConfig } from './config.js';
import { isSlackShapedBody, isValidSlackSignature } from './verify.js';
import { PLATFORM_BODY_LIMIT_BYTES } from '../body-limits.js';

export type { SlackConfig } from './config.js';

export function createSlackRuntime(
  config: SlackConfig,
  deps: Deps,
  dispatchOptions: DispatchOptions = {},
): SlackRuntime {
  const placeDefaults = defaultsLookup(deps);
  return {
    config,
    commands,
    ...(placeDefaults ? { placeDefaults } : {}),
    dispatch: (request) => dispatch(request, deps, { ...dispatchOptions, source: 'slack' }),
    limiter: limiterFor(config.rateLimits, deps, 'slack'),
    log: deps.log,
    queue: new WorkQueue(),
  };
}

/**
 * The route handler that checks the signature (±5 minutes, 401) and the body's shape (400), then hands the
 * request to Bolt's HTTPReceiver (which checks the signature again).
 */
export function slackEventsHandler(
  listener: (req: IncomingMessage, res: ServerResponse) => void,
  signingSecret: string,
): RouteHandler {
  return (request, response, rawBody) => {
    if (!isValidSlackSignature(signingSecret, request.headers, rawBody)) {
      sendText(response, 401, 'invalid request signature\n');
      return;
    }
    if (!isSlackShapedBody(request.headers['content-type'], rawBody)) {
      sendText(response, 400, 'the body must be a JSON object or a form\n');
      return;
    }
    // The shared server has read the body already; Bolt takes it from `rawBody` instead of the stream.
    (request as IncomingMessage & { rawBody?: Buffer }).rawBody = rawBody;
    listener(request, response);
  };
}

/** Slack in the mode its variables select, behind the platform contract. */
export function createSlackPlatform(config: SlackConfig, host: PlatformHost): Platform {
  const inFlight = new InFlight();
  const observer: Observer = {
    platform: 'slack',
    metrics: host.metrics,
    known: new Set(commands.map((command) => command.name)),
  };
  const runtime = createSlackRuntime(config, host.deps, host.dispatchOptions);
  runtime.track = (work) => inFlight.track(work);
  runtime.dispatch = observedDispatch(observer, runtime.dispatch);
  runtime.limiter = countedLimiter(observer, runtime.limiter);
  runtime.log = deliveryCountingLog(observer, runtime.log);
  if (host.accepting) runtime.accepting = host.accepting;
  runtime.onRestartingRefusal = () => host.metrics?.restartingRefusals.inc({ platform: 'slack' });
  const { app, receiver } = createSlackApp(runtime);
  // Socket Mode events arrive outside the HTTP server: each gets its request id here (HTTP ones already have one).
  app.use(async ({ next }) => (receiver ? next() : withRequestId(() => next())));
  return {
    async start() {
      if (receiver) {
        host.server.addRoute(
          'POST',
          SLACK_EVENTS_PATH,
          slackEventsHandler(receiver.requestListener, config.signingSecret!),
          { bodyLimitBytes: PLATFORM_BODY_LIMIT_BYTES },
        );
        host.deps.log.info({ path: SLACK_EVENTS_PATH }, 'slack HTTP endpoint mounted');
        return `slack (http ${SLACK_EVENTS_PATH})`;
      }
      await app.start();
      host.deps.log.info('slack socket mode connected');
      return 'slack (socket mode)';
    },
    drain: () => inFlight.idle(),
    async stop() {
      // Socket Mode closes its WebSocket; over HTTP the shared server closes the connections.
      if (!receiver) await app.stop();
    },
  };
}
