import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countFaqOfCompany, faqOfCompany, publishFaqEntry, removeFaqEntry } from "../../server/db/faqStore";
import type { SeasonDatabase } from "../../server/db/openDatabase";
import { engines, type FreshDatabase, freshDatabase } from "./testDatabase";

const entry = (id: string, company: string, question: string) => ({
  id,
  company,
  trade: "soudeur",
  question,
  answer: "Parce que j’aime voir une pièce finie.",
  firstName: "Samia",
});

describe.each(engines)("« questions fréquentes » on %s", (engine) => {
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

  it("keeps a company's entries in the order written, signed by a first name and a trade", async () => {
    await publishFaqEntry(
      database.db,
      entry("a1a1a1a1a1a1a1a1", "acierie-du-golfe", "Pourquoi ce métier ?"),
      new Date("2026-12-06T08:00:00.000Z"),
    );
    await publishFaqEntry(
      database.db,
      entry("b2b2b2b2b2b2b2b2", "acierie-du-golfe", "On travaille la nuit ?"),
      new Date("2026-12-06T09:00:00.000Z"),
    );
    await publishFaqEntry(
      database.db,
      entry("c3c3c3c3c3c3c3c3", "chantiers-de-la-rade", "Et le bateau ?"),
      new Date("2026-12-06T10:00:00.000Z"),
    );
    const entries = await faqOfCompany(database.db, "acierie-du-golfe");
    expect(entries).toEqual([
      {
        faqId: "a1a1a1a1a1a1a1a1",
        trade: "soudeur",
        question: "Pourquoi ce métier ?",
        answer: "Parce que j’aime voir une pièce finie.",
        firstName: "Samia",
        published: "2026-12-06",
      },
      expect.objectContaining({ faqId: "b2b2b2b2b2b2b2b2", question: "On travaille la nuit ?" }),
    ]);
    expect(await countFaqOfCompany(database.db, "acierie-du-golfe")).toBe(2);
    expect(await countFaqOfCompany(database.db, "nobody")).toBe(0);
  });

  it("removes an entry only for its own company", async () => {
    expect(await removeFaqEntry(database.db, "chantiers-de-la-rade", "a1a1a1a1a1a1a1a1")).toBe(false);
    expect(await removeFaqEntry(database.db, "acierie-du-golfe", "a1a1a1a1a1a1a1a1")).toBe(true);
    expect(await removeFaqEntry(database.db, "acierie-du-golfe", "a1a1a1a1a1a1a1a1")).toBe(false);
    expect((await faqOfCompany(database.db, "acierie-du-golfe")).map((e) => e.faqId)).toEqual([
      "b2b2b2b2b2b2b2b2",
    ]);
  });
});
