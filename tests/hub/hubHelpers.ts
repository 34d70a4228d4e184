import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { connectHub, type HubClient } from "../../src/protocol/hubClient";
import type { ServerEventName, ServerEvents } from "../../src/protocol/schema";

/** A free loopback port (for processes that must be told their port). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** A hub client that remembers every event it received, so a test can wait for one that already came. */
export interface TestClient {
  hub: HubClient;
  received: { [E in ServerEventName]: ServerEvents[E][] };
  /** Resolves with the first event (past or future) that satisfies `test`. */
  until<E extends ServerEventName>(
    event: E,
    test?: (payload: ServerEvents[E]) => boolean,
  ): Promise<ServerEvents[E]>;
  close(): void;
}

/**
 * Connects to a hub as if from `address` (the test hubs trust `X-Forwarded-For`), WebSocket only
 * unless told otherwise.
 */
export function testClient(
  url: string,
  address = "10.0.0.1",
  transports: ("polling" | "websocket")[] = ["websocket"],
): TestClient {
  const hub = connectHub({
    url,
    transports,
    extraHeaders: { "x-forwarded-for": address },
    timeoutMs: 10_000,
    reconnectionDelayMax: 1000,
  });
  const received = {
    "class:state": [],
    "class:results": [],
    "class:roster": [],
    "class:questions": [],
    "class:summary": [],
    "class:answers": [],
    "class:readiness": [],
  } as TestClient["received"];
  const waiters = new Set<() => void>();
  for (const event of Object.keys(received) as ServerEventName[])
    hub.on(event, (payload) => {
      (received[event] as unknown[]).push(payload);
      for (const waiter of [...waiters]) waiter();
    });
  return {
    hub,
    received,
    until(event, test = () => true) {
      return new Promise((resolve) => {
        const check = () => {
          const found = received[event].find(test);
          if (found === undefined) return false;
          waiters.delete(check);
          resolve(found);
          return true;
        };
        if (!check()) waiters.add(check);
      });
    },
    close: () => hub.close(),
  };
}

export interface RedisServer {
  url: string;
  stop(): Promise<void>;
}

/**
 * A private `redis-server` on a free loopback port, nothing written to disk; or the one named by
 * REDIS_URL when it is set (CI).
 */
export async function startRedis(): Promise<RedisServer> {
  if (process.env.REDIS_URL) return { url: process.env.REDIS_URL, stop: async () => {} };
  const port = await freePort();
  const child = spawn(
    "redis-server",
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  await new Promise<void>((ready, failed) => {
    let output = "";
    child.once("error", failed);
    child.once("exit", (code) => failed(new Error(`redis-server exited (${code}): ${output}`)));
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("Ready to accept connections")) ready();
    });
  });
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: () =>
      new Promise((stopped) => {
        if (child.exitCode !== null) return stopped();
        child.once("exit", () => stopped());
        if (child.pid) process.kill(child.pid, "SIGTERM");
      }),
  };
}
