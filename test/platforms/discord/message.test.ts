import { describe, expect, it } from 'vitest';
import { backpropInteractions } from '../../../commands/interactions/backprop.js';
import {
  declaredButtons,
  MAX_ATTACHMENTS,
  toDiscordMessage,
} from '../../../src/platforms/discord/message.js';

const png = (n: number) => ({
  name: `image-${n}.png`,
  png: new Uint8Array([0x89, 0x50, 0x4e, 0x47, n]),
  alt: `figure ${n}`,
});

describe('toDiscordMessage', () => {
  it('sends text, PNGs with alt text and files, mentioning nobody', () => {
    const { body, files } = toDiscordMessage(
      { text: '**Loss** 0.2984', images: [png(1)], files: [{ name: 'walkthrough.md', content: '# Steps' }] },
      'en',
    );
    expect(body.content).toBe('**Loss** 0.2984');
    expect(body.allowed_mentions).toEqual({ parse: [] });
    expect(files.map((f) => [f.name, f.contentType])).toEqual([
      ['image-1.png', 'image/png'],
      ['walkthrough.md', 'text/markdown; charset=utf-8'],
    ]);
    expect(body.attachments).toEqual([
      { id: 0, filename: 'image-1.png', description: 'figure 1' },
      { id: 1, filename: 'walkthrough.md' },
    ]);
    expect(body.flags).toBeUndefined();
  });

  it('keeps content within 2000 characters, cutting at a line and attaching the whole text', () => {
    const lines = Array.from({ length: 200 }, (_, i) => `w${i} = 0.${String(i).padStart(4, '0')}123`);
    const text = lines.join('\n');
    const { body, files } = toDiscordMessage({ text }, 'en');
    expect(body.content.length).toBeLessThanOrEqual(2000);
    for (const line of body.content.split('\n').slice(0, -2)) if (line) expect(lines).toContain(line);
    expect(files.find((f) => f.name === 'reply.md')!.data.toString('utf8')).toBe(text);
  });

  it('sends at most ten attachments and marks ephemeral messages', () => {
    const { body, files } = toDiscordMessage(
      { text: 'x', images: Array.from({ length: 12 }, (_, i) => png(i)) },
      'en',
      {
        ephemeral: true,
      },
    );
    expect(files).toHaveLength(MAX_ATTACHMENTS);
    expect(body.flags).toBe(64);
  });

  it('labels the buttons in Persian for a Persian reply and disables the current view', () => {
    const state = { network: 'preset:mazur', view: 'update' };
    const [row] = declaredButtons('backprop', backpropInteractions.buttons!, state, 'fa', true) as {
      components: { label: string; disabled: boolean; custom_id: string }[];
    }[];
    expect(row!.components).toHaveLength(5);
    expect(row!.components[0]!.label).toMatch(/[\u0600-\u06FF]/);
    expect(row!.components.find((c) => c.custom_id === 'b:backprop:update:@')!.disabled).toBe(true);
  });
});
