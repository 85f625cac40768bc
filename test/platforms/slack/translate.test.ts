import { describe, expect, it } from 'vitest';
import { commands } from '../../../commands/index.js';
import { slashNames } from '../../../src/platforms/slack/config.js';
import { slackConfigFromEnv } from '../../helpers/platform-config.js';
import { slashToRequest, unescapeSlack } from '../../../src/platforms/slack/translate.js';

const user = { id: 'U0SARA', name: 'sara' };

describe('slashToRequest', () => {
  it('reads name:value options and leaves the one-line definition to the definition option', () => {
    const result = slashToRequest('preset:mazur view:backward lang:fa', 'backprop', user, commands, 'en');
    expect(result).toEqual({
      request: {
        command: 'backprop',
        options: { preset: 'mazur', view: 'backward', lang: 'fa' },
        user,
        locale: 'fa',
      },
    });
    const numbered = slashToRequest('w1=0.15 w2=0.2 steps:3', 'backprop', user, commands, 'en');
    expect(numbered).toMatchObject({ request: { options: { definition: 'w1=0.15 w2=0.2', steps: '3' } } });
  });

  it('takes the lines after the first as the request text, unescaping what Slack escaped', () => {
    const result = slashToRequest('steps:2\nlayers: 2-2-1\nnote: a &lt; b', 'backprop', user, commands, 'fa');
    expect(result).toMatchObject({
      request: { options: { steps: '2' }, text: 'layers: 2-2-1\nnote: a < b', locale: 'fa' },
    });
  });

  it('answers a malformed command line with a private, located user error', () => {
    const result = slashToRequest('preset:mazur preset:xor', 'backprop', user, commands, 'en');
    expect(result).toMatchObject({ reply: { kind: 'user-error', visibility: 'private' } });
  });

  it('unescapes exactly Slack’s three entities', () => {
    expect(unescapeSlack('a &lt;b&gt; &amp;lt;')).toBe('a <b> &lt;');
  });
});

describe('Slack configuration', () => {
  it('is off without a bot token, Socket Mode with an app token, HTTP with a signing secret', () => {
    expect(slackConfigFromEnv({})).toBeUndefined();
    expect(slackConfigFromEnv({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' })!.mode).toBe('socket');
    const http = slackConfigFromEnv({
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_SIGNING_SECRET: 's',
      SLACK_API_URL: 'http://127.0.0.1:1/api',
    })!;
    expect(http.mode).toBe('http');
    expect(http.apiUrl).toBe('http://127.0.0.1:1/api/');
    expect(() => slackConfigFromEnv({ SLACK_BOT_TOKEN: 'xoxb-1' })).toThrow(/SLACK_SIGNING_SECRET/);
    expect(() => slackConfigFromEnv({ SLACK_BOT_TOKEN: 'xoxp-user', SLACK_SIGNING_SECRET: 's' })).toThrow(
      /xoxb/,
    );
  });

  it('names the slash commands, avoiding Slack’s reserved /help, and lets SLACK_COMMANDS rename them', () => {
    expect(slashNames(['backprop', 'help', 'explain'], undefined)).toEqual({
      backprop: '/backprop',
      help: '/backprop-help',
      explain: '/explain',
    });
    expect(slashNames(['backprop', 'explain'], 'backprop=/bp, explain=nn-explain, unknown=/x')).toEqual({
      backprop: '/bp',
      explain: '/nn-explain',
    });
  });
});
