import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createAdapter as createPubSubAdapter } from "@socket.io/redis-adapter";
import { createAdapter as createStreamsAdapter } from "@socket.io/redis-streams-adapter";
import { Redis } from "ioredis";
import { Server } from "socket.io";
import { type Tour, tourSchema } from "../src/content/schema";
import { healthPath, limits } from "../src/protocol/schema";
import { attachClassHub, type ClassHubOptions } from "./classHub";
import type { AttemptLimiter, ClassStore } from "./classStore";
import { openDatabase, type SeasonDatabase } from "./db/openDatabase";
import { type DatabaseLink, linkDatabase } from "./db/seasonDatabaseLink";
import { faqFeature, tradesOfCompanies } from "./faqHub";
import type { HubServer } from "./hubEvents";
import { MemoryAttemptLimiter, MemoryClassStore } from "./memoryStore";
import { RedisAttemptLimiter, RedisClassStore } from "./redisStore";
import { RestoreOnceAdapter } from "./restoreOnceAdapter";
import { loadSeasonContent } from "./seasonContent";
import { type SeasonFeatureOptions, seasonFeature } from "./seasonHub";
import { securityHeaders } from "./siteHeaders";
import { staticFiles } from "./staticFiles";

export interface StartHubOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Interface to listen on; all of them when omitted. */
  host?: string;
  /** The built site to serve beside the hub (e.g. `dist`); none when omitted. */
  staticDir?: string;
  /** Redis for the class state and the broadcasts between nodes; in memory when omitted. */
  redisUrl?: string;
  /**
   * How the nodes share broadcasts through Redis: `streams` (the default) keeps the packets in a
   * Redis stream and the sessions in Redis, so a pupil whose line dropped comes back on any node
   * with nothing missed; `pubsub` (the earlier adapter, kept to compare) forgets what a
   * disconnected socket missed.
   */
  redisAdapter?: RedisAdapterKind;
  /** Shipped tours: defaults to `<staticDir>/content/tours.json`, else `public/content/tours.json`. */
  toursFile?: string;
  trustProxy?: boolean;
  /**
   * The class season's database: a PostgreSQL URL, a SQLite file, or one already opened (the hub
   * closes it). None when omitted: the live class alone, without seasons (`npm start` always
   * passes one, `data/usine.db` by default).
   */
  database?: { url: string } | { file: string } | SeasonDatabase;
  /** Overrides for tests (the ranking's cache, the wait for a database that is down). */
  season?: Partial<Pick<SeasonFeatureOptions, "rankingCacheMs" | "databaseTimeoutMs">>;
  log?: (line: string) => void;
  /** Overrides for tests (clock, rates). */
  hub?: Partial<
    Pick<ClassHubOptions, "now" | "eventsPerSecond" | "eventBurst" | "presenceDelayMs" | "presenceSweepMs">
  >;
}

export type RedisAdapterKind = "streams" | "pubsub";

/**
 * How long a disconnected socket's rooms, data and missed broadcasts are kept (Socket.IO's
 * connection-state recovery): a phone that slept through two minutes of class comes back as if
 * it had never left.
 */
export const recoveryWindowMs = 2 * 60_000;

export interface RunningHub {
  /** `http://<host>:<port>`, loopback when listening on every interface. */
  url: string;
  port: number;
  engine: "memory" | "redis";
  /** The Redis adapter in use; null in memory. */
  adapter: RedisAdapterKind | null;
  io: HubServer;
  /** The class season's database, shared by the feature hubs (season, défi, slots); null without one. */
  database: DatabaseLink | null;
  close(): Promise<void>;
}

const repoRoot = fileURLToPath(new URL("..", import.meta.url));

/** Reads the shipped tours, keeping those the schema accepts. */
export function loadTours(file: string, log: (line: string) => void = () => {}): Map<string, Tour> {
  const tours = new Map<string, Tour>();
  if (!existsSync(file)) {
    log(`no tours file at ${file}`);
    return tours;
  }
  const raw: unknown = JSON.parse(readFileSync(file, "utf8"));
  for (const candidate of Array.isArray(raw) ? raw : []) {
    const parsed = tourSchema.safeParse(candidate);
    if (parsed.success) tours.set(parsed.data.id, parsed.data);
    else log(`tour refused by the schema: ${String((candidate as { id?: unknown })?.id)}`);
  }
  return tours;
}

/** Reads the catalogue's trade ids (a guest's trade must be one of them); empty when there is no file. */
export function loadTradeIds(file: string): Set<string> {
  if (!existsSync(file)) return new Set();
  const raw: unknown = JSON.parse(readFileSync(file, "utf8"));
  return new Set(
    (Array.isArray(raw) ? raw : [])
      .map((job) => (job as { id?: unknown })?.id)
      .filter((id): id is string => typeof id === "string"),
  );
}

