import { describe, expect, it } from 'vitest';
import { localeWritten, parseCommandLine } from '../../src/dispatch/command-line.js';

const options: Record<string, string[]> = {
  backprop: ['definition', 'preset', 'view', 'steps'],
  explain: ['topic', 'lang'],
  ping: ['lang'],
};
const first: Record<string, string> = { backprop: 'definition', explain: 'topic' };
const parse = (line: string) =>
  parseCommandLine(
    line,
    (c) => options[c],
    (c) => first[c],
  );

describe('parseCommandLine', () => {
  it('reads name:value options after the command', () => {
    expect(parse('/backprop preset:mazur view:all')).toEqual({
      ok: true,
      value: { command: 'backprop', options: { preset: 'mazur', view: 'all' } },
    });
  });

  it('accepts the command without its slash and in any case', () => {
    expect(parse('BackProp preset:mazur')).toMatchObject({ ok: true, value: { command: 'backprop' } });
  });

  it('keeps quoted values with spaces together', () => {
    expect(parse('/backprop definition:"w1=0.15 w2=0.2" steps:3')).toEqual({
      ok: true,
      value: { command: 'backprop', options: { definition: 'w1=0.15 w2=0.2', steps: '3' } },
    });
  });

  it('fills the first option with bare words', () => {
    expect(parse('/explain xavier lang:fa')).toEqual({
      ok: true,
      value: { command: 'explain', options: { topic: 'xavier', lang: 'fa' } },
    });
  });

  it('treats name:value tokens that are not options as words of the definition, brackets and all', () => {
    const result = parse('/backprop layers:2-2-1 W1:[[0.1, 0.2], [0.3, 0.4]] input:0.3,0.9 view:forward');
    expect(result).toEqual({
      ok: true,
      value: {
        command: 'backprop',
        options: { definition: 'layers:2-2-1 W1:[[0.1, 0.2], [0.3, 0.4]] input:0.3,0.9', view: 'forward' },
      },
    });
  });

  it('takes the lines after the first as the message body', () => {
    const result = parse('/backprop steps:10\nlayers: 2-2-2\nlearning rate: 0.5\n');
    expect(result).toEqual({
      ok: true,
      value: { command: 'backprop', options: { steps: '10' }, text: 'layers: 2-2-2\nlearning rate: 0.5' },
    });
  });

  it('keeps a newline inside quotes in the option', () => {
    expect(parse('/backprop definition:"a: 1\nb: 2"')).toMatchObject({
      ok: true,
      value: { options: { definition: 'a: 1\nb: 2' } },
    });
  });

  it('reports an option given twice', () => {
    const result = parse('/backprop steps:1 steps:2');
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error[0]).toMatchObject({
        id: 'commands.option_duplicate',
        location: { field: 'steps' },
      });
  });

  it('reports words a command without a first option cannot take', () => {
    const result = parse('/ping hello');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error[0]?.id).toBe('commands.unexpected_words');
  });

  it('asks for a command when the line has none', () => {
    for (const line of ['', '   ', '0.15 0.2', '"quoted"']) {
      const result = parse(line);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error[0]?.id).toBe('commands.no_command');
    }
  });

  it('leaves an unknown command for the dispatcher to answer, with the language it asked for', () => {
    expect(parse('/bakprop preset:mazur lang:fa')).toEqual({
      ok: true,
      value: { command: 'bakprop', options: { lang: 'fa' } },
    });
  });

  it('names a mistyped option as an option, with its column, when it is no key of the network', () => {
    const networkKeys = new Set(['layers', 'w1', 'lr']);
    const result = parseCommandLine(
      '/backprop presett:mazur lr:0.1',
      (c) => options[c],
      (c) => first[c],
      (name) => networkKeys.has(name),
    );
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error).toEqual([
        expect.objectContaining({
          id: 'commands.unknown_option',
          params: { command: 'backprop', option: 'presett:', suggestion: 'preset:' },
          location: { line: 1, column: 11, excerpt: 'presett:mazur' },
        }),
      ]);
  });

  it('keeps a network key that looks like an option in the definition', () => {
    const result = parseCommandLine(
      '/backprop steps:3 step:4',
      (c) => options[c],
      (c) => first[c],
      (name) => name === 'step',
    );
    expect(result).toEqual({
      ok: true,
      value: { command: 'backprop', options: { steps: '3', definition: 'step:4' } },
    });
  });

  it('finds the language written on a line it could not parse', () => {
    expect(localeWritten('/backprop steps:1 steps:2 lang:fa')).toBe('fa');
    expect(localeWritten('/backprop lang:"en"')).toBe('en');
    expect(localeWritten('/backprop slang:fa')).toBeUndefined();
  });
});
