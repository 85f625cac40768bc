// The TA's report: the distribution of best scores, the class's most frequent misconceptions with the lines that
// showed them, who has not submitted, and <name>-grades.csv.
import type { Reply, ReplyImage } from '../dispatch/types.js';
import type { PlotRequest } from '../render/types.js';
import { hasMessage, t } from '../text/i18n.js';
import type { Submission } from '../store/types.js';
import { existingExercise, requireTa, type ExerciseContext } from './context.js';
import { gradeRows, gradesCsv, type GradeRow } from './grades.js';

/** Ten bins of ten percentage points; 100 % falls in the last. */
export function scoreBins(scores: number[]): number[] {
  const bins = Array.from({ length: 10 }, () => 0);
  for (const score of scores) bins[Math.min(9, Math.floor(score * 10))]! += 1;
  return bins;
}

export interface MisconceptionCount {
  id: string;
  students: number;
  /** One line that showed it, as the student wrote it. */
  example: string;
}

/** Misconceptions by the number of students who showed them in any attempt, most frequent first. */
export function classMisconceptions(submissions: Submission[]): MisconceptionCount[] {
  const students = new Map<string, Set<string>>();
  const examples = new Map<string, string>();
  for (const submission of submissions) {
    for (const id of submission.misconceptions) {
      students.set(id, (students.get(id) ?? new Set()).add(submission.userId));
      if (!examples.has(id)) {
        const rows = submission.verdicts as { line: number; text?: string; diagnosis?: string }[];
        const row = rows.find((r) => r.diagnosis === id);
        if (row) examples.set(id, `${row.line}: ${(row.text ?? '').trim().slice(0, 80)}`);
      }
    }
  }
  return [...students.entries()]
    .map(([id, who]) => ({ id, students: who.size, example: examples.get(id) ?? '' }))
    .sort((a, b) => b.students - a.students || a.id.localeCompare(b.id));
}

const percent = (x: number) => Math.round(x * 100);

/** A count axis from 0 with whole-number ticks (d3 picks steps of 1 from 5 up; below that it would show 0.5). */
const countRange = (counts: number[]): [number, number] => [0, Math.max(5, ...counts)];

/** A mistake's short name in the TA's words for a chart label; its id where none is catalogued. */
export function mistakeLabel(locale: ExerciseContext['locale'], id: string): string {
  const key = `check.report.mistake.${id}`;
  return hasMessage(key) ? t(locale, key) : id;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function scoresChart(rows: GradeRow[], context: ExerciseContext): PlotRequest {
  const bins = scoreBins(rows.flatMap((row) => (row.bestScore === undefined ? [] : [row.bestScore])));
  return {
    kind: 'plot',
    chart: 'bar',
    title: t(context.locale, 'exercise.chart_scores_title'),
    xLabel: t(context.locale, 'exercise.chart_scores_x'),
    yLabel: t(context.locale, 'exercise.chart_students'),
    categories: bins.map((_, i) => `${i * 10}–${i * 10 + 10}`),
    series: [{ label: t(context.locale, 'exercise.chart_students'), x: bins.map((_, i) => i), y: bins }],
    yRange: countRange(bins),
    locale: context.locale,
  };
}

function misconceptionsChart(counts: MisconceptionCount[], context: ExerciseContext): PlotRequest {
  // Six bars leave each short name room to be read.
  const shown = counts.slice(0, 6);
  return {
    kind: 'plot',
    chart: 'bar',
    title: t(context.locale, 'exercise.chart_misconceptions_title'),
    xLabel: t(context.locale, 'exercise.chart_misconceptions_x'),
    yLabel: t(context.locale, 'exercise.chart_students'),
    categories: shown.map((c) => mistakeLabel(context.locale, c.id)),
    series: [
      {
        label: t(context.locale, 'exercise.chart_students'),
        x: shown.map((_, i) => i),
        y: shown.map((c) => c.students),
      },
    ],
    yRange: countRange(shown.map((c) => c.students)),
    locale: context.locale,
  };
}

export async function exerciseReport(context: ExerciseContext): Promise<Reply> {
  requireTa(context);
  const exercise = await existingExercise(context);
  const [students, submissions] = await Promise.all([
    context.store.students(exercise.id),
    context.store.submissions(exercise.id),
  ]);
  const rows = gradeRows(students, submissions);
  const submitted = rows.filter((row) => row.attempts > 0);
  const best = submitted.map((row) => row.bestScore ?? 0);
  const counts = classMisconceptions(submissions);
  const missing = rows.filter((row) => row.attempts === 0).map((row) => row.userName ?? row.userId);
  const { locale } = context;
  const lines = [
    t(locale, 'exercise.report_title', {
      name: exercise.name,
      submitted: submitted.length,
      students: rows.length,
      attempts: submissions.length,
    }),
  ];
  if (best.length > 0)
    lines.push(
      t(locale, 'exercise.report_scores', {
        mean: percent(best.reduce((a, b) => a + b, 0) / best.length),
        median: percent(median(best)),
        min: percent(Math.min(...best)),
        max: percent(Math.max(...best)),
      }),
    );
  lines.push('', t(locale, 'exercise.report_misconceptions'));
  if (counts.length === 0) lines.push(t(locale, 'exercise.report_no_misconceptions'));
  for (const count of counts.slice(0, 5))
    lines.push(
      t(locale, 'exercise.report_misconception_row', {
        id: count.id,
        students: count.students,
        text: t(locale, `check.mistake.${count.id}`),
        example: count.example,
      }),
    );
  lines.push(
    '',
    missing.length === 0
      ? t(locale, 'exercise.report_none_missing')
      : t(locale, 'exercise.report_missing', {
          count: missing.length,
          names: missing.slice(0, 40).join(', '),
        }),
  );
  const file = `${exercise.name}-grades.csv`;
  lines.push('', t(locale, 'exercise.report_files', { file }));
  const images: ReplyImage[] = [];
  for (const [name, request] of [
    ['scores.png', scoresChart(rows, context)],
    ...(counts.length > 0 ? [['misconceptions.png', misconceptionsChart(counts, context)] as const] : []),
  ] as const) {
    const image = await context.deps.render.render({ ...request, theme: 'light' });
    images.push({ name, png: image.png, alt: image.alt });
  }
  return {
    text: lines.join('\n'),
    images,
    files: [{ name: file, content: gradesCsv(rows) }],
    visibility: 'private',
    kind: 'ok',
  };
}
