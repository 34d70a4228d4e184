/**
 * `npm run bench:reseau`: a class on a school's link. The built site and the hub (`dist/`, run
 * `npm run build` first) sit behind a shaped link (`schoolLink.ts`: 10 Mbit/s shared downstream,
 * 40 ms RTT); PUPILS headless pupils (one Chromium, one small context each) join a live class
 * and follow a teacher (a protocol client, through the same link) over a 5-stop tour of 5
 * factories. For each stop: the time from the teacher's move until each device shows the stop's
 * scene (`data-scene` = the stop's workshop and `aria-busy="false"`: its first frame drawn with
 * the model), as p50/p95/max over the devices, and the bytes the link sent down meanwhile.
 * Two runs: "before" (models at meshopt `medium`, the devices fetch nothing ahead) and "after"
 * (models as shipped, the tour prefetched on each device). Prints Markdown for bench/results.md.
 *
 * Made to run 30 pupils on a quiet 2-core machine: the devices join spread over JOIN_S seconds
 * (as a class types the code from the projector), each page as light as a phone's browser (a
 * 320×240 viewport, the app's « Économe » quality, which software rendering selects anyway;
 * Chromium flags that cut per-page threads), generous per-device limits (a device that does not
 * make it is counted out, « n/30 devices », instead of failing the run), progress lines on
 * stderr, and a hard bound on the whole run (MAX_MIN): when it is reached, what was measured is
 * written and the bench stops. The 1-minute load average is printed at the start and end of each run.
 *
 * SOCKET_LOG=1 prints every device's sockets as the hub saw them (a device that stays behind
 * always has its own printed).
 *
 * PUPILS (30), DWELL_S (seconds the teacher stays at each stop once every device shows it, 25),
 * JOIN_S (60), RUNS ("before,after"), MBPS (10), RTT_MS (40), MAX_MIN (40), WRITE (1: write the
 * section « Le réseau du collège: the latest bench:reseau run » of bench/results.md; 0: print only).
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import type { BrowserContext, Page } from "playwright-core";
import { startHub } from "../../server/startHub";
import type { Company, Tour } from "../../src/content/schema";
import { connectHub } from "../../src/protocol/hubClient";
import { classNamespace } from "../../src/protocol/schema";
import { launchChromium } from "../chromium";
import { buildCompanyGlb } from "../models/companyModel";
import { readCompanies, readPortraits, readSectorColors } from "../models/contentFiles";
import { sectorColorOf } from "../models/sectorColor";
import { castWorkers } from "../models/workers/cast";
import { startSchoolLink } from "./schoolLink";
import { writeResultsSection } from "./writeResultsSection";

const pupils = Number(process.env.PUPILS ?? 30);
const dwellMs = Number(process.env.DWELL_S ?? 25) * 1000;
const runs = (process.env.RUNS ?? "before,after").split(",") as ("before" | "after")[];
const mbps = Number(process.env.MBPS ?? 10);
const rttMs = Number(process.env.RTT_MS ?? 40);
const distDir = process.env.STATIC_DIR ?? "dist";
const joinSpreadMs = Number(process.env.JOIN_S ?? 60) * 1000;
const hardBoundMs = Number(process.env.MAX_MIN ?? 40) * 60_000;
const writeResults = process.env.WRITE !== "0";
/** The bench's own start: every limit below is bounded by `hardBoundMs` from here. */
const benchStart = Date.now();
const timeLeft = () => benchStart + hardBoundMs - Date.now();
const load1 = () => loadavg()[0]?.toFixed(1) ?? "?";
/** Chromium flags for many light pages on few cores (fewer threads per page, no extra work). */
const lightPageFlags = [
  "--renderer-process-limit=64",
  "--num-raster-threads=1",
  "--disable-gpu-rasterization",
  "--disable-smooth-scrolling",
  "--disable-extensions",
  "--disable-features=Translate,MediaRouter,OptimizationHints,BackForwardCache,PaintHolding",
];
/**
 * The app's « Économe » quality, as a visitor who chose it would have it stored (the key and shape
 * of `src/state/preferencesStorage.ts`, which a script may not import).
 */
