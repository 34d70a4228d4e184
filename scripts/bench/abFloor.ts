/**
 * `npx tsx scripts/bench/abFloor.ts`: an interleaved A/B of two (or more) builds of the site
 * against the floor page, cold loads of one deep link, as is and with the CPU slowed 4×.
 * Each round loads every build once, then the floor, so a slow moment of the machine falls on
 * all of them. Prints the medians (frame on screen, page mounted, hotspots), how many loads of
 * each build drew sooner than the first build's load of the same round, and the load average.
 *
 * Env: AB_DISTS="before=/tmp/dist-a,after=/tmp/dist-b" (built folders, `npx vite build --outDir`),
 * AB_RUNS (7), AB_HASH (`#/usine/<company>/<workshop>` or `#/`; default the first company's first workshop).
 */
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { startHub } from "../../server/startHub";
import type { Company } from "../../src/content/schema";
import { launchChromium } from "../chromium";
import {
  appMilestones,
  drawnAt,
  hotspotsShown,
  type Milestones,
  median,
  newProbedPage,
  openFloor,
  profiles,
} from "./floorBench";
import { buildFloorPage } from "./floorPage";

const builds = (process.env.AB_DISTS ?? "").split(",").map((pair) => {
  const [name = "", dir = ""] = pair.split("=");
  return { name, dir };
});
if (builds.length < 2 || builds.some((b) => !b.name || !b.dir))
  throw new Error('AB_DISTS="before=/tmp/dist-a,after=/tmp/dist-b" names two built folders');
const runs = Number(process.env.AB_RUNS ?? 7);
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");

const first = builds[0] as { name: string; dir: string };
const companies = JSON.parse(readFileSync(join(first.dir, "content/companies.json"), "utf8")) as Company[];
const company = companies[0];
const workshop = company?.workshops[0];
const hash = process.env.AB_HASH ?? `#/usine/${company?.id}/${workshop?.id}`;
const key = hash === "#/" ? "town" : hash.replace("#/usine/", "");
const model = key === "town" ? null : (companies.find((c) => key.startsWith(`${c.id}/`))?.model ?? null);
// The floor draws the workshop's model; for the town, the bench's floor draws an export of its
// geometry, which this script does not make: the town is compared between builds only.
const floor = model ? await buildFloorPage(first.dir) : null;
const hubs = await Promise.all(
  builds.map((b) => startHub({ host: "127.0.0.1", staticDir: b.dir, log: () => {} })),
);
const browser = await launchChromium();
const ms = (v: number) => (Number.isNaN(v) ? "–" : v.toFixed(0));
try {
  console.log(`A/B of ${builds.map((b) => b.name).join(" / ")} on ${hash}, ${runs} rounds per profile`);
  console.log(`load average (1, 5, 15 min) at the start: ${load()}`);
  for (const profile of profiles) {
    const times = builds.map(() => [] as Milestones[]);
    const floorTimes: number[] = [];
    for (let run = 0; run < runs; run++) {
      // NOTE: the builds take turns being first: a load right after another one in the same
      // browser ran about 0.1–0.2 s slower with the CPU slowed 4× (the town, 2026-12-07).
      const order = run % 2 === 0 ? [...hubs.entries()] : [...hubs.entries()].reverse();
      for (const [i, hub] of order) {
        const page = await newProbedPage(browser, { record: true }, profile.cpuThrottle);
        await page.goto(`${hub.url}/${hash}`);
        await drawnAt(page, key);
        if (key !== "town") await hotspotsShown(page, key);
        times[i]?.push(await appMilestones(page, key, model));
        await page.context().close();
      }
      if (floor && model) {
        const page = await newProbedPage(browser, { record: false }, profile.cpuThrottle);
        floorTimes.push(
          await openFloor(page, `${hubs[0]?.url}/${floor.page}?src=${encodeURIComponent(`../${model}`)}`),
        );
        await page.context().close();
      }
    }
    console.log();
    console.log(`### ${profile.name} (load average now ${load()})`);
    console.log(
      "| build | entry runs | 3D chunk runs | frame on screen | sooner than the first build | page mounted | hotspots shown | floor | ratio to floor |",
    );
    console.log("|---|---|---|---|---|---|---|---|---|");
    const floorMedian = median(floorTimes);
    for (const [i, build] of builds.entries()) {
      const own = times[i] ?? [];
      const sooner = own.filter((m, run) => m.drawn < (times[0]?.[run]?.drawn ?? 0)).length;
      const drawn = median(own.map((m) => m.drawn));
      console.log(
        `| ${build.name} | ${ms(median(own.map((m) => m.jsRun)))} | ${ms(median(own.map((m) => m.chunkRun)))} | ${ms(drawn)} | ${i === 0 ? "–" : `${sooner} of ${own.length}`} | ${ms(median(own.map((m) => m.page)))} | ${ms(median(own.map((m) => m.hotspots)))} | ${ms(floorMedian)} | ${(drawn / floorMedian).toFixed(2)} |`,
      );
      console.log(`  frame on screen, each load: ${own.map((m) => ms(m.drawn)).join(" ")}`);
    }
    console.log(`  floor, each load: ${floorTimes.map(ms).join(" ")}`);
  }
} finally {
  await browser.close();
  await Promise.all(hubs.map((hub) => hub.close()));
}
