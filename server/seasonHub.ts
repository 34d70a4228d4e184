import { randomBytes } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Kysely } from "kysely";
import type { Tour } from "../src/content/schema";
import { ranksOf } from "../src/protocol/seasonPoints";
import { departementOfTown, type Ranking, type SeasonView } from "../src/protocol/seasonSchema";
import { type ClassRecord, refuse, summaryOf } from "./classRecord";
import type { Clock } from "./classStore";
import type { Database } from "./db/schema";
import type { DatabaseLink } from "./db/seasonDatabaseLink";
import {
  classById,
  createClass,
  defiByCode,
  defisOfClass,
  deleteClass,
  joinDefi,
  parisDay,
  rankingOf,
  recordSession,
  seasonOf,
  setHidden,
  toursOf,
} from "./db/seasonStore";
import type { FeatureCall, FeatureHandlers, SeasonHooks } from "./hubFeature";
import { keyHash, newPublicId, newSecret, sameKeyHash } from "./seasonKeys";

/**
 * The class season on the hub: a class without account (`season:*`), the challenges (`defi:*`,
 * `GET /api/defi/<code>/classement`), and what a live session led with a class key leaves in the
 * database at its end — aggregates only: never a pseudonym, a single answer or an address.
 */

/** What the hub knows of the content: a company's sector and the trades at each machine. */
export interface SeasonContent {
  tours: ReadonlyMap<string, Tour>;
  companies: ReadonlyMap<string, { sector: string; machines: ReadonlyMap<string, readonly string[]> }>;
}

export interface SeasonFeatureOptions {
  database: DatabaseLink;
  content: SeasonContent;
  now?: Clock;
  log?: (line: string) => void;
  /** How long a challenge's ranking is served from memory (2 s): a projector per class reads it. */
  rankingCacheMs?: number;
  /** Longest wait for the database before the live class goes on without the season (5 s). */
  databaseTimeoutMs?: number;
}

export interface SeasonFeature {
  features: FeatureHandlers;
  hooks: SeasonHooks;
  /** Answers `GET /api/defi/<code>/classement`; false when the request is not for it. */
  serveHttp(request: IncomingMessage, response: ServerResponse, headers: Record<string, string>): boolean;
}

/** Classes one connection may create. */
const classesPerSocket = 5;
const rankingUrl = /^\/api\/defi\/([^/]{1,32})\/classement$/;

