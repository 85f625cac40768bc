// The Store over Kysely: the same queries on PGlite and on a PostgreSQL server.
import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database, ExercisesTable, SubmissionsTable } from './schema.js';
import { settingsQueries } from './settings-store.js';
import {
  MAX_EXERCISES_PER_PLACE,
  MAX_STUDENTS_PER_EXERCISE,
  type Exercise,
  type NewExercise,
  type Store,
  type Submission,
  type VariablePart,
} from './types.js';

/** jsonb comes back parsed from both drivers; a string (a driver without the parser) is parsed here. */
function json<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

function toExercise(row: Selectable<ExercisesTable>): Exercise {
  return {
    id: row.id,
    place: row.place,
    name: row.name,
    template: json(row.template),
    vary: json<VariablePart[]>(row.vary),
    ...(row.due_at ? { dueAt: new Date(row.due_at) } : {}),
    attemptsAllowed: row.attempts_allowed,
    showAnswers: row.show_answers,
    closed: row.closed,
    createdBy: row.created_by,
    createdAt: new Date(row.created_at),
  };
}

function toSubmission(row: Selectable<SubmissionsTable>): Submission {
  return {
    userId: row.user_id,
    attempt: row.attempt,
    score: row.score,
    verdicts: json(row.verdicts),
    misconceptions: json<string[]>(row.misconceptions),
    solution: row.solution,
    submittedAt: new Date(row.submitted_at),
  };
}

/** PostgreSQL's unique-violation code. */
const UNIQUE_VIOLATION = '23505';

