// Runs the CLI in this process through `main(argv)`, as the bin does, with stdin given and stdout/stderr captured.
import { Readable } from 'node:stream';
import { vi } from 'vitest';
import { main } from '../../../src/platforms/cli/main.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** `run` is the CLI's main: the sources' by default, or the built one (`(await import('dist/cli.js')).main`). */
export async function cli(
  args: string[],
  input?: string,
  run: (argv: string[]) => Promise<number> = main,
): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const out = vi
    .spyOn(process.stdout, 'write')
    .mockImplementation((chunk) => ((stdout += String(chunk)), true));
  const err = vi
    .spyOn(process.stderr, 'write')
    .mockImplementation((chunk) => ((stderr += String(chunk)), true));
  const stdin = Object.getOwnPropertyDescriptor(process, 'stdin')!;
  Object.defineProperty(process, 'stdin', {
    configurable: true,
    value: Readable.from(input === undefined ? [] : [Buffer.from(input)]),
  });
  try {
    const code = await run(args);
    return { code, stdout, stderr };
  } finally {
    Object.defineProperty(process, 'stdin', stdin);
    out.mockRestore();
    err.mockRestore();
  }
}
