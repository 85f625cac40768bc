// Where the project's files are, found the same way from the TypeScript sources (tsx, tests) and from the
// built JavaScript in dist/ (one directory shallower or deeper does not matter): the folder of package.json.
import { accessSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function exists(path: string): boolean {
  try {
    accessSync(path);
    return true;
  } catch {
    return false;
  }
}

function findProjectRoot(start: string): string {
  for (let directory = start; ; directory = dirname(directory)) {
    if (exists(join(directory, 'package.json')) && exists(join(directory, 'assets'))) return directory;
    if (dirname(directory) === directory)
      throw new Error(`no project root (package.json, assets/) above ${start}`);
  }
}

/** The project's root: the folder holding package.json and assets/. */
export const PROJECT_ROOT = findProjectRoot(dirname(fileURLToPath(import.meta.url)));

/** A path inside the project, e.g. `projectPath('assets', 'presets')`. */
export function projectPath(...parts: string[]): string {
  return join(PROJECT_ROOT, ...parts);
}

/** True when this code runs from the built JavaScript (dist/), false from the TypeScript sources. */
export const RUNNING_BUILT = !import.meta.url.endsWith('.ts');
