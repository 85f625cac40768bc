// Wires the interaction handler to the real dispatcher, the command registry and the rate limits.
import type { REST } from '@discordjs/rest';
import { commands } from '../../../commands/index.js';
import { dispatch, type DispatchOptions } from '../../dispatch/dispatcher.js';
import type { Deps } from '../../dispatch/types.js';
import { defaultsLookup } from '../../settings/defaults-cache.js';
import { limiterFor } from '../../store/shared-rate-limit.js';
import { WorkQueue } from '../work-queue.js';
import type { DiscordConfig } from './config.js';
import type { DiscordRuntime, Handled } from './interactions.js';

export function createDiscordRuntime(
  config: DiscordConfig,
  deps: Deps,
  rest: REST,
  dispatchOptions: DispatchOptions = {},
): DiscordRuntime {
  const placeDefaults = defaultsLookup(deps);
  return {
    rest,
    ...(config.applicationId ? { applicationId: config.applicationId } : {}),
    ...(config.apiUrl ? { apiUrl: config.apiUrl } : {}),
    defaultLocale: config.defaultLocale,
    guildLocales: config.guildLocales,
    taRoleIds: config.taRoleIds,
    ...(placeDefaults ? { placeDefaults } : {}),
    commands,
    dispatch: (request) => dispatch(request, deps, { ...dispatchOptions, source: 'discord' }),
    limiter: limiterFor(config.rateLimits, deps, 'discord'),
    log: deps.log,
  };
}

/** Schedules follow-ups after their acknowledgement; `track` sees each one (tests). */
export interface FollowUpRunner {
  /** Called as each interaction arrives, before it is handled (acknowledgements go first). */
  arrived(): void;
  run(handled: Handled): void;
}

/**
 * Follow-ups wait for acknowledgements to go out first; many may run at once because the worker pool
 * (fairly) bounds the computing, and a reply stuck in Discord's retries must not hold back others.
 */
export function followUpRunner(
  queue = new WorkQueue({ concurrency: 32 }),
  track: (work: Promise<void>) => void = () => {},
): FollowUpRunner {
  return {
    arrived: () => queue.noteArrival(),
    run: (handled) => {
      if (handled.followUp) track(queue.run(handled.followUp));
    },
  };
}
