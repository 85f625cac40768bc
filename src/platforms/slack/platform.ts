// Slack as the runtime sees it before loading Bolt: its variables, its config and its lazy adapter.
import { definePlatform } from '../platform.js';
import { slackConfig, slackEnv, type SlackConfig } from './config.js';

export const slackPlatform = definePlatform<SlackConfig>({
  name: 'slack',
  env: slackEnv,
  configure: (env, shared, issue) => slackConfig(env, shared, issue),
  load: async () => (await import('./index.js')).createSlackPlatform,
});
