// What commands may ask of the database (Deps.store): exercises, their students and every submitted attempt.

/** What varies from one student's network to the next. */
export const VARIABLE_PARTS = ['weights', 'inputs', 'targets', 'lr'] as const;
export type VariablePart = (typeof VARIABLE_PARTS)[number];

/** At most this many exercises per server or workspace, and students per exercise (stated in errors). */
export const MAX_EXERCISES_PER_PLACE = 200;
export const MAX_STUDENTS_PER_EXERCISE = 1000;

export interface NewExercise {
  place: string;
  name: string;
  /** The template network as spec JSON. */
  template: unknown;
  vary: VariablePart[];
  dueAt?: Date;
  attemptsAllowed: number;
  showAnswers: boolean;
  createdBy: string;
}

export interface Exercise extends Required<Omit<NewExercise, 'dueAt'>> {
  id: number;
  dueAt?: Date;
  closed: boolean;
  createdAt: Date;
}

export interface ExerciseSummary {
  name: string;
  closed: boolean;
  dueAt?: Date;
  students: number;
  submitted: number;
}

export interface Student {
  userId: string;
  userName?: string;
  startedAt: Date;
}

export interface Submission {
  userId: string;
  attempt: number;
  score: number;
  verdicts: unknown;
  misconceptions: string[];
  solution: string;
  submittedAt: Date;
}

export interface NewSubmission {
  exerciseId: number;
  userId: string;
  userName?: string;
  score: number;
  verdicts: unknown;
  misconceptions: string[];
  solution: string;
}

export type CreateResult = { created: Exercise } | { refused: 'exists' | 'limit' };
export type EnrolResult = 'enrolled' | 'already' | 'limit';
export type SubmitResult = { stored: Submission } | { refused: 'no-attempts-left' | 'limit' };

/** A place's defaults for every command (/settings); a field left out is the bot's own default. */
export interface PlaceSettings {
  lang?: string;
  notation?: string;
  decimals?: number;
  theme?: string;
}

export interface Store {
  /** `pglite` (embedded, in DATA_DIR) or `postgres` (DATABASE_URL). */
  readonly kind: 'pglite' | 'postgres';
  createExercise(exercise: NewExercise): Promise<CreateResult>;
  findExercise(place: string, name: string): Promise<Exercise | undefined>;
  /** The places (servers, workspaces, `playground`, `cli`) that have an exercise of this name. */
  placesOf(name: string): Promise<string[]>;
  listExercises(place: string): Promise<ExerciseSummary[]>;
  setClosed(exerciseId: number, closed: boolean): Promise<void>;
  deleteExercise(exerciseId: number): Promise<void>;
  /** Records that a student has started (or submitted to) an exercise. */
  enrol(exerciseId: number, userId: string, userName?: string): Promise<EnrolResult>;
  students(exerciseId: number): Promise<Student[]>;
  /** Stores an attempt in one transaction, numbering it and refusing one past the attempts allowed. */
  submit(submission: NewSubmission, attemptsAllowed: number): Promise<SubmitResult>;
  submissions(exerciseId: number, userId?: string): Promise<Submission[]>;
  /** Takes one token from a shared bucket: 0 when granted, else milliseconds to wait. */
  takeToken(key: string, burst: number, perMinute: number, now: number): Promise<number>;
  /** Puts back a token taken by takeToken (a second limit refused the same request). */
  returnToken(key: string, burst: number): Promise<void>;
  /** The defaults a TA set for a place (empty when none). */
  placeSettings(place: string): Promise<PlaceSettings>;
  /** Replaces a place's defaults (an empty record removes them) and returns what is stored. */
  savePlaceSettings(place: string, settings: PlaceSettings, updatedBy: string): Promise<PlaceSettings>;
  /**
   * Deletes at most `limit` buckets whose key starts with `prefix` and that were last touched before `before`
   * (ms since the epoch): the oldest first. Returns how many went.
   */
  pruneRateBuckets(prefix: string, before: number, limit: number): Promise<number>;
  close(): Promise<void>;
}
