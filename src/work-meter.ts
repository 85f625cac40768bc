// Parsers report the characters their loops walk, so a test can prove their work linear without timing it.
let walked = 0;

/** Counts `characters` steps of work (one call per loop pass or per piece copied). */
export function walk(characters = 1): void {
  walked += characters;
}

/** Steps counted so far in this thread (test/helpers/step-count.ts reads the difference around a call). */
export function walkedSoFar(): number {
  return walked;
}
