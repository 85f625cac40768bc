// The database's tables as Kysely sees them (the SQL that creates them is in migrations.ts).
import type { ColumnType, Generated } from 'kysely';

/** A timestamp written as a Date and read back as one (node-postgres and PGlite both parse timestamptz). */
type Timestamp = Date;
/** A jsonb column: written as JSON text, read back parsed. */
type Json<T> = ColumnType<T, string, string>;

export interface ExercisesTable {
  id: Generated<number>;
  /** The Discord server, Slack workspace, `playground` or `cli` the exercise belongs to. */
  place: string;
  name: string;
  /** The template network, as spec JSON (SPEC-FORMAT.md). */
  template: Json<unknown>;
  /** What varies per student: a subset of weights, inputs, targets, lr. */
  vary: Json<string[]>;
  due_at: Timestamp | null;
  attempts_allowed: number;
  show_answers: boolean;
  closed: Generated<boolean>;
  created_by: string;
  created_at: Generated<Timestamp>;
}

export interface StudentsTable {
  exercise_id: number;
  user_id: string;
  user_name: string | null;
  started_at: Generated<Timestamp>;
}

export interface SubmissionsTable {
  id: Generated<number>;
  exercise_id: number;
  user_id: string;
  attempt: number;
  /** Points over recognised statements, 0–1. */
  score: number;
  verdicts: Json<unknown>;
  misconceptions: Json<string[]>;
  solution: string;
  submitted_at: Generated<Timestamp>;
}

export interface RateBucketsTable {
  key: string;
  tokens: number;
  /** Milliseconds since the epoch of the last refill. */
  updated_at: ColumnType<number, number, number>;
}

export interface PlaceSettingsTable {
  /** The Discord server, Slack workspace, `playground` or `cli` the defaults apply to. */
  place: string;
  lang: string | null;
  notation: string | null;
  decimals: number | null;
  theme: string | null;
  updated_by: string;
  updated_at: Generated<Timestamp>;
}

export interface Database {
  exercises: ExercisesTable;
  students: StudentsTable;
  submissions: SubmissionsTable;
  rate_buckets: RateBucketsTable;
  place_settings: PlaceSettingsTable;
}
