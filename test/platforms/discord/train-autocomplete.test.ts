// /train's autocomplete end to end: signed type-4 interactions into the shared server, as Discord sends them
// while a user types an option; the answer (type 8) lists at most 25 choices.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDiscordHarness, type DiscordHarness } from './harness.js';

let harness: DiscordHarness;

beforeAll(async () => {
  harness = await startDiscordHarness({ RATE_LIMIT_USER_BURST: '1000', RATE_LIMIT_CHANNEL_BURST: '1000' });
});

afterAll(async () => {
  await harness?.close();
});

/** An autocomplete interaction for /train with `focused` being typed and the other options already set. */
function typing(
  focused: { name: string; value: string },
  others: { name: string; type: number; value: unknown }[] = [],
) {
  const payload = JSON.parse(
    readFileSync(new URL('./fixtures/autocomplete-preset.json', import.meta.url), 'utf8'),
  ) as Record<string, unknown>;
  payload.data = {
    id: '1180000000000000507',
    name: 'train',
    type: 1,
    options: [...others, { name: focused.name, type: 3, value: focused.value, focused: true }],
  };
  return payload;
}

async function choicesFor(...args: Parameters<typeof typing>): Promise<string[]> {
  const { status, json } = await harness.post(typing(...args));
  expect(status).toBe(200);
  const result = json as { type: number; data: { choices: { name: string; value: string }[] } };
  expect(result.type).toBe(8);
  expect(result.data.choices.length).toBeLessThanOrEqual(25);
  for (const choice of result.data.choices) expect(choice.name).toBe(choice.value);
  return result.data.choices.map((c) => c.value);
}

describe('/train autocomplete on Discord', () => {
  it('suggests only presets that have a data set to train on', async () => {
    expect(await choicesFor({ name: 'preset', value: '' })).toEqual([
      'and',
      'blobs-3class',
      'line',
      'moons',
      'or',
      'xor',
    ]);
    expect(await choicesFor({ name: 'preset', value: 'X' })).toEqual(['xor']);
    // mazur has no data: /train would refuse it, so it is not offered
    expect(await choicesFor({ name: 'preset', value: 'ma' })).toEqual([]);
  });

  it('completes an optimizer, and the last of a comma-separated list to compare', async () => {
    expect(await choicesFor({ name: 'optimizer', value: 'ad' })).toEqual(['adam', 'adamw']);
    expect(await choicesFor({ name: 'optimizer', value: '' })).toEqual([
      'sgd',
      'momentum',
      'nesterov',
      'adam',
      'adamw',
      'rmsprop',
    ]);
    expect(await choicesFor({ name: 'optimizer', value: 'sgd,mo' })).toEqual(['sgd,momentum']);
    expect(await choicesFor({ name: 'optimizer', value: 'sgd, momentum,' })).toEqual([
      'sgd,momentum,nesterov',
      'sgd,momentum,adam',
      'sgd,momentum,adamw',
      'sgd,momentum,rmsprop',
    ]);
  });

  it('completes the batch while other options are already set', async () => {
    const others = [
      { name: 'preset', type: 3, value: 'xor' },
      { name: 'epochs', type: 4, value: 100 },
    ];
    expect(await choicesFor({ name: 'batch', value: 'o' }, others)).toEqual(['online']);
    expect(await choicesFor({ name: 'batch', value: '' }, others)).toEqual(['full', 'online', '2', '4', '8']);
  });

  it('answers nonsense and over-long input with no choices, never an error', async () => {
    expect(await choicesFor({ name: 'preset', value: 'zzz' })).toEqual([]);
    expect(await choicesFor({ name: 'optimizer', value: 'x'.repeat(200) })).toEqual([]);
    expect(await choicesFor({ name: 'lr', value: '0.1' })).toEqual([]);
  });
});
