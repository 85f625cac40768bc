// The lessons' figure data is cached, but a value the user chooses (a learning rate) must not grow the cache forever.
import { describe, expect, it } from 'vitest';
import {
  cachedFigureData,
  deadReluFraction,
  notesNetTrace,
  USER_VALUE_CACHE_SIZE,
} from '../../src/lessons/figure-data.js';

describe('the figure-data cache', () => {
  it('holds at most USER_VALUE_CACHE_SIZE results keyed by user values, the most recent ones', () => {
    const rates = Array.from({ length: 3 * USER_VALUE_CACHE_SIZE }, (_, k) => 0.001 * (k + 1));
    for (const rate of rates) {
      deadReluFraction(rate);
      notesNetTrace(rate);
    }
    expect(cachedFigureData().byUserValue).toBe(USER_VALUE_CACHE_SIZE);
    // the most recent value is still cached: the same object comes back
    const last = rates.at(-1)!;
    expect(notesNetTrace(last)).toBe(notesNetTrace(last));
  });

  it('gives the same result for a value computed again after it was evicted', () => {
    const first = deadReluFraction(0.5);
    for (let k = 0; k < 2 * USER_VALUE_CACHE_SIZE; k++) deadReluFraction(1 + k);
    expect(deadReluFraction(0.5)).toBe(first);
  });
});
