// Issue #17: the worst inputs of every user-facing command (/backprop, /check and its modal, /train, /explain,
// /help), in both languages, through the real dispatcher and the playground's command line, each answered. A
// Persian reply once hung for ever on a run of underscores: a regex backtracked. Step counts cannot see a regex
// backtrack, so the first test runs a ReDoS checker over every regex in src/ and commands/; the others prove
// each command answers and that the text layers every reply passes through stay linear.
import { ESLint } from 'eslint';
import regexp from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { MAX_ANSWERS_LENGTH } from '../../src/check/check-answers.js';
import { dispatch } from '../../src/dispatch/dispatcher.js';
import { parseLine, runCommandLine } from '../../src/dispatch/run-command-line.js';
import { registeredCommands } from '../../src/dispatch/registry.js';
import type { Locale, Request } from '../../src/dispatch/types.js';
import { markdownToMrkdwn } from '../../src/platforms/slack/mrkdwn.js';
import { layOutPersianMarkdown, withoutIsolates } from '../../src/text/bidi.js';
import { expectLinearSteps } from '../helpers/linear-steps.js';
import { repeated, WORST_CASE_LENGTH, type WorstCase } from '../helpers/step-count.js';
import { chatRequest, fakeDeps } from './fakes.js';

const PAGE = 'Here is the network we use in class today.\n';
const LOCALES: Locale[] = ['en', 'fa'];

/** Runs of each character that some pattern treats specially, and the shapes that once backtracked. */
const WORST: WorstCase[] = [
  ...['_', '*', '~', '`', ' ', '\t', '\r', '\n', '$', '\\', '(', '[', '{', '|', '#', '-', '.', ',', '1', 'w']
    .concat(['ب', '\u202e', '\u2067', 'Δ'])
    .map((c) => ({ name: `run of ${JSON.stringify(c)}`, make: (n: number) => c.repeat(n) })),
  { name: 'w1: and underscores', make: (n) => repeated('_', n, 'w1: ') },
  { name: 'tuple of 11s', make: (n) => repeated('11,', n, `${PAGE}w1, w2 = `, '11 x') },
  { name: 'unclosed vector', make: (n) => repeated('11,', n, `${PAGE}x = (`, '11 x') },
  { name: 'numbers joined by and', make: (n) => repeated('1', n, `${PAGE}x = 0.5 and `, ' x') },
  { name: 'unclosed \\(', make: (n) => repeated('\\(', n) },
  { name: 'unclosed \\[', make: (n) => repeated('\\[x', n) },
  { name: 'unclosed image', make: (n) => repeated('![', n) },
  { name: 'unclosed link', make: (n) => repeated('[[](', n) },
  { name: '\\hat{y and tabs', make: (n) => repeated('\t', n, '\\hat{y', '0\t{0}') },
  { name: '\\Delta', make: (n) => repeated('\\Delta ', n) },
  { name: 'd/ fractions', make: (n) => repeated('/d/', n, 'd/') },
  { name: 'times ten and tabs', make: (n) => repeated('\t', n, '1*10^', '·') },
  { name: 'E = and tabs', make: (n) => repeated('\t', n, 'E=', '=()^2') },
  { name: 'table rule and tabs', make: (n) => repeated('\t', n, '| ---', ':--') },
  { name: 'heading and tabs', make: (n) => repeated('\t', n, '#\t', 'x') },
  { name: 'bold markers', make: (n) => repeated('**x', n) },
  { name: 'words without spaces', make: (n) => repeated('Aª', n, `${PAGE}`) },
  { name: 'nested brackets', make: (n) => repeated('[', n, 'w1: ') },
  { name: 'digits then letter', make: (n) => repeated('0', n, '', 'x') },
  {
    name: 'data rows at the most epochs',
    make: (n) => repeated('0.5 0.5 -> 1\n', n, 'layers: 2-8-1\nepochs: 100000\ndata:\n'),
  },
  { name: 'header of long words', make: (n) => repeated('x', n, 'data:\n', ' y\n1 2') },
];

