/**
 * `npm run bench:classe`: the live class hub under a region's load, on loopback.
 * 50 classes × 30 pupils (1,500 Socket.IO clients in 2 worker processes), first on one hub node
 * (memory), then on two nodes sharing a private redis-server; each teacher moves every 2 s for
 * 60 s. Reports the delay from a teacher's move to each pupil receiving it (p50/p95/max), lost and
 * duplicated updates, the hub's memory per pupil and its CPU. Writes its section of
 * bench/results.md ("La classe en direct"). Options: CLASSES, PUPILS, SECONDS (environment).
 */
import { type ChildProcess, fork, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { cpus } from "node:os";
import { performance } from "node:perf_hooks";
import { connectHub, type HubClient } from "../../src/protocol/hubClient";
import { freePort, startRedis } from "../../tests/hub/hubHelpers";
import type { JoinOrder, PupilReport } from "./classePupils";
import { writeResultsSection } from "./writeResultsSection";

const classes = Number(process.env.CLASSES ?? 50);
const pupilsPerClass = Number(process.env.PUPILS ?? 30);
const seconds = Number(process.env.SECONDS ?? 60);
const moveEveryMs = 2000;
const workers = 2;
const tour = "decouverte-industries-provence";
const now = () => performance.timeOrigin + performance.now();
const sleep = (ms: number) => new Promise((resume) => setTimeout(resume, ms));

interface HubNode {
  url: string;
  pid: number;
  child: ChildProcess;
}

async function spawnHub(redisUrl?: string): Promise<HubNode> {
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      STATIC_DIR: "/nonexistent",
      ...(redisUrl ? { REDIS_URL: redisUrl } : { REDIS_URL: "" }),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  await new Promise<void>((ready, failed) => {
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("classe en direct")) ready();
    });
    child.stderr?.on("data", () => {});
    child.once("exit", (code) => failed(new Error(`hub exited (${code}): ${output}`)));
  });
  child.stdout?.resume();
  return { url: `http://127.0.0.1:${port}`, pid: child.pid as number, child };
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((gone) => {
    if (child.exitCode !== null || !child.pid) return gone();
    child.once("exit", () => gone());
    process.kill(child.pid, "SIGTERM");
  });
}

/** Resident memory (bytes) and CPU time (ms) of a process, from /proc. */
function usage(pid: number): { rss: number; cpuMs: number } {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const rss = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const ticks = Number(fields[11]) + Number(fields[12]);
  return { rss, cpuMs: (ticks * 1000) / 100 };
}

function startWorker(): Promise<ChildProcess> {
  const child = fork("scripts/bench/classePupils.ts", [], {
    execArgv: ["--import", "tsx"],
    stdio: "inherit",
  });
  return new Promise((ready) => child.once("message", () => ready(child)));
}

