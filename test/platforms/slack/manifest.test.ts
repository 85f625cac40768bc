// manifest.yml creates the Slack app in one step; it must match what the code answers to.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { commands } from '../../../commands/index.js';
import { RUN_BACKPROP_SHORTCUT, SLACK_EVENTS_PATH } from '../../../src/platforms/slack/app.js';
import { slashNames } from '../../../src/platforms/slack/config.js';

interface Manifest {
  features: {
    slash_commands: { command: string; url: string; description: string; usage_hint: string }[];
    shortcuts: { type: string; callback_id: string }[];
  };
  oauth_config: { scopes: { bot: string[] } };
  settings: { interactivity: { request_url: string }; socket_mode_enabled: boolean };
}

const manifest = parse(readFileSync(new URL('../../../manifest.yml', import.meta.url), 'utf8')) as Manifest;

describe('manifest.yml', () => {
  it('declares every slash command the bot answers to by default, each within Slack’s limits', () => {
    const declared = manifest.features.slash_commands.map((c) => c.command).sort();
    expect(declared).toEqual(
      Object.values(
        slashNames(
          commands.map((c) => c.name),
          undefined,
        ),
      ).sort(),
    );
    for (const command of manifest.features.slash_commands) {
      expect(command.url).toMatch(new RegExp(`${SLACK_EVENTS_PATH}$`));
      expect(command.description.length).toBeLessThanOrEqual(100);
      expect(command.usage_hint.length).toBeLessThanOrEqual(1000);
    }
  });

  it("offers in /train's usage hint the presets /train's Discord autocomplete suggests (Slack has no autocomplete)", () => {
    const hint = manifest.features.slash_commands.find((c) => c.command === '/train')!.usage_hint;
    const train = commands.find((c) => c.name === 'train')!;
    const presets = /\[preset:([^\]]+)\]/.exec(hint)![1]!.split('|');
    expect(presets.sort()).toEqual(train.suggest!.preset!('', 'en'));
    for (const optimizer of /\[optimizer:([^\]]+)\]/.exec(hint)![1]!.split(','))
      expect(train.suggest!.optimizer!('', 'en')).toContain(optimizer);
    expect(hint).toContain('[boundary:strip|ends]');
  });

  it('declares the Run backprop shortcut, interactivity and the scopes the adapter uses', () => {
    expect(manifest.features.shortcuts).toContainEqual(
      expect.objectContaining({ type: 'message', callback_id: RUN_BACKPROP_SHORTCUT }),
    );
    expect(manifest.settings.interactivity.request_url).toMatch(new RegExp(`${SLACK_EVENTS_PATH}$`));
    expect(manifest.oauth_config.scopes.bot).toEqual(
      expect.arrayContaining(['commands', 'chat:write', 'files:write', 'files:read']),
    );
  });
});
