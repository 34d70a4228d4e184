import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import SQLite from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect, sql } from "kysely";
import pg from "pg";
import { migrateToLatest } from "./migrations/index";
import type { Database } from "./schema";

export type DatabaseEngine = "sqlite" | "postgres";

/** The opened class-season database, shared by every feature of the hub (season, défi, slots…). */
export interface SeasonDatabase {
  db: Kysely<Database>;
  engine: DatabaseEngine;
  /** Runs the migrations not yet run (at start; idempotent). */
  migrate(): Promise<string[]>;
  /** True when a trivial query answers within `timeoutMs`. */
  ping(timeoutMs?: number): Promise<boolean>;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** PostgreSQL connection string; SQLite when omitted. */
  url?: string;
  /** SQLite file (default `data/usine.db` at the repository root), or `:memory:`. */
  file?: string;
  /** PostgreSQL pool size (10). */
  poolSize?: number;
  /** How long a query waits for a free PostgreSQL connection before failing (3 s). */
  connectTimeoutMs?: number;
}

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
export const defaultDatabaseFile = join(repoRoot, "data/usine.db");

/** Opens SQLite (a file under `data/`) or PostgreSQL (`url`), without migrating yet. */
export function openDatabase(options: OpenDatabaseOptions = {}): SeasonDatabase {
  if (options.url) return openPostgres(options.url, options.poolSize ?? 10, options.connectTimeoutMs ?? 3000);
  return openSqlite(options.file ?? defaultDatabaseFile);
}

function openSqlite(file: string): SeasonDatabase {
  if (file !== ":memory:") mkdirSync(dirname(file), { recursive: true });
  const connection = new SQLite(file);
  connection.pragma("journal_mode = WAL");
  connection.pragma("foreign_keys = ON");
  connection.pragma("busy_timeout = 5000");
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: connection }) });
  return handle(db, "sqlite");
}

function openPostgres(url: string, max: number, connectTimeoutMs: number): SeasonDatabase {
  const pool = new pg.Pool({ connectionString: url, max, connectionTimeoutMillis: connectTimeoutMs });
  // A database that goes away must not crash the hub: the live class goes on without the season.
  pool.on("error", () => {});
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return handle(db, "postgres");
}

function handle(db: Kysely<Database>, engine: DatabaseEngine): SeasonDatabase {
  let closed = false;
  return {
    db,
    engine,
    migrate: () => migrateToLatest(db as unknown as Kysely<unknown>),
    async ping(timeoutMs = 1500) {
      if (closed) return false;
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), timeoutMs);
      });
      const query = sql`select 1 as one`.execute(db).then(
        () => true,
        () => false,
      );
      const answer = await Promise.race([query, timeout]);
      clearTimeout(timer);
      return answer;
    },
    async close() {
      if (closed) return;
      closed = true;
      await db.destroy();
    },
  };
}