export function createStore(db: Kysely<Database>, kind: Store['kind'], onClose: () => Promise<void>): Store {
  const count = async (query: Promise<{ n: string | number | bigint } | undefined>) =>
    Number((await query)?.n ?? 0);

  return {
    kind,

    async createExercise(exercise: NewExercise) {
      return db.transaction().execute(async (trx) => {
        // Serialises creations in one place so two TAs cannot both pass the limit.
        await sql`select pg_advisory_xact_lock(hashtext(${exercise.place}))`.execute(trx);
        const existing = await count(
          trx
            .selectFrom('exercises')
            .select((eb) => eb.fn.countAll().as('n'))
            .where('place', '=', exercise.place)
            .executeTakeFirst(),
        );
        if (existing >= MAX_EXERCISES_PER_PLACE) return { refused: 'limit' as const };
        try {
          const row = await trx
            .insertInto('exercises')
            .values({
              place: exercise.place,
              name: exercise.name,
              template: JSON.stringify(exercise.template),
              vary: JSON.stringify(exercise.vary),
              due_at: exercise.dueAt ?? null,
              attempts_allowed: exercise.attemptsAllowed,
              show_answers: exercise.showAnswers,
              created_by: exercise.createdBy,
            })
            .onConflict((oc) => oc.columns(['place', 'name']).doNothing())
            .returningAll()
            .executeTakeFirst();
          return row ? { created: toExercise(row) } : { refused: 'exists' as const };
        } catch (error) {
          if ((error as { code?: string }).code === UNIQUE_VIOLATION) return { refused: 'exists' as const };
          throw error;
        }
      });
    },

    async findExercise(place, name) {
      const row = await db
        .selectFrom('exercises')
        .selectAll()
        .where('place', '=', place)
        .where('name', '=', name)
        .executeTakeFirst();
      return row ? toExercise(row) : undefined;
    },

    async placesOf(name) {
      const rows = await db
        .selectFrom('exercises')
        .select('place')
        .where('name', '=', name)
        .orderBy('place')
        .execute();
      return rows.map((row) => row.place);
    },

    async listExercises(place) {
      const rows = await db
        .selectFrom('exercises as e')
        .select((eb) => [
          'e.name',
          'e.closed',
          'e.due_at',
          eb
            .selectFrom('students as s')
            .select((inner) => inner.fn.countAll().as('n'))
            .whereRef('s.exercise_id', '=', 'e.id')
            .as('students'),
          eb
            .selectFrom('submissions as b')
            .select(sql<number>`count(distinct b.user_id)`.as('n'))
            .whereRef('b.exercise_id', '=', 'e.id')
            .as('submitted'),
        ])
        .where('e.place', '=', place)
        .orderBy('e.created_at')
        .orderBy('e.id')
        .execute();
      return rows.map((row) => ({
        name: row.name,
        closed: row.closed,
        ...(row.due_at ? { dueAt: new Date(row.due_at) } : {}),
        students: Number(row.students ?? 0),
        submitted: Number(row.submitted ?? 0),
      }));
    },

    async setClosed(exerciseId, closed) {
      await db.updateTable('exercises').set({ closed }).where('id', '=', exerciseId).execute();
    },

    async deleteExercise(exerciseId) {
      // Students and submissions go with it (on delete cascade).
      await db.deleteFrom('exercises').where('id', '=', exerciseId).execute();
    },

    async enrol(exerciseId, userId, userName) {
      return db.transaction().execute(async (trx) => {
        await sql`select pg_advisory_xact_lock(${exerciseId})`.execute(trx);
        const known = await trx
          .selectFrom('students')
          .select('user_id')
          .where('exercise_id', '=', exerciseId)
          .where('user_id', '=', userId)
          .executeTakeFirst();
        if (known) {
          if (userName)
            await trx
              .updateTable('students')
              .set({ user_name: userName })
              .where('exercise_id', '=', exerciseId)
              .where('user_id', '=', userId)
              .execute();
          return 'already' as const;
        }
        const enrolled = await count(
          trx
            .selectFrom('students')
            .select((eb) => eb.fn.countAll().as('n'))
            .where('exercise_id', '=', exerciseId)
            .executeTakeFirst(),
        );
        if (enrolled >= MAX_STUDENTS_PER_EXERCISE) return 'limit' as const;
        await trx
          .insertInto('students')
          .values({ exercise_id: exerciseId, user_id: userId, user_name: userName ?? null })
          .execute();
        return 'enrolled' as const;
      });
    },

    async students(exerciseId) {
      const rows = await db
        .selectFrom('students')
        .selectAll()
        .where('exercise_id', '=', exerciseId)
        .orderBy('started_at')
        .orderBy('user_id')
        .execute();
      return rows.map((row) => ({
        userId: row.user_id,
        ...(row.user_name ? { userName: row.user_name } : {}),
        startedAt: new Date(row.started_at),
      }));
    },

    async submit(submission, attemptsAllowed) {
      return db.transaction().execute(async (trx) => {
        // One student's attempts are numbered one at a time, whichever instance receives them.
        await sql`select pg_advisory_xact_lock(${submission.exerciseId}, hashtext(${submission.userId}))`.execute(
          trx,
        );
        const made = await count(
          trx
            .selectFrom('submissions')
            .select((eb) => eb.fn.countAll().as('n'))
            .where('exercise_id', '=', submission.exerciseId)
            .where('user_id', '=', submission.userId)
            .executeTakeFirst(),
        );
        if (made >= attemptsAllowed) return { refused: 'no-attempts-left' as const };
        const row = await trx
          .insertInto('submissions')
          .values({
            exercise_id: submission.exerciseId,
            user_id: submission.userId,
            attempt: made + 1,
            score: submission.score,
            verdicts: JSON.stringify(submission.verdicts),
            misconceptions: JSON.stringify(submission.misconceptions),
            solution: submission.solution,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        return { stored: toSubmission(row) };
      });
    },

    async submissions(exerciseId, userId) {
      let query = db.selectFrom('submissions').selectAll().where('exercise_id', '=', exerciseId);
      if (userId !== undefined) query = query.where('user_id', '=', userId);
      const rows = await query.orderBy('user_id').orderBy('attempt').execute();
      return rows.map(toSubmission);
    },

    async takeToken(key, burst, perMinute, now) {
      if (burst <= 0) return 0;
      return db.transaction().execute(async (trx) => {
        await trx
          .insertInto('rate_buckets')
          .values({ key, tokens: burst, updated_at: now })
          .onConflict((oc) => oc.column('key').doNothing())
          .execute();
        const bucket = await trx
          .selectFrom('rate_buckets')
          .select(['tokens', 'updated_at'])
          .where('key', '=', key)
          .forUpdate()
          .executeTakeFirstOrThrow();
        const elapsed = Math.max(0, now - Number(bucket.updated_at));
        const tokens = Math.min(burst, bucket.tokens + (elapsed * perMinute) / 60_000);
        const granted = tokens >= 1;
        await trx
          .updateTable('rate_buckets')
          .set({ tokens: granted ? tokens - 1 : tokens, updated_at: now })
          .where('key', '=', key)
          .execute();
        if (granted) return 0;
        if (perMinute <= 0) return Number.POSITIVE_INFINITY;
        return Math.ceil(((1 - tokens) * 60_000) / perMinute);
      });
    },

    async returnToken(key, burst) {
      await db
        .updateTable('rate_buckets')
        .set({ tokens: sql<number>`least(${burst}, tokens + 1)` })
        .where('key', '=', key)
        .execute();
    },

    ...settingsQueries(db),

    async pruneRateBuckets(prefix, before, limit) {
      // The oldest `limit` rows by the updated_at index, so one call's work is bounded whatever the table holds.
      const pattern = `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      const deleted = await db
        .deleteFrom('rate_buckets')
        .where(
          'key',
          'in',
          db
            .selectFrom('rate_buckets')
            .select('key')
            .where('updated_at', '<', before)
            .where('key', 'like', pattern)
            .orderBy('updated_at')
            .limit(limit),
        )
        .executeTakeFirst();
      return Number(deleted.numDeletedRows);
    },

    close: onClose,
  };
}
