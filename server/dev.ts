/**
 * `npm run dev`: the hub on a free loopback port, and Vite on http://localhost:5173/ proxying the
 * hub's paths to it, so the app and the live class run from one command.
 */
import { createServer } from "vite";
import { startHub } from "./startHub";

const hub = await startHub({
  host: "127.0.0.1",
  ...(process.env.REDIS_URL ? { redisUrl: process.env.REDIS_URL } : {}),
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
