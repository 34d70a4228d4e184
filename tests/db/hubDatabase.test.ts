import { afterAll, describe, expect, it } from "vitest";
import { startHub } from "../../server/startHub";
import { freePort } from "../hub/hubHelpers";
import { engines, freshDatabase } from "./testDatabase";

async function health(url: string): Promise<unknown> {
  return (await fetch(`${url}/api/classe/health`)).json();
}

describe.each(engines)("a hub with the class season on %s", (engine) => {
  const drops: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const drop of drops) await drop();
  });

  it("migrates at start, says its engine on the health endpoint, and exposes the database to feature hubs", async () => {
    const fresh = await freshDatabase(engine);
    drops.push(fresh.drop);
    const where =
      "databaseUrl" in fresh.where ? { url: fresh.where.databaseUrl } : { file: fresh.where.databaseFile };
    const first = await startHub({ host: "127.0.0.1", database: where, log: () => {} });
    // A second node on the same database: the migrations already ran, nothing breaks.
    const second = await startHub({ host: "127.0.0.1", database: where, log: () => {} });
    try {
      expect(await health(first.url)).toEqual({ ok: true, engine: "memory", db: engine });
      expect(await health(second.url)).toEqual({ ok: true, engine: "memory", db: engine });
      const tables = await first.database?.use((db) => db.selectFrom("classes").select("id").execute());
      expect(tables).toEqual([]);
    } finally {
      await first.close();
      await second.close();
    }
  });
});

describe("a hub whose database is down", () => {
  it("still starts and serves, and says db: down", async () => {
    const port = await freePort();
    const logged: string[] = [];
    const hub = await startHub({
      host: "127.0.0.1",
      database: { url: `postgres://postgres@127.0.0.1:${port}/nothing` },
      log: (line) => logged.push(line),
    });
    try {
      expect(await health(hub.url)).toEqual({ ok: true, engine: "memory", db: "down" });
      expect(logged.join("\n")).toMatch(/database down at start/);
      await expect(hub.database?.use(async () => "never")).rejects.toThrow();
    } finally {
      await hub.close();
    }
  });
});
