// The container runs the bot as `npm start` does: same node flags (the main thread's young generation, README
// "Start-up and memory"), so what the benches measure is what is deployed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (file: string) => readFileSync(new URL(`../${file}`, import.meta.url), 'utf8');

describe('the start command', () => {
  it('is the same in package.json and the Dockerfile', () => {
    const start = (JSON.parse(read('package.json')) as { scripts: { start: string } }).scripts.start;
    const cmd = /^CMD (\[.*\])$/m.exec(read('Dockerfile'))?.[1];
    expect(cmd).toBeDefined();
    expect((JSON.parse(cmd!) as string[]).join(' ')).toBe(start);
    expect(start).toMatch(/^node (--[\w-]+(=\S+)? )*dist\/main\.js$/);
  });
});