const preferencesKey = "usine-extraordinaire:preferences";
const economeQuality = `localStorage.setItem(${JSON.stringify(preferencesKey)}, ${JSON.stringify(
  JSON.stringify({ state: { quality: "econome" }, version: 1 }),
)});`;

// The models as `npm start` sends them: brotli copies written by `npm run build` (its postbuild).
if (!existsSync(join(distDir, "models/town.glb.br")))
  throw new Error(
    `${distDir}/models/*.glb.br missing: build with \`npm run build\` (or run scripts/compressDist.ts ${distDir})`,
  );
const packTours = JSON.parse(readFileSync(join(distDir, "content/tours.json"), "utf8")) as Tour[];
const source = packTours.find((t) => t.id === "decouverte-industries-provence");
if (!source) throw new Error("tour decouverte-industries-provence missing from dist/");
/** A teacher's own tour: the first 5 stops (5 factories) of the discovery tour. */
const tour: Tour = { ...source, id: "bench-reseau", title: "Bench réseau", stops: source.stops.slice(0, 5) };
const companies = JSON.parse(readFileSync(join(distDir, "content/companies.json"), "utf8")) as Company[];
const sceneOf = (step: number) => `${tour.stops[step]?.company}/${tour.stops[step]?.workshop}`;

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
};
const seconds = (ms: number) => (ms / 1000).toFixed(2);
const mb = (bytes: number) => (bytes / 1e6).toFixed(2);

/** A copy of the built site whose tour models are built at meshopt `medium` (the "before" bytes). */
async function siteWithMediumModels(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "usine-reseau-"));
  cpSync(distDir, dir, { recursive: true });
  const companies = await readCompanies();
  const colors = await readSectorColors();
  const roles = castWorkers(companies, await readPortraits());
  for (const id of new Set(tour.stops.map((stop) => stop.company))) {
    const company = companies.find((c) => c.id === id);
    if (!company) continue;
    const bytes = await buildCompanyGlb(company, sectorColorOf(company.sector, colors), {
      roles,
      compression: "medium",
    });
    const file = join(dir, company.model);
    writeFileSync(file, bytes);
    writeFileSync(`${file}.gz`, gzipSync(bytes, { level: 9 }));
    writeFileSync(
      `${file}.br`,
      brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
    );
  }
  return dir;
}

/**
 * Tells the bench (`__benchSceneShown`, a binding) when the page's stage first shows each scene
 * drawn (wall clock, ms): no polling of the pages from the bench.
 */
const sceneWatch = `
  const seen = new Set();
  const check = () => {
    const stage = document.querySelector("[data-scene]");
    if (!stage || stage.getAttribute("aria-busy") !== "false") return;
    const scene = stage.getAttribute("data-scene");
    if (scene && !seen.has(scene)) {
      seen.add(scene);
      window.__benchSceneShown(scene, Date.now());
    }
  };
  new MutationObserver(check).observe(document, { subtree: true, attributes: true, childList: true, attributeFilter: ["aria-busy", "data-scene"] });
`;

/**
 * Clicks « Rejoindre » and waits until the page steps aside for the class (the join form gone);
 * on a refusal or a « no answer » message, clicks again, as a pupil would, up to 3 times.
 */
async function joinAsAPupilWould(page: Page, device: number, limitMs: number): Promise<void> {
  const form = page.locator("form.class-join-form");
  const alert = page.locator('.class-page [role="alert"]');
  for (let attempt = 1; ; attempt++) {
    await page.getByRole("button", { name: "Rejoindre" }).click({ timeout: limitMs });
    // NOTE: while the join waits, the button is « Connexion… » and the form stays; it goes once in.
    const outcome = await Promise.race([
      form.waitFor({ state: "detached", timeout: limitMs }).then(() => "joined" as const),
      alert.waitFor({ timeout: limitMs }).then(async () => `refused: ${await alert.first().textContent()}`),
    ]);
    if (outcome === "joined") return;
    console.error(`device ${device}, attempt ${attempt}: ${outcome}`);
    if (attempt === 3) throw new Error(`no join after 3 attempts (${outcome})`);
    // The pupil reads the message, then tries again.
    await page.waitForTimeout(2000);
    await page
      .getByRole("button", { name: "Chercher encore" })
      .click({ timeout: 1000 })
      .catch(() => {});
  }
}

