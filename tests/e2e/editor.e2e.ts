import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Document, NodeIO } from "@gltf-transform/core";
import { strFromU8, unzipSync } from "fflate";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { companySchema } from "../../src/content/schema";
import { editorTestIO, testFactoryDocument, testFactoryGlb } from "../fixtures/editorModels";
import { screenshot, siteOrigin, waitForScene } from "./browser";
import { browserSession } from "./fixture";

const session = browserSession({
  contextDefaults: { viewport: { width: 1280, height: 720 }, locale: "fr-FR", acceptDownloads: true },
});

const dir = mkdtempSync(join(tmpdir(), "editor-e2e-"));
const files = {
  draco: join(dir, "usine-draco.glb"),
  textured: join(dir, "usine-texturee.glb"),
  broken: join(dir, "casse.glb"),
  empty: join(dir, "vide.glb"),
  notGltf: join(dir, "plan.pdf"),
  gltf: join(dir, "usine.gltf"),
  bin: join(dir, "buffer.bin"),
};

beforeAll(async () => {
  const io = await editorTestIO();
  writeFileSync(files.draco, await testFactoryGlb({ draco: true }));
  writeFileSync(files.textured, await testFactoryGlb({ textureSize: 2560 }));
  writeFileSync(files.broken, (await testFactoryGlb()).slice(0, 400));
  const empty = new Document();
  empty.getRoot().setDefaultScene(empty.createScene("vide"));
  empty.createNode("rien");
  writeFileSync(files.empty, await io.writeBinary(empty));
  writeFileSync(files.notGltf, "%PDF-1.4 un plan, pas un modèle");
  const { json, resources } = await new NodeIO().writeJSON(testFactoryDocument({ textureSize: 64 }));
  writeFileSync(files.gltf, JSON.stringify(json));
  writeFileSync(files.bin, resources["buffer.bin"] as Uint8Array);
});

const input = (page: Page) => page.locator("input[data-editor-import]");
const alert = (page: Page) => page.locator(".editor-notices [role=alert]");

async function importFiles(page: Page, paths: string[]) {
  await input(page).setInputFiles(paths);
}

async function expectRefused(page: Page, paths: string[], message: RegExp) {
  await importFiles(page, paths);
  await alert(page).waitFor();
  expect(await alert(page).textContent()).toMatch(message);
  await page.getByRole("button", { name: "Fermer ce message" }).click();
}

async function waitForViewer(page: Page) {
  await page.locator('[data-editor-viewer][data-editor-ready="true"]').waitFor({ timeout: 60_000 });
}

