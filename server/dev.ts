/**
 * `npm run dev`: the hub on a free loopback port, and Vite on http://localhost:5173/ proxying the
 * hub's paths to it, so the app and the live class run from one command.
 */
import { createServer } from "vite";
import { defaultDatabaseFile } from "./db/openDatabase";
import { startHub } from "./startHub";

const hub = await startHub({
  host: "127.0.0.1",
  ...(process.env.REDIS_URL ? { redisUrl: process.env.REDIS_URL } : {}),
  // The class season: PostgreSQL with DATABASE_URL, else SQLite in data/usine.db (DATABASE_FILE).
  database: process.env.DATABASE_URL
    ? { url: process.env.DATABASE_URL }
    : { file: process.env.DATABASE_FILE ?? defaultDatabaseFile },
});
const vite = await createServer({
  server: {
    proxy: {
      "/socket.io": { target: hub.url, ws: true },
      "/api": { target: hub.url },
    },
  },
});
await vite.listen();
vite.printUrls();
console.log(`  ➜  Hub (classe en direct, ${hub.engine}) : ${hub.url}`);

for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.on(signal, () => {
    void Promise.all([vite.close(), hub.close()]).finally(() => process.exit(0));
  });
