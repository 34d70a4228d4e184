import { type Kysely, sql, type Transaction } from "kysely";
import { pointsOfSession } from "../../src/protocol/seasonPoints";
import type { ClassRow, Database, DefiRow, NewClass } from "./schema";

/**
 * The class season's queries, the same on SQLite and PostgreSQL. Keys arrive hashed; nothing here
 * knows a pupil.
 */

type Db = Kysely<Database> | Transaction<Database>;

/** What a live session led with a class key leaves behind: aggregates only. */
export interface SessionAggregates {
  id: string;
  classId: string;
  tour: string;
  endedAt: Date;
  pupils: number;
  stops: number;
  completed: boolean;
  /** Per question (tour step): how many of the class answered and how many right. */
  answers: { step: number; correct: number; total: number }[];
  trades: string[];
  sectors: string[];
  companies: string[];
}

export interface Season {
  sessions: number;
  stops: number;
  trades: string[];
  sectors: string[];
  companies: string[];
  score: number;
  /** The sessions, oldest first, for the passport. */
  history: {
    tour: string;
    endedAt: string;
    pupils: number;
    stops: number;
    rightShare: number | null;
    points: number;
  }[];
  /** When each trade was first met (`YYYY-MM-DD`). */
  tradesFirstMet: Record<string, string>;
}

export interface RankingRow {
  classId: string;
  label: string;
  school: string;
  town: string;
  level: string;
  departement: string;
  points: number;
  pointsAt: string;
  hidden: boolean;
}

/** The day an instant falls on in France (`YYYY-MM-DD`). */
export function parisDay(instant: Date): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/Paris",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(instant);
}

export async function createClass(db: Db, row: NewClass): Promise<void> {
  await db.insertInto("classes").values(row).execute();
}

export async function classById(db: Db, classId: string): Promise<ClassRow | undefined> {
  return db.selectFrom("classes").selectAll().where("id", "=", classId).executeTakeFirst();
}

/** Every row of the class goes (its sessions, answers, discoveries, challenge entries). */
export async function deleteClass(db: Kysely<Database>, classId: string): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    // Foreign keys cascade too; deleting explicitly keeps it true on a database without them.
    await trx.deleteFrom("session_answers").where("class_id", "=", classId).execute();
    await trx.deleteFrom("sessions").where("class_id", "=", classId).execute();
    for (const table of ["class_trades", "class_sectors", "class_companies", "defi_classes"] as const)
      await trx.deleteFrom(table).where("class_id", "=", classId).execute();
    const result = await trx.deleteFrom("classes").where("id", "=", classId).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  });
}

/**
 * Writes an ended session in one transaction: the session, its answers' shares, what the class met
 * for the first time, and the points of every challenge the class is in that covers this tour and
 * day (so the ranking stays one indexed read). Returns the session's points.
 */
export async function recordSession(db: Kysely<Database>, session: SessionAggregates): Promise<number> {
  const endedAt = session.endedAt.toISOString();
  const endedOn = parisDay(session.endedAt);
  return db.transaction().execute(async (trx) => {
    const newTrades = await insertDiscoveries(
      trx,
      "class_trades",
      "trade",
      session.classId,
      session.trades,
      endedOn,
    );
    await insertDiscoveries(trx, "class_sectors", "sector", session.classId, session.sectors, endedOn);
    await insertDiscoveries(trx, "class_companies", "company", session.classId, session.companies, endedOn);
    const answered = session.answers.filter((answer) => answer.total > 0);
    const rightShare =
      answered.length === 0
        ? null
        : Math.round(
            (100 * answered.reduce((sum, answer) => sum + answer.correct / answer.total, 0)) /
              answered.length,
          );
    const points = pointsOfSession({ rightShare, completed: session.completed, newTrades });
    await trx
      .insertInto("sessions")
      .values({
        id: session.id,
        class_id: session.classId,
        tour: session.tour,
        ended_at: endedAt,
        ended_on: endedOn,
        pupils: session.pupils,
        stops: session.stops,
        completed: session.completed ? 1 : 0,
        right_share: rightShare,
        new_trades: newTrades,
        points,
      })
      .execute();
    if (answered.length > 0)
      await trx
        .insertInto("session_answers")
        .values(
          answered.map((answer) => ({
            session_id: session.id,
            class_id: session.classId,
            step: answer.step,
            correct: answer.correct,
            total: answer.total,
          })),
        )
        .execute();
    if (points > 0)
      await trx
        .updateTable("defi_classes")
        .set({ points: sql`points + ${points}`, points_at: endedAt })
        .where("class_id", "=", session.classId)
        .where("defi_code", "in", (query) =>
          query
            .selectFrom("defis")
            .select("code")
            .where("starts_on", "<=", endedOn)
            .where("ends_on", ">=", endedOn)
            .where("tours", "like", `%"${session.tour}"%`),
        )
        .execute();
    return points;
  });
}

async function insertDiscoveries(
  trx: Transaction<Database>,
  table: "class_trades" | "class_sectors" | "class_companies",
  column: "trade" | "sector" | "company",
  classId: string,
  ids: readonly string[],
  day: string,
): Promise<number> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return 0;
  const inserted = await trx
    .insertInto(table)
    .values(unique.map((id) => ({ class_id: classId, [column]: id, first_at: day }) as never))
    .onConflict((conflict) => conflict.columns(["class_id", column]).doNothing())
    .returning("class_id")
    .execute();
  return inserted.length;
}