export function seasonFeature(options: SeasonFeatureOptions): SeasonFeature {
  const { database, content } = options;
  const now = options.now ?? Date.now;
  const log = options.log ?? (() => {});
  const cacheMs = options.rankingCacheMs ?? 2000;
  const timeoutMs = options.databaseTimeoutMs ?? 5000;
  const created = new WeakMap<object, number>();
  const rankings = new Map<string, { at: number; ranking: Promise<Ranking | null> }>();

  /** Runs a database step, giving up after `timeoutMs` (the database is then taken as down). */
  function use<T>(work: (db: Kysely<Database>) => Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    return Promise.race([
      database.use(work),
      new Promise<never>((_, failed) => {
        timer = setTimeout(() => failed(new Error("database timeout")), timeoutMs);
      }),
    ]).finally(() => clearTimeout(timer));
  }

  /** The class row when the key is its own; null when not (counted as a failed attempt by the caller). */
  async function classWithKey(classId: string, classKey: string) {
    const row = await use((db) => classById(db, classId));
    return row && sameKeyHash(row.key_hash, keyHash("class", classKey)) ? row : null;
  }

  /** A database failure: logged without any payload, answered as "the season is unavailable". */
  function unavailable(event: string, error: unknown) {
    log(`${event}: database unavailable (${error instanceof Error ? error.message : String(error)})`);
    return refuse("season-unavailable");
  }

  async function organiserDefi(call: FeatureCall, code: string, organiserKey: string) {
    if (await call.blocked()) return refuse("too-many-attempts");
    const defi = await use((db) => defiByCode(db, code));
    if (!defi) return call.failedLookup("unknown-code");
    if (!sameKeyHash(defi.organiser_key_hash, keyHash("organiser", organiserKey)))
      return call.failedLookup("bad-key");
    return defi;
  }

  async function readRanking(code: string, withHidden: boolean): Promise<Ranking | null> {
    return use(async (db) => {
      const defi = await defiByCode(db, code);
      if (!defi) return null;
      const rows = await rankingOf(db, code, withHidden);
      const visible = rows.filter((row) => !row.hidden);
      const ranks = ranksOf(visible.map((row) => row.points));
      const rankOf = new Map(visible.map((row, index) => [row.classId, ranks[index] ?? 0]));
      return {
        defi: {
          code: defi.code,
          title: defi.title,
          from: defi.starts_on,
          to: defi.ends_on,
          tours: toursOf(defi),
        },
        classes: rows.map((row) => ({
          label: row.label,
          school: row.school,
          town: row.town,
          level: row.level,
          departement: row.departement,
          score: row.points,
          rank: rankOf.get(row.classId) ?? 0,
          ...(withHidden ? { classId: row.classId, hidden: row.hidden } : {}),
        })),
      };
    });
  }

  function cachedRanking(code: string): Promise<Ranking | null> {
    const cached = rankings.get(code);
    if (cached && now() - cached.at < cacheMs) return cached.ranking;
    const ranking = readRanking(code, false);
    rankings.set(code, { at: now(), ranking });
    ranking.catch(() => rankings.delete(code));
    if (rankings.size > 1000) rankings.delete(rankings.keys().next().value as string);
    return ranking;
  }

  const features: FeatureHandlers = {
    "season:create": async (call, payload) => {
      const count = created.get(call.socket) ?? 0;
      if (count >= classesPerSocket) return refuse("too-many-attempts");
      const departement = departementOfTown(payload.town) ?? payload.departement;
      if (!departement) return refuse("bad-payload");
      const classKey = newSecret();
      try {
        for (let attempt = 0; attempt < 5; attempt++) {
          const classId = newPublicId(10);
          const row = {
            id: classId,
            key_hash: keyHash("class", classKey),
            school: payload.school,
            town: payload.town,
            departement,
            level: payload.level,
            label: payload.label,
            created_at: new Date(now()).toISOString(),
          };
          const written = await use(async (db) => {
            if (await classById(db, classId)) return false;
            await createClass(db, row);
            return true;
          });
          if (!written) continue;
          created.set(call.socket, count + 1);
          log("season: class created");
          return { ok: true, classId, classKey };
        }
      } catch (error) {
        return unavailable("season:create", error);
      }
      throw new Error("no free class id");
    },

    "season:get": async (call, payload) => {
      if (await call.blocked()) return refuse("too-many-attempts");
      try {
        const row = await classWithKey(payload.classId, payload.classKey);
        if (!row) return call.failedLookup("bad-class-key");
        const season = await use((db) => seasonOf(db, row.id));
        const defis = await use((db) => defisOfClass(db, row.id));
        const view: SeasonView = {
          ...season,
          class: { school: row.school, town: row.town, level: row.level, label: row.label },
          defis,
        };
        return { ok: true, season: view };
      } catch (error) {
        return unavailable("season:get", error);
      }
    },

    "season:delete": async (call, payload) => {
      if (await call.blocked()) return refuse("too-many-attempts");
      try {
        const row = await classWithKey(payload.classId, payload.classKey);
        if (!row) return call.failedLookup("bad-class-key");
        await use((db) => deleteClass(db, row.id));
        rankings.clear();
        log("season: class deleted");
        return { ok: true };
      } catch (error) {
        return unavailable("season:delete", error);
      }
    },

    "defi:join": async (call, payload) => {
      if (await call.blocked()) return refuse("too-many-attempts");
      try {
        const row = await classWithKey(payload.classId, payload.classKey);
        if (!row) return call.failedLookup("bad-class-key");
        const defi = await use((db) => defiByCode(db, payload.defi));
        if (!defi) return call.failedLookup("unknown-code");
        if (parisDay(new Date(now())) > defi.ends_on) return refuse("too-late");
        await use((db) => joinDefi(db, defi, row.id, new Date(now())));
        rankings.delete(defi.code);
        return { ok: true };
      } catch (error) {
        return unavailable("defi:join", error);
      }
    },

    "defi:admin": async (call, payload) => {
      try {
        const defi = await organiserDefi(call, payload.defi, payload.organiserKey);
        if ("ok" in defi) return defi;
        const ranking = await readRanking(defi.code, true);
        return ranking ? { ok: true, ranking } : refuse("unknown-code");
      } catch (error) {
        return unavailable("defi:admin", error);
      }
    },

    "defi:hide": async (call, payload) => {
      try {
        const defi = await organiserDefi(call, payload.defi, payload.organiserKey);
        if ("ok" in defi) return defi;
        if (!(await use((db) => setHidden(db, defi.code, payload.classId, payload.hidden))))
          return refuse("bad-payload");
        rankings.delete(defi.code);
        log(`defi: a class ${payload.hidden ? "hidden" : "shown again"}`);
        return { ok: true };
      } catch (error) {
        return unavailable("defi:hide", error);
      }
    },
  };

  const hooks: SeasonHooks = {
    async verifyClassKey(classKey, classId) {
      try {
        if (classId) return (await classWithKey(classId, classKey)) ? { ok: true, classId } : "bad-class-key";
        const hash = keyHash("class", classKey);
        const row = await use((db) =>
          db.selectFrom("classes").select("id").where("key_hash", "=", hash).executeTakeFirst(),
        );
        return row ? { ok: true, classId: row.id } : "bad-class-key";
      } catch (error) {
        log(`class:create: season unavailable (${error instanceof Error ? error.message : String(error)})`);
        return "down";
      }
    },

    async sessionEnded(record, endedAt) {
      if (!record.seasonClassId) return false;
      try {
        const aggregates = aggregatesOf(record, content);
        await use((db) =>
          recordSession(db, {
            id: randomBytes(12).toString("base64url"),
            classId: record.seasonClassId as string,
            endedAt: new Date(endedAt),
            ...aggregates,
          }),
        );
        rankings.clear();
        return true;
      } catch (error) {
        log(`class:end: season not counted (${error instanceof Error ? error.message : String(error)})`);
        return false;
      }
    },
  };

  function serveHttp(request: IncomingMessage, response: ServerResponse, headers: Record<string, string>) {
    const path = (request.url ?? "/").split("?")[0] ?? "/";
    const match = rankingUrl.exec(path);
    if (!match) return false;
    const answer = (status: number, body: unknown) => {
      response.writeHead(status, {
        ...headers,
        "content-type": "application/json; charset=utf-8",
        "cache-control": "no-store",
      });
      response.end(JSON.stringify(body));
    };
    const code = decodeURIComponent(match[1] ?? "")
      .replace(/[\s-]+/g, "")
      .toUpperCase();
    if (request.method !== "GET" || !/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$/.test(code)) {
      answer(400, { ok: false, error: "bad-payload" });
      return true;
    }
    cachedRanking(code).then(
      (ranking) => {
        if (!ranking) answer(404, { ok: false, error: "unknown-code" });
        else answer(200, { defi: ranking.defi, classes: ranking.classes.filter((row) => row.rank > 0) });
      },
      () => answer(503, { ok: false, error: "season-unavailable" }),
    );
    return true;
  }

  return { features, hooks, serveHttp };
}

