import type { Kysely } from "kysely";
import type { DatabaseEngine, SeasonDatabase } from "./openDatabase";
import type { Database } from "./schema";

/**
 * The hub's link to the class-season database, shared by every feature hub (season, défi, slots):
 * the migrations run at start, and again on the next use if the database was down then. A feature
 * calls `use(db => …)`; when the database is down it rejects, and the feature carries on without
 * it (the live class never waits on the season).
 */
export interface DatabaseLink {
  engine: DatabaseEngine;
  /** Runs `work` on the migrated database; rejects when the database is unreachable. */
  use<T>(work: (db: Kysely<Database>) => Promise<T>): Promise<T>;
  /** `"sqlite"`/`"postgres"` when a query answers now, `"down"` otherwise (for the health endpoint). */
  health(): Promise<DatabaseEngine | "down">;
  /** Runs the migrations now (at start); a failure is logged, not thrown: they run again on next use. */
  start(): Promise<void>;
  close(): Promise<void>;
}

export function linkDatabase(database: SeasonDatabase, log: (line: string) => void = () => {}): DatabaseLink {
  let migrated: Promise<void> | null = null;
  const migrate = () => {
    migrated ??= database.migrate().then(
      (ran) => {
        if (ran.length > 0) log(`database (${database.engine}): migrations ${ran.join(", ")}`);
      },
      (error: unknown) => {
        migrated = null;
        throw error;
      },
    );
    return migrated;
  };
  return {
    engine: database.engine,
    async use(work) {
      await migrate();
      return work(database.db);
    },
    async health() {
      if (!(await database.ping())) return "down";
      try {
        await migrate();
        return database.engine;
      } catch {
        return "down";
      }
    },
    start: () => migrate().catch((error: Error) => log(`database down at start: ${error.message}`)),
    close: () => database.close(),
  };
}