export async function seasonOf(db: Db, classId: string): Promise<Season> {
  const sessions = await db
    .selectFrom("sessions")
    .select(["tour", "ended_at", "pupils", "stops", "right_share", "points"])
    .where("class_id", "=", classId)
    .orderBy("ended_at")
    .execute();
  const trades = await db
    .selectFrom("class_trades")
    .select(["trade", "first_at"])
    .where("class_id", "=", classId)
    .orderBy("first_at")
    .orderBy("trade")
    .execute();
  const sectors = await db
    .selectFrom("class_sectors")
    .select("sector")
    .where("class_id", "=", classId)
    .orderBy("sector")
    .execute();
  const companies = await db
    .selectFrom("class_companies")
    .select("company")
    .where("class_id", "=", classId)
    .orderBy("company")
    .execute();
  return {
    sessions: sessions.length,
    stops: sessions.reduce((sum, session) => sum + session.stops, 0),
    trades: trades.map((row) => row.trade),
    sectors: sectors.map((row) => row.sector),
    companies: companies.map((row) => row.company),
    score: sessions.reduce((sum, session) => sum + session.points, 0),
    history: sessions.map((session) => ({
      tour: session.tour,
      endedAt: session.ended_at,
      pupils: session.pupils,
      stops: session.stops,
      rightShare: session.right_share,
      points: session.points,
    })),
    tradesFirstMet: Object.fromEntries(trades.map((row) => [row.trade, row.first_at])),
  };
}

export interface NewDefi {
  code: string;
  title: string;
  startsOn: string;
  endsOn: string;
  tours: string[];
  organiserKeyHash: string;
  createdAt: Date;
}

export async function createDefi(db: Db, defi: NewDefi): Promise<void> {
  await db
    .insertInto("defis")
    .values({
      code: defi.code,
      title: defi.title,
      starts_on: defi.startsOn,
      ends_on: defi.endsOn,
      tours: JSON.stringify(defi.tours),
      organiser_key_hash: defi.organiserKeyHash,
      created_at: defi.createdAt.toISOString(),
    })
    .execute();
}

export async function defiByCode(db: Db, code: string): Promise<DefiRow | undefined> {
  return db.selectFrom("defis").selectAll().where("code", "=", code).executeTakeFirst();
}

export function toursOf(defi: DefiRow): string[] {
  const tours: unknown = JSON.parse(defi.tours);
  return Array.isArray(tours) ? tours.filter((tour): tour is string => typeof tour === "string") : [];
}

/**
 * A class joins a challenge. A late joiner is not penalised: the sessions it already led within the
 * challenge's days and tours count. Joining twice changes nothing.
 */
export async function joinDefi(
  db: Kysely<Database>,
  defi: DefiRow,
  classId: string,
  now: Date,
): Promise<void> {
  const tours = toursOf(defi);
  await db.transaction().execute(async (trx) => {
    const already = await trx
      .selectFrom("defi_classes")
      .select("class_id")
      .where("defi_code", "=", defi.code)
      .where("class_id", "=", classId)
      .executeTakeFirst();
    if (already) return;
    const earlier =
      tours.length === 0
        ? []
        : await trx
            .selectFrom("sessions")
            .select(["points", "ended_at"])
            .where("class_id", "=", classId)
            .where("tour", "in", tours)
            .where("ended_on", ">=", defi.starts_on)
            .where("ended_on", "<=", defi.ends_on)
            .orderBy("ended_at")
            .execute();
    const points = earlier.reduce((sum, session) => sum + session.points, 0);
    await trx
      .insertInto("defi_classes")
      .values({
        defi_code: defi.code,
        class_id: classId,
        joined_at: now.toISOString(),
        points,
        points_at: earlier.at(-1)?.ended_at ?? now.toISOString(),
      })
      .execute();
  });
}

/** A challenge's classes by points (ties: the class that reached its points first comes first). */
export async function rankingOf(db: Db, defiCode: string, withHidden = false): Promise<RankingRow[]> {
  let query = db
    .selectFrom("defi_classes")
    .innerJoin("classes", "classes.id", "defi_classes.class_id")
    .select([
      "classes.id as classId",
      "classes.label",
      "classes.school",
      "classes.town",
      "classes.level",
      "classes.departement",
      "defi_classes.points",
      "defi_classes.points_at as pointsAt",
      "defi_classes.hidden",
    ])
    .where("defi_classes.defi_code", "=", defiCode);
  if (!withHidden) query = query.where("defi_classes.hidden", "=", 0);
  const rows = await query
    .orderBy("defi_classes.points", "desc")
    .orderBy("defi_classes.points_at")
    .orderBy("defi_classes.class_id")
    .execute();
  return rows.map((row) => ({ ...row, points: Number(row.points), hidden: Number(row.hidden) === 1 }));
}

export async function setHidden(
  db: Db,
  defiCode: string,
  classId: string,
  hidden: boolean,
): Promise<boolean> {
  const result = await db
    .updateTable("defi_classes")
    .set({ hidden: hidden ? 1 : 0 })
    .where("defi_code", "=", defiCode)
    .where("class_id", "=", classId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** The challenges a class is in (codes). */
export async function defisOfClass(db: Db, classId: string): Promise<string[]> {
  const rows = await db
    .selectFrom("defi_classes")
    .select("defi_code")
    .where("class_id", "=", classId)
    .execute();
  return rows.map((row) => row.defi_code);
}
