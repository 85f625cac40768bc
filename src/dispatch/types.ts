// The platform-neutral contract of DESIGN.md: adapters build Requests, commands return Replies.
import type { Renderer } from '../render/types.js';
import type { PlaceDefaults } from '../settings/place-defaults.js';
import type { Store } from '../store/types.js';

export type Locale = 'en' | 'fa';

export interface Request {
  command: string;
  options: Record<string, string | number | boolean>;
  /** A modal's or message's body, or an attached file. */
  text?: string;
  user: {
    id: string;
    name?: string;
    /** Set by the adapter from the platform's permissions (see README "Running an exercise"); absent: a student. */
    role?: 'ta' | 'student';
  };
  locale: Locale;
  /** The request id every log line of this command carries (set where it arrives; see src/request-context.ts). */
  id?: string;
  /** The Discord server, Slack workspace, `playground` or `cli`: exercises belong to one place. */
  place?: string;
  /** The place's defaults (/settings), looked up where the database is and sent along (workers have none). */
  defaults?: PlaceDefaults;
  /** Set only by /exercise on the main thread: grade this solution on a worker (src/exercises/grade.ts). */
  grade?: GradeOrder;
}

/** An exercise's student network, as a worker needs it to grade one solution (no database there). */
export interface GradeOrder {
  template: unknown;
  vary: string[];
  place: string;
  name: string;
  showAnswers: boolean;
}

/** A graded solution: what is stored, and the /check report the student reads. */
export interface Graded {
  score: number;
  verdicts: unknown[];
  misconceptions: string[];
  reportText: string;
  reportFull: string;
  complete: boolean;
}

export interface ReplyImage {
  name: string;
  png: Uint8Array;
  alt: string;
}

export interface Reply {
  /** Chat markdown; adapters convert it (Slack mrkdwn). */
  text: string;
  images?: ReplyImage[];
  /** Long walkthroughs, JSON. */
  files?: { name: string; content: string }[];
  visibility?: 'public' | 'private';
  kind?: 'ok' | 'user-error';
  /** Set when an unexpected error was answered politely: the id under which it was logged. */
  reference?: string;
  /** Steps (on a data set, epochs) the reply trained: a "train more" button continues from there. */
  trained?: number;
  /** The order of w1, w2, … a reply read by convention did not take (nothing settled it): an "Other reading" button re-runs with it. */
  otherNumbering?: 'destination-first' | 'source-first';
  /** How a page's "MSE" a reply read by convention could be read instead (/check's `mse:`): a button re-checks with it. */
  otherMse?: 'half-sum' | 'mean';
  /** A worker's grading of a GradeOrder, for /exercise on the main thread to store (never shown as is). */
  graded?: Graded;
}

export interface Logger {
  info(obj: object | string, msg?: string): void;
  warn(obj: object | string, msg?: string): void;
  error(obj: object | string, msg?: string): void;
}

/** Limits a command keeps to (from the configuration). */
export interface Limits {
  /** A command taking longer is stopped and answered "that took too long". */
  commandTimeLimitMs: number;
}

/**
 * Every piece of I/O a command may use; built in one place, `createDeps` (src/compose.ts), for the server,
 * the workers, the shards and the CLI. Tests pass fakes typed `satisfies Deps`.
 */
export interface Deps {
  render: Renderer;
  /** Uniform in [0, 1); seeded in tests. */
  random: () => number;
  log: Logger;
  limits: Limits;
  /** The database (src/store): absent where no command needs it (a worker thread, a plain test). */
  store?: Store;
  /**
   * Runs a request on the worker pool: given to a command that runs here for the store, so its CPU work (grading)
   * leaves the main thread free for acknowledgements. Absent without a pool (the CLI, tests): run it in place.
   */
  offload?: (request: Request) => Promise<Reply>;
  /**
   * Where a place's defaults (/settings) come from when the database is in another process (a Discord shard asks
   * its manager); absent: from `store` (src/settings/defaults-cache.ts), or none.
   */
  placeDefaults?: (place: string) => Promise<PlaceDefaults>;
}
