import { describe, expect, it } from 'vitest';
import { findTopic, listLessonTopics, normaliseTopicName, suggestTopics } from '../../src/lessons/index.js';
import { describeError } from '../../src/text/i18n.js';

describe('findTopic', () => {
  it('finds topics by id and alias, whatever the case, spaces or underscores', () => {
    expect(findTopic('xavier')).toEqual({ ok: true, value: 'xavier' });
    expect(findTopic('Glorot')).toEqual({ ok: true, value: 'xavier' });
    expect(findTopic('kaiming')).toEqual({ ok: true, value: 'he' });
    expect(findTopic('cross entropy')).toEqual({ ok: true, value: 'mse-vs-ce' });
    expect(findTopic('BCE')).toEqual({ ok: true, value: 'mse-vs-ce' });
    expect(findTopic('dying_relu')).toEqual({ ok: true, value: 'dying-relu' });
    expect(findTopic('Optimal Brain Damage')).toEqual({ ok: true, value: 'obd' });
    expect(findTopic('chain rule')).toEqual({ ok: true, value: 'backprop' });
    expect(findTopic('magnitude')).toEqual({ ok: true, value: 'pruning' });
    expect(findTopic('symmetry')).toEqual({ ok: true, value: 'zero-init' });
  });

  it('finds a topic by its title in either language', () => {
    expect(findTopic('گرادیان محوشونده')).toEqual({ ok: true, value: 'vanishing-gradient' });
    expect(findTopic('  the  vanishing gradient ')).toEqual({ ok: true, value: 'vanishing-gradient' });
    expect(findTopic('Sigmoid vs ReLU')).toEqual({ ok: true, value: 'sigmoid-vs-relu' });
  });

  it('answers a misspelling with “did you mean” and the list, in both languages', () => {
    const found = findTopic('xavir');
    expect(found.ok).toBe(false);
    if (found.ok) return;
    const [error] = found.error;
    expect(error).toMatchObject({
      id: 'lessons.unknown_topic',
      params: { suggestion: 'xavier' },
      location: { field: 'topic' },
    });
    const en = describeError(error!, 'en');
    expect(en).toContain('Did you mean `xavier`?');
    for (const topic of listLessonTopics()) expect(en).toContain(`\`${topic.id}\``);
    expect(describeError(error!, 'fa')).toContain('منظورتان `xavier` بود؟');
  });

  it('suggests for typos of aliases and for prefixes, and nothing for an unrelated word', () => {
    const suggestion = (query: string) => {
      const found = findTopic(query);
      return found.ok ? undefined : found.error[0]!.params?.suggestion;
    };
    expect(suggestion('kaimig')).toBe('kaiming');
    expect(suggestion('prun')).toBe('pruning');
    expect(suggestion('dying-rellu')).toBe('dying-relu');
    expect(suggestion('photosynthesis')).toBeUndefined();
  });

  it('asks for a topic when none is given', () => {
    const found = findTopic('  ');
    expect(found.ok ? undefined : found.error[0]!.id).toBe('lessons.no_topic');
  });
});

describe('normaliseTopicName', () => {
  it('lower-cases and joins words with hyphens', () => {
    expect(normaliseTopicName('  /Zero  Init ')).toBe('zero-init');
  });
});

describe('suggestTopics (autocomplete)', () => {
  it('offers every topic for an empty prefix and at most 25', () => {
    expect(suggestTopics('')).toHaveLength(listLessonTopics().length);
    expect(suggestTopics('', 5)).toHaveLength(5);
  });

  it('matches ids, aliases and titles in both languages', () => {
    expect(suggestTopics('xav')).toEqual(['xavier']);
    expect(suggestTopics('glo')).toEqual(['xavier']);
    expect(suggestTopics('relu')).toEqual(['sigmoid-vs-relu', 'dying-relu']);
    expect(suggestTopics('گرادیان محو')).toEqual(['vanishing-gradient']);
  });
});

describe('listLessonTopics', () => {
  it('gives id, aliases and both titles', () => {
    const xavier = listLessonTopics().find((t) => t.id === 'xavier');
    expect(xavier).toEqual({
      id: 'xavier',
      aliases: ['glorot'],
      title: { en: 'Xavier (Glorot) initialisation', fa: 'مقداردهی اولیهٔ Xavier (گلورو)' },
    });
  });
});