/** What a session leaves: counts and shares, and the content ids the class met. */
export function aggregatesOf(record: ClassRecord, content: SeasonContent) {
  const stops =
    typeof record.tour === "string" ? (content.tours.get(record.tour)?.stops ?? []) : record.tour.stops;
  const visited = (record.visited ?? Array.from({ length: record.step + 1 }, (_, step) => step)).filter(
    (step) => step < stops.length,
  );
  const trades = new Set<string>();
  const sectors = new Set<string>();
  const companies = new Set<string>();
  for (const step of visited) {
    const stop = stops[step];
    const company = stop && content.companies.get(stop.company);
    if (!stop || !company) continue;
    companies.add(stop.company);
    sectors.add(company.sector);
    for (const trade of company.machines.get(stop.machine) ?? []) trades.add(trade);
  }
  const summary = summaryOf(record);
  return {
    // A teacher's own tour never counts as a shipped one in a challenge.
    tour: typeof record.tour === "string" ? record.tour : `perso-${record.tour.id}`.slice(0, 80),
    pupils: record.pupils.length,
    stops: visited.length,
    completed: visited.includes(record.steps - 1),
    answers: summary.steps
      .filter((step) => (record.correct[step.step] ?? -1) >= 0 && step.total > 0)
      .map((step) => ({ step: step.step, correct: step.correct, total: step.total })),
    trades: [...trades],
    sectors: [...sectors],
    companies: [...companies],
  };
}
