// A whole exercise for a TA's records: every student's own network and every attempt (JSON), or the grades CSV.
import { toNetworkSpec, type NetworkSpec } from '../core/index.js';
import type { Exercise, Store } from '../store/types.js';
import { networkOf } from './attempt.js';
import { gradeRows, gradesCsv } from './grades.js';

export interface ExportedAttempt {
  attempt: number;
  /** Points over recognised statements, 0–1. */
  score: number;
  /** ISO 8601, UTC. */
  submittedAt: string;
  verdicts: unknown;
  misconceptions: string[];
  solution: string;
}

export interface ExportedStudent {
  user: string;
  name?: string;
  startedAt: string;
  /** The student's own network as spec JSON (SPEC-FORMAT.md): `/backprop definition:` reads it back. */
  network: NetworkSpec;
  attempts: ExportedAttempt[];
}

export interface ExerciseExport {
  name: string;
  place: string;
  vary: string[];
  attemptsAllowed: number;
  dueAt?: string;
  closed: boolean;
  template: unknown;
  students: ExportedStudent[];
}

export async function exportExercise(store: Store, exercise: Exercise): Promise<ExerciseExport> {
  const [students, submissions] = await Promise.all([
    store.students(exercise.id),
    store.submissions(exercise.id),
  ]);
  return {
    name: exercise.name,
    place: exercise.place,
    vary: exercise.vary,
    attemptsAllowed: exercise.attemptsAllowed,
    ...(exercise.dueAt ? { dueAt: exercise.dueAt.toISOString() } : {}),
    closed: exercise.closed,
    template: exercise.template,
    students: students.map((student) => ({
      user: student.userId,
      ...(student.userName ? { name: student.userName } : {}),
      startedAt: student.startedAt.toISOString(),
      network: toNetworkSpec(networkOf(exercise, student.userId)),
      attempts: submissions
        .filter((submission) => submission.userId === student.userId)
        .map((submission) => ({
          attempt: submission.attempt,
          score: submission.score,
          submittedAt: submission.submittedAt.toISOString(),
          verdicts: submission.verdicts,
          misconceptions: submission.misconceptions,
          solution: submission.solution,
        })),
    })),
  };
}

/** The same CSV as the report's `<name>-grades.csv`. */
export async function exportGradesCsv(store: Store, exercise: Exercise): Promise<string> {
  const [students, submissions] = await Promise.all([
    store.students(exercise.id),
    store.submissions(exercise.id),
  ]);
  return gradesCsv(gradeRows(students, submissions));
}
