/**
 * `npm start`: the built site and the live class hub on one port.
 * PORT (8080), HOST (every interface), STATIC_DIR (dist), REDIS_URL (none: in memory),
 * REDIS_ADAPTER (streams: connection-state recovery across nodes; pubsub to compare),
 * DATABASE_URL (PostgreSQL for the class season; none: SQLite in DATABASE_FILE, data/usine.db),
 * TRUST_PROXY=1 behind a reverse proxy that sets X-Forwarded-For.
 */
import { existsSync } from "node:fs";
import { defaultDatabaseFile } from "./db/openDatabase";
import { startHub } from "./startHub";

const staticDir = process.env.STATIC_DIR ?? "dist";
if (!existsSync(`${staticDir}/index.html`))
  console.warn(
    `[hub] ${staticDir}/index.html manquant : lancer \`npm run build\` d'abord (le hub démarre quand même).`,
  );

const hub = await startHub({
  port: Number(process.env.PORT ?? 8080),
  ...(process.env.HOST ? { host: process.env.HOST } : {}),
  staticDir,
  ...(process.env.REDIS_URL ? { redisUrl: process.env.REDIS_URL } : {}),
  ...(process.env.REDIS_ADAPTER === "pubsub" || process.env.REDIS_ADAPTER === "streams"
    ? { redisAdapter: process.env.REDIS_ADAPTER }
    : {}),
  // The class season: PostgreSQL with DATABASE_URL, else SQLite in data/usine.db (DATABASE_FILE).
  database: process.env.DATABASE_URL
    ? { url: process.env.DATABASE_URL }
    : { file: process.env.DATABASE_FILE ?? defaultDatabaseFile },
  trustProxy: process.env.TRUST_PROXY === "1",
  // For the tests that kill a node: how often the classes led from here recount their pupils.
  ...(process.env.CLASSE_PRESENCE_SWEEP_MS
    ? { hub: { presenceSweepMs: Number(process.env.CLASSE_PRESENCE_SWEEP_MS) } }
    : {}),
});
console.log(
  `[hub] L'Usine Extraordinaire : ${hub.url}/ (classe en direct : ${hub.engine}${hub.adapter ? `, ${hub.adapter}` : ""} ; saison des classes : ${hub.database?.engine})`,
);

let closing = false;
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.on(signal, () => {
    if (closing) return;
    closing = true;
    hub.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
