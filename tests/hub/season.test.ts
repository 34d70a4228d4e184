import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newDefi } from "../../server/newDefi";
import { type RunningHub, startHub } from "../../server/startHub";
import { rankingSchema } from "../../src/protocol/schema";
import { engines, type FreshDatabase, freshDatabase } from "../db/testDatabase";
import { freePort, type TestClient, testClient } from "./hubHelpers";

/**
 * The class season on the hub, on SQLite and on PostgreSQL: a class without account, a live session
 * led with its key, what the database keeps of it (aggregates, never a pupil), the challenges.
 */

const tourId = "decouverte-industries-provence";
const pupilNames = ["Zoé Privée", "Ylan Secret", "Maëlys Cachée"];
const classInfo = { school: "Collège Jean-Moulin", town: "Marseille", level: "4e", label: "4e B" } as const;

describe.each(engines)("the class season on %s", (engine) => {
  let fresh: FreshDatabase;
  let hub: RunningHub;
  const clients: TestClient[] = [];
  let nextAddress = 1;
  const connect = (target = hub, address = `10.7.0.${nextAddress++}`) => {
    const client = testClient(target.url, address);
    clients.push(client);
    return client;
  };
  const where = () =>
    "databaseUrl" in fresh.where ? { url: fresh.where.databaseUrl } : { file: fresh.where.databaseFile };
  const startNode = () =>
    startHub({
      host: "127.0.0.1",
      trustProxy: true,
      database: where(),
      season: { rankingCacheMs: 0 },
      log: () => {},
    });

  beforeAll(async () => {
    fresh = await freshDatabase(engine);
    hub = await startNode();
  });
  afterAll(async () => {
    for (const client of clients) client.close();
    await hub?.close();
    await fresh?.drop();
  });

  async function newClass(client: TestClient, info: Record<string, string> = classInfo) {
    const created = await client.hub.request("season:create", info as typeof classInfo);
    if (!created.ok) throw new Error(created.error);
    return created;
  }

  /** A live session led with the class key: pupils join by name, answer, the teacher walks `steps`. */
  async function leadSession(
    classKey: string,
    classId: string,
    steps: number[],
    answers: number[][],
    target = hub,
  ) {
    const teacher = connect(target);
    const created = await teacher.hub.request("class:create", { tour: tourId, classKey, classId });
    if (!created.ok) throw new Error(created.error);
    expect(created.counted).toBe(true);
    const pupils = [];
    for (const name of pupilNames) {
      const pupil = connect(target, "10.8.0.1");
      const joined = await pupil.hub.request("class:join", { code: created.code, name });
      if (!joined.ok) throw new Error(joined.error);
      pupils.push({ pupil, token: joined.pupil });
    }
    for (const step of steps) {
      expect(
        (await teacher.hub.request("class:goto", { code: created.code, key: created.key, step })).ok,
      ).toBe(true);
      for (const [index, { pupil, token }] of pupils.entries()) {
        const choice = answers[step]?.[index];
        if (choice !== undefined)
          await pupil.hub.request("class:answer", { code: created.code, pupil: token, step, choice });
      }
    }
    const ended = await teacher.hub.request("class:end", { code: created.code, key: created.key });
    if (!ended.ok) throw new Error(ended.error);
    return { ...created, ended, tokens: pupils.map((p) => p.token) };
  }

  it("creates a class, leads a session with its key, and keeps the season: aggregates only", async () => {
    const teacher = connect();
    const { classId, classKey } = await newClass(teacher);
    expect(classId).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{10}$/);

    const empty = await teacher.hub.request("season:get", { classId, classKey });
    expect(empty.ok && empty.season).toMatchObject({ sessions: 0, trades: [], score: 0, class: classInfo });

    // Step 0's right answer is choice 0 (the blast furnace never stops): two of three pupils right.
    const session = await leadSession(classKey, classId, [0, 1, 2], [[0, 0, 1]]);
    expect(session.ended.counted).toBe(true);

    const after = await teacher.hub.request("season:get", { classId, classKey });
    if (!after.ok) throw new Error(after.error);
    expect(after.season.sessions).toBe(1);
    expect(after.season.stops).toBe(3);
    expect(after.season.companies.length).toBeGreaterThanOrEqual(2);
    expect(after.season.sectors).toContain("metallurgie");
    expect(after.season.trades.length).toBeGreaterThan(0);
    expect(after.season.history?.[0]?.rightShare).toBe(67);

    // What the database holds: every row of every table, read back, names nowhere.
    const dump = await hub.database?.use(async (db) => {
      const tables = await db.introspection.getTables();
      const rows: Record<string, unknown[]> = {};
      for (const table of tables)
        rows[table.name] = (await sql`select * from ${sql.table(table.name)}`.execute(db)).rows;
      return rows;
    });
    const text = JSON.stringify(dump);
    expect(Object.keys(dump ?? {})).toEqual(
      expect.arrayContaining(["classes", "sessions", "session_answers"]),
    );
    expect(text).toContain("Jean-Moulin");
    for (const secret of [...pupilNames, ...session.tokens, session.key, classKey, "10.8.0.1", "10.7.0."])
      expect(text, secret).not.toContain(secret);
    // Not even a pupil's choice: the answers table holds counts per question.
    expect(dump?.session_answers).toEqual([expect.objectContaining({ step: 0, correct: 2, total: 3 })]);
  });

  it("refuses bad input with nothing written, and wrong class keys", async () => {
    const teacher = connect();
    const before = await hub.database?.use((db) => db.selectFrom("classes").select("id").execute());
    for (const bad of [
      { ...classInfo, level: "Terminale S" },
      { ...classInfo, school: "x".repeat(200) },
      { ...classInfo, town: "Lyon" }, // not in the region's list, and no département given
      { ...classInfo, label: "<script>" },
      { ...classInfo, pupil: "Zoé" },
    ])
      expect(await teacher.hub.request("season:create", bad as typeof classInfo)).toEqual({
        ok: false,
        error: "bad-payload",
      });
    expect(await hub.database?.use((db) => db.selectFrom("classes").select("id").execute())).toEqual(before);

    // A town outside the list with its département is fine.
    expect(
      (await teacher.hub.request("season:create", { ...classInfo, town: "Le Rove", departement: "13" })).ok,
    ).toBe(true);

    const { classId } = await newClass(teacher);
    const forged = "A".repeat(43);
    expect(await teacher.hub.request("season:get", { classId, classKey: forged })).toEqual({
      ok: false,
      error: "bad-class-key",
    });
    expect(await teacher.hub.request("class:create", { tour: tourId, classKey: forged })).toEqual({
      ok: false,
      error: "bad-class-key",
    });
  });

  it("deletes every row of a class", async () => {
    const teacher = connect();
    const { classId, classKey } = await newClass(teacher);
    await leadSession(classKey, classId, [0], [[0, 1, 0]]);
    expect(await teacher.hub.request("season:delete", { classId, classKey })).toEqual({ ok: true });
    const left = await hub.database?.use(async (db) => {
      const counts: Record<string, number> = {};
      for (const table of [
        "classes",
        "sessions",
        "session_answers",
        "class_trades",
        "class_sectors",
      ] as const)
        counts[table] = (
          await db
            .selectFrom(table)
            .select(sql<number>`1`.as("one"))
            .where((table === "classes" ? "id" : "class_id") as never, "=", classId as never)
            .execute()
        ).length;
      return counts;
    });
    expect(left).toEqual({ classes: 0, sessions: 0, session_answers: 0, class_trades: 0, class_sectors: 0 });
    expect((await teacher.hub.request("season:get", { classId, classKey })).ok).toBe(false);
  });

  it("ranks a challenge's classes, the same on two hub nodes, and lets the organiser hide one", async () => {
    const today = new Date().toISOString().slice(0, 10);
    const defi = await hub.database?.use((db) =>
      newDefi(db, { title: "Défi test", from: "2026-01-01", to: "2099-12-31", tours: [tourId] }),
    );
    if (!defi) throw new Error("no challenge");
    expect(today >= "2026-01-01").toBe(true);
    const second = await startNode();
    try {
      const teacher = connect();
      const a = await newClass(teacher, { ...classInfo, label: "4e A" });
      const b = await newClass(teacher, { ...classInfo, label: "3e B", level: "3e", town: "Toulon" });
      const c = await newClass(teacher, { ...classInfo, label: "5e C", level: "5e" });
      for (const joiner of [a, b]) {
        const joined = await teacher.hub.request("defi:join", { ...joiner, defi: defi.code.toLowerCase() });
        expect(joined).toEqual({ ok: true });
      }
      // a: all right on step 0, completes nothing; b leads on the second node.
      await leadSession(a.classKey, a.classId, [0], [[0, 0, 0]]);
      await leadSession(b.classKey, b.classId, [0], [[1, 1, 1]], second);
      // c leads first, joins late: its session counts.
      await leadSession(c.classKey, c.classId, [0], [[0, 0, 1]]);
      expect((await teacher.hub.request("defi:join", { ...c, defi: defi.code })).ok).toBe(true);

      const read = async (node: RunningHub) =>
        rankingSchema.parse(await (await fetch(`${node.url}/api/defi/${defi.code}/classement`)).json());
      const [one, two] = [await read(hub), await read(second)];
      expect(two).toEqual(one);
      expect(one.defi).toMatchObject({ code: defi.code, title: "Défi test" });
      expect(one.classes.map((row) => [row.label, row.rank])).toEqual([
        ["4e A", 1],
        ["5e C", 2],
        ["3e B", 3],
      ]);
      expect(one.classes.find((row) => row.label === "3e B")?.departement).toBe("83");
      expect(JSON.stringify(one)).not.toMatch(/classId|key/i);

      const organiser = connect();
      const wrong = await organiser.hub.request("defi:hide", {
        defi: defi.code,
        organiserKey: "B".repeat(43),
        classId: c.classId,
        hidden: true,
      });
      expect(wrong).toEqual({ ok: false, error: "bad-key" });
      const admin = await organiser.hub.request("defi:admin", {
        defi: defi.code,
        organiserKey: defi.organiserKey,
      });
      if (!admin.ok) throw new Error(admin.error);
      const cId = admin.ranking.classes.find((row) => row.label === "5e C")?.classId as string;
      expect(
        await organiser.hub.request("defi:hide", {
          defi: defi.code,
          organiserKey: defi.organiserKey,
          classId: cId,
          hidden: true,
        }),
      ).toEqual({ ok: true });
      expect((await read(second)).classes.map((row) => [row.label, row.rank])).toEqual([
        ["4e A", 1],
        ["3e B", 2],
      ]);
      expect((await fetch(`${hub.url}/api/defi/ZZZZZZ/classement`)).status).toBe(404);
      expect((await fetch(`${hub.url}/api/defi/nope/classement`)).status).toBe(400);
    } finally {
      await second.close();
    }
  });
});