function ask<T>(child: ChildProcess, message: object, answer: string): Promise<T> {
  return new Promise((resolve) => {
    const listen = (reply: { type: string }) => {
      if (reply.type !== answer) return;
      child.off("message", listen);
      resolve(reply as T);
    };
    child.on("message", listen);
    child.send(message);
  });
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

interface Run {
  label: string;
  nodes: number;
  pupils: number;
  samples: number;
  p50: number;
  p95: number;
  max: number;
  lost: number;
  duplicated: number;
  /** States repeating the step with a new count of connected pupils (not moves). */
  presence: number;
  failedJoins: number;
  kbPerPupil: number;
  hubCpu: number;
  joinSeconds: number;
  /** Hub CPU time spent per pupil joining (connection + class:join), all nodes. */
  joinCpuMs: number;
  load: string;
  redisMb?: number;
}

async function run(label: string, nodes: HubNode[], redisPid?: number): Promise<Run> {
  // Teachers, in this process; class i is led from node i % nodes.
  const teachers: { hub: HubClient; code: string; key: string; sent: [number, number][] }[] = [];
  const baseline = nodes.map((node) => usage(node.pid));
  for (let i = 0; i < classes; i++) {
    const hub = connectHub({ url: (nodes[i % nodes.length] as HubNode).url, transports: ["websocket"] });
    const created = await hub.request("class:create", { tour });
    if (!created.ok) throw new Error(`class:create: ${created.error}`);
    teachers.push({ hub, code: created.code, key: created.key, sent: [] });
  }

  // Pupils: class i's pupils spread over the nodes (on two nodes, half of them on the other one).
  const orders: JoinOrder[] = Array.from({ length: workers }, () => ({ type: "join", pupils: [] }));
  let n = 0;
  for (const [i, teacher] of teachers.entries())
    for (let p = 0; p < pupilsPerClass; p++, n++)
      orders[n % workers]?.pupils.push({
        url: (nodes[(i + p) % nodes.length] as HubNode).url,
        code: teacher.code,
      });
  const pool = await Promise.all(Array.from({ length: workers }, () => startWorker()));
  const joinStart = now();
  const joinCpuStart = nodes.reduce((sum, node) => sum + usage(node.pid).cpuMs, 0);
  const joined = await Promise.all(
    pool.map((worker, w) =>
      ask<{ count: number; failedJoins: number }>(worker, orders[w] as JoinOrder, "joined"),
    ),
  );
  const failedJoins = joined.reduce((sum, j) => sum + j.failedJoins, 0);
  const pupils = joined.reduce((sum, j) => sum + j.count, 0);
  const joinSeconds = (now() - joinStart) / 1000;
  const joinCpuMs =
    (nodes.reduce((sum, node) => sum + usage(node.pid).cpuMs, 0) - joinCpuStart) / Math.max(1, pupils);
  console.log(`${label}: ${pupils} pupils joined in ${joinSeconds.toFixed(1)} s`);
  await sleep(3000);
  const loaded = nodes.map((node) => usage(node.pid));
  const rssDelta = loaded.reduce((sum, u, i) => sum + u.rss - (baseline[i]?.rss ?? 0), 0);

  // Measure: each teacher moves every 2 s (spread over the period), for `seconds`.
  await Promise.all(pool.map((worker) => ask(worker, { type: "measure" }, "measuring")));
  const cpuStart = nodes.map((node) => usage(node.pid).cpuMs);
  const measureStart = now();
  const load = readFileSync("/proc/loadavg", "utf8").split(" ")[0] ?? "?";
  const moves = Math.floor((seconds * 1000) / moveEveryMs);
  const stepsInTour = 10;
  await Promise.all(
    teachers.map(async (teacher, i) => {
      await sleep((i * moveEveryMs) / teachers.length);
      for (let m = 1; m <= moves; m++) {
        const due = measureStart + (i * moveEveryMs) / teachers.length + m * moveEveryMs;
        await sleep(Math.max(0, due - now()));
        const step = m % stepsInTour;
        teacher.sent.push([step, now()]);
        void teacher.hub.request("class:goto", { code: teacher.code, key: teacher.key, step });
      }
    }),
  );
  await sleep(2000);
  const wall = now() - measureStart;
  const hubCpu = nodes.reduce((sum, node, i) => sum + (usage(node.pid).cpuMs - (cpuStart[i] ?? 0)), 0) / wall;
  const redisMb = redisPid ? usage(redisPid).rss / 1024 / 1024 : undefined;
  const reports = await Promise.all(
    pool.map((worker) => ask<PupilReport>(worker, { type: "report" }, "report")),
  );

  // Match each pupil's received states to its teacher's moves, in order.
  const sentByCode = new Map(teachers.map((teacher) => [teacher.code, teacher.sent]));
  const delays: number[] = [];
  let lost = 0;
  let duplicated = 0;
  let presence = 0;
  for (const report of reports)
    for (const pupil of report.pupils) {
      const sent = sentByCode.get(pupil.code) ?? [];
      let next = 0;
      let previous: [number, number, number] | undefined;
      for (const state of pupil.states) {
        const [step, at, connected] = state;
        const before = previous;
        previous = state;
        let k = next;
        while (k < sent.length && (sent[k]?.[0] !== step || (sent[k]?.[1] ?? 0) > at)) k++;
        if (k >= sent.length) {
          // The same step again: a new count of connected pupils, or a true duplicate.
          if (before && before[0] === step && before[2] !== connected) presence++;
          else duplicated++;
          continue;
        }
        lost += k - next;
        delays.push(at - (sent[k]?.[1] ?? at));
        next = k + 1;
      }
      lost += sent.length - next;
    }
  delays.sort((a, b) => a - b);

  for (const worker of pool) worker.send({ type: "close" });
  await Promise.all(pool.map((worker) => new Promise((gone) => worker.once("exit", gone))));
  for (const teacher of teachers) teacher.hub.close();

  return {
    label,
    nodes: nodes.length,
    pupils,
    samples: delays.length,
    p50: percentile(delays, 50),
    p95: percentile(delays, 95),
    max: delays.at(-1) ?? Number.NaN,
    lost,
    duplicated,
    presence,
    failedJoins,
    kbPerPupil: rssDelta / 1024 / Math.max(1, pupils),
    hubCpu: hubCpu * 100,
    joinSeconds,
    joinCpuMs,
    load,
    ...(redisMb !== undefined ? { redisMb } : {}),
  };
}

const results: Run[] = [];
{
  const node = await spawnHub();
  try {
    results.push(await run("1 node (memory)", [node]));
  } finally {
    await stop(node.child);
  }
}
{
  const redis = await startRedis();
  const redisPid = await findRedisPid(redis.url);
  const nodes = [await spawnHub(redis.url), await spawnHub(redis.url)];
  try {
    results.push(await run("2 nodes + Redis", nodes, redisPid || undefined));
  } finally {
    for (const node of nodes) await stop(node.child);
    await redis.stop();
  }
}

/** The pid of the redis-server listening on the URL's port (for its memory). */
async function findRedisPid(url: string): Promise<number> {
  const { Redis } = await import("ioredis");
  const client = new Redis(url);
  const info = await client.info("server");
  await client.quit();
  return Number(/process_id:(\d+)/.exec(info)?.[1] ?? 0);
}

const ms = (value: number) => `${value.toFixed(0)} ms`;
const table = [
  "| | pupils | updates received | p50 | p95 | max | lost | duplicated | presence updates | hub memory per pupil | hub CPU (sum of nodes) | joining wave | machine load (1 min) |",
  "|---|---|---|---|---|---|---|---|---|---|---|---|---|",
  ...results.map(
    (r) =>
      `| ${r.label} | ${r.pupils} | ${r.samples} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.max)} | ${r.lost} | ${r.duplicated} | ${r.presence} | ${r.kbPerPupil.toFixed(1)} KB | ${r.hubCpu.toFixed(0)} % of a core${r.redisMb ? ` (redis-server: ${r.redisMb.toFixed(0)} MB RSS)` : ""} | ${r.pupils} joins in ${r.joinSeconds.toFixed(1)} s, hub CPU ${r.joinCpuMs.toFixed(1)} ms per join | ${r.load} |`,
  ),
];
console.log(`\n${table.join("\n")}`);

const machine = `${cpus().length} cores (${cpus()[0]?.model.trim() ?? "?"}), Node ${process.version}`;
const section = [
  "## La classe en direct",
  "",
  `\`npm run bench:classe\`, on loopback, ${new Date().toISOString().slice(0, 10)}, ${machine}: ${classes} classes × ${pupilsPerClass} pupils (${classes * pupilsPerClass} Socket.IO clients over WebSocket, in ${workers} worker processes, on the same machine as the hub), each teacher moving every ${moveEveryMs / 1000} s for ${seconds} s (moves spread over the 2 s). Delay: from the teacher's \`class:goto\` to each pupil's \`class:state\` with the new step (clocks of one machine). Memory: growth of the hub's RSS from before the teachers connected to after every pupil joined, divided by the pupils (it includes the ${classes} teacher sockets). CPU: hub processes only, during the moves. "Duplicated": a pupil received a state with the same step and the same count of pupils twice; "presence updates": the same step with a new count of connected pupils (sent when a pupil comes or goes, not a move). On two nodes, each class's pupils are split over both nodes and half the teachers are on each, so most updates cross Redis.`,
  "",
  ...table,
  "",
  "Targets (issue 11): p95 ≤ 250 ms on one node, ≤ 400 ms on two, 0 lost, ≤ 50 KB per pupil.",
  "",
  scaleParagraph(results),
  "",
].join("\n");

/** How the layout goes to 1,000 classes, from the figures of this run. */
function scaleParagraph(runs: Run[]): string {
  const two = runs.find((r) => r.nodes === 2) ?? runs[0];
  if (!two) return "";
  const factor = 30_000 / Math.max(1, two.pupils);
  const cpuCores = (two.hubCpu / 100) * factor;
  const memoryMb = (two.kbPerPupil * 30_000) / 1024;
  const joinsPerSecond = two.pupils / two.joinSeconds;
  const joinCores = (two.joinCpuMs * 30_000) / 1000 / 300;
  const hubBusy = (two.joinCpuMs * two.pupils) / (two.joinSeconds * 1000);
  const processes = Math.max(2, 2 * Math.ceil(cpuCores + joinCores));
  return [
    `**Towards 1,000 classes (30,000 pupils).** Scaling this run's two-node figures by ${factor.toFixed(0)}: the moves cost about ${cpuCores.toFixed(1)} cores of hub CPU and ${memoryMb.toFixed(0)} MB of hub memory in all. The joining wave at the start of a lesson: the hub spent ${two.joinCpuMs.toFixed(1)} ms of CPU per pupil joining (WebSocket handshake and \`class:join\`), so 30,000 pupils joining within 5 minutes need about ${joinCores.toFixed(1)} cores; here ${two.pupils} pupils joined in ${two.joinSeconds.toFixed(0)} s (${joinsPerSecond.toFixed(0)} joins/s): the hub processes were busy ${(hubBusy * 100).toFixed(0)} % of that time (in core-time), ${hubBusy < 0.7 ? "so the client processes sharing the same 2 cores, not the hub, set the pace" : "so the hub set the pace"}.`,
    `Layout: ${processes} hub processes (one per core: twice what the moves and a 5-minute joining wave need together at these figures) on two or more machines behind nginx, WebSocket first, \`ip_hash\` for the long-polling fallback; one Redis with a replica and Sentinel for the class state (a few KB per class) and the adapter's pub/sub. The Redis adapter publishes every broadcast to every node, which keeps the rooms it holds: 1,000 classes moving every 2 s is 500 messages per second per node, small for Redis; past a few thousand classes, sharded pub/sub (Redis 7) or \`@socket.io/redis-streams-adapter\` spreads the channels. Joins of one class are queued on its node and retried across nodes (compare-and-set), so a class's 30 joins cost 30 Redis round trips in turn: spread the wave by letting teachers open the class a few minutes early, and measure it on the target machines before the Semaine de l'Industrie.`,
  ].join("\n\n");
}

const file = writeResultsSection("## La classe en direct", section);
console.log(`\nWritten to ${file} (section "La classe en direct")`);
process.exit(0);
