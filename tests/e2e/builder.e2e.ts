import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import type { Company } from "../../src/content/schema";
import { screenshot, siteOrigin, waitForScene } from "./browser";
import { browserSession } from "./fixture";

const companies = JSON.parse(
  readFileSync(`${inject("siteDir")}/content/companies.json`, "utf8"),
) as Company[];
/** A workshop with at least four machines, so three of them have their hotspot in view. */
const company = companies.find((c) => c.workshops.some((w) => w.machines.length >= 4));
const workshop = company?.workshops.find((w) => w.machines.length >= 4);
if (!company || !workshop) throw new Error("the pack needs a workshop with 4+ machines");
const scene = `${company.id}/${workshop.id}`;
const laptop = { width: 1280, height: 720 };

const session = browserSession({ contextDefaults: { viewport: laptop, locale: "fr-FR" } });

const stepText = (page: Page) => page.locator("[data-tour-step]").first().textContent();
const waitForStep = (page: Page, text: string) =>
  page.waitForFunction(
    (expected) => document.querySelector("[data-tour-step]")?.textContent?.trim() === expected,
    text,
    { timeout: 15_000 },
  );
/** The stage shows a tour stop's workshop with its first frame drawn. */
const waitForStage = (page: Page, expected: string) =>
  page.waitForFunction(
    (s) => document.querySelector(`#root [data-scene="${s}"]`)?.getAttribute("aria-busy") === "false",
    expected,
    { timeout: 90_000 },
  );
/** The machines of the builder's stop list, in order. */
const stopOrder = (page: Page) =>
  page
    .locator("[data-builder-stop]")
    .evaluateAll((items) => items.map((li) => li.getAttribute("data-builder-stop")));

