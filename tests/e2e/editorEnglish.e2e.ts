import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Document, NodeIO } from "@gltf-transform/core";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { editorStrings } from "../../src/editor/editorStrings";
import { editorTestIO, testFactoryDocument, testFactoryGlb } from "../fixtures/editorModels";
import { screenshot, siteOrigin } from "./browser";
import { browserSession } from "./fixture";

/**
 * The factory editor in English (issue 27: its messages were written in French in the pipeline):
 * a walk through every step, refusals and gaps included, and at each step no French on the page
 * outside what is marked `lang="fr"` (the pack's sectors, towns and trades, written in French
 * whatever the language) and the model's own node names.
 */

const session = browserSession({
  contextDefaults: { viewport: { width: 1280, height: 720 }, locale: "en-GB", acceptDownloads: true },
});

const dir = mkdtempSync(join(tmpdir(), "editor-en-e2e-"));
const files = {
  draco: join(dir, "factory-draco.glb"),
  textured: join(dir, "factory-textured.glb"),
  broken: join(dir, "broken.glb"),
  empty: join(dir, "empty.glb"),
  notGltf: join(dir, "plan.pdf"),
  gltf: join(dir, "factory.gltf"),
  bin: join(dir, "buffer.bin"),
};

beforeAll(async () => {
  const io = await editorTestIO();
  writeFileSync(files.draco, await testFactoryGlb({ draco: true }));
  writeFileSync(files.textured, await testFactoryGlb({ textureSize: 2560 }));
  writeFileSync(files.broken, (await testFactoryGlb()).slice(0, 400));
  const empty = new Document();
  empty.getRoot().setDefaultScene(empty.createScene("empty"));
  empty.createNode("nothing");
  writeFileSync(files.empty, await io.writeBinary(empty));
  writeFileSync(files.notGltf, "%PDF-1.4 a plan, not a model");
  const { json, resources } = await new NodeIO().writeJSON(testFactoryDocument({ textureSize: 64 }));
  writeFileSync(files.gltf, JSON.stringify(json));
  writeFileSync(files.bin, resources["buffer.bin"] as Uint8Array);
});

/**
 * French marks and words English never has, and French typography: a space before « : ; ! ? »,
 * digits grouped by a (narrow) no-break space.
 */
const frenchPattern =
  /[«»àâçéèêëîïôûùœ]|\b(le|la|les|des|du|une|est|pas|avec|pour|dans|sur|votre|vos|choisissez|modèle|atelier|entreprise|fichier)\b|[ \u00a0\u202f][:;!?](\s|$)|\d[\u00a0\u202f]\d{3}/i;

/** The French editor dictionary's sentences (their fixed parts), none of which may show. */
const frenchSentences = Object.values(editorStrings.fr)
  .flatMap((message) => (typeof message === "string" ? [message] : Object.values(message)))
  .flatMap((text) => (text ?? "").split(/\{\w+\}/))
  .map((part) => part.trim())
  .filter((part) => part.length >= 12);

/**
 * Every text and every accessible label on the page that is said in the page's language: text
 * nodes, `aria-label`, `title`, `placeholder`, `alt`, outside `[lang="fr"]` (French content) and
 * the model's node names (`[data-editor-node]`, `[data-editor-selected]`, the officer's own words).
 */
async function pageTexts(page: Page): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const skip = '[lang="fr"], [data-editor-node], [data-editor-selected], script, style, noscript';
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent?.trim() ?? "";
      if (!parent || text === "" || parent.closest(skip)) continue;
      texts.push(text);
    }
    for (const element of document.querySelectorAll("[aria-label], [title], [placeholder], [alt]")) {
      if (element.closest(skip)) continue;
      for (const name of ["aria-label", "title", "placeholder", "alt"]) {
        const value = element.getAttribute(name);
        if (value) texts.push(value);
      }
    }
    const nodeNames = [...document.querySelectorAll("[data-editor-node]")].map(
      (element) => element.getAttribute("data-editor-node") ?? "",
    );
    return { texts, nodeNames: nodeNames.filter((name) => name !== "") };
  });
  // The model's node names may sit inside an English sentence (« Choose “Bâtiment” (the whole) »).
  const names = [...texts.nodeNames].sort((a, b) => b.length - a.length);
  return texts.texts.map((text) => names.reduce((rest, name) => rest.split(`“${name}”`).join("“…”"), text));
}

/** Fails with the French found on the page at `step`. */
async function expectNoFrench(page: Page, step: string): Promise<void> {
  const texts = await pageTexts(page);
  expect(texts.length, step).toBeGreaterThan(10);
  const french = texts.filter(
    (text) => frenchPattern.test(text) || frenchSentences.some((sentence) => text.includes(sentence)),
  );
  expect(french, step).toEqual([]);
}