/**
 * What each device's sockets did on the hub's side (connections, recoveries, upgrades, requests,
 * the stops it was sent, disconnections), by the `x-bench-device` header its context sends: read
 * for a device that stays behind, to tell a lost broadcast from a socket outside its class.
 */
function watchSockets(hub: Awaited<ReturnType<typeof startHub>>, since: number) {
  const namespace = hub.io.of(classNamespace);
  const events = new Map<string, string[]>();
  let connections = 0;
  let recovered = 0;
  let disconnections = 0;
  const deviceOf = (headers: Record<string, unknown>) => String(headers["x-bench-device"] ?? "teacher");
  namespace.on("connection", (socket) => {
    const device = deviceOf(socket.handshake.headers);
    const log = events.get(device) ?? [];
    events.set(device, log);
    const note = (what: string) =>
      log.push(`${seconds(Date.now() - since)} s ${socket.id.slice(0, 6)} ${what}`);
    connections++;
    if (socket.recovered) recovered++;
    note(`connected via ${socket.conn.transport.name}${socket.recovered ? ", recovered" : ""}`);
    socket.conn.on("upgrade", (transport: { name: string }) => note(`upgraded to ${transport.name}`));
    socket.onAny((event: string) => note(`asked ${event}`));
    socket.onAnyOutgoing((event: string, payload: unknown) => {
      if (event === "class:state") note(`sent class:state step ${(payload as { step?: number }).step}`);
    });
    socket.on("disconnect", (reason) => {
      disconnections++;
      note(`disconnected: ${reason}`);
    });
  });
  return {
    summary: () =>
      `${connections} socket connections (${recovered} recovered), ${disconnections} disconnections`,
    /** A device's socket log, and its sockets the hub holds now with their rooms. */
    async report(device: string) {
      const live = (await namespace.fetchSockets()).filter((s) => deviceOf(s.handshake.headers) === device);
      const now = live.map(
        (s) => `${s.id.slice(0, 6)} in ${[...s.rooms].filter((r) => r !== s.id).join(", ") || "no room"}`,
      );
      return `  hub side, device ${Number(device) + 1}: ${(events.get(device) ?? []).join("; ")}\n  now: ${now.join("; ") || "no socket"}`;
    },
  };
}

interface StopFigures {
  step: number;
  /** Per device: from the teacher's move until the stop's scene is drawn. */
  times: number[];
  /** Per device: from the move until the stop's model is on the device (0: it was there already). */
  modelTimes: number[];
  missing: number;
  /** Bytes down from the move until every device showed the stop. */
  bytesToShown: number;
  /** Bytes down from the move until the next move (the teacher's dwell included: the prefetch). */
  bytes: number;
  modelBytes: number;
}

interface ClassRun {
  join: StopFigures | null;
  stops: StopFigures[];
  joined: number;
  loadStart: string;
  loadEnd: string;
  minutes: number;
  /** Why the run stopped before its last stop, if it did. */
  cut?: string;
}

