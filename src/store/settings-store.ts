// A place's defaults (/settings) over Kysely: one row per server or workspace, the same SQL on PGlite and PostgreSQL.
import type { Kysely, Selectable } from 'kysely';
import type { Database, PlaceSettingsTable } from './schema.js';
import type { PlaceSettings, Store } from './types.js';

function toSettings(row: Selectable<PlaceSettingsTable> | undefined): PlaceSettings {
  if (!row) return {};
  return {
    ...(row.lang !== null ? { lang: row.lang } : {}),
    ...(row.notation !== null ? { notation: row.notation } : {}),
    ...(row.decimals !== null ? { decimals: Number(row.decimals) } : {}),
    ...(row.theme !== null ? { theme: row.theme } : {}),
  };
}

export function settingsQueries(db: Kysely<Database>): Pick<Store, 'placeSettings' | 'savePlaceSettings'> {
  return {
    async placeSettings(place) {
      return toSettings(
        await db.selectFrom('place_settings').selectAll().where('place', '=', place).executeTakeFirst(),
      );
    },

    async savePlaceSettings(place, settings, updatedBy) {
      const values = {
        lang: settings.lang ?? null,
        notation: settings.notation ?? null,
        decimals: settings.decimals ?? null,
        theme: settings.theme ?? null,
      };
      if (Object.values(values).every((value) => value === null)) {
        await db.deleteFrom('place_settings').where('place', '=', place).execute();
        return {};
      }
      const row = await db
        .insertInto('place_settings')
        .values({ place, ...values, updated_by: updatedBy })
        .onConflict((oc) =>
          oc.column('place').doUpdateSet({ ...values, updated_by: updatedBy, updated_at: new Date() }),
        )
        .returningAll()
        .executeTakeFirst();
      return toSettings(row);
    },
  };
}
