// Both platforms sign a Unix timestamp in seconds: one outside ±5 minutes (or not a whole number) is a replay.

/** How far a signed request's timestamp may be from our clock, either way. */
export const SIGNATURE_WINDOW_SECONDS = 5 * 60;

/** True when `timestamp` is whole seconds (digits only) within the window around `nowMs`. */
export function isFreshTimestamp(timestamp: string | undefined, nowMs = Date.now()): boolean {
  if (!timestamp || !/^\d{1,12}$/.test(timestamp)) return false;
  return Math.abs(Number(timestamp) - Math.floor(nowMs / 1000)) <= SIGNATURE_WINDOW_SECONDS;
}

/** A signed body must be a JSON object (not null, a list, a number or a string). */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
