// Issue #17 item 7: the "Run backprop" shortcut sends the bot token only to Slack's file hosts (here: the
// configured SLACK_API_URL stand-in), never to a host a crafted message names.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isSlackFileUrl } from '../../../src/platforms/slack/file-host.js';
import { interactivityBody, startSlackHarness, type SlackHarness } from './harness.js';

let harness: SlackHarness;
let elsewhere: Server;
let elsewhereUrl = '';
const seenElsewhere: IncomingHttpHeaders[] = [];

beforeAll(async () => {
  harness = await startSlackHarness();
  elsewhere = createServer((request, response) => {
    seenElsewhere.push(request.headers);
    response.writeHead(200, { 'content-type': 'text/plain' }).end('preset: mazur');
  });
  await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.1', resolve));
  elsewhereUrl = `http://127.0.0.1:${(elsewhere.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await harness?.close();
  elsewhere.closeAllConnections();
  await new Promise((resolve) => elsewhere.close(resolve));
});

function shortcutWithFile(url: string, id: string) {
  return {
    type: 'message_action',
    callback_id: 'run_backprop',
    trigger_id: '13345224609.738474920.8088930838d88f008e9',
    response_url: harness.standIn.responseUrl(id),
    team: { id: 'T0CLASS', domain: 'nn-class' },
    channel: { id: 'C0CRAFTED', name: 'homework' },
    user: { id: 'U0MALLORY', username: 'mallory', team_id: 'T0CLASS', name: 'mallory' },
    message: {
      type: 'message',
      user: 'U0MALLORY',
      ts: '1764266000.000900',
      text: 'run this',
      files: [
        {
          id: 'F0EVIL',
          name: 'net.txt',
          mimetype: 'text/plain',
          size: 20,
          url_private: url,
          url_private_download: url,
        },
      ],
    },
    token: 'deprecated-verification-token',
    action_ts: '1764266400.000900',
  };
}

describe('Slack file downloads', () => {
  it('never send the bot token to a host the message names', async () => {
    const body = interactivityBody(shortcutWithFile(`${elsewhereUrl}/files-pri/T0/net.txt`, 'crafted'));
    expect((await harness.post(body)).status).toBe(200);
    const [answer] = await harness.standIn.waitFor((c) => c.path === '/response/crafted');
    expect(String(answer!.params.text)).toContain('net.txt');
    expect(seenElsewhere.filter((headers) => headers.authorization !== undefined)).toEqual([]);
    expect(
      harness.standIn.calls.filter((c) => c.api === 'chat.postMessage' && c.params.channel === 'C0CRAFTED'),
    ).toEqual([]);
  });

  it('take only https Slack file hosts and the configured API origin', () => {
    const api = 'http://127.0.0.1:4000/api/';
    expect(isSlackFileUrl('https://files.slack.com/files-pri/T0-F0/q6.txt', api)).toBe(true);
    expect(isSlackFileUrl('http://127.0.0.1:4000/files/q6.txt', api)).toBe(true);
    for (const url of [
      'http://files.slack.com/files-pri/T0-F0/q6.txt',
      'https://files.slack.com.evil.example/q6.txt',
      'https://evil.example/files.slack.com/q6.txt',
      'https://files.slack.com:8443/q6.txt',
      'https://user:pass@files.slack.com/q6.txt',
      'https://slack.com.evil.example/q6.txt',
      'http://127.0.0.1:4001/files/q6.txt',
      'file:///etc/passwd',
      'not a url',
      '',
    ]) {
      expect(isSlackFileUrl(url, api), url).toBe(false);
    }
  });
});