describe("the class season with its database down", () => {
  let hub: RunningHub;
  const clients: TestClient[] = [];
  beforeAll(async () => {
    const port = await freePort();
    hub = await startHub({
      host: "127.0.0.1",
      database: { url: `postgres://postgres@127.0.0.1:${port}/nothing` },
      season: { databaseTimeoutMs: 1500 },
      log: () => {},
    });
  });
  afterAll(async () => {
    for (const client of clients) client.close();
    await hub.close();
  });

  it("runs the live class all the same, and says the season will not be counted", async () => {
    const teacher = testClient(hub.url, "10.9.0.1");
    const pupil = testClient(hub.url, "10.9.0.2");
    clients.push(teacher, pupil);
    expect(await (await fetch(`${hub.url}/api/classe/health`)).json()).toMatchObject({ db: "down" });
    expect(await teacher.hub.request("season:create", classInfo)).toEqual({
      ok: false,
      error: "season-unavailable",
    });

    const created = await teacher.hub.request("class:create", {
      tour: tourId,
      classKey: "C".repeat(43),
      classId: "ABCDEFGHJK",
    });
    if (!created.ok) throw new Error(created.error);
    expect(created.counted).toBe(false);
    const joined = await pupil.hub.request("class:join", { code: created.code, name: "Léa" });
    expect(joined.ok).toBe(true);
    expect(
      (await teacher.hub.request("class:goto", { code: created.code, key: created.key, step: 1 })).ok,
    ).toBe(true);
    const ended = await teacher.hub.request("class:end", { code: created.code, key: created.key });
    expect(ended.ok && ended.counted).toBe(false);
    expect(ended.ok && ended.summary.pupils).toBe(1);
    expect((await fetch(`${hub.url}/api/defi/ABCDEF/classement`)).status).toBe(503);
  });
});
