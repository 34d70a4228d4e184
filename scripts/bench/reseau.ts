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
 * PUPILS (30), DWELL_S (seconds the teacher stays at each stop once every device shows it, 25),
 * RUNS ("before,after"), MBPS (10), RTT_MS (40).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import type { BrowserContext, Page } from "playwright-core";
import { startHub } from "../../server/startHub";
import type { Company, Tour } from "../../src/content/schema";
import { connectHub } from "../../src/protocol/hubClient";
import { launchChromium } from "../chromium";
import { buildCompanyGlb } from "../models/companyModel";
import { readCompanies, readPortraits, readSectorColors } from "../models/contentFiles";
import { sectorColorOf } from "../models/sectorColor";
import { castWorkers } from "../models/workers/cast";
import { startSchoolLink } from "./schoolLink";

const pupils = Number(process.env.PUPILS ?? 30);
const dwellMs = Number(process.env.DWELL_S ?? 25) * 1000;
const runs = (process.env.RUNS ?? "before,after").split(",") as ("before" | "after")[];
const mbps = Number(process.env.MBPS ?? 10);
const rttMs = Number(process.env.RTT_MS ?? 40);
const distDir = process.env.STATIC_DIR ?? "dist";

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

/** Records, in the page, when the stage first shows each scene drawn (wall clock, ms). */
const sceneWatch = `
  window.__sceneShown = {};
  const check = () => {
    const stage = document.querySelector("[data-scene]");
    if (!stage || stage.getAttribute("aria-busy") !== "false") return;
    const scene = stage.getAttribute("data-scene");
    if (scene && !(scene in window.__sceneShown)) window.__sceneShown[scene] = Date.now();
  };
  new MutationObserver(check).observe(document, { subtree: true, attributes: true, childList: true, attributeFilter: ["aria-busy", "data-scene"] });
`;

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

