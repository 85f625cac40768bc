// Versioned migrations, applied in order at start (Kysely's Migrator records them in kysely_migration).
// Never edit a landed migration: add the next one.
import { sql, type Kysely } from 'kysely';
import type { Migration, MigrationProvider } from 'kysely/migration';

export const migrations: Record<string, Migration> = {
  '001-exercises': {
    async up(db: Kysely<unknown>) {
      await sql`
        create table exercises (
          id serial primary key,
          place text not null,
          name text not null,
          template jsonb not null,
          vary jsonb not null,
          due_at timestamptz,
          attempts_allowed integer not null,
          show_answers boolean not null,
          closed boolean not null default false,
          created_by text not null,
          created_at timestamptz not null default now(),
          unique (place, name)
        )`.execute(db);
      await sql`
        create table students (
          exercise_id integer not null references exercises (id) on delete cascade,
          user_id text not null,
          user_name text,
          started_at timestamptz not null default now(),
          primary key (exercise_id, user_id)
        )`.execute(db);
      await sql`
        create table submissions (
          id serial primary key,
          exercise_id integer not null references exercises (id) on delete cascade,
          user_id text not null,
          attempt integer not null,
          score double precision not null,
          verdicts jsonb not null,
          misconceptions jsonb not null,
          solution text not null,
          submitted_at timestamptz not null default now(),
          unique (exercise_id, user_id, attempt)
        )`.execute(db);
    },
  },
  '002-rate-buckets': {
    async up(db: Kysely<unknown>) {
      // Shared token buckets, so several bot instances behind one load balancer count together.
      await sql`
        create table rate_buckets (
          key text primary key,
          tokens double precision not null,
          updated_at bigint not null
        )`.execute(db);
    },
  },
  '003-place-settings': {
    async up(db: Kysely<unknown>) {
      // A server's or workspace's defaults (/settings): a column left null is the bot's own default.
      await sql`
        create table place_settings (
          place text primary key,
          lang text,
          notation text,
          decimals integer,
          theme text,
          updated_by text not null,
          updated_at timestamptz not null default now()
        )`.execute(db);
    },
  },
  '004-rate-bucket-age': {
    async up(db: Kysely<unknown>) {
      // Pruning finds idle buckets by age without reading the whole table.
      await sql`create index rate_buckets_updated_at on rate_buckets (updated_at)`.execute(db);
    },
  },
};

/** The migrations above, in name order, for Kysely's Migrator. */
export function migrationProvider(upTo?: string): MigrationProvider {
  return {
    async getMigrations() {
      const names = Object.keys(migrations)
        .sort()
        .filter((name) => upTo === undefined || name <= upTo);
      return Object.fromEntries(names.map((name) => [name, migrations[name]!]));
    },
  };
}

export const LATEST_MIGRATION = Object.keys(migrations).sort().at(-1)!;