describe("the factory editor", () => {
  it("turns a Draco model into a company: machines by clicking, export, add:company, preview", async () => {
    const { page } = await session.openPage();
    await page.goto(`${siteOrigin()}/#/editeur`);
    await page.getByRole("heading", { name: "Ajouter son usine", level: 1 }).waitFor();

    // Bad input, before any draft: each gets a French alert and the editor keeps working.
    await expectRefused(page, [files.notGltf], /n’est pas un modèle glTF/);
    await expectRefused(page, [files.broken], /abîmé ou incomplet/);
    await expectRefused(page, [files.empty], /aucun maillage/);
    await expectRefused(page, [files.gltf, files.bin], /Il manque un fichier de ce modèle\s: bardage\.png/);
    // 300 MB: a File whose size says so, refused before a byte is read (nothing that big is written).
    await input(page).evaluate((element) => {
      const file = new File(["pas lu"], "enorme.glb");
      Object.defineProperty(file, "size", { value: 300 * 1024 * 1024 });
      Object.defineProperty(element, "files", { value: [file], configurable: true });
      element.dispatchEvent(new Event("change", { bubbles: true }));
      // The input reads its real files again for the next import.
      delete (element as { files?: unknown }).files;
    });
    await alert(page).waitFor();
    expect(await alert(page).textContent()).toMatch(/pèse 300\sMo/);
    await page.getByRole("button", { name: "Fermer ce message" }).click();

    // 1. Import a Draco-compressed model.
    await importFiles(page, [files.draco]);
    await page.getByText("Modèle « usine-draco.glb » chargé.").waitFor({ timeout: 60_000 });
    await waitForViewer(page);
    expect(await page.locator("[data-editor-node]").count()).toBeGreaterThanOrEqual(20);

    // 2. Describe the company.
    await page.getByLabel("Nom de l’entreprise").fill("Presses de l’Huveaune");
    await page.getByLabel("Secteur").selectOption("metallurgie");
    await page.getByLabel("Commune").selectOption("Aubagne");
    await page
      .getByLabel("Présentation (ce que fait l’usine, en deux ou trois phrases)")
      .fill("Une usine qui emboutit et usine des pièces de tôle pour l’automobile.");
    await page.getByLabel("Effectif (nombre de salariés)").fill("42");
    await page.getByLabel("Produits (un par ligne)").fill("Pièces embouties\nAxes usinés");
    await page.getByLabel("Thème").selectOption("energie");
    await page.getByLabel("Titre (90 caractères au plus)").fill("Des presses moins gourmandes");
    await page
      .getByLabel("Ce qui change concrètement (60 à 400 caractères)")
      .fill(
        "Les presses récupèrent l’énergie de freinage de leurs volants d’inertie, ce qui réduit la consommation électrique de l’atelier.",
      );

    // A workshop.
    await page.getByRole("button", { name: "Ajouter un atelier" }).click();
    await page.getByLabel("Nom de l’atelier").fill("Emboutissage");
    await page.getByLabel("Description de l’atelier").fill("L’atelier où la tôle prend forme.");

    // Machine 1, by clicking the model in 3D: the centre of the view is the lathe's body.
    const canvas = page.locator("[data-editor-viewer] canvas");
    const box = await canvas.boundingBox();
    if (!box) throw new Error("no canvas");
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.locator("[data-editor-selected]").filter({ hasText: "Tour corps" }).waitFor();
    await page.getByRole("button", { name: "Choisir « Tour » (l’ensemble)" }).click();
    await page
      .locator("[data-editor-selected]")
      .filter({ hasText: /^Tour$/ })
      .waitFor();
    await page.getByRole("button", { name: "C’est une machine" }).click();
    const tour = page.locator("[data-editor-machine]").first();
    await tour.getByLabel("Nom de la machine").fill("Tour à commande numérique");
    await tour
      .getByLabel("Ce qu’elle fait (pour des collégiens)")
      .fill("Il tourne la pièce pour usiner des axes précis.");
    await tour.getByLabel("Chercher un métier").fill("usin");
    await tour.locator("[data-editor-add-job]").first().click();
    expect(await tour.locator("[data-editor-job]").count()).toBe(1);

    // Machine 2, by clicking it in the tree.
    await page.locator('[data-editor-node="Presse"]').click();
    await page.getByRole("button", { name: "C’est une machine" }).click();
    const presse = page.locator("[data-editor-machine]").nth(1);
    await presse.getByLabel("Nom de la machine").fill("Presse à emboutir");
    await presse
      .getByLabel("Ce qu’elle fait (pour des collégiens)")
      .fill("Elle écrase la tôle dans un moule pour lui donner sa forme.");
    await presse.getByLabel("Chercher un métier").fill("soud");
    await presse.locator("[data-editor-add-job]").first().click();
    // Its hotspot shows in the viewer, where visitors will see it.
    await page.locator('[data-editor-hotspot="presse-a-emboutir"]').waitFor();

    // The floor (picked mesh) and the viewpoint (the current camera).
    await page.locator('[data-editor-node="Sol"]').click();
    await page.getByRole("button", { name: "C’est le sol de l’atelier" }).click();
    // A view from under the floor hides the machines: the editor says so, as check:content would.
    const saveView = page.getByRole("button", { name: "Enregistrer cette vue comme point de départ" });
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 - 250, { steps: 10 });
    await page.mouse.up();
    // Turning the view by dragging out of it selects none of the page's text.
    expect(await page.evaluate(() => String(window.getSelection()))).toBe("");
    await saveView.click();
    await page.locator("[data-editor-hidden]").waitFor();
    expect(await page.locator("[data-editor-hidden]").textContent()).toMatch(
      /«\sPresse à emboutir\s» est cachée par «\sSol\s»/,
    );
    // Framing the whole building again gives a clear view.
    await page.locator('[data-editor-node="Bâtiment"]').click();
    await page.getByRole("button", { name: "Cadrer" }).click();
    await saveView.click();
    await page.getByText("Tout est prêt.").waitFor();
    // From that view every machine's hotspot is clear (the check check:content makes, run live).
    expect(await page.locator("[data-editor-hidden]").count()).toBe(0);

    // 3. Budgets, live.
    const budget = page.locator("[data-editor-budget]");
    expect(await budget.textContent()).toMatch(/Atelier «\sEmboutissage\s»/);
    expect(await budget.textContent()).toMatch(/19 \/ 150/);
    await screenshot(page, "editor-01-described-1280");
    await page.setViewportSize({ width: 1920, height: 1080 });
    await screenshot(page, "editor-02-described-1920");
    await page.setViewportSize({ width: 1280, height: 720 });

    // 5. Export, then add:company into a copy of the pack, which check:content accepts.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Exporter" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("usine-presses-de-l-huveaune.zip");
    const zipPath = join(dir, download.suggestedFilename());
    await download.saveAs(zipPath);
    const zip = unzipSync(new Uint8Array(await import("node:fs").then((fs) => fs.readFileSync(zipPath))));
    const company = companySchema.parse(
      JSON.parse(strFromU8(zip["content/company-presses-de-l-huveaune.json"] as Uint8Array)),
    );
    expect(company.workshops[0]?.machines.map((m) => m.node)).toEqual([
      "machine:tour-a-commande-numerique",
      "machine:presse-a-emboutir",
    ]);
    const pack = mkdtempSync(join(tmpdir(), "editor-pack-"));
    mkdirSync(join(pack, "content"));
    cpSync("public/content", join(pack, "content"), { recursive: true });
    cpSync("public/models", join(pack, "models"), { recursive: true });
    const added = spawnSync("npx", ["tsx", "scripts/addCompany.ts", zipPath, "--public", pack], {
      encoding: "utf8",
    });
    expect(added.stderr).not.toMatch(/problème/);
    expect(added.stdout).toMatch(/Contenu valide : 13 secteurs, 34 entreprises/);
    expect(added.status).toBe(0);

    // The draft survives a reload; a bad file then leaves it untouched.
    await page.reload();
    await page.getByText("Brouillon retrouvé : « usine-draco.glb ».").waitFor({ timeout: 60_000 });
    expect(await page.getByLabel("Nom de l’entreprise").inputValue()).toBe("Presses de l’Huveaune");
    await expectRefused(page, [files.broken], /abîmé ou incomplet/);
    expect(await page.getByLabel("Nom de l’entreprise").inputValue()).toBe("Presses de l’Huveaune");
    expect(await page.locator("[data-editor-machine]").count()).toBe(2);

    // A textured model replaces it (same node names: the machines stay); 4. Optimise shrinks the texture.
    await importFiles(page, [files.textured]);
    await page.getByText("Modèle « usine-texturee.glb » chargé.").waitFor({ timeout: 60_000 });
    await waitForViewer(page);
    expect(await page.locator("[data-editor-machine]").count()).toBe(2);
    expect(await page.locator('[data-editor-hint="textures"]').textContent()).toMatch(
      /Ce modèle a 1 texture de 2\s560\spx\s: Optimiser la réduira à 2\s048\spx en WebP\./,
    );
    await page.getByRole("button", { name: "Optimiser", exact: true }).click();
    await page.locator("[data-editor-optimised]").waitFor({ timeout: 90_000 });
    expect(await page.locator("[data-editor-optimised]").textContent()).toMatch(
      /Avant\s: .*19 appels · Après\s: .*8 appels/,
    );
    expect(await budget.textContent()).toMatch(/2048×2048 webp/);
    expect(await page.locator('[data-editor-hint="textures"]').count()).toBe(0);
    await waitForViewer(page);
    await screenshot(page, "editor-03-optimised");

    // Preview: the draft as visitors see it, then a machine's trade panel.
    await page.getByRole("button", { name: "Prévisualiser" }).click();
    await page.waitForURL(/#\/usine\/presses-de-l-huveaune$/);
    await page.locator('a[href="#/usine/presses-de-l-huveaune/emboutissage"]').first().click();
    await waitForScene(page, "presses-de-l-huveaune/emboutissage");
    await screenshot(page, "editor-04-preview-workshop");
    await page.locator('button[data-machine="presse-a-emboutir"]').click();
    const panel = page.locator("[role=dialog][data-job], dialog[open][data-job]").first();
    await panel.waitFor();
    expect(await panel.getAttribute("data-job")).toBe(company.workshops[0]?.machines[1]?.jobs[0]);
    await screenshot(page, "editor-05-preview-trade");
  });
});
