import type { Kysely, Transaction } from "kysely";
import type { Database, KeptAnswerRow, SlotRow } from "./schema";

/**
 * Professionals' slots and company keys, the same on SQLite and PostgreSQL. Keys arrive hashed.
 */

type Db = Kysely<Database> | Transaction<Database>;

/** A slot as the protocol tells it. */
export interface Slot {
  slotId: string;
  company: string;
  firstName: string;
  trade: string;
  /** ISO date-time (UTC). */
  start: string;
  minutes: number;
  booked: boolean;
}

export function slotOf(row: SlotRow): Slot {
  return {
    slotId: row.id,
    company: row.company,
    firstName: row.first_name,
    trade: row.trade,
    start: row.starts_at,
    minutes: row.minutes,
    booked: row.booked_at !== null,
  };
}

export async function addCompanyKey(db: Db, company: string, keyHash: string, now: Date): Promise<void> {
  await db
    .insertInto("company_keys")
    .values({ key_hash: keyHash, company, created_at: now.toISOString() })
    .execute();
}

/** The company a key hash opens, or undefined. */
export async function companyOfKey(db: Db, keyHash: string): Promise<string | undefined> {
  const row = await db
    .selectFrom("company_keys")
    .select("company")
    .where("key_hash", "=", keyHash)
    .executeTakeFirst();
  return row?.company;
}

export async function publishSlot(
  db: Db,
  slot: { id: string; company: string; firstName: string; trade: string; start: Date; minutes: number },
  now: Date,
): Promise<void> {
  await db
    .insertInto("slots")
    .values({
      id: slot.id,
      company: slot.company,
      first_name: slot.firstName,
      trade: slot.trade,
      starts_at: slot.start.toISOString(),
      minutes: slot.minutes,
      created_at: now.toISOString(),
      booked_at: null,
      class_id: null,
    })
    .execute();
}

/** Slots still open that have not ended, soonest first. */
export async function openSlots(db: Db, now: Date, limit = 200): Promise<Slot[]> {
  // A slot can be booked until it ends: started slots whose end is past are left out below.
  const since = new Date(now.getTime() - 4 * 60 * 60_000).toISOString();
  const rows = await db
    .selectFrom("slots")
    .selectAll()
    .where("booked_at", "is", null)
    .where("starts_at", ">=", since)
    .orderBy("starts_at")
    .limit(limit)
    .execute();
  return rows.filter((row) => !hasEnded(row, now)).map(slotOf);
}

/** A company's slots from a day ago on, open or booked. */
export async function slotsOfCompany(db: Db, company: string, now: Date, limit = 200): Promise<Slot[]> {
  const since = new Date(now.getTime() - 24 * 60 * 60_000).toISOString();
  const rows = await db
    .selectFrom("slots")
    .selectAll()
    .where("company", "=", company)
    .where("starts_at", ">=", since)
    .orderBy("starts_at")
    .limit(limit)
    .execute();
  return rows.map(slotOf);
}

export async function slotById(db: Db, id: string): Promise<SlotRow | undefined> {
  return db.selectFrom("slots").selectAll().where("id", "=", id).executeTakeFirst();
}

export function hasEnded(row: SlotRow, now: Date): boolean {
  return new Date(row.starts_at).getTime() + row.minutes * 60_000 <= now.getTime();
}

/** Books an open slot; false when another teacher booked it first (one statement: no race). */
export async function bookSlot(db: Db, id: string, classId: string | null, now: Date): Promise<boolean> {
  const result = await db
    .updateTable("slots")
    .set({ booked_at: now.toISOString(), class_id: classId })
    .where("id", "=", id)
    .where("booked_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Opens a slot again (the live class could not take its guest after all). */
export async function unbookSlot(db: Db, id: string): Promise<void> {
  await db.updateTable("slots").set({ booked_at: null, class_id: null }).where("id", "=", id).execute();
}

/** Keeps a question and a professional's answer in a class's season (the guest consented). */
export async function keepAnswer(
  db: Db,
  kept: { id: string; classId: string; question: string; answer: string; firstName: string; trade: string },
  now: Date,
): Promise<void> {
  await db
    .insertInto("kept_answers")
    .values({
      id: kept.id,
      class_id: kept.classId,
      question: kept.question,
      answer: kept.answer,
      first_name: kept.firstName,
      trade: kept.trade,
      kept_at: now.toISOString(),
    })
    .execute();
}

export async function keptAnswersOf(db: Db, classId: string): Promise<KeptAnswerRow[]> {
  return db
    .selectFrom("kept_answers")
    .selectAll()
    .where("class_id", "=", classId)
    .orderBy("kept_at")
    .execute();
}
