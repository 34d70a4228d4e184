/**
 * `npm run bench:defi`: 1,000 classes of one challenge end their live sessions within the same
 * minute against PostgreSQL (DATABASE_URL or TEST_DATABASE_URL; a throwaway database is created
 * and dropped), while 20 projectors read the ranking every second. Measures, at the database layer
 * the hub uses (server/db/seasonStore: one transaction per session, the challenge's points updated
 * in it; the ranking one indexed read), the p50/p95/max of the session write and of the ranking read,
 * then the same 1,000 writes all at once (a burst). Writes its section of bench/results.md.
 * Options (environment): CLASSES (1000), SECONDS (60), READERS (20), POOL (20).
 */
import { randomBytes } from "node:crypto";
import { cpus, loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { openDatabase } from "../../server/db/openDatabase";
import { createClass, defiByCode, joinDefi, rankingOf, recordSession } from "../../server/db/seasonStore";
import { newDefi } from "../../server/newDefi";
import { writeResultsSection } from "./writeResultsSection";

const classes = Number(process.env.CLASSES ?? 1000);
const seconds = Number(process.env.SECONDS ?? 60);
const readers = Number(process.env.READERS ?? 20);
const pool = Number(process.env.POOL ?? 20);
const tour = "decouverte-industries-provence";
const adminUrl = process.env.DATABASE_URL ?? process.env.TEST_DATABASE_URL;
if (!adminUrl) {
  console.error("bench:defi needs PostgreSQL: set DATABASE_URL or TEST_DATABASE_URL (see .ci/postgres.sh)");
  process.exit(1);
}
const sleep = (ms: number) => new Promise((resume) => setTimeout(resume, ms));
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
};
const stats = (values: number[]) =>
  `p50 ${percentile(values, 50).toFixed(1)} ms · p95 ${percentile(values, 95).toFixed(1)} ms · max ${Math.max(...values).toFixed(1)} ms (${values.length})`;

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

const name = `usine_bench_${randomBytes(4).toString("hex")}`;
await admin(`create database ${name}`);
const url = new URL(adminUrl);
url.pathname = `/${name}`;
// One more connection than writers, for the projectors' reads.
const database = openDatabase({ url: url.href, poolSize: pool + 2, connectTimeoutMs: 60_000 });
const lines: string[] = [];
try {
  await database.migrate();
  const db = database.db;
  const { code } = await newDefi(db, {
    title: "Banc d’essai",
    from: "2000-01-01",
    to: "2999-12-31",
    tours: [tour],
  });
  const defi = await defiByCode(db, code);
  if (!defi) throw new Error("no challenge");
  const levels = ["6e", "5e", "4e", "3e"];
  const departements = ["04", "05", "06", "13", "83", "84"];
  const ids: string[] = [];
  for (let i = 0; i < classes; i++) {
    const id = `B${String(i).padStart(9, "0")}`;
    ids.push(id);
    await createClass(db, {
      id,
      key_hash: randomBytes(32).toString("hex"),
      school: `Collège ${i}`,
      town: "Marseille",
      departement: departements[i % departements.length] as string,
      level: levels[i % levels.length] as string,
      label: `Classe ${i}`,
      created_at: new Date().toISOString(),
    });
    await joinDefi(db, defi, id, new Date());
  }
  const trades = [
    "soudeur",
    "chimiste",
    "pilote-de-ligne",
    "technicien-de-maintenance",
    "conducteur-de-ligne",
  ];
  const session = (classId: string, n: number) => ({
    id: randomBytes(12).toString("base64url"),
    classId,
    tour,
    endedAt: new Date(),
    pupils: 28,
    stops: 10,
    completed: n % 3 !== 0,
    answers: Array.from({ length: 10 }, (_, step) => ({ step, correct: (n + step) % 28, total: 28 })),
    trades: trades.slice(0, 1 + (n % trades.length)).map((trade) => `${trade}-${n % 7}`),
    sectors: ["metallurgie", "chimie", "aeronautique"],
    companies: ["acierie-du-golfe", "pole-chimique-de-lavera"],
  });

  async function phase(label: string, spreadMs: number) {
    const writes: number[] = [];
    const reads: number[] = [];
    let done = false;
    const reading = Array.from({ length: readers }, async (_, r) => {
      await sleep((r * 1000) / readers);
      while (!done) {
        const started = performance.now();
        const ranking = await rankingOf(db, code);
        reads.push(performance.now() - started);
        if (ranking.length !== classes) throw new Error(`ranking of ${ranking.length} classes`);
        await sleep(1000);
      }
    });
    const started = performance.now();
    const write = async (n: number) => {
      const begin = performance.now();
      await recordSession(db, session(ids[n] as string, n));
      writes.push(performance.now() - begin);
    };
    if (spreadMs > 0)
      await Promise.all(
        ids.map(async (_, n) => {
          await sleep(Math.random() * spreadMs);
          await write(n);
        }),
      );
    else {
      // A burst: every session ready at once, written by as many workers as the pool has connections
      // (the hub's pool queues them the same way); each write timed from its own start.
      let next = 0;
      await Promise.all(
        Array.from({ length: pool }, async () => {
          while (next < ids.length) await write(next++);
        }),
      );
    }
    const elapsed = (performance.now() - started) / 1000;
    done = true;
    await Promise.all(reading);
    lines.push(`| ${label} | ${elapsed.toFixed(1)} s | ${stats(writes)} | ${stats(reads)} |`);
    console.log(`${label}: writes ${stats(writes)}; ranking reads ${stats(reads)}; ${elapsed.toFixed(1)} s`);
  }

  console.log(`${classes} classes ready in challenge ${code}`);
  await phase(`${classes} sessions spread over ${seconds} s`, seconds * 1000);
  await phase(`${classes} sessions at once (burst, ${pool} writers)`, 0);
  const top = await rankingOf(db, code);
  console.log(`ranking: ${top.length} classes, first ${top[0]?.points} points`);
} finally {
  await database.close();
  await admin(`drop database if exists ${name} with (force)`);
}

const section = [
  "## Le défi des classes (bench:defi)",
  "",
  `\`npm run bench:defi\`, ${new Date().toISOString().slice(0, 10)}: PostgreSQL (${classes} classes in one challenge, pool of ${pool} connections), ${readers} projectors reading the ranking every second during the writes. Measured at the database layer the hub calls (\`server/db/seasonStore.ts\`): a session's write is one transaction (session, 10 answer shares, trades/sectors/companies met, the challenge's points updated); the ranking read is one indexed query on \`defi_classes (defi_code, points desc, points_at)\` joined to the classes. Socket.IO is not in these figures. Machine: ${cpus().length} CPU cores (${cpus()[0]?.model ?? "?"}), load average ${loadavg()
    .map((value) => value.toFixed(1))
    .join(" / ")} at the end (writers, Node and PostgreSQL on the same cores).`,
  "",
  "| run | duration | session write | ranking read (1,000 classes) |",
  "|---|---|---|---|",
  ...lines,
  "",
  "Goal: writes p95 ≤ 100 ms, ranking ≤ 200 ms.",
  "",
].join("\n");
const file = writeResultsSection("## Le défi des classes", section);
console.log(`Written to ${file} (section "Le défi des classes")`);
