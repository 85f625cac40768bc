// The registry of commands/, loaded on first use (keeps the dispatcher testable with fake commands, and cycle-free).
import type { Command } from './define-command.js';

let loaded: Promise<readonly Command[]> | undefined;

export function registeredCommands(): Promise<readonly Command[]> {
  loaded ??= import('../../commands/index.js').then((module) => module.commands);
  return loaded;
}