async function runClass(kind: "before" | "after", result: ClassRun): Promise<void> {
  const runStart = Date.now();
  console.error(`[${kind}] start, 1-min load ${result.loadStart}`);
  const siteDir = kind === "before" ? await siteWithMediumModels() : distDir;
  const hub = await startHub({ host: "127.0.0.1", staticDir: siteDir, log: () => {} });
  const link = await startSchoolLink({ target: hub.url, bitsPerSecond: mbps * 1e6, rttMs });
  const sockets = watchSockets(hub, runStart);
  const browser = await launchChromium(lightPageFlags);
  const contexts: BrowserContext[] = [];
  const pages: Page[] = [];
  /** Per page: when it first showed each scene. */
  const shownAt = new Map<Page, Map<string, number>>();
  /** Per page: its device number, as the progress lines say it (from 1). */
  const deviceOf = new Map<Page, number>();
  const sceneListeners = new Set<() => void>();
  // The teacher is a protocol client in the same busy process as the hub: generous waits.
  const teacher = connectHub({ url: link.url, transports: ["websocket"], timeoutMs: 60_000 });
  try {
    const created = await teacher.request("class:create", { tour });
    if (!created.ok) throw new Error(`class:create: ${created.error}`);
    const { code, key } = created;
    teacher.setSession({ role: "teacher", code, key });

    // The devices join spread over JOIN_S, as a class does once the code is on the projector.
    const joinedAt = Date.now();
    await Promise.all(
      Array.from({ length: pupils }, async (_, i) => {
        await new Promise((wait) => setTimeout(wait, (i * joinSpreadMs) / pupils));
        const context = await browser.newContext({
          viewport: { width: 320, height: 240 },
          deviceScaleFactor: 1,
          // Lets the link tell the devices apart (they all come from 127.0.0.1).
          extraHTTPHeaders: { "x-bench-device": String(i) },
        });
        contexts.push(context);
        if (kind === "before") await context.addInitScript("window.__USINE_NO_CLASS_PREFETCH__ = true;");
        await context.addInitScript(economeQuality);
        const page = await context.newPage();
        const shown = new Map<string, number>();
        shownAt.set(page, shown);
        await page.exposeBinding("__benchSceneShown", (_source, scene: string, at: number) => {
          if (!shown.has(scene)) shown.set(scene, at);
          for (const listener of sceneListeners) listener();
        });
        await page.addInitScript(sceneWatch);
        // A generous limit per device (a phone on a loaded school link), within the hard bound.
        const limit = Math.max(1000, Math.min(300_000, timeLeft() - 60_000));
        try {
          await page.goto(`${link.url}/#/classe/${code}`, { timeout: limit });
          await page.getByLabel("Pseudo").fill(`Élève ${i + 1}`, { timeout: limit });
          await joinAsAPupilWould(page, i + 1, limit);
        } catch (error) {
          // A device that could not even join (the machine too busy) is left out, and said.
          console.error(`[${kind}] device ${i + 1} did not join: ${String(error).split("\n")[0]}`);
          return;
        }
        pages.push(page);
        deviceOf.set(page, i + 1);
        result.joined++;
        console.error(
          `[${kind}] device ${i + 1} joined after ${seconds(Date.now() - joinedAt)} s (${result.joined}/${pupils}, 1-min load ${load1()})`,
        );
      }),
    );
    /** Waits until every joined device shows `scene`, or `limitMs` (within the hard bound). */
    const waitAll = async (scene: string, limitMs: number) => {
      const showing = () => {
        const shown = new Map<Page, number>();
        for (const page of pages) {
          const at = shownAt.get(page)?.get(scene);
          if (at !== undefined) shown.set(page, at);
        }
        return shown;
      };
      if (showing().size < pages.length)
        await new Promise<void>((done) => {
          const timer = setTimeout(finish, Math.max(0, Math.min(limitMs, timeLeft() - 30_000)));
          const progress = setInterval(
            () =>
              console.error(
                `[${kind}] … ${showing().size}/${pages.length} show ${scene}, ${mb(link.bytesDown())} MB down, 1-min load ${load1()}`,
              ),
            30_000,
          );
          function finish() {
            clearTimeout(timer);
            clearInterval(progress);
            sceneListeners.delete(check);
            done();
          }
          function check() {
            if (showing().size >= pages.length) finish();
          }
          sceneListeners.add(check);
        });
      return showing();
    };

    const modelPathOf = (step: number) => {
      const company = companies.find((c) => c.id === tour.stops[step]?.company);
      return `/${company?.model}`;
    };
    /** Per device: when the stop's model reached it (before `from`: 0), from the link's deliveries. */
    const modelTimesOf = (step: number, from: number) => {
      const path = modelPathOf(step);
      return pages.flatMap((_, device) => {
        const arrivals = link
          .deliveries()
          .filter((d) => d.device === String(device) && d.path === path)
          .map((d) => d.at);
        if (arrivals.length === 0) return [];
        const before = arrivals.filter((at) => at <= from);
        return [before.length > 0 ? 0 : Math.min(...arrivals) - from];
      });
    };

    /** What a device that did not show `scene` shows instead: its URL hash, stage and alerts. */
    const reportMissing = async (scene: string, shown: Map<Page, number>) => {
      for (const page of pages) {
        if (shown.has(page)) continue;
        const seen = await page
          .evaluate(() => {
            const stage = document.querySelector("[data-scene]");
            const alerts = [...document.querySelectorAll("[role=alert], [role=status]")]
              .map((node) => node.textContent?.trim())
              .filter(Boolean);
            return `hash ${location.hash}, scene ${stage?.getAttribute("data-scene") ?? "none"}, aria-busy ${stage?.getAttribute("aria-busy") ?? "-"}, step ${document.querySelector("[data-tour-step]")?.textContent ?? "none"}; ${alerts.join(" | ").slice(0, 300)}`;
          }, undefined)
          .catch((error: unknown) => `not readable: ${String(error).split("\n")[0]}`);
        console.error(`[${kind}] device ${deviceOf.get(page)} does not show ${scene}: ${seen}`);
        console.error(await sockets.report(String((deviceOf.get(page) ?? 0) - 1)));
      }
    };

    const joinShown = await waitAll(sceneOf(0), 600_000);
    await reportMissing(sceneOf(0), joinShown);
    const join: StopFigures = {
      step: 0,
      times: [...joinShown.values()].map((at) => at - joinedAt),
      modelTimes: modelTimesOf(0, joinedAt),
      missing: pupils - joinShown.size,
      bytesToShown: link.bytesDown(),
      bytes: 0,
      modelBytes: 0,
    };
    result.join = join;
    console.error(
      `[${kind}] ${joinShown.size}/${pupils} devices show stop 1, ${mb(link.bytesDown())} MB so far, 1-min load ${load1()}`,
    );

    const stops: StopFigures[] = [];
    let stopStartBytes = 0;
    let stopStartModels = 0;
    let previous: StopFigures = join;
    for (let step = 1; step < tour.stops.length; step++) {
      if (timeLeft() < dwellMs + 60_000) {
        result.cut = `the hard bound (MAX_MIN ${hardBoundMs / 60_000}) came before stop ${step + 1}`;
        console.error(`[${kind}] ${result.cut}: stopping`);
        break;
      }
      await new Promise((wait) => setTimeout(wait, dwellMs));
      const movedAt = Date.now();
      previous.bytes = link.bytesDown() - stopStartBytes;
      previous.modelBytes = link.bytesDownFor("/models/") - stopStartModels;
      stopStartBytes = link.bytesDown();
      stopStartModels = link.bytesDownFor("/models/");
      const moved = await teacher.request("class:goto", { code, key, step });
      if (!moved.ok) throw new Error(`class:goto: ${moved.error}`);
      const shown = await waitAll(sceneOf(step), 240_000);
      await reportMissing(sceneOf(step), shown);
      const figures: StopFigures = {
        step,
        times: [...shown.values()].map((at) => at - movedAt),
        modelTimes: modelTimesOf(step, movedAt),
        missing: pupils - shown.size,
        bytesToShown: link.bytesDown() - stopStartBytes,
        bytes: 0,
        modelBytes: 0,
      };
      stops.push(figures);
      result.stops = stops;
      previous = figures;
      console.error(
        `[${kind}] stop ${step + 1}: ${shown.size}/${pupils}, p50 ${seconds(quantile(figures.times, 0.5))} s, max ${seconds(Math.max(...figures.times))} s; model on device max ${seconds(Math.max(...figures.modelTimes))} s, 1-min load ${load1()}`,
      );
    }
    await new Promise((wait) => setTimeout(wait, Math.max(0, Math.min(dwellMs, timeLeft() - 30_000))));
    previous.bytes = link.bytesDown() - stopStartBytes;
    previous.modelBytes = link.bytesDownFor("/models/") - stopStartModels;
  } finally {
    console.error(`[${kind}] hub side: ${sockets.summary()}`);
    if (process.env.SOCKET_LOG === "1")
      for (const device of Array.from({ length: pupils }, (_, i) => String(i)))
        console.error(await sockets.report(device).catch((error: unknown) => String(error)));
    result.loadEnd = load1();
    result.minutes = (Date.now() - runStart) / 60_000;
    console.error(`[${kind}] end after ${result.minutes.toFixed(1)} min, 1-min load ${result.loadEnd}`);
    teacher.close();
    await Promise.all(contexts.map((context) => context.close().catch(() => {})));
    await browser.close();
    // NOTE: long-polling requests can keep the servers from closing: give them 5 s, no more.
    const atMost = (promise: Promise<void>) =>
      Promise.race([promise, new Promise((done) => setTimeout(done, 5000))]);
    await atMost(link.close());
    await atMost(hub.close());
    if (siteDir !== distDir) rmSync(siteDir, { recursive: true, force: true });
  }
}

