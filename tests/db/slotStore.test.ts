import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SeasonDatabase } from "../../server/db/openDatabase";
import { createClass, deleteClass } from "../../server/db/seasonStore";
import {
  addCompanyKey,
  bookSlot,
  companyOfKey,
  keepAnswer,
  keptAnswersOf,
  openSlots,
  publishSlot,
  slotsOfCompany,
  unbookSlot,
} from "../../server/db/slotStore";
import { engines, type FreshDatabase, freshDatabase } from "./testDatabase";

const now = new Date("2026-12-06T08:00:00.000Z");
const at = (iso: string) => new Date(iso);

describe.each(engines)("professionals' slots on %s", (engine) => {
  let fresh: FreshDatabase;
  let database: SeasonDatabase;

  beforeAll(async () => {
    fresh = await freshDatabase(engine);
    database = fresh.open();
    await database.migrate();
  });
  afterAll(async () => {
    await database?.close();
    await fresh?.drop();
  });

  it("opens a company with its key's hash only", async () => {
    await addCompanyKey(database.db, "acierie-du-golfe", "hash-1", now);
    expect(await companyOfKey(database.db, "hash-1")).toBe("acierie-du-golfe");
    expect(await companyOfKey(database.db, "hash-2")).toBeUndefined();
  });

  it("lists open slots soonest first, without ended or booked ones; a slot is booked once", async () => {
    const slot = (id: string, start: string, minutes = 30) => ({
      id,
      company: "acierie-du-golfe",
      firstName: "Samia",
      trade: "soudeur",
      start: at(start),
      minutes,
    });
    await publishSlot(database.db, slot("later", "2026-12-08T13:30:00.000Z"), now);
    await publishSlot(database.db, slot("soon", "2026-12-07T09:00:00.000Z"), now);
    await publishSlot(database.db, slot("ended", "2026-12-06T07:00:00.000Z", 30), now);
    await publishSlot(database.db, slot("running", "2026-12-06T07:45:00.000Z", 30), now);
    expect((await openSlots(database.db, now)).map((s) => s.slotId)).toEqual(["running", "soon", "later"]);

    expect(await bookSlot(database.db, "soon", null, now)).toBe(true);
    expect(await bookSlot(database.db, "soon", null, now)).toBe(false);
    expect((await openSlots(database.db, now)).map((s) => s.slotId)).toEqual(["running", "later"]);
    const mine = await slotsOfCompany(database.db, "acierie-du-golfe", now);
    expect(mine.find((s) => s.slotId === "soon")).toMatchObject({
      booked: true,
      firstName: "Samia",
      trade: "soudeur",
      start: "2026-12-07T09:00:00.000Z",
      minutes: 30,
    });
    await unbookSlot(database.db, "soon");
    expect((await openSlots(database.db, now)).map((s) => s.slotId)).toContain("soon");
  });

  it("keeps a class's question and answer in its season, gone with the class", async () => {
    await createClass(database.db, {
      id: "CLASSEPRO2",
      key_hash: "k",
      school: "Collège",
      town: "Marseille",
      departement: "13",
      level: "3e",
      label: "3e B",
      created_at: now.toISOString(),
    });
    await keepAnswer(
      database.db,
      {
        id: "a1",
        classId: "CLASSEPRO2",
        question: "Pourquoi ?",
        answer: "Parce que.",
        firstName: "Samia",
        trade: "soudeur",
      },
      now,
    );
    expect(await keptAnswersOf(database.db, "CLASSEPRO2")).toMatchObject([
      { question: "Pourquoi ?", answer: "Parce que." },
    ]);
    await deleteClass(database.db, "CLASSEPRO2");
    expect(await keptAnswersOf(database.db, "CLASSEPRO2")).toEqual([]);
  });
});
