import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SeasonDatabase } from "../../server/db/openDatabase";
import {
  classById,
  createClass,
  createDefi,
  defiByCode,
  deleteClass,
  joinDefi,
  parisDay,
  rankingOf,
  recordSession,
  seasonOf,
  setHidden,
} from "../../server/db/seasonStore";
import { engines, type FreshDatabase, freshDatabase } from "./testDatabase";

const day = (iso: string) => new Date(iso);

function newClass(id: string, level = "3e", departement = "13") {
  return {
    id,
    key_hash: `hash-${id}`,
    school: "Collège Jean-Moulin",
    town: "Marseille",
    departement,
    level,
    label: `${level} ${id}`,
    created_at: "2026-12-01T08:00:00.000Z",
  };
}

function session(id: string, classId: string, overrides: Partial<Parameters<typeof recordSession>[1]> = {}) {
  return {
    id,
    classId,
    tour: "decouverte-industries-provence",
    endedAt: day("2026-12-07T10:00:00.000Z"),
    pupils: 24,
    stops: 10,
    completed: true,
    answers: [
      { step: 0, correct: 18, total: 24 },
      { step: 1, correct: 12, total: 24 },
    ],
    trades: ["soudeur", "chimiste"],
    sectors: ["metallurgie", "chimie"],
    companies: ["acierie-du-golfe"],
    ...overrides,
  };
}

describe.each(engines)("the class season store on %s", (engine) => {
  let fresh: FreshDatabase;
  let database: SeasonDatabase;

  beforeAll(async () => {
    fresh = await freshDatabase(engine);
    database = fresh.open();
    expect(await database.migrate()).toEqual(["001_season", "002_slots", "003_faq"]);
  });
  afterAll(async () => {
    await database?.close();
    await fresh?.drop();
  });

  it("runs the migrations once: a second run (another node starting) does nothing", async () => {
    const other = fresh.open();
    try {
      expect(await other.migrate()).toEqual([]);
      expect(await other.ping()).toBe(true);
    } finally {
      await other.close();
    }
  });

  it("keeps a season: sessions, stops, what was met once, points", async () => {
    await createClass(database.db, newClass("season-a"));
    // 75 % and 50 % right → 63 %; completed → +50; two new trades → +20.
    expect(await recordSession(database.db, session("s1", "season-a"))).toBe(63 + 50 + 20);
    // The same trades again: nothing new; no question answered; not completed.
    expect(
      await recordSession(
        database.db,
        session("s2", "season-a", { answers: [], completed: false, stops: 3, trades: ["soudeur", "pilote"] }),
      ),
    ).toBe(10);
    const season = await seasonOf(database.db, "season-a");
    expect(season).toMatchObject({
      sessions: 2,
      stops: 13,
      trades: ["chimiste", "pilote", "soudeur"],
      sectors: ["chimie", "metallurgie"],
      companies: ["acierie-du-golfe"],
      score: 143,
    });
    expect(season.history.map((entry) => entry.rightShare)).toEqual([63, null]);
  });

  it("counts a day in France: 23:30 UTC on 6 December is 7 December in Marseille", () => {
    expect(parisDay(day("2026-12-06T23:30:00.000Z"))).toBe("2026-12-07");
  });

  it("ranks a challenge's classes: ties share a rank, late joiners keep the sessions they led, hidden classes leave", async () => {
    await createDefi(database.db, {
      code: "DEFI23",
      title: "Défi des Bouches-du-Rhône",
      startsOn: "2026-12-07",
      endsOn: "2026-12-11",
      tours: ["decouverte-industries-provence"],
      organiserKeyHash: "organiser-hash",
      createdAt: day("2026-12-01T08:00:00.000Z"),
    });
    const defi = await defiByCode(database.db, "DEFI23");
    if (!defi) throw new Error("the challenge was not written");
    for (const id of ["rank-a", "rank-b", "rank-c", "rank-late"])
      await createClass(database.db, newClass(id));
    for (const id of ["rank-a", "rank-b", "rank-c"])
      await joinDefi(database.db, defi, id, day("2026-12-06T08:00:00Z"));

    await recordSession(database.db, session("r1", "rank-a", { endedAt: day("2026-12-07T09:00:00Z") }));
    await recordSession(database.db, session("r2", "rank-b", { endedAt: day("2026-12-07T10:00:00Z") }));
    // Outside the challenge: another tour, and a day after its end.
    await recordSession(database.db, session("r3", "rank-c", { tour: "autre-visite" }));
    await recordSession(database.db, session("r4", "rank-c", { endedAt: day("2026-12-12T10:00:00Z") }));
    // A late joiner led a session on the first day before joining.
    await recordSession(
      database.db,
      session("r5", "rank-late", { endedAt: day("2026-12-08T10:00:00Z"), completed: false }),
    );
    await joinDefi(database.db, defi, "rank-late", day("2026-12-09T08:00:00Z"));
    await joinDefi(database.db, defi, "rank-late", day("2026-12-09T09:00:00Z"));

    const ranking = await rankingOf(database.db, "DEFI23");
    expect(ranking.map((row) => [row.classId, row.points])).toEqual([
      ["rank-a", 133],
      ["rank-b", 133],
      ["rank-late", 83],
      ["rank-c", 0],
    ]);

    expect(await setHidden(database.db, "DEFI23", "rank-b", true)).toBe(true);
    expect((await rankingOf(database.db, "DEFI23")).map((row) => row.classId)).toEqual([
      "rank-a",
      "rank-late",
      "rank-c",
    ]);
    expect(
      (await rankingOf(database.db, "DEFI23", true)).find((row) => row.classId === "rank-b")?.hidden,
    ).toBe(true);
  });

  it("deletes every row of a class, and only that class's", async () => {
    await createClass(database.db, newClass("gone"));
    await createClass(database.db, newClass("stays"));
    await recordSession(database.db, session("g1", "gone"));
    await recordSession(database.db, session("k1", "stays"));
    const defi = await defiByCode(database.db, "DEFI23");
    if (!defi) throw new Error("no challenge");
    await joinDefi(database.db, defi, "gone", day("2026-12-07T08:00:00Z"));

    expect(await deleteClass(database.db, "gone")).toBe(true);
    expect(await classById(database.db, "gone")).toBeUndefined();
    for (const table of [
      "sessions",
      "session_answers",
      "class_trades",
      "class_sectors",
      "class_companies",
      "defi_classes",
    ] as const) {
      const rows = await database.db
        .selectFrom(table)
        .select("class_id")
        .where("class_id", "=", "gone")
        .execute();
      expect(rows, table).toEqual([]);
    }
    expect((await seasonOf(database.db, "stays")).sessions).toBe(1);
    expect(await deleteClass(database.db, "gone")).toBe(false);
  });
});