const started = new Date();
const results = new Map<string, ClassRun>();
for (const kind of runs) {
  if (timeLeft() < 120_000) break;
  const result: ClassRun = { join: null, stops: [], joined: 0, loadStart: load1(), loadEnd: "?", minutes: 0 };
  results.set(kind, result);
  try {
    await runClass(kind, result);
  } catch (error) {
    result.cut = String(error).split("\n")[0] ?? "error";
    console.error(`[${kind}] stopped: ${result.cut}`);
  }
}

const row = (kind: string, label: string, f: StopFigures) =>
  `| ${kind} | ${label} | ${f.times.length}/${pupils} | ${seconds(quantile(f.times, 0.5))} | ${seconds(quantile(f.times, 0.95))} | ${seconds(Math.max(...f.times))} | ${seconds(quantile(f.modelTimes, 0.5))} | ${seconds(quantile(f.modelTimes, 0.95))} | ${seconds(Math.max(...f.modelTimes))} | ${mb(f.bytesToShown)} | ${mb(f.bytes)} | ${mb(f.modelBytes)} |`;
const heading = "## Le réseau du collège: the latest bench:reseau run";
const lines = [
  heading,
  `Written by \`npm run bench:reseau\` (${started.toISOString().slice(0, 16)} UTC, ${cpus().length} cores (${cpus()[0]?.model ?? "?"}), Node ${process.version}, ${((Date.now() - benchStart) / 60_000).toFixed(1)} min in all): ${pupils} pupils (one headless Chromium, a 320×240 context each, the app's « Économe » quality, SwiftShader), joining spread over ${joinSpreadMs / 1000} s as a class does; the teacher a protocol client; link ${mbps} Mbit/s shared downstream, ${rttMs} ms RTT; tour: the first 5 stops of decouverte-industries-provence (5 factories); the teacher stays ${dwellMs / 1000} s at each stop once every device shows it. "devices": how many of the ${pupils} showed the stop (a device that could not join or draw within its limit counts out). The machine's 1-minute load average per run: ${[...results].map(([kind, r]) => `${kind} ${r.loadStart} at the start, ${r.loadEnd} at the end (${r.minutes.toFixed(1)} min, ${r.joined}/${pupils} joined${r.cut ? `; stopped early: ${r.cut}` : ""})`).join("; ")}.`,
  "",
  "| run | stop | devices | scene p50 s | scene p95 s | scene max s | model on device p50 s | p95 s | max s | MB down until all show it | MB down during the stop | of which models MB |",
  "|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
];
for (const [kind, result] of results) {
  if (result.join) lines.push(row(kind, "1 (from the first join)", result.join));
  for (const stop of result.stops) lines.push(row(kind, String(stop.step + 1), stop));
}
const section = `${lines.join("\n")}\n`;
console.log(`\n${section}`);
if (writeResults) console.error(`written to ${writeResultsSection(heading, section)}`);
// The hubs of finished runs may hold timers; the figures are printed.
process.exit(0);
