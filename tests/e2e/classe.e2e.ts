import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type RunningHub, startHub } from "../../server/startHub";
import type { Tour } from "../../src/content/schema";
import { connectHub, type HubClient } from "../../src/protocol/hubClient";
import { limits, stopChoices } from "../../src/protocol/schema";
import { browserSession } from "./fixture";

/**
 * La classe en direct in one Chromium: a teacher's projector and presenter windows and three
 * pupils (one on a 390×844 phone), all on the built site served by the hub (not the static
 * server). The 60-pupil limit is filled by protocol clients in Node, then shown in the browser.
 */

const siteDir = resolve(inject("siteDir"));
const tours = JSON.parse(readFileSync(`${siteDir}/content/tours.json`, "utf8")) as Tour[];
/** A tour inside one factory (one model to load) whose stops all have choices. */
const tour = tours.find(
  (t) =>
    t.stops.length >= 5 &&
    new Set(t.stops.map((s) => s.company)).size === 1 &&
    t.stops.every((s) => stopChoices(s).choices.length >= 3 && stopChoices(s).correct !== null),
);
if (!tour) throw new Error("the pack needs a one-factory tour of 5+ stops with choices");
const total = tour.stops.length;

const session = browserSession();
let hub: RunningHub;
beforeAll(async () => {
  hub = await startHub({ host: "127.0.0.1", staticDir: siteDir, log: () => {} });
});
afterAll(async () => {
  await hub?.close();
});

/** A page whose console errors and requests off the hub's origin are recorded. */
async function watchedPage(context: BrowserContext) {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  page.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith(hub.url) && !url.startsWith("data:") && !url.startsWith("blob:"))
      problems.push(`off-origin: ${url}`);
  });
  return { page, problems };
}

/** A screenshot for a person to look at (generous timeout: SwiftShader shares two cores with others). */
const screenshot = (page: Page, name: string) =>
  page.screenshot({ path: `test-results/screenshots/${name}.png`, timeout: 120_000 });

const waitForText = (page: Page, selector: string, expected: string, timeout = 45_000) =>
  page.waitForFunction(
    ([sel, text]) => document.querySelector(sel as string)?.textContent?.trim() === text,
    [selector, expected],
    { timeout },
  );
const waitForStep = (page: Page, step: number) => waitForText(page, "[data-tour-step]", `${step} / ${total}`);
const waitForStage = (page: Page) =>
  page.waitForFunction(
    () => document.querySelector("#root [data-scene]")?.getAttribute("aria-busy") === "false",
    undefined,
    { timeout: 90_000 },
  );

async function join(page: Page, code: string, name: string): Promise<void> {
  if (code) await page.getByLabel("Code de la classe").fill(code);
  await page.getByLabel("Pseudo").fill(name);
  await page.getByRole("button", { name: "Rejoindre" }).click();
}