async function runClass(
  kind: "before" | "after",
): Promise<{ join: StopFigures; stops: StopFigures[]; joined: number }> {
  const siteDir = kind === "before" ? await siteWithMediumModels() : distDir;
  const hub = await startHub({ host: "127.0.0.1", staticDir: siteDir, log: () => {} });
  const link = await startSchoolLink({ target: hub.url, bitsPerSecond: mbps * 1e6, rttMs });
  const browser = await launchChromium(["--renderer-process-limit=64"]);
  const contexts: BrowserContext[] = [];
  const pages: Page[] = [];
  const teacher = connectHub({ url: link.url, transports: ["websocket"] });
  try {
    const created = await teacher.request("class:create", { tour });
    if (!created.ok) throw new Error(`class:create: ${created.error}`);
    const { code, key } = created;
    teacher.setSession({ role: "teacher", code, key });

    // The devices join (spread over 10 s, as a class does once the code is on the projector).
    const joinedAt = Date.now();
    let joined = 0;
    await Promise.all(
      Array.from({ length: pupils }, async (_, i) => {
        await new Promise((wait) => setTimeout(wait, (i * 10_000) / pupils));
        const context = await browser.newContext({
          viewport: { width: 320, height: 240 },
          deviceScaleFactor: 1,
          // Lets the link tell the devices apart (they all come from 127.0.0.1).
          extraHTTPHeaders: { "x-bench-device": String(i) },
        });
        contexts.push(context);
        if (kind === "before") await context.addInitScript("window.__USINE_NO_CLASS_PREFETCH__ = true;");
        await context.addInitScript(sceneWatch);
        const page = await context.newPage();
        try {
          await page.goto(`${link.url}/#/classe/${code}`, { timeout: 180_000 });
          await page.getByLabel("Pseudo").fill(`Élève ${i + 1}`, { timeout: 180_000 });
          await page.getByRole("button", { name: "Rejoindre" }).click({ timeout: 180_000 });
        } catch (error) {
          // A device that could not even join (the machine too busy) is left out, and said.
          console.error(`[${kind}] device ${i + 1} did not join: ${String(error).split("\n")[0]}`);
          return;
        }
        pages.push(page);
        console.error(`[${kind}] device ${i + 1} joined after ${seconds(Date.now() - joinedAt)} s`);
        joined++;
      }),
    );
    const waitAll = async (scene: string, limitMs: number) => {
      const deadline = Date.now() + limitMs;
      const shown = new Map<Page, number>();
      while (Date.now() < deadline && shown.size < pages.length) {
        for (const page of pages) {
          if (shown.has(page)) continue;
          const at = (await page
            .evaluate(
              (s) => (window as unknown as { __sceneShown: Record<string, number> }).__sceneShown[s],
              scene,
            )
            .catch(() => undefined)) as number | undefined;
          if (at !== undefined) shown.set(page, at);
        }
        if (shown.size < pages.length) await new Promise((wait) => setTimeout(wait, 250));
      }
      return shown;
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

    const joinShown = await waitAll(sceneOf(0), 600_000);
    const join: StopFigures = {
      step: 0,
      times: [...joinShown.values()].map((at) => at - joinedAt),
      modelTimes: modelTimesOf(0, joinedAt),
      missing: pages.length - joinShown.size,
      bytesToShown: link.bytesDown(),
      bytes: 0,
      modelBytes: 0,
    };
    console.error(
      `[${kind}] ${joinShown.size}/${pages.length} devices show stop 1, ${mb(link.bytesDown())} MB so far`,
    );

    const stops: StopFigures[] = [];
    let stopStartBytes = 0;
    let stopStartModels = 0;
    let previous: StopFigures = join;
    for (let step = 1; step < tour.stops.length; step++) {
      await new Promise((wait) => setTimeout(wait, dwellMs));
      const movedAt = Date.now();
      previous.bytes = link.bytesDown() - stopStartBytes;
      previous.modelBytes = link.bytesDownFor("/models/") - stopStartModels;
      stopStartBytes = link.bytesDown();
      stopStartModels = link.bytesDownFor("/models/");
      const moved = await teacher.request("class:goto", { code, key, step });
      if (!moved.ok) throw new Error(`class:goto: ${moved.error}`);
      const shown = await waitAll(sceneOf(step), 240_000);
      const figures: StopFigures = {
        step,
        times: [...shown.values()].map((at) => at - movedAt),
        modelTimes: modelTimesOf(step, movedAt),
        missing: pages.length - shown.size,
        bytesToShown: link.bytesDown() - stopStartBytes,
        bytes: 0,
        modelBytes: 0,
      };
      stops.push(figures);
      previous = figures;
      console.error(
        `[${kind}] stop ${step + 1}: ${shown.size}/${pages.length}, p50 ${seconds(quantile(figures.times, 0.5))} s, max ${seconds(Math.max(...figures.times))} s; model on device max ${seconds(Math.max(...figures.modelTimes))} s`,
      );
    }
    await new Promise((wait) => setTimeout(wait, dwellMs));
    previous.bytes = link.bytesDown() - stopStartBytes;
    previous.modelBytes = link.bytesDownFor("/models/") - stopStartModels;
    return { join, stops, joined };
  } finally {
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
const results = new Map<string, Awaited<ReturnType<typeof runClass>>>();
for (const kind of runs) results.set(kind, await runClass(kind));

const row = (kind: string, label: string, f: StopFigures) =>
  `| ${kind} | ${label} | ${f.times.length}/${f.times.length + f.missing} | ${seconds(quantile(f.times, 0.5))} | ${seconds(quantile(f.times, 0.95))} | ${seconds(Math.max(...f.times))} | ${seconds(quantile(f.modelTimes, 0.5))} | ${seconds(quantile(f.modelTimes, 0.95))} | ${seconds(Math.max(...f.modelTimes))} | ${mb(f.bytesToShown)} | ${mb(f.bytes)} | ${mb(f.modelBytes)} |`;
console.log(
  `\n\`npm run bench:reseau\`, ${started.toISOString().slice(0, 16)} UTC, ${cpus().length} cores (${cpus()[0]?.model ?? "?"}), 1-min load ${loadavg()[0]?.toFixed(1)} at the end, Node ${process.version}: ${pupils} pupils (one headless Chromium, a 320×240 context each, SwiftShader), the teacher a protocol client; link ${mbps} Mbit/s shared downstream, ${rttMs} ms RTT; tour: the first 5 stops of decouverte-industries-provence (5 factories); the teacher stays ${dwellMs / 1000} s at each stop once every device shows it.\n`,
);
console.log(
  "| run | stop | devices | scene p50 s | scene p95 s | scene max s | model on device p50 s | p95 s | max s | MB down until all show it | MB down during the stop | of which models MB |",
);
console.log("|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
for (const [kind, result] of results) {
  console.log(row(kind, "1 (from the first join)", result.join));
  for (const stop of result.stops) console.log(row(kind, String(stop.step + 1), stop));
}
// The hubs of finished runs may hold timers; the figures are printed.
process.exit(0);
