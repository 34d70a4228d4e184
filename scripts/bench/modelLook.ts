/**
 * `npm run bench:modeles:vue`: does a model look the same at meshopt `medium` (before) and as
 * shipped (after)? Serves the built site (`dist/`, `npm run build` first) twice, the second
 * time with the chosen companies' models rebuilt at `medium`, opens each workshop at 1280×720 in
 * headless Chromium, waits for its first frame and the camera at rest, and writes both
 * screenshots to test-results/screenshots/model-<company>-{medium,shipped}.png with the share of
 * pixels that differ (any channel by more than 8 of 255) between them.
 * COMPANIES (comma-separated; default: the largest model and the town).
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { startHub } from "../../server/startHub";
import type { Company } from "../../src/content/schema";
import { launchChromium } from "../chromium";
import { buildCompanyGlb } from "../models/companyModel";
import { readCompanies, readPortraits, readSectorColors } from "../models/contentFiles";
import { sectorColorOf } from "../models/sectorColor";
import { buildTownGlb, type TownSector } from "../models/town/townModel";
import { castWorkers } from "../models/workers/cast";

const distDir = process.env.STATIC_DIR ?? "dist";
const wanted = (process.env.COMPANIES ?? "distillerie-des-roses-de-mai,town").split(",");
const packCompanies = JSON.parse(readFileSync(join(distDir, "content/companies.json"), "utf8")) as Company[];

async function siteWithMediumModels(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "usine-vue-"));
  cpSync(distDir, dir, { recursive: true });
  const companies = await readCompanies();
  const colors = await readSectorColors();
  const roles = castWorkers(companies, await readPortraits());
  const write = (path: string, bytes: Uint8Array) => {
    writeFileSync(path, bytes);
    writeFileSync(`${path}.gz`, gzipSync(bytes));
    writeFileSync(`${path}.br`, brotliCompressSync(bytes));
  };
  for (const id of wanted) {
    if (id === "town") {
      const sectors = JSON.parse(readFileSync(join(distDir, "content/sectors.json"), "utf8")) as TownSector[];
      write(join(dir, "models/town.glb"), await buildTownGlb(sectors, "medium"));
      continue;
    }
    const company = companies.find((c) => c.id === id);
    if (!company) throw new Error(`unknown company ${id}`);
    write(
      join(dir, company.model),
      await buildCompanyGlb(company, sectorColorOf(company.sector, colors), { roles, compression: "medium" }),
    );
  }
  return dir;
}

const hashOf = (id: string) => {
  if (id === "town") return { hash: "#/", scene: "town" };
  const company = packCompanies.find((c) => c.id === id);
  const workshop = company?.workshops[0]?.id;
  return { hash: `#/usine/${id}/${workshop}`, scene: `${id}/${workshop}` };
};

mkdirSync("test-results/screenshots", { recursive: true });
const mediumDir = await siteWithMediumModels();
const browser = await launchChromium();
try {
  for (const [label, dir] of [
    ["shipped", distDir],
    ["medium", mediumDir],
  ] as const) {
    const hub = await startHub({ host: "127.0.0.1", staticDir: dir, log: () => {} });
    for (const id of wanted) {
      const context = await browser.newContext({
        viewport: { width: 1280, height: 720 },
        deviceScaleFactor: 1,
      });
      await context.addInitScript("window.__USINE_BENCH__ = true;");
      const page = await context.newPage();
      const { hash, scene } = hashOf(id);
      await page.goto(`${hub.url}/${hash}`);
      await page.waitForFunction(
        (expected) => {
          const stage = document.querySelector(`[data-scene="${expected}"]`);
          return (
            stage?.getAttribute("aria-busy") === "false" && stage.getAttribute("data-camera") !== "moving"
          );
        },
        scene,
        { timeout: 180_000 },
      );
      await page.waitForTimeout(1500);
      await page.screenshot({ path: `test-results/screenshots/model-${id}-${label}.png`, timeout: 120_000 });
      await context.close();
    }
    await hub.close();
  }
  // The share of pixels that differ, compared in a page (no image library in Node).
  const page = await browser.newPage();
  for (const id of wanted) {
    const [a, b] = ["shipped", "medium"].map((label) =>
      readFileSync(`test-results/screenshots/model-${id}-${label}.png`).toString("base64"),
    );
    // NOTE: a string, not a function: tsx's transform would wrap a function in a helper the page lacks.
    const share = (await page.evaluate(`(async () => {
      const load = async (data) => {
        const image = new Image();
        image.src = "data:image/png;base64," + data;
        await image.decode();
        const canvas = document.createElement("canvas");
        canvas.width = image.width;
        canvas.height = image.height;
        const context = canvas.getContext("2d");
        context.drawImage(image, 0, 0);
        return context.getImageData(0, 0, image.width, image.height).data;
      };
      const p = await load("${a}");
      const q = await load("${b}");
      let differ = 0;
      for (let i = 0; i < p.length; i += 4)
        if (Math.abs(p[i] - q[i]) > 8 || Math.abs(p[i + 1] - q[i + 1]) > 8 || Math.abs(p[i + 2] - q[i + 2]) > 8) differ++;
      return differ / (p.length / 4);
    })()`)) as number;
    console.log(
      `${id}: ${(share * 100).toFixed(2)} % of pixels differ by more than 8/255 (medium vs shipped)`,
    );
  }
} finally {
  await browser.close();
  rmSync(mediumDir, { recursive: true, force: true });
}
