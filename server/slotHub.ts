import { createHash, randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import {
  type Ack,
  type ClassError,
  cleanFirstName,
  type ParsedPayload,
  type SlotEventName,
  slotLimits,
} from "../src/protocol/schema";
import type { Database } from "./db/schema";
import type { DatabaseLink } from "./db/seasonDatabaseLink";
import { classById } from "./db/seasonStore";
import {
  bookSlot,
  companyOfKey,
  hasEnded,
  openSlots,
  publishSlot,
  slotById,
  slotOf,
  slotsOfCompany,
  unbookSlot,
} from "./db/slotStore";
import { keyHash, sameKeyHash } from "./seasonKeys";

/**
 * Professionals' slots on the hub: a company publishes with its key, a teacher books one for the
 * live class it leads and receives the guest secret (the live class keeps only its hash; the slot
 * row keeps none). The events arrive checked (rate, size, schema) by the class hub.
 */

/** What the class hub lends the slot events of one socket. */
export interface SlotCall {
  /** True while the caller's address is blocked for too many failed attempts. */
  blocked(): Promise<boolean>;
  /** Counts a failed lookup (wrong key, unknown code) for the caller's address, and refuses. */
  failedLookup(error: ClassError): Promise<{ ok: false; error: ClassError }>;
  /**
   * Adds a guest to the live class `code` led with `key`: its secret, or the refusal
   * (`unknown-code`, `bad-key` — both already counted —, `class-ended`, `class-full`).
   */
  inviteIntoClass(
    code: string,
    key: string,
    guest: { firstName: string; trade: string; company: string; seasonClassId?: string },
  ): Promise<{ ok: true; guest: string } | { ok: false; error: ClassError }>;
}

export interface SlotHubOptions {
  database: DatabaseLink | null;
  /** Trade ids of the catalogue (any well-formed id when empty). */
  trades: ReadonlySet<string>;
  now: () => number;
  log: (line: string) => void;
}

type SlotHandler<E extends SlotEventName> = (
  call: SlotCall,
  payload: ParsedPayload<E>,
) => Promise<Ack<Record<string, unknown>>>;

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
const refuse = (error: ClassError) => ({ ok: false as const, error });
export function slotHandlers(options: SlotHubOptions): { [E in SlotEventName]: SlotHandler<E> } {
  const { database, trades, log } = options;
  const now = () => new Date(options.now());

  /** Runs a query; a database that cannot be reached is `season-unavailable`, never a crash. */
  async function withDatabase<T>(
    work: (db: Kysely<Database>) => Promise<T>,
  ): Promise<{ ok: true; value: T } | { ok: false; error: "season-unavailable" }> {
    if (!database) return { ok: false as const, error: "season-unavailable" as const };
    try {
      return { ok: true as const, value: await database.use(work) };
    } catch (error) {
      log(`slots: database: ${error instanceof Error ? error.message : String(error)}`);
      return { ok: false as const, error: "season-unavailable" as const };
    }
  }

  /** The company's key must open that very company. */
  async function companyAllowed(call: SlotCall, companyKey: string, company: string) {
    if (await call.blocked()) return refuse("too-many-attempts");
    const found = await withDatabase((db) => companyOfKey(db, sha256(companyKey)));
    if (!found.ok) return found;
    if (found.value !== company) return call.failedLookup("bad-key");
    return null;
  }

  return {
    "slot:publish": async (call, payload) => {
      const firstName = cleanFirstName(payload.firstName);
      if (firstName === null) return refuse("bad-name");
      if (trades.size > 0 && !trades.has(payload.trade)) return refuse("bad-payload");
      const start = new Date(payload.start);
      const current = now();
      if (
        start.getTime() + payload.minutes * 60_000 <= current.getTime() ||
        start.getTime() > current.getTime() + slotLimits.maxDaysAhead * 86_400_000
      )
        return refuse("bad-payload");
      const refused = await companyAllowed(call, payload.companyKey, payload.company);
      if (refused) return refused;
      const slotId = randomBytes(8).toString("hex");
      const published = await withDatabase(async (db) => {
        const open = (
          await slotsOfCompany(db, payload.company, current, slotLimits.openSlotsPerCompany + 1)
        ).filter((slot) => !slot.booked);
        if (open.length >= slotLimits.openSlotsPerCompany) return false;
        await publishSlot(
          db,
          {
            id: slotId,
            company: payload.company,
            firstName,
            trade: payload.trade,
            start,
            minutes: payload.minutes,
          },
          current,
        );
        return true;
      });
      if (!published.ok) return published;
      if (!published.value) return refuse("too-many-attempts");
      log("slot published");
      return { ok: true, slotId };
    },

    "slot:open": async () => {
      const found = await withDatabase((db) => openSlots(db, now()));
      return found.ok ? { ok: true, slots: found.value } : found;
    },

    "slot:mine": async (call, payload) => {
      const refused = await companyAllowed(call, payload.companyKey, payload.company);
      if (refused) return refused;
      const found = await withDatabase((db) => slotsOfCompany(db, payload.company, now()));
      return found.ok ? { ok: true, slots: found.value } : found;
    },

    "slot:book": async (call, payload) => {
      const current = now();
      const found = await withDatabase(async (db) => {
        const row = await slotById(db, payload.slotId);
        const seasonClass = payload.classId ? await classById(db, payload.classId) : undefined;
        return { row, seasonClass };
      });
      if (!found.ok) return found;
      const { row, seasonClass } = found.value;
      if (!row) return refuse("bad-payload");
      if (row.booked_at !== null || hasEnded(row, current)) return refuse("too-late");
      if (
        payload.classKey !== undefined &&
        !(seasonClass && sameKeyHash(seasonClass.key_hash, keyHash("class", payload.classKey)))
      )
        return call.failedLookup("bad-class-key");
      const booked = await withDatabase((db) => bookSlot(db, row.id, seasonClass?.id ?? null, current));
      if (!booked.ok) return booked;
      if (!booked.value) return refuse("too-late");
      const invited = await call.inviteIntoClass(payload.code, payload.key, {
        firstName: row.first_name,
        trade: row.trade,
        company: row.company,
        ...(seasonClass ? { seasonClassId: seasonClass.id } : {}),
      });
      if (!invited.ok) {
        // The class refused its guest: the slot is open again for another class.
        await withDatabase((db) => unbookSlot(db, row.id));
        return invited;
      }
      log("slot booked");
      return { ok: true, guest: invited.guest, slot: { ...slotOf(row), booked: true } };
    },
  };
}
