import type { Kysely, Transaction } from "kysely";
import type { FaqEntry } from "../../src/protocol/faqSchema";
import type { Database, FaqEntryRow } from "./schema";

/** A company's « questions fréquentes », the same on SQLite and PostgreSQL. */

type Db = Kysely<Database> | Transaction<Database>;

export function faqEntryOf(row: FaqEntryRow): FaqEntry {
  return {
    faqId: row.id,
    trade: row.trade,
    question: row.question,
    answer: row.answer,
    firstName: row.first_name,
    published: row.published_at.slice(0, 10),
  };
}

export async function publishFaqEntry(
  db: Db,
  entry: { id: string; company: string; trade: string; question: string; answer: string; firstName: string },
  now: Date,
): Promise<void> {
  await db
    .insertInto("faq_entries")
    .values({
      id: entry.id,
      company: entry.company,
      trade: entry.trade,
      question: entry.question,
      answer: entry.answer,
      first_name: entry.firstName,
      published_at: now.toISOString(),
    })
    .execute();
}

/** A company's entries, oldest first (the order the company wrote them in). */
export async function faqOfCompany(db: Db, company: string, limit = 200): Promise<FaqEntry[]> {
  const rows = await db
    .selectFrom("faq_entries")
    .selectAll()
    .where("company", "=", company)
    .orderBy("published_at")
    .orderBy("id")
    .limit(limit)
    .execute();
  return rows.map(faqEntryOf);
}

export async function countFaqOfCompany(db: Db, company: string): Promise<number> {
  const row = await db
    .selectFrom("faq_entries")
    .select((eb) => eb.fn.countAll<string | number>().as("entries"))
    .where("company", "=", company)
    .executeTakeFirst();
  return Number(row?.entries ?? 0);
}

/** Removes one of the company's entries; false when it has none of that id. */
export async function removeFaqEntry(db: Db, company: string, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom("faq_entries")
    .where("id", "=", id)
    .where("company", "=", company)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}
