// One row per student from the stored attempts: best score, attempts, last submission, misconceptions.
import type { Student, Submission } from '../store/types.js';

export interface GradeRow {
  userId: string;
  userName?: string;
  bestScore?: number;
  attempts: number;
  lastSubmission?: Date;
  /** Misconceptions of the latest attempt. */
  misconceptions: string[];
}

export function gradeRows(students: Student[], submissions: Submission[]): GradeRow[] {
  const byUser = new Map<string, Submission[]>();
  for (const submission of submissions) {
    const list = byUser.get(submission.userId) ?? [];
    list.push(submission);
    byUser.set(submission.userId, list);
  }
  return students.map((student) => {
    const attempts = (byUser.get(student.userId) ?? []).sort((a, b) => a.attempt - b.attempt);
    const last = attempts.at(-1);
    const row: GradeRow = {
      userId: student.userId,
      attempts: attempts.length,
      misconceptions: last?.misconceptions ?? [],
    };
    if (student.userName) row.userName = student.userName;
    if (last) {
      row.bestScore = Math.max(...attempts.map((a) => a.score));
      row.lastSubmission = last.submittedAt;
    }
    return row;
  });
}

/** A spreadsheet cell: quoted when needed, and never read as a formula (=, +, -, @ at the start). */
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function gradesCsv(rows: GradeRow[]): string {
  const header = 'user,name,best_score,attempts,last_submission,misconceptions';
  const lines = rows.map((row) =>
    [
      row.userId,
      row.userName ?? '',
      row.bestScore === undefined ? '' : row.bestScore.toFixed(4),
      String(row.attempts),
      row.lastSubmission?.toISOString() ?? '',
      row.misconceptions.join(' '),
    ]
      .map(csvCell)
      .join(','),
  );
  return `${[header, ...lines].join('\r\n')}\r\n`;
}
