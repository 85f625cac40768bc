import { describe, expect, it } from 'vitest';
import explain from '../../commands/explain.js';
import { optionInfos, toDiscordCommand } from '../../src/dispatch/define-command.js';
import { dispatch } from '../../src/dispatch/dispatcher.js';
import { runCommandLine } from '../../src/dispatch/run-command-line.js';
import type { Deps, Request } from '../../src/dispatch/types.js';
import { lessonTopics } from '../../src/lessons/index.js';
import { createRenderer } from '../../src/render/index.js';
import type { FigureRequest } from '../../src/render/types.js';
import { DISCORD_MESSAGE_LIMIT } from '../../src/text/limits.js';
import { fakeDeps } from '../dispatch/fakes.js';
import { withoutDirectionMarks } from '../../src/text/bidi.js';

const commands = [explain];
const request = (options: Request['options'], extra: Partial<Request> = {}): Request => ({
  command: 'explain',
  options,
  user: { id: 'student' },
  locale: 'en',
  ...extra,
});
const line = (text: string, deps: Deps = fakeDeps(), locale: 'en' | 'fa' = 'en') =>
  runCommandLine(text, { locale }, deps, { commands });

describe('/explain', () => {
  it('answers /explain xavier fan_in:256 fan_out:128 with the user’s numbers, the figure and the derivations', async () => {
    const rendered: FigureRequest[] = [];
    const reply = await line('/explain xavier fan_in:256 fan_out:128', fakeDeps(rendered));
    expect(reply.kind).toBe('ok');
    expect(reply.text).toContain('**Xavier (Glorot) initialisation**');
    expect(reply.text).toContain('std = √(2/384) = 0.0722');
    expect(reply.text.length).toBeLessThanOrEqual(DISCORD_MESSAGE_LIMIT);
    expect(reply.images?.map((i) => i.name)).toEqual(['xavier.png', 'xavier-formulas.png']);
    expect(reply.files?.[0]?.name).toBe('xavier.en.md');
    expect(reply.files?.[0]?.content).toContain('## Where 2/(n_in + n_out) comes from');
    expect(rendered).toEqual([
      expect.objectContaining({ kind: 'panels', theme: 'dark', locale: 'en' }),
      expect.objectContaining({
        kind: 'formulas',
        theme: 'dark',
        formulas: expect.arrayContaining([expect.stringContaining('\\sqrt{2/384} = 0.0722')]),
      }),
    ]);
  });

  it('takes aliases, lang:fa and theme:light', async () => {
    const rendered: FigureRequest[] = [];
    const reply = await dispatch(
      request({ topic: 'glorot', lang: 'fa', theme: 'light' }),
      fakeDeps(rendered),
      { commands },
    );
    expect(reply.kind).toBe('ok');
    expect(withoutDirectionMarks(reply.text)).toContain('مقداردهی اولیهٔ Xavier');
    expect(reply.files?.[0]?.name).toBe('xavier.fa.md');
    expect(rendered[0]).toMatchObject({ locale: 'fa', theme: 'light' });
  });

  it('answers /explain dying-relu lr:1.5 with the dead units of that step', async () => {
    const reply = await line('/explain dying-relu lr:1.5');
    expect(reply.text).toMatch(/Your η = 1\.5: one gradient step .* killed `\d+` of 64 hidden units/);
  });

  it('answers a misspelled topic with “did you mean” and the list', async () => {
    const reply = await line('/explain xavir');
    expect(reply.kind).toBe('user-error');
    expect(reply.text).toContain('Did you mean `xavier`?');
    expect(reply.text).toContain('`obd`');
    const fa = await line('/explain xavir lang:fa');
    expect(withoutDirectionMarks(fa.text)).toContain('منظورتان `xavier` بود؟');
  });

  it('asks for a topic when none is given', async () => {
    const reply = await line('/explain');
    expect(reply.kind).toBe('user-error');
    expect(reply.text).toContain('Which topic?');
  });

  it('rejects numbers out of the lesson’s range, located by option, in the user’s language', async () => {
    const reply = await line('/explain he fan_in:0');
    expect(reply.kind).toBe('user-error');
    expect(reply.text).toContain('fan_in');
    const fa = await line('/explain xavier fan_in:2.5 lang:fa');
    expect(fa.kind).toBe('user-error');
    expect(fa.text).toContain('fan_in');
    const foreign = await line('/explain xavier lr:0.1');
    expect(foreign.text).toContain('has no parameter `lr`');
  });

  it('still teaches when the figure cannot be drawn, and logs why', async () => {
    const deps = fakeDeps();
    deps.render = {
      async render() {
        throw new Error('canvas exploded');
      },
    };
    const reply = await dispatch(request({ topic: 'obd' }), deps, { commands });
    expect(reply.kind).toBe('ok');
    expect(reply.images).toEqual([]);
    expect(reply.text).toContain('The figure could not be drawn this time');
    expect(deps.log.entries[0]).toMatchObject({ level: 'warn' });
  });

  it('answers every topic in both languages within one Discord message, with the real renderer', async () => {
    const deps = { ...fakeDeps(), render: createRenderer() };
    for (const topic of lessonTopics()) {
      for (const lang of ['en', 'fa']) {
        const reply = await dispatch(request({ topic: topic.id, lang }), deps, { commands });
        expect(reply.kind, `${topic.id} ${lang}: ${reply.text}`).toBe('ok');
        expect(reply.text.length).toBeLessThanOrEqual(DISCORD_MESSAGE_LIMIT);
        // The figure, and the key formulas typeset when the lesson lists them.
        expect(reply.images).toHaveLength(topic.lessons.en.meta.formulas.length > 0 ? 2 : 1);
      }
    }
  });

  it('declares an option for every lesson parameter, within Discord’s limits', () => {
    const names = optionInfos(explain).map((info) => info.name);
    const parameters = new Set(lessonTopics().flatMap((t) => Object.keys(t.lessons.en.meta.parameters)));
    for (const parameter of parameters) expect(names).toContain(parameter);
    const discord = toDiscordCommand(explain);
    expect(discord.options.length).toBeLessThanOrEqual(25);
    for (const option of discord.options) expect(option.description).not.toBe(option.name);
    expect(explain.suggest?.topic?.('glo', 'en')).toEqual(['xavier']);
  });
});

describe('/help explain', () => {
  it('states each lesson’s own parameter range, from the same front matter that checks it (#15 item 14)', async () => {
    const { parameterHelp } = await import('../../commands/explain.js');
    const { lessonTopics } = await import('../../src/lessons/index.js');
    const help = parameterHelp('lr', lessonTopics()).en;
    // each lesson that takes it, with its own range where it is narrower than the option's 0.0001…100
    expect(help).toMatch(/^Learning rate η: /);
    expect(help).toContain('backprop 0.0001…10,');
    expect(help).toMatch(/dying-relu[,.]/);
    expect(help).toContain('adam 0.001…0.5');
    const refused = await line('/explain backprop lr:50');
    expect(refused.kind).toBe('user-error');
    expect(withoutDirectionMarks(refused.text)).toContain('10');
  });
});
