import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newClassCode } from "../../server/classHub";
import { addPupil, endClass, newClassRecord } from "../../server/classRecord";
import { RedisAttemptLimiter, RedisClassStore } from "../../server/redisStore";
import { limits } from "../../src/protocol/schema";
import { freePort, type RedisServer, startRedis, type TestClient, testClient } from "./hubHelpers";

/**
 * With a real redis-server (started here on a free port, or REDIS_URL): the Redis store and limiter,
 * then two hub processes sharing it, one of them killed and restarted in the middle of a class.
 */

let redis: RedisServer;
const connections: Redis[] = [];
const processes = new Set<ChildProcess>();
const clients: TestClient[] = [];
/** The class season's SQLite files of the spawned nodes (one per node), removed at the end. */
const databaseFolder = mkdtempSync(join(tmpdir(), "usine-redis-test-"));

function connection() {
  const client = new Redis(redis.url);
  connections.push(client);
  return client;
}

interface HubProcess {
  url: string;
  kill(): Promise<void>;
}

/** `npm start` as a child process on `port`, sharing the test's Redis. */
async function spawnHub(port: number): Promise<HubProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      REDIS_URL: redis.url,
      STATIC_DIR: "/nonexistent",
      CLASSE_PRESENCE_SWEEP_MS: "500",
      DATABASE_URL: "",
      DATABASE_FILE: join(databaseFolder, `usine-${port}.db`),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  processes.add(child);
  await new Promise<void>((ready, failed) => {
    let output = "";
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("classe en direct : redis")) ready();
    };
    child.stdout?.on("data", collect);
    child.stderr?.on("data", collect);
    child.once("exit", (code) => failed(new Error(`hub exited (${code}): ${output}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    kill: () =>
      new Promise((gone) => {
        child.once("exit", () => {
          processes.delete(child);
          gone();
        });
        if (child.pid) process.kill(child.pid, "SIGKILL");
      }),
  };
}

beforeAll(async () => {
  redis = await startRedis();
});

afterAll(async () => {
  rmSync(databaseFolder, { recursive: true, force: true });
  for (const client of clients) client.close();
  for (const child of processes) if (child.pid && child.exitCode === null) process.kill(child.pid, "SIGKILL");
  await Promise.all(connections.map((client) => client.quit()));
  await redis.stop();
});

const stops = Array.from({ length: 4 }, (_, i) => ({
  company: "a",
  workshop: "b",
  machine: `m${i}`,
  narration: "0123456789",
  notes: "0123456789",
  question: { prompt: "Une question ?", answer: "Oui.", choices: ["a", "b", "c"], correct: 0 },
}));

describe("the Redis store", () => {
  it("loses no change when two nodes update one class at once", async () => {
    const [first, second] = [new RedisClassStore(connection()), new RedisClassStore(connection())];
    const code = newClassCode();
    expect(
      await first.create(newClassRecord({ code, keyHash: "k", tour: "t", stops, now: Date.now() })),
    ).toBe(true);
    expect(
      await second.create(newClassRecord({ code, keyHash: "k", tour: "t", stops, now: Date.now() })),
    ).toBe(false);
    await Promise.all(
      Array.from({ length: limits.maxPupils }, (_, i) =>
        (i % 2 ? first : second).update(code, (record) =>
          addPupil(record, { id: `p${i}`, name: `Élève ${i}`, tokenHash: `h${i}` }),
        ),
      ),
    );
    const record = await first.get(code);
    expect(record?.pupils).toHaveLength(limits.maxPupils);
    expect(new Set(record?.pupils.map((pupil) => pupil.id)).size).toBe(limits.maxPupils);
  });

  it("sets the class to expire after 4 hours", async () => {
    const store = new RedisClassStore(connection());
    const code = newClassCode();
    await store.create(newClassRecord({ code, keyHash: "k", tour: "t", stops, now: Date.now() }));
    const ttl = await connection().pttl(`usine:classe:${code}`);
    expect(ttl).toBeGreaterThan(limits.classTtlMs - 60_000);
    expect(ttl).toBeLessThanOrEqual(limits.classTtlMs);
  });

  it("lets an ended class expire within 30 minutes", async () => {
    const store = new RedisClassStore(connection());
    const code = newClassCode();
    await store.create(newClassRecord({ code, keyHash: "k", tour: "t", stops, now: Date.now() }));
    const ended = await store.update(code, (record) => endClass(record, Date.now()));
    expect(ended?.outcome.ok).toBe(true);
    const ttl = await connection().pttl(`usine:classe:${code}`);
    expect(ttl).toBeGreaterThan(limits.endedTtlMs - 60_000);
    expect(ttl).toBeLessThanOrEqual(limits.endedTtlMs);
    expect((await store.get(code))?.ended).toBe(true);
  });

  it("blocks an address after 20 failures, for every node", async () => {
    const [first, second] = [new RedisAttemptLimiter(connection()), new RedisAttemptLimiter(connection())];
    const address = `test-${Date.now()}`;
    for (let i = 0; i < limits.failedAttempts - 1; i++) await (i % 2 ? first : second).fail(address);
    expect(await first.blocked(address)).toBe(false);
    await first.fail(address);
    expect(await second.blocked(address)).toBe(true);
    const ttl = await connection().pttl(`usine:bloque:${address}`);
    expect(ttl).toBeGreaterThan(limits.blockMs - 60_000);
  });
});

describe("two hub nodes on Redis", () => {
  it("serve one class across nodes, and a node killed and restarted loses nothing", async () => {
    const [portA, portB] = [await freePort(), await freePort()];
    let [nodeA, nodeB] = await Promise.all([spawnHub(portA), spawnHub(portB)]);
    const health = await (await fetch(`${nodeB.url}/api/classe/health`)).json();
    expect(health).toEqual({ ok: true, engine: "redis", db: "sqlite" });

    const teacher = testClient(nodeA.url, "10.5.0.1");
    clients.push(teacher);
    const created = await teacher.hub.request("class:create", { tour: "decouverte-industries-provence" });
    if (!created.ok) throw new Error(created.error);
    const { code, key } = created;
    teacher.hub.setSession({ role: "teacher", code, key });

    const pupils = ["Léa", "Tom", "Inès"].map((name) => ({
      name,
      client: testClient(nodeB.url, "10.5.0.2"),
    }));
    clients.push(...pupils.map((pupil) => pupil.client));
    const tokens: string[] = [];
    for (const { name, client } of pupils) {
      const joined = await client.hub.request("class:join", { code, name });
      if (!joined.ok) throw new Error(joined.error);
      tokens.push(joined.pupil);
      client.hub.setSession({ role: "pupil", code, pupil: joined.pupil });
    }
    await teacher.until("class:state", (s) => s.pupils === 3);
    expect((await teacher.until("class:roster", (r) => r.names.length === 3)).names).toEqual([
      "Léa",
      "Tom",
      "Inès",
    ]);

    for (const step of [1, 2])
      expect(await teacher.hub.request("class:goto", { code, key, step })).toEqual({ ok: true });
    for (const { client } of pupils) await client.until("class:state", (s) => s.step === 2);
    for (const [i, { client }] of pupils.entries())
      expect(
        await client.hub.request("class:answer", { code, pupil: tokens[i] as string, step: 2, choice: i }),
      ).toEqual({
        ok: true,
      });
    await teacher.until("class:results", (r) => r.step === 2 && r.total === 3);

    // The pupils' node dies; it comes back on the same address, and the pupils reconnect to it.
    const statesBefore = teacher.received["class:state"].length;
    await nodeB.kill();
    // The teacher's node notices that the pupils are gone.
    await teacher.until(
      "class:state",
      (s) => s.pupils === 0 && teacher.received["class:state"].indexOf(s) >= statesBefore,
    );
    const reattached = pupils.map(
      ({ client }) =>
        new Promise((done) => {
          const stop = client.hub.onReattach((result) => {
            stop();
            done(result);
          });
        }),
    );
    nodeB = await spawnHub(portB);
    for (const result of await Promise.all(reattached))
      expect(result).toMatchObject({ ok: true, state: { step: 2, pupils: expect.any(Number) } });
    await teacher.until("class:state", (s) => s.pupils === 3 && s.step === 2);

    // The teacher's node dies too; the teacher's window re-attaches with its key.
    const teacherBack = new Promise((done) => {
      const stop = teacher.hub.onReattach((result) => {
        stop();
        done(result);
      });
    });
    await nodeA.kill();
    nodeA = await spawnHub(portA);
    expect(await teacherBack).toMatchObject({ ok: true, state: { step: 2 } });

    expect(await teacher.hub.request("class:goto", { code, key, step: 3 })).toEqual({ ok: true });
    for (const { client } of pupils) await client.until("class:state", (s) => s.step === 3);
    const ended = await teacher.hub.request("class:end", { code, key });
    expect(ended.ok && ended.summary).toMatchObject({ pupils: 3 });
    expect(ended.ok && ended.summary.steps[2]).toMatchObject({ step: 2, total: 3 });
    expect(ended.ok && ended.summary.steps[2]?.counts.slice(0, 3)).toEqual([1, 1, 1]);
    for (const { client } of pupils) await client.until("class:state", (s) => s.ended);

    await nodeA.kill();
    await nodeB.kill();
  });
});