/** What each command reads: its free text (definition, modal, topic) and what it needs beside it. */
const COMMANDS: { command: string; options?: Request['options']; before?: string; length: number }[] = [
  { command: 'backprop', length: WORST_CASE_LENGTH },
  // The /check modal's text, after a statement's name so the reader reads on into the worst case.
  { command: 'check', options: { preset: 'mazur' }, before: 'out_h1 = ', length: MAX_ANSWERS_LENGTH },
  { command: 'train', length: WORST_CASE_LENGTH },
  { command: 'explain', length: WORST_CASE_LENGTH },
  { command: 'help', length: WORST_CASE_LENGTH },
];

const expectAnswered = (reply: { text: string; reference?: string }, name: string) => {
  expect(reply.text.length, name).toBeGreaterThan(0);
  // An internal error carries a reference: a worst input must get a real answer or a clear refusal.
  expect(reply.reference, `${name}: ${reply.text.slice(0, 200)}`).toBeUndefined();
};

describe('every regular expression in src/ and commands/', () => {
  it('is free of super-linear backtracking (eslint-plugin-regexp, the ReDoS rules)', async () => {
    const eslint = new ESLint({
      overrideConfigFile: true,
      overrideConfig: [
        {
          files: ['**/*.ts'],
          languageOptions: { parser: tseslint.parser },
          plugins: { regexp },
          rules: {
            'regexp/no-super-linear-backtracking': 'error',
            'regexp/no-super-linear-move': 'error',
          },
        },
      ],
    });
    const results = await eslint.lintFiles(['src/**/*.ts', 'commands/**/*.ts']);
    const found = results.flatMap((r) =>
      r.messages.map((m) => `${r.filePath}:${m.line}:${m.column} ${m.ruleId ?? ''} ${m.message}`),
    );
    expect(results.length).toBeGreaterThan(100);
    expect(found).toEqual([]);
  });
});

describe.each(LOCALES)('worst inputs through dispatch (%s)', (locale) => {
  it.each(COMMANDS.map((c) => [c.command, c] as const))('/%s answers every worst input', async (_, c) => {
    const { command, options = {}, before = '', length } = c;
    for (const { name, make } of WORST) {
      const deps = fakeDeps();
      const text = before + make(length - before.length);
      const reply = await dispatch({ ...chatRequest(command, options, locale), text }, deps);
      expectAnswered(reply, `/${command} ${name}`);
      expect(deps.log.entries.filter((e) => e.level === 'error')).toEqual([]);
    }
  });

  it('/check answers every worst input in its answers option too', async () => {
    for (const { name, make } of WORST) {
      const answers = make(6000);
      const reply = await dispatch(chatRequest('check', { preset: 'mazur', answers }, locale), fakeDeps());
      expectAnswered(reply, `/check answers: ${name}`);
    }
  });

  it('the playground command line answers every worst input for every command', async () => {
    for (const { command } of COMMANDS) {
      for (const { name, make } of WORST) {
        const line = `/${command} ${command === 'check' ? 'preset:mazur ' : ''}${make(WORST_CASE_LENGTH)}`;
        const reply = await runCommandLine(line, { locale }, fakeDeps(), { source: 'playground' });
        expectAnswered(reply, `playground /${command} ${name}`);
      }
    }
  });
});

describe('the text layers every reply and command line passes through are linear in steps', () => {
  it('the command-line parser', async () => {
    const commands = await registeredCommands();
    expectLinearSteps((text) => parseLine(`/backprop ${text}`, commands), WORST, { stepsPerCharacter: 40 });
  });

  it('Persian layout, English isolate removal and Slack mrkdwn', () => {
    for (const layer of [layOutPersianMarkdown, withoutIsolates, markdownToMrkdwn]) {
      expectLinearSteps(layer, WORST, { stepsPerCharacter: 60 });
    }
  });
});