const input = (page: Page) => page.locator("input[data-editor-import]");
const alert = (page: Page) => page.locator(".editor-notices [role=alert]");

async function expectRefused(page: Page, paths: string[], message: RegExp, step: string) {
  await input(page).setInputFiles(paths);
  await alert(page).waitFor();
  expect(await alert(page).textContent()).toMatch(message);
  await expectNoFrench(page, step);
  await page.getByRole("button", { name: "Close this message" }).click();
}

describe("the factory editor in English", () => {
  it("says every step, refusal, gap and hint in English", async () => {
    const { page } = await session.openPage();
    await page.goto(`${siteOrigin()}/#/editeur`);
    await page.locator("[data-language-switch]").selectOption("en");
    await page.getByRole("heading", { name: "Add your factory", level: 1 }).waitFor();
    await expectNoFrench(page, "empty editor");

    await expectRefused(page, [files.notGltf], /^“plan\.pdf” is not a glTF model/, "not a glTF");
    await expectRefused(page, [files.broken], /is damaged or incomplete/, "broken glb");
    await expectRefused(page, [files.empty], /holds no object to show \(no mesh\)/, "no mesh");
    await expectRefused(
      page,
      [files.gltf, files.bin],
      /A file of this model is missing: bardage\.png/,
      "missing",
    );

    await input(page).setInputFiles([files.draco]);
    await page.getByText("Model “factory-draco.glb” loaded.").waitFor({ timeout: 60_000 });
    await page.locator('[data-editor-viewer][data-editor-ready="true"]').waitFor({ timeout: 60_000 });
    // The empty draft's gaps, listed in English.
    expect(await page.locator("[data-editor-gaps]").textContent()).toMatch(/Company, the name: to complete/);
    await expectNoFrench(page, "model imported, nothing described");
    await screenshot(page, "editor-en-01-imported");

    await page.getByLabel("Company name").fill("Huveaune Presses");
    await page.getByLabel("Sector").selectOption("metallurgie");
    await page.getByLabel("Town").selectOption("Aubagne");
    await page
      .getByLabel("Introduction (what the plant does, in two or three sentences)")
      .fill("A plant that stamps and machines sheet-metal parts for cars.");
    await page.getByLabel("Headcount (number of employees)").fill("42");
    await page.getByLabel("Products (one per line)").fill("Stamped parts\nMachined shafts");
    await page.getByRole("button", { name: "Add a workshop" }).click();
    await page.getByLabel("Workshop name").fill("Stamping");
    await page.getByLabel("Workshop description").fill("Where the sheet metal takes its shape.");
    await page.locator('[data-editor-node="Presse"]').click();
    await page.getByRole("button", { name: "This is a machine" }).click();
    const press = page.locator("[data-editor-machine]").first();
    await press.getByLabel("Machine name").fill("Stamping press");
    await press
      .getByLabel("What it does (for secondary-school pupils)")
      .fill("It presses the sheet into a mould.");
    await press.getByLabel("Search a trade").fill("soud");
    await press.locator("[data-editor-add-job]").first().waitFor();
    // The trades found are the pack's, in French, and marked so.
    expect(await press.locator("[data-editor-add-job] [lang=fr]").count()).toBeGreaterThan(0);
    await expectNoFrench(page, "trade search");
    await press.locator("[data-editor-add-job]").first().click();

    // The workshop still lacks its floor and viewpoint, and the company its transition story.
    const gaps = await page.locator("[data-editor-gaps]").textContent();
    expect(gaps).toMatch(/“Stamping”: choose its floor/);
    expect(gaps).toMatch(/“Stamping”: save its viewpoint/);
    expect(gaps).toMatch(/Ecological transition: choose a theme and tell it/);
    await expectNoFrench(page, "described, with gaps");
    await screenshot(page, "editor-en-02-gaps");

    // A textured model: the budget's hint in English.
    await input(page).setInputFiles([files.textured]);
    await page.getByText("Model “factory-textured.glb” loaded.").waitFor({ timeout: 60_000 });
    await page.locator('[data-editor-viewer][data-editor-ready="true"]').waitFor({ timeout: 60_000 });
    expect(await page.locator('[data-editor-hint="textures"]').textContent()).toBe(
      "This model has 1 texture of 2,560 px: Optimise will reduce it to 2,048 px in WebP.",
    );
    await expectNoFrench(page, "budget hints");
    await page.getByRole("button", { name: "Optimise", exact: true }).click();
    await page.locator("[data-editor-optimised]").waitFor({ timeout: 90_000 });
    expect(await page.locator("[data-editor-optimised]").textContent()).toMatch(/^Before: .* · After: /);
    await expectNoFrench(page, "optimised");
    await screenshot(page, "editor-en-03-optimised");
    await page.setViewportSize({ width: 390, height: 844 });
    await expectNoFrench(page, "phone");
    await screenshot(page, "editor-en-04-phone");
  });
});