/** Starts the hub (and the built site when `staticDir` is given) on one HTTP server. */
export async function startHub(options: StartHubOptions = {}): Promise<RunningHub> {
  const log = options.log ?? ((line: string) => console.log(`[hub] ${line}`));
  const toursFile =
    options.toursFile ??
    [
      options.staticDir && join(options.staticDir, "content/tours.json"),
      join(repoRoot, "public/content/tours.json"),
    ]
      .filter((file): file is string => Boolean(file))
      .find((file) => existsSync(file)) ??
    join(repoRoot, "public/content/tours.json");
  const tours = loadTours(toursFile, log);
  const trades = loadTradeIds(join(dirname(toursFile), "jobs.json"));

  let store: ClassStore;
  let limiter: AttemptLimiter;
  const redisClients: Redis[] = [];
  if (options.redisUrl) {
    const connect = async () => {
      const client = new Redis(options.redisUrl as string, { lazyConnect: true, maxRetriesPerRequest: 3 });
      client.on("error", (error: Error) => log(`redis: ${error.message}`));
      await client.connect();
      redisClients.push(client);
      return client;
    };
    const data = await connect();
    store = new RedisClassStore(data, options.hub?.now);
    limiter = new RedisAttemptLimiter(data);
  } else {
    store = new MemoryClassStore(options.hub?.now);
    limiter = new MemoryAttemptLimiter(options.hub?.now);
  }

  const database = options.database
    ? linkDatabase("db" in options.database ? options.database : openDatabase(options.database), log)
    : null;
  await database?.start();
  const seasonContent = loadSeasonContent(join(dirname(toursFile), "companies.json"), tours);
  const season = database
    ? seasonFeature({
        database,
        content: seasonContent,
        log,
        ...(options.hub?.now ? { now: options.hub.now } : {}),
        ...options.season,
      })
    : null;
  const faq = faqFeature({
    database,
    companyTrades: tradesOfCompanies(seasonContent.companies),
    log,
    ...(options.hub?.now ? { now: options.hub.now } : {}),
  });

  const serveStatic = options.staticDir ? staticFiles(options.staticDir) : null;
  const httpServer = createServer((request, response) => {
    const path = (request.url ?? "/").split("?")[0];
    if (path === healthPath) {
      void healthOf(database).then((db) => {
        response.writeHead(200, {
          ...securityHeaders,
          "content-type": "application/json; charset=utf-8",
          "cache-control": "no-store",
        });
        response.end(JSON.stringify({ ok: true, engine: store.engine, ...(db ? { db } : {}) }));
      });
      return;
    }
    if (season?.serveHttp(request, response, securityHeaders)) return;
    if (faq.serveHttp(request, response, securityHeaders)) return;
    if (serveStatic) serveStatic(request, response);
    else response.writeHead(404, securityHeaders).end();
  });

  const io: HubServer = new Server(httpServer, {
    serveClient: false,
    // A teacher's own tour (64 KB of JSON) plus the packet's envelope; bigger closes the socket.
    maxHttpBufferSize: limits.maxCreateBytes + 16 * 1024,
    // Every event is validated by the hub's own handlers, which recovery does not bypass.
    connectionStateRecovery: { maxDisconnectionDuration: recoveryWindowMs, skipMiddlewares: true },
    // In memory: a kept session is restored once (Redis below: its own adapter).
    adapter: RestoreOnceAdapter,
  });
  const adapter: RedisAdapterKind | null = options.redisUrl ? (options.redisAdapter ?? "streams") : null;
  if (adapter === "pubsub") {
    const pub = redisClients[0]?.duplicate() as Redis;
    const sub = pub.duplicate();
    for (const client of [pub, sub]) client.on("error", (error: Error) => log(`redis: ${error.message}`));
    redisClients.push(pub, sub);
    io.adapter(createPubSubAdapter(pub, sub));
  } else if (adapter === "streams") {
    const streams = redisClients[0]?.duplicate() as Redis;
    streams.on("error", (error: Error) => log(`redis: ${error.message}`));
    redisClients.push(streams);
    // NOTE: the adapter duplicates this client for its blocking reads and closes those itself
    // when the server closes.
    io.adapter(
      createStreamsAdapter(streams, {
        // Names of our own, so that nodes of the pub/sub adapter (on the same Redis) never read them.
        streamName: "usine:classe:flux",
        channelPrefix: "usine:classe:canal",
        sessionKeyPrefix: "usine:classe:session:",
        onlyPlaintext: true,
      }),
    );
  }
  const hub = attachClassHub({
    io,
    store,
    limiter,
    tours,
    ...(trades.size > 0 ? { trades } : {}),
    features: { ...season?.features, ...faq.features },
    ...(season ? { season: season.hooks } : {}),
    database,
    log,
    ...(options.trustProxy ? { trustProxy: true } : {}),
    ...options.hub,
  });

  await new Promise<void>((listening, failed) => {
    httpServer.once("error", failed);
    httpServer.listen(options.port ?? 0, options.host, () => listening());
  });
  const { port } = httpServer.address() as AddressInfo;
  const host =
    !options.host || options.host === "0.0.0.0" || options.host === "::" ? "127.0.0.1" : options.host;

  return {
    url: `http://${host.includes(":") ? `[${host}]` : host}:${port}`,
    port,
    engine: store.engine,
    adapter,
    io,
    database,
    async close() {
      hub.close();
      io.disconnectSockets(true);
      await new Promise<void>((closed) => io.close(() => closed()));
      await store.close();
      await limiter.close();
      await Promise.all(redisClients.map((client) => client.quit().catch(() => client.disconnect())));
      await database?.close();
    },
  };
}

async function healthOf(database: DatabaseLink | null): Promise<string | null> {
  return database ? database.health() : null;
}