describe("la classe en direct", () => {
  it("a teacher runs a class: pupils join by code, follow, answer, ask; results and summary", async () => {
    const stop = (step: number) => {
      const found = tour.stops[step - 1];
      if (!found) throw new Error(`no stop ${step}`);
      return found;
    };

    // ——— The teacher: projector, then the presenter's window attaching by itself.
    const teacher = await session.newContext({ viewport: { width: 1920, height: 1080 }, locale: "fr-FR" });
    const projector = await watchedPage(teacher);
    await projector.page.goto(`${hub.url}/#/visite/${tour.id}/1`);
    await waitForStage(projector.page);
    await projector.page.getByRole("button", { name: "Classe en direct" }).click();
    const codeBox = projector.page.locator("[data-class-code]");
    await codeBox.waitFor();
    const code = (await codeBox.textContent())?.trim() ?? "";
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{6}$/);
    // The label is outside the code's element; the join address and a local QR code are shown.
    const join$ = projector.page.locator("[data-class-join]");
    expect(await join$.textContent()).toContain(`${hub.url}/#/classe`);
    await projector.page.locator("[data-class-join] svg[data-class-qr] path").waitFor();
    const codeSize = await codeBox.evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
    expect(codeSize).toBeGreaterThanOrEqual(80);
    await screenshot(projector.page, "classe-01-projector-code");

    const presenter = await watchedPage(teacher);
    await presenter.page.goto(`${hub.url}/#/visite/${tour.id}/1?presentateur`);
    await waitForText(presenter.page, "[data-class-pupils]", "0");

    // ——— Three pupils: two school PCs, one phone; by the QR code's address or by typing the code.
    const pcA = await session.newContext({ viewport: { width: 1280, height: 720 }, locale: "fr-FR" });
    const pcB = await session.newContext({ viewport: { width: 1280, height: 720 }, locale: "fr-FR" });
    const phone = await session.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      locale: "fr-FR",
    });
    const lea = await watchedPage(pcA);
    const tom = await watchedPage(pcB);
    const sam = await watchedPage(phone);
    await lea.page.goto(`${hub.url}/#/classe/${code}`);
    await join(lea.page, "", "Léa");
    await tom.page.goto(`${hub.url}/#/classe`);
    // Typed codes: any case, spaces and dashes ignored.
    await join(tom.page, `${code.slice(0, 3).toLowerCase()}-${code.slice(3)}`, "Tom");
    await sam.page.goto(`${hub.url}/#/classe`);
    await join(sam.page, code, "Sam");
    const pupils = [lea.page, tom.page, sam.page];
    for (const page of pupils) await waitForStep(page, 1);
    await waitForText(presenter.page, "[data-class-pupils]", "3");
    for (const name of ["Léa", "Tom", "Sam"])
      await presenter.page.locator("[data-class-roster] li", { hasText: name }).waitFor();
    // Pseudonyms never reach the projector.
    const projectorText = (await projector.page.locator("body").textContent()) ?? "";
    for (const name of ["Léa", "Tom", "Sam"]) expect(projectorText).not.toContain(name);
    await waitForText(projector.page, ".class-count", "3 élèves connectés");
    await waitForStage(sam.page);
    expect(await sam.page.locator("[data-tour-narration]").textContent()).toBe(stop(1).narration);
    // The phone's page does not scroll sideways.
    expect(await sam.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    // ——— Three moves: the clicker on the projector, the presenter's button, the clicker again.
    await projector.page.mouse.click(960, 500);
    await projector.page.keyboard.press("PageDown");
    for (const page of pupils) await waitForStep(page, 2);
    await presenter.page.locator("[data-tour-next]").click();
    for (const page of pupils) await waitForStep(page, 3);
    await waitForStep(projector.page, 3);
    await projector.page.mouse.click(960, 500);
    await projector.page.keyboard.press("ArrowRight");
    for (const page of [...pupils, presenter.page]) await waitForStep(page, 4);
    expect(await tom.page.locator("[data-tour-narration]").textContent()).toBe(stop(4).narration);

    // ——— "Mode libre": the pupils walk around the workshop; "Rappel" brings them back to the stop.
    await presenter.page.getByRole("button", { name: "Mode libre" }).click();
    await sam.page.getByText("Mode libre : promène-toi dans l’atelier").waitFor();
    await presenter.page.getByRole("button", { name: "Rappel" }).click();
    await sam.page.getByText("Mode libre : promène-toi dans l’atelier").waitFor({ state: "detached" });

    // ——— Answers: one each, changeable until the results are shown.
    const { choices, correct } = stopChoices(stop(4));
    if (correct === null) throw new Error("stop 4 has no right answer");
    const wrong = (correct + 1) % choices.length;
    expect(await sam.page.locator("[data-class-choice]").count()).toBe(choices.length);
    await lea.page.locator(`[data-class-choice="${correct}"]`).click();
    await tom.page.locator(`[data-class-choice="${wrong}"]`).click();
    await sam.page.locator(`[data-class-choice="${wrong}"]`).click();
    await sam.page.locator(`[data-class-choice="${correct}"]`).click();
    await sam.page.locator(`[data-class-choice="${correct}"][aria-pressed="true"]`).waitFor();
    // The presenter's live tally: 2 right, 1 wrong.
    const tally = presenter.page.locator("[data-class-results] .class-bar");
    await presenter.page.waitForFunction(
      ([right, other]) => {
        const bars = document.querySelectorAll("[data-class-results] .class-bar");
        return (
          bars[right as number]?.getAttribute("data-count") === "2" &&
          bars[other as number]?.getAttribute("data-count") === "1"
        );
      },
      [correct, wrong],
    );
    expect(await tally.count()).toBe(choices.length);
    await screenshot(sam.page, "classe-02-pupil-phone-answer");

    // ——— A question from the phone reaches the presenter; shown, it goes to the projector.
    const text = "Est-ce qu'il faut un bac pour travailler au haut fourneau ?";
    await sam.page.getByLabel("Poser une question").fill(text);
    await sam.page.getByRole("button", { name: "Envoyer" }).click();
    await sam.page.getByText("Question envoyée au professeur.").waitFor();
    const asked = presenter.page.locator("[data-class-questions] > li", { hasText: text });
    await asked.waitFor();
    expect(await presenter.page.locator("[data-class-questions] > *").count()).toBe(1);
    await asked.getByRole("button", { name: "Afficher au projecteur" }).click();
    await projector.page.locator(".class-shown-questions li", { hasText: text }).waitFor();
    await screenshot(presenter.page, "classe-03-presenter");

    // ——— "Afficher les résultats": the anonymous chart on the projector, the tally on the pupils'.
    await projector.page.getByRole("button", { name: "Afficher les résultats" }).click();
    const chart = projector.page.locator("[data-class-chart]");
    await chart.waitFor();
    await projector.page.locator(`[data-class-chart] .class-bar[data-correct][data-count="2"]`).waitFor();
    await screenshot(projector.page, "classe-04-projector-results");
    await sam.page.locator(`[data-class-choice="${correct}"][data-correct]`).waitFor();
    expect(await sam.page.locator(`[data-class-choice="${correct}"]`).isDisabled()).toBe(true);

    // ——— A lost connection: "reconnexion…", then back at the class's current stop, answers kept.
    await tom.page.route("**/socket.io/**", (route) => route.abort());
    for (const socket of hub.io.of("/classe").sockets.values())
      if ((socket.data as { role?: string }).role === "pupil") socket.conn.close();
    await tom.page.locator("[data-class-reconnecting]").waitFor();
    await screenshot(tom.page, "classe-05-pupil-reconnecting");
    await projector.page.keyboard.press("ArrowRight");
    await waitForStep(lea.page, 5);
    await projector.page.keyboard.press("ArrowLeft");
    await waitForStep(lea.page, 4);
    await tom.page.unroute("**/socket.io/**");
    await tom.page.locator("[data-class-reconnecting]").waitFor({ state: "detached", timeout: 20_000 });
    await waitForStep(tom.page, 4);
    await tom.page.locator(`[data-class-choice="${wrong}"][aria-pressed="true"]`).waitFor();
    // A reload keeps the phone's place and answer (the resume token lives in sessionStorage).
    await sam.page.reload();
    await waitForStep(sam.page, 4);
    await sam.page.locator(`[data-class-choice="${correct}"][aria-pressed="true"]`).waitFor();

    // ——— Refusals, in French: an unknown code, a malformed one, a full class.
    const stranger = await watchedPage(pcA);
    await stranger.page.goto(`${hub.url}/#/classe`);
    const unknown = code === "ZZZZZZ" ? "YYYYYY" : "ZZZZZZ";
    await join(stranger.page, unknown, "Alex");
    await expect
      .poll(() => stranger.page.getByRole("alert").textContent())
      .toContain("Code inconnu\u00a0: aucune classe ne porte ce code.");
    await join(stranger.page, "AB1", "Alex");
    await expect.poll(() => stranger.page.getByRole("alert").textContent()).toContain("Code mal formé");
    await join(stranger.page, code, "A");
    await expect.poll(() => stranger.page.getByRole("alert").textContent()).toContain("Pseudo invalide");
    const others: HubClient[] = [];
    try {
      for (let i = 3; i < limits.maxPupils; i++) {
        const client = connectHub({ url: hub.url, transports: ["websocket"] });
        others.push(client);
        const joined = await client.request("class:join", { code, name: `Élève ${i}` });
        expect(joined.ok).toBe(true);
      }
      await join(stranger.page, code, "Alex");
      await expect
        .poll(() => stranger.page.getByRole("alert").textContent())
        .toContain("Classe complète\u00a0: 60 élèves l’ont déjà rejointe.");
      await screenshot(stranger.page, "classe-06-pupil-class-full");
    } finally {
      for (const client of others) client.close();
    }

    // ——— "Terminer": the summary in both teacher windows, the end on every pupil's screen.
    await presenter.page.getByRole("button", { name: "Terminer" }).click();
    await presenter.page.locator("[data-class-summary]").waitFor();
    await projector.page.locator("[data-class-summary]").waitFor();
    expect(
      await presenter.page.locator("[data-class-summary-pupils]").getAttribute("data-class-summary-pupils"),
    ).toBe(String(limits.maxPupils));
    const row = presenter.page.locator('[data-summary-step="4"] td');
    expect(await row.nth(2).textContent()).toBe("3");
    expect(await row.nth(3).textContent()).toBe("2");
    expect(await row.nth(4).textContent()).toBe("67 %");
    await screenshot(presenter.page, "classe-07-summary");
    for (const page of pupils) await page.locator("[data-class-ended]").waitFor();
    // Nothing kept: the teacher's key leaves localStorage, the pupils' tokens sessionStorage.
    expect(await presenter.page.evaluate(() => localStorage.getItem("usine-classe:enseignant"))).toBeNull();
    expect(await sam.page.evaluate(() => sessionStorage.getItem("usine-classe:eleve"))).toBeNull();

    for (const watched of [projector, presenter, lea, tom, sam, stranger])
      expect(watched.problems.filter((p) => !/socket\.io|ERR_FAILED|WebSocket/.test(p))).toEqual([]);
  }, 400_000);

  it("without a hub, « Classe en direct » and #/classe explain that the hub is needed", async () => {
    const siteOrigin = inject("staticOrigin");
    const context = await session.newContext({ viewport: { width: 1280, height: 720 }, locale: "fr-FR" });
    const page = await context.newPage();
    await page.goto(`${siteOrigin}/#/classe`);
    await expect
      .poll(() => page.getByRole("alert").textContent(), { timeout: 15_000 })
      .toContain("La classe en direct n’est pas disponible sur ce site");
    expect(await page.getByLabel("Code de la classe").count()).toBe(0);
    await page.goto(`${siteOrigin}/#/visite/${tour.id}/1`);
    await page.getByRole("button", { name: "Classe en direct" }).click();
    await expect
      .poll(() => page.getByRole("alert").textContent(), { timeout: 15_000 })
      .toContain("La classe en direct a besoin du serveur de l’application");
    await screenshot(page, "classe-08-static-no-hub");
  });
});
