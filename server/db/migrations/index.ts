import type { Kysely } from "kysely";
import { type Migration, type MigrationProvider, Migrator } from "kysely/migration";
import * as season from "./001_season";
import * as slots from "./002_slots";
import * as faq from "./003_faq";

/**
 * Every migration, in order, by name. A feature adds its own file (`002_…`) and a line here; a
 * migration once landed is never edited (databases in schools already ran it).
 */
export const migrations: Record<string, Migration> = {
  "001_season": season,
  "002_slots": slots,
  "003_faq": faq,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

/** Brings the database to the latest migration; running it again does nothing. */
export async function migrateToLatest(db: Kysely<unknown>): Promise<string[]> {
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? [])
    .filter((result) => result.status === "Success")
    .map((result) => result.migrationName);
}