/** axe-core's serious and critical violations on the page, readable in a failure. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: "node_modules/axe-core/axe.min.js" });
  const violations = await page.evaluate(async () => {
    type Violation = { id: string; impact: string | null; nodes: { target: string[] }[] };
    const axe = (window as unknown as { axe: { run: (d: Document) => Promise<{ violations: Violation[] }> } })
      .axe;
    return (await axe.run(document)).violations;
  });
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

describe("the tour builder", () => {
  it("builds a 3-stop tour by clicking machines, reorders it by keyboard, keeps it, plays it, shares it as a file and a link", async () => {
    const { page, context } = await session.openPage();
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: siteOrigin() });

    // From the tours page to a new tour.
    await page.goto(`${siteOrigin()}/#/visites`);
    await page.getByRole("link", { name: "Créer une visite" }).click();
    await page.locator("[data-tour-builder]").waitFor();
    const tourId = await page.locator("[data-tour-builder]").getAttribute("data-tour-builder");
    expect(tourId).toMatch(/^perso-/);
    expect(await page.evaluate(() => location.hash)).toBe(`#/visites/modifier/${tourId}`);
    await page.getByLabel("Titre").fill("Maintenance au cœur de l'usine");
    await page.getByLabel("Public", { exact: true }).fill("Bac pro MSPC");
    await screenshot(page, "builder-01-new-tour");

    // Into the 3D workshop from the picker's "Voir en 3D".
    await page.getByLabel("Chercher une machine, un atelier, une entreprise, un métier").fill(workshop.name);
    await page.locator(`a[href="#/usine/${company.id}/${workshop.id}"]`).first().click();
    await waitForScene(page, scene);
    // Three machines: a click on each hotspot in view, Enter on one the camera does not show.
    const picked = workshop.machines.slice(0, 3).map((m) => m.id);
    for (const [i, machineId] of picked.entries()) {
      const hotspot = page.locator(`button[data-machine="${machineId}"]`);
      if ((await hotspot.getAttribute("data-offscreen")) === null) await hotspot.click();
      else {
        await hotspot.focus();
        await page.keyboard.press("Enter");
      }
      const panel = page.getByRole("dialog");
      await panel.waitFor();
      await panel.getByRole("button", { name: "Ajouter à ma visite" }).click();
      await panel
        .locator("[data-back-to-tour]")
        .filter({ hasText: `${i + 1} étape` })
        .waitFor();
      if (i < picked.length - 1) {
        await page.keyboard.press("Escape");
        await panel.waitFor({ state: "detached" });
      }
    }
    await screenshot(page, "builder-02-trade-panel-add-to-tour");
    await page.getByRole("dialog").locator("[data-back-to-tour]").click();
    await page.locator("[data-tour-builder]").waitFor();
    expect(await stopOrder(page)).toEqual(picked);

    // Reorder with the keyboard: the first stop goes down twice, focus following it.
    const [a, b, c] = picked as [string, string, string];
    await page.locator('[data-stop-index="0"] [data-stop-action="down"]').focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(
      () => document.activeElement?.closest("[data-stop-index]")?.getAttribute("data-stop-index") === "1",
    );
    await page.keyboard.press("Enter");
    await page.waitForFunction(
      () => document.activeElement?.closest("[data-stop-index]")?.getAttribute("data-stop-index") === "2",
    );
    expect(await stopOrder(page)).toEqual([b, c, a]);

    // A question with choices on the first stop; its notes rewritten.
    await page.locator('[data-stop-index="0"] [data-stop-action="select"]').click();
    await page
      .getByLabel("Vos notes (vue présentateur seulement)")
      .fill("Demander qui a fait un stage en maintenance.");
    await page.getByLabel("Question à choix").check();
    await page.getByLabel("Question", { exact: true }).fill("Qui règle cette machine ?");
    await page.getByLabel("Choix 1", { exact: true }).fill("Le technicien de maintenance");
    await page.getByLabel("Choix 2", { exact: true }).fill("Le comptable");
    await page.getByRole("button", { name: "Ajouter un choix" }).click();
    await page.getByLabel("Choix 3", { exact: true }).fill("Personne");
    await page.getByLabel("Le choix 1 est la bonne réponse").check();
    await page
      .getByLabel("Explication (montrée avec la bonne réponse)")
      .fill("Le technicien la règle et l'entretient.");
    // A field left empty shows its French message next to it.
    await page.getByLabel("Titre").fill("");
    await page.getByLabel("Public", { exact: true }).focus();
    expect(await page.locator('[data-field-error="title"]').textContent()).toContain("titre");
    await page.getByLabel("Titre").fill("Maintenance au cœur de l'usine");
    await page.locator('[data-tour-ready="true"]').waitFor();
    await page.locator("[data-stop-preview]").getByText("Qui règle cette machine ?").waitFor();
    await page.locator('[data-save-status="saved"]').waitFor();
    await screenshot(page, "builder-03-laptop-1280");
    await page
      .locator("[data-stop-preview]")
      .screenshot({ path: "test-results/screenshots/builder-04-preview.png" });

    // A reload finds it all again.
    await page.reload();
    await page.locator("[data-tour-builder]").waitFor();
    expect(await stopOrder(page)).toEqual([b, c, a]);
    expect(await page.getByLabel("Titre").inputValue()).toBe("Maintenance au cœur de l'usine");

    // Played on the projector with the clicker keys.
    await page.locator("[data-play-tour]").click();
    const firstPlace = workshop.machines.find((m) => m.id === b);
    await waitForStage(page, scene);
    await waitForStep(page, "1 / 3");
    expect(await page.locator("[data-tour-machine]").getAttribute("data-tour-machine")).toBe(firstPlace?.id);
    expect(await page.locator("[data-tour-player]").textContent()).toContain("Qui règle cette machine ?");
    await screenshot(page, "builder-05-playing-own-tour");
    await page.mouse.click(5, 5);
    await page.keyboard.press("PageDown");
    await waitForStep(page, "2 / 3");
    await page.keyboard.press("ArrowRight");
    await waitForStep(page, "3 / 3");
    await page.keyboard.press("Home");
    await waitForStep(page, "1 / 3");
    expect(await page.evaluate(() => location.hash)).toBe(`#/visite/${tourId}/1`);

    // The presenter's window shows the teacher's notes.
    await page.goto(`${siteOrigin()}/#/visite/${tourId}/1?presentateur`);
    expect(await page.locator("[data-tour-notes]").textContent()).toBe(
      "Demander qui a fait un stage en maintenance.",
    );
    // Its worksheet and its kiosk mode, like a shipped tour's.
    await page.goto(`${siteOrigin()}/#/visite/${tourId}/fiche`);
    expect(await page.locator(`[data-worksheet="${tourId}"] [data-worksheet-stop]`).count()).toBe(3);
    await page.goto(`${siteOrigin()}/#/visite/${tourId}/2?auto`);
    await waitForStep(page, "2 / 3");

    // "Mes visites": export the file, copy the link.
    await page.goto(`${siteOrigin()}/#/visites/mes-visites`);
    const card = page.locator(`[data-my-tour="${tourId}"]`);
    await card.waitFor();
    await screenshot(page, "builder-06-my-tours");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      card.locator("[data-export-tour]").click(),
    ]);
    expect(download.suggestedFilename()).toBe("maintenance-au-coeur-de-l-usine.visite.json");
    const filePath = "test-results/builder-export.visite.json";
    await download.saveAs(filePath);
    await card.locator("[data-copy-link]").click();
    const link = await card.locator("[data-share-link]").inputValue();
    expect(link.length).toBeLessThanOrEqual(2000);
    expect(link).toContain("#/visites/lien/");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

    // A colleague's browser imports the file and plays it.
    const colleague = await session.openPage();
    await colleague.page.goto(`${siteOrigin()}/#/visites/mes-visites`);
    await colleague.page.locator("[data-import-tour]").setInputFiles(filePath);
    await colleague.page.locator("[data-import-done]").waitFor();
    const imported = colleague.page.locator("[data-my-tour]");
    expect(await imported.count()).toBe(1);
    expect(await imported.locator("h2").textContent()).toBe("Maintenance au cœur de l'usine");
    await imported.locator("[data-play-tour]").click();
    await waitForStep(colleague.page, "1 / 3");
    expect(await colleague.page.locator("[data-tour-machine]").getAttribute("data-tour-machine")).toBe(b);

    // Another one opens the link, plays it and keeps a copy.
    const friend = await session.openPage();
    await friend.page.goto(link);
    await friend.page.locator("[data-shared-tour]").waitFor();
    expect(await friend.page.locator("h1").textContent()).toBe("Maintenance au cœur de l'usine");
    await friend.page.locator("[data-keep-copy]").click();
    await friend.page.locator("[data-play-tour]").click();
    await waitForStep(friend.page, "1 / 3");
    await friend.page.mouse.click(5, 5);
    await friend.page.keyboard.press("PageDown");
    await waitForStep(friend.page, "2 / 3");
    expect(await stepText(friend.page)).toBe("2 / 3");
    await friend.page.goto(`${siteOrigin()}/#/visites/mes-visites`);
    expect(await friend.page.locator("[data-my-tour] h2").textContent()).toBe(
      "Maintenance au cœur de l'usine",
    );
  });

  it("names what a draft lacks, each problem a link to its field; a card with no audience reads « 45 min · 1 étape »", async () => {
    const { page } = await session.openPage();
    await page.goto(`${siteOrigin()}/#/visites/nouvelle`);
    await page.locator("[data-tour-builder]").waitFor();
    const tourId = await page.locator("[data-tour-builder]").getAttribute("data-tour-builder");
    await page.getByLabel("Titre").fill("Brouillon sans public");
    const machine = workshop.machines[0];
    if (!machine) throw new Error("no machine");
    await page.getByLabel("Chercher une machine, un atelier, une entreprise, un métier").fill(machine.name);
    await page
      .getByRole("button", { name: `Ajouter ${machine.name} à la visite` })
      .first()
      .click();
    await page.locator("[data-builder-stop]").first().waitFor();
    // The builder's verdict names the problem too, and a click puts the focus in its field.
    const inBuilder = page.locator('[data-tour-ready="false"] [data-draft-problem="audience"]');
    expect(await inBuilder.textContent()).toBe("Public\u00a0: public de 2 caractères au moins");
    await inBuilder.click();
    await page.waitForFunction(() => document.activeElement?.getAttribute("data-field") === "audience");

    await page.goto(`${siteOrigin()}/#/visites/mes-visites`);
    const card = page.locator(`[data-my-tour="${tourId}"]`);
    await card.waitFor();
    expect(await card.locator("p.muted").first().textContent()).toMatch(/^45 min · 1 étape · modifiée le /);
    expect(await card.locator(".tour-draft").textContent()).toMatch(/Brouillon\s: \d+ points? à compléter/);
    const problem = card.locator('[data-draft-problem="audience"]');
    expect(await problem.textContent()).toBe("Public\u00a0: public de 2 caractères au moins");
    await screenshot(page, "builder-draft-problems");
    await problem.click();
    await page.waitForFunction(() => document.activeElement?.getAttribute("data-field") === "audience");
    expect(await page.evaluate(() => location.hash)).toBe(`#/visites/modifier/${tourId}?champ=audience`);
    expect(await page.locator('[data-field-error="audience"]').textContent()).toBe(
      "public de 2 caractères au moins",
    );
    await screenshot(page, "builder-draft-field-focused");
    await page.getByLabel("Public", { exact: true }).fill("3e");
    await page.goto(`${siteOrigin()}/#/visites/mes-visites`);
    await card.waitFor();
    expect(await card.locator('[data-draft-problem="audience"]').count()).toBe(0);
    expect(await card.locator("p.muted").first().textContent()).toMatch(/^3e · 45 min · 1 étape · /);
  });

  it("refuses a hostile file with an alert, migrates an older one, shows markup as text; fits a phone", async () => {
    // NOTE: bypassCSP lets the test inject axe-core; the site itself is unchanged.
    const { page } = await session.openPage({
      contextOptions: { viewport: { width: 390, height: 844 }, bypassCSP: true },
    });
    await page.goto(`${siteOrigin()}/#/visites/mes-visites`);
    const input = page.locator("[data-import-tour]");
    await input.waitFor();

    // 1,000 stops: refused, nothing kept.
    const stop = {
      company: company.id,
      workshop: workshop.id,
      machine: workshop.machines[0]?.id,
      narration: "Un récit assez long.",
      notes: "Des notes assez longues.",
    };
    const hostile = {
      format: "usine-extraordinaire/visite",
      version: 1,
      tour: {
        id: "perso-x",
        title: "Trop",
        audience: "3e",
        minutes: 30,
        stops: Array.from({ length: 1000 }, () => stop),
      },
    };
    await input.setInputFiles({
      name: "trop.visite.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(hostile)),
    });
    const alert = page.getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toContain("au plus 20 étapes");
    expect(await page.locator("[data-my-tour]").count()).toBe(0);
    await screenshot(page, "builder-07-import-refused-phone");

    // A version 0 file (a bare tour, a question without choices) with markup in its title.
    const title = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script> Visite';
    const old = {
      id: "ancienne",
      title,
      audience: "3e",
      minutes: 20,
      stops: [{ ...stop, question: { prompt: "Qui travaille ici ?", answer: "Des techniciens." } }],
    };
    await input.setInputFiles({
      name: "ancienne.visite.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(old)),
    });
    await page.locator("[data-import-done]").waitFor();
    expect(await page.locator("[data-import-done]").textContent()).toContain("version précédente");
    expect(await page.locator("[data-my-tour] h2").textContent()).toBe(title);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await seriousViolations(page)).toEqual([]);

    // The builder on a phone.
    await page.locator("[data-my-tour]").getByRole("link", { name: "Modifier" }).click();
    await page.locator("[data-tour-builder]").waitFor();
    await page.getByLabel("Question à choix").check();
    await screenshot(page, "builder-08-phone-390");
    expect(await seriousViolations(page)).toEqual([]);
  });
});
