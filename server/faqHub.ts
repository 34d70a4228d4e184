import { createHash, randomBytes } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Kysely } from "kysely";
import {
  type Ack,
  type ClassError,
  cleanFirstName,
  type FaqEventName,
  faqLimits,
  faqPathPattern,
} from "../src/protocol/schema";
import { countFaqOfCompany, faqOfCompany, publishFaqEntry, removeFaqEntry } from "./db/faqStore";
import type { Database } from "./db/schema";
import type { DatabaseLink } from "./db/seasonDatabaseLink";
import { companyOfKey } from "./db/slotStore";
import type { FeatureCall, FeatureHandler } from "./hubFeature";

/**
 * « Questions fréquentes » on the hub: a company writes and removes entries with its key (the
 * events arrive checked for rate, size and schema by the class hub); anyone reads a company's
 * entries with `GET /api/faq/<company>`, an answer caches may keep a minute.
 */

export interface FaqFeatureOptions {
  /** The class season's database; every event answers `season-unavailable` without one. */
  database: DatabaseLink | null;
  /** Each company's trades (from its machines): an entry's trade must be one of its company's. */
  companyTrades: ReadonlyMap<string, ReadonlySet<string>>;
  now?: () => number;
  log?: (line: string) => void;
}

export interface FaqFeature {
  features: { [E in FaqEventName]: FeatureHandler<E> };
  /** Answers `GET /api/faq/<company>`; false for any other path. */
  serveHttp(request: IncomingMessage, response: ServerResponse, headers: Record<string, string>): boolean;
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
const refuse = (error: ClassError) => ({ ok: false as const, error });

export function faqFeature(options: FaqFeatureOptions): FaqFeature {
  const { database, companyTrades } = options;
  const now = () => new Date((options.now ?? Date.now)());
  const log = options.log ?? (() => {});

  /** Runs a query; a database that cannot be reached is `season-unavailable`, never a crash. */
  async function withDatabase<T>(
    work: (db: Kysely<Database>) => Promise<T>,
  ): Promise<{ ok: true; value: T } | { ok: false; error: "season-unavailable" }> {
    if (!database) return refuse("season-unavailable") as { ok: false; error: "season-unavailable" };
    try {
      return { ok: true as const, value: await database.use(work) };
    } catch (error) {
      log(`faq: database: ${error instanceof Error ? error.message : String(error)}`);
      return refuse("season-unavailable") as { ok: false; error: "season-unavailable" };
    }
  }

  /** The key must open that very company; a wrong one counts as a failed attempt. */
  async function companyAllowed(call: FeatureCall, companyKey: string, company: string) {
    if (await call.blocked()) return refuse("too-many-attempts");
    const found = await withDatabase((db) => companyOfKey(db, sha256(companyKey)));
    if (!found.ok) return found;
    if (found.value !== company) return call.failedLookup("bad-key");
    return null;
  }

  const features: FaqFeature["features"] = {
    "faq:publish": async (call, payload): Promise<Ack<Record<string, unknown>>> => {
      const firstName = cleanFirstName(payload.firstName);
      if (firstName === null) return refuse("bad-name");
      // The trade must be one of the company's own machines (any well-formed id without a catalogue).
      if (companyTrades.size > 0 && !companyTrades.get(payload.company)?.has(payload.trade))
        return refuse("bad-payload");
      const refused = await companyAllowed(call, payload.companyKey, payload.company);
      if (refused) return refused;
      const faqId = randomBytes(8).toString("hex");
      const written = await withDatabase(async (db) => {
        if ((await countFaqOfCompany(db, payload.company)) >= faqLimits.entriesPerCompany) return false;
        await publishFaqEntry(
          db,
          {
            id: faqId,
            company: payload.company,
            trade: payload.trade,
            question: payload.question,
            answer: payload.answer,
            firstName,
          },
          now(),
        );
        return true;
      });
      if (!written.ok) return written;
      if (!written.value) return refuse("too-many-attempts");
      log("faq published");
      return { ok: true, faqId };
    },

    "faq:remove": async (call, payload): Promise<Ack<Record<string, unknown>>> => {
      const refused = await companyAllowed(call, payload.companyKey, payload.company);
      if (refused) return refused;
      const removed = await withDatabase((db) => removeFaqEntry(db, payload.company, payload.faqId));
      if (!removed.ok) return removed;
      return removed.value ? { ok: true } : refuse("bad-payload");
    },
  };

  function serveHttp(request: IncomingMessage, response: ServerResponse, headers: Record<string, string>) {
    const path = (request.url ?? "/").split("?")[0] ?? "/";
    if (!path.startsWith("/api/faq/")) return false;
    const answer = (status: number, body: unknown, cache: string) => {
      response.writeHead(status, {
        ...headers,
        "content-type": "application/json; charset=utf-8",
        "cache-control": cache,
      });
      response.end(JSON.stringify(body));
    };
    const company = faqPathPattern.exec(path)?.[1];
    if (request.method !== "GET" || company === undefined) {
      answer(400, { ok: false, error: "bad-payload" }, "no-store");
      return true;
    }
    // Without a database there is nothing kept: an empty list, not an error, for the trade panels.
    if (!database) {
      answer(200, { entries: [] }, "no-store");
      return true;
    }
    withDatabase((db) => faqOfCompany(db, company)).then((found) =>
      found.ok
        ? answer(200, { entries: found.value }, `public, max-age=${faqLimits.cacheSeconds}`)
        : answer(503, { ok: false, error: "season-unavailable" }, "no-store"),
    );
    return true;
  }

  return { features, serveHttp };
}

/** Each company's trades, from its machines (the season's reading of `companies.json`). */
export function tradesOfCompanies(
  companies: ReadonlyMap<string, { machines: ReadonlyMap<string, readonly string[]> }>,
): Map<string, Set<string>> {
  return new Map(
    [...companies].map(([company, { machines }]) => [company, new Set([...machines.values()].flat())]),
  );
}
