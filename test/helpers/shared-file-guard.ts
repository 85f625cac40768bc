// Run before each file of the "shared" project (vitest.config.ts), whose files share a worker and its modules: a
// file that leaves process.env changed would change the files after it, so it fails, named, and the variables
// are put back for the next file. Such a file belongs in ISOLATED_THERE.
import { afterAll } from 'vitest';

const before = { ...process.env };
/** Set by libraries as they load, once per worker: sharp's libvips sets VIPSHOME. */
const SET_BY_LIBRARIES = new Set(['VIPSHOME']);

// Registered before the file's own hooks, so it runs after them (Vitest runs afterAll hooks last-in, first-out).
afterAll(() => {
  const keys = new Set([...Object.keys(before), ...Object.keys(process.env)]);
  const changed = [...keys].filter(
    (key) => !key.startsWith('VITEST') && !SET_BY_LIBRARIES.has(key) && process.env[key] !== before[key],
  );
  for (const key of changed) {
    if (before[key] === undefined) delete process.env[key];
    else process.env[key] = before[key];
  }
  if (changed.length > 0)
    throw new Error(
      `this file left process.env ${changed.join(', ')} changed: restore them in afterAll, or list the file in ISOLATED_THERE (vitest.config.ts)`,
    );
});
