import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { type DatabaseEngine, openDatabase, type SeasonDatabase } from "../../server/db/openDatabase";

export const engines: readonly DatabaseEngine[] = ["sqlite", "postgres"];

/** A throwaway database: a SQLite file in a temp folder, or a new database on TEST_DATABASE_URL. */
export interface FreshDatabase {
  engine: DatabaseEngine;
  /** What `startHub` takes to open the same database: `{ databaseUrl }` or `{ databaseFile }`. */
  where: { databaseUrl: string } | { databaseFile: string };
  /** Another handle on the same database (as a second hub node would open), not migrated. */
  open(): SeasonDatabase;
  /** Removes the database (and closes nothing: close your handles first). */
  drop(): Promise<void>;
}

function adminUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url)
    throw new Error(
      "TEST_DATABASE_URL is not set: the PostgreSQL tests need a server (`.ci/run` starts one, see .ci/postgres.sh)",
    );
  return url;
}

export async function freshDatabase(engine: DatabaseEngine): Promise<FreshDatabase> {
  if (engine === "sqlite") {
    const folder = mkdtempSync(join(tmpdir(), "usine-db-"));
    const file = join(folder, "usine.db");
    return {
      engine,
      where: { databaseFile: file },
      open: () => openDatabase({ file }),
      drop: async () => rmSync(folder, { recursive: true, force: true }),
    };
  }
  const admin = new URL(adminUrl());
  const name = `usine_test_${randomBytes(6).toString("hex")}`;
  await withAdmin(admin.href, (client) => client.query(`create database ${name}`));
  const url = new URL(admin.href);
  url.pathname = `/${name}`;
  return {
    engine,
    where: { databaseUrl: url.href },
    open: () => openDatabase({ url: url.href, poolSize: 4 }),
    drop: () =>
      withAdmin(admin.href, (client) => client.query(`drop database if exists ${name} with (force)`)),
  };
}

async function withAdmin(url: string, run: (client: pg.Client) => Promise<unknown>): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await run(client);
  } finally {
    await client.end();
  }
}
