import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join as joinPath, resolve } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openDatabase } from "../../server/db/openDatabase";
import { addCompanyKey } from "../../server/db/slotStore";
import { type RunningHub, startHub } from "../../server/startHub";
import type { Tour } from "../../src/content/schema";
import { connectHub } from "../../src/protocol/hubClient";
import { browserSession } from "./fixture";

/**
 * Professionals in the class, in one Chromium, on the built site served by the hub: a teacher
 * (projector 1920×1080 and presenter), two pupils (a phone and a school PC) and a professional
 * with a guest link. A pupil's question, let through, is answered by the guest and shows on the
 * projector and the pupils' screens; the guest sees no pseudonym and cannot lead; a hidden answer
 * leaves every screen.
 */

const siteDir = resolve(inject("siteDir"));
const tours = JSON.parse(readFileSync(`${siteDir}/content/tours.json`, "utf8")) as Tour[];
const jobs = JSON.parse(readFileSync(`${siteDir}/content/jobs.json`, "utf8")) as {
  id: string;
  title: string;
}[];
const companies = JSON.parse(readFileSync(`${siteDir}/content/companies.json`, "utf8")) as {
  id: string;
  name: string;
  workshops: { id: string; machines: { id: string; jobs: string[] }[] }[];
}[];
const tour = tours.find((t) => new Set(t.stops.map((s) => s.company)).size === 1) ?? tours[0];
if (!tour) throw new Error("the pack has no tour");
const company = companies.find((entry) => entry.id === tour.stops[0]?.company);
if (!company) throw new Error("the tour's company is not in the pack");
/** The company key `npm run pro:invite` would print. */
const companyKey = "cle-entreprise-e2e-0123456789abcdefghijkl";
const trade = jobs.find((job) => job.id === "soudeur");
if (!trade) throw new Error("the catalogue has no soudeur");

const session = browserSession();
let hub: RunningHub;
const folder = mkdtempSync(joinPath(tmpdir(), "usine-pros-"));
beforeAll(async () => {
  const file = joinPath(folder, "usine.db");
  const seed = openDatabase({ file });
  await seed.migrate();
  await addCompanyKey(seed.db, company.id, createHash("sha256").update(companyKey).digest("hex"), new Date());
  await seed.close();
  hub = await startHub({ host: "127.0.0.1", staticDir: siteDir, log: () => {}, database: { file } });
});
afterAll(async () => {
  await hub?.close();
  rmSync(folder, { recursive: true, force: true });
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

const screenshot = (page: Page, name: string) =>
  page.screenshot({ path: `test-results/screenshots/${name}.png`, timeout: 120_000 });

const waitForStage = (page: Page) =>
  page.waitForFunction(
    () => document.querySelector("#root [data-scene]")?.getAttribute("aria-busy") === "false",
    undefined,
    { timeout: 90_000 },
  );

async function join(page: Page, code: string, name: string): Promise<void> {
  await page.goto(`${hub.url}/#/classe/${code}`);
  await page.getByLabel("Pseudo").fill(name);
  await page.getByRole("button", { name: "Rejoindre" }).click();
  await page.locator("[data-tour-step]").waitFor({ timeout: 45_000 });
}

describe("professionals in the class", () => {
  it("a company publishes a slot, a teacher books it; the guest answers; a hidden answer leaves every screen", async () => {
    // ——— The company publishes a slot on #/pro with its key.
    const office = await session.newContext({ viewport: { width: 1280, height: 800 }, locale: "fr-FR" });
    const pro = await watchedPage(office);
    await pro.page.goto(`${hub.url}/#/pro`);
    await pro.page.getByLabel("Entreprise", { exact: true }).selectOption(company.id);
    await pro.page.getByLabel("Clé d’entreprise").fill("une-mauvaise-cle-0123456789abcdef");
    await pro.page.getByRole("button", { name: "Ouvrir" }).click();
    await pro.page.locator('[role="alert"][data-class-problem="bad-key"]').waitFor();
    await pro.page.getByLabel("Clé d’entreprise").fill(companyKey);
    await pro.page.getByRole("button", { name: "Ouvrir" }).click();
    await pro.page.getByRole("heading", { name: "Publier un créneau" }).waitFor();
    const soon = new Date(Date.now() + 10 * 60_000);
    const pad = (n: number) => String(n).padStart(2, "0");
    await pro.page
      .getByLabel("Date")
      .fill(`${soon.getFullYear()}-${pad(soon.getMonth() + 1)}-${pad(soon.getDate())}`);
    await pro.page.getByLabel("Heure de début").fill(`${pad(soon.getHours())}:${pad(soon.getMinutes())}`);
    await pro.page.getByLabel("Durée").selectOption("60");
    await pro.page.getByLabel("Prénom du ou de la professionnel·le").fill("Samia");
    await pro.page.getByLabel("Métier", { exact: true }).selectOption(trade.id);
    await pro.page.getByRole("button", { name: "Publier le créneau" }).click();
    await pro.page.locator('[data-slot-state="open"]').waitFor();
    await screenshot(pro.page, "pros-00-company-slot");

    // ——— The teacher: projector, and the presenter's window attaching by itself.
    const teacher = await session.newContext({ viewport: { width: 1920, height: 1080 }, locale: "fr-FR" });
    const projector = await watchedPage(teacher);
    await projector.page.goto(`${hub.url}/#/visite/${tour.id}/1`);
    await waitForStage(projector.page);
    await projector.page.getByRole("button", { name: "Classe en direct" }).click();
    const code = ((await projector.page.locator("[data-class-code]").textContent()) ?? "").trim();
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{6}$/);
    const presenter = await watchedPage(teacher);
    await presenter.page.goto(`${hub.url}/#/visite/${tour.id}/1?presentateur`);
    await presenter.page.locator("[data-class-pupils]").waitFor();

    // ——— Two pupils: a phone and a school PC.
    const phone = await session.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      locale: "fr-FR",
    });
    const pc = await session.newContext({ viewport: { width: 1280, height: 720 }, locale: "fr-FR" });
    const lea = await watchedPage(phone);
    const tom = await watchedPage(pc);
    await join(lea.page, code, "Léa");
    await join(tom.page, code, "Tom");
    await presenter.page.waitForFunction(
      () => document.querySelector("[data-class-pupils]")?.textContent === "2",
    );

    // ——— The teacher books the slot for this class: a reminder, a .ics file, the guest link.
    await presenter.page.getByRole("button", { name: "Voir les créneaux ouverts" }).click();
    const offered = presenter.page.locator("[data-slot]", { hasText: "Samia" });
    await offered.getByRole("button", { name: "Réserver pour cette classe" }).click();
    const booked = presenter.page.locator("[data-slot-booked]");
    await booked.waitFor();
    expect(await booked.textContent()).toContain(`Samia, ${trade.title} — ${company.name}`);
    const [download] = await Promise.all([
      presenter.page.waitForEvent("download"),
      booked.getByRole("button", { name: "Télécharger le rappel (.ics)" }).click(),
    ]);
    const icsPath = await download.path();
    const ics = readFileSync(icsPath, "utf8");
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ics).toContain("\r\nBEGIN:VEVENT\r\n");
    const link = await booked.locator("[data-class-guest-link]").inputValue();
    expect(ics.replace(/\r\n /g, "")).toContain(link);
    // The company sees its slot booked.
    await pro.page.reload();
    await pro.page.getByLabel("Clé d’entreprise").fill(companyKey);
    await pro.page.getByRole("button", { name: "Ouvrir" }).click();
    await pro.page.locator('[data-slot-state="booked"]').waitFor();
    expect(link).toContain(`${hub.url}/#/classe/${code}/invite/`);
    const guestSecret = link.split("/invite/")[1] ?? "";
    const teacherKey = await presenter.page.evaluate(
      () => localStorage.getItem("usine-classe:enseignant") ?? "",
    );
    expect(teacherKey).not.toContain(guestSecret);

    // ——— The professional opens the link (a laptop elsewhere).
    const laptop = await session.newContext({ viewport: { width: 1280, height: 800 }, locale: "fr-FR" });
    const guest = await watchedPage(laptop);
    await guest.page.goto(link);
    await guest.page.getByLabel("Votre réponse").waitFor({ timeout: 45_000 });
    await guest.page.getByText(`Vous répondez en tant que Samia, ${trade.title}.`).waitFor();
    await guest.page.locator("[data-tour-narration]").waitFor();
    expect(await guest.page.locator("[data-tour-narration]").textContent()).toBe(tour.stops[0]?.narration);

    // ——— A pupil asks; the teacher lets it through; the other pupil "also asks this".
    const question = "Pourquoi avez-vous choisi ce métier ?";
    await lea.page.getByLabel("Poser une question").fill(question);
    await lea.page.getByRole("button", { name: "Envoyer" }).click();
    const asked = presenter.page.locator("[data-class-questions] > li", { hasText: question });
    await asked.getByRole("button", { name: "Afficher au projecteur" }).click();
    await projector.page.locator(".class-shown-questions li", { hasText: question }).waitFor();
    await tom.page.getByRole("button", { name: `Je pose aussi cette question\u00a0: ${question}` }).click();
    await tom.page.locator('.class-upvote[aria-pressed="true"]').waitFor();
    const guestQuestion = guest.page.locator("[data-class-questions] > li", { hasText: question });
    await guestQuestion.locator('[data-question-votes="1"]').waitFor();
    expect(await guestQuestion.textContent()).toContain("1 élève pose aussi cette question");
    await screenshot(guest.page, "pros-01-guest-question");

    // ——— The guest answers, consenting that the class keeps it.
    const answer =
      "J’aime voir une pièce naître de deux morceaux d’acier : la soudure, c’est précis et ça dure.";
    await guestQuestion.getByRole("button", { name: /Répondre à cette question|Question choisie/ }).click();
    await guest.page.getByLabel("Votre réponse").fill(answer);
    await guest.page.getByLabel(/J’accepte que la classe garde/).check();
    await guest.page.getByRole("button", { name: "Envoyer la réponse" }).click();
    await guest.page.getByText("Réponse envoyée").waitFor();

    // On the projector and on both pupils' screens, beside the question, signed.
    for (const page of [projector.page, lea.page, tom.page]) {
      const shown = page.locator("[data-class-answer]");
      await shown.first().waitFor({ timeout: 30_000 });
      expect(await shown.count()).toBe(1);
      const text = (await shown.textContent()) ?? "";
      expect(text).toContain(question);
      expect(text).toContain(answer);
      expect(text).toContain(`Samia, ${trade.title}`);
    }
    await screenshot(projector.page, "pros-02-projector-answer");
    await lea.page.locator("[data-class-answer]").scrollIntoViewIfNeeded();
    await screenshot(lea.page, "pros-03-pupil-phone-answer");
    expect(await lea.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    // ——— The guest cannot read the roster nor lead.
    const guestText = (await guest.page.locator("body").textContent()) ?? "";
    for (const name of ["Léa", "Tom"]) expect(guestText).not.toContain(name);
    expect(await guest.page.locator("[data-class-roster]").count()).toBe(0);
    for (const name of ["Terminer", "Mode libre", "Afficher au projecteur", "Classe en direct"])
      expect(await guest.page.getByRole("button", { name }).count()).toBe(0);
    expect(await guest.page.evaluate(() => localStorage.getItem("usine-classe:enseignant"))).toBeNull();
    const intruder = connectHub({ url: hub.url, transports: ["websocket"] });
    try {
      expect(await intruder.request("class:lead", { code, key: guestSecret })).toEqual({
        ok: false,
        error: "bad-key",
      });
      expect(await intruder.request("class:goto", { code, key: guestSecret, step: 1 })).toEqual({
        ok: false,
        error: "bad-key",
      });
    } finally {
      intruder.close();
    }

    // ——— The teacher hides the answer: it disappears everywhere.
    await presenter.page.getByRole("button", { name: "Masquer la réponse" }).click();
    for (const page of [projector.page, lea.page, tom.page, guest.page])
      await page.waitForFunction(
        () => document.querySelectorAll("[data-class-answer]").length === 0,
        undefined,
        {
          timeout: 30_000,
        },
      );
    await screenshot(presenter.page, "pros-04-presenter-hidden");

    // ——— The class ends: the guest's page says so.
    await presenter.page.getByRole("button", { name: "Terminer" }).click();
    await guest.page.locator("[data-class-ended]").waitFor({ timeout: 30_000 });

    for (const watched of [projector, presenter, lea, tom, guest]) expect(watched.problems).toEqual([]);
    // A wrong key is refused in the page, without a console error.
    expect(pro.problems).toEqual([]);
    // Seven browser windows on a shared machine: as long as the live class's own test allows.
  }, 400_000);
});

describe("« questions fréquentes » and booking from #/ma-classe", () => {
  it("a company keeps an answer on its trade panel (phone and projector; nothing on a static site); a teacher books a slot from #/ma-classe", async () => {
    const place = companies
      .find((entry) => entry.id === company.id)
      ?.workshops.flatMap((workshop) => workshop.machines.map((machine) => ({ workshop, machine })))
      .find(({ machine }) => machine.jobs.length > 0);
    const faqTrade = jobs.find((job) => job.id === place?.machine.jobs[0]);
    if (!place || !faqTrade) throw new Error("the company has no machine with a trade");
    const machinePath = `/#/usine/${company.id}/${place.workshop.id}/${place.machine.id}`;
    const question = "Pourquoi avez-vous choisi ce métier ?";
    const answer = "Parce que chaque jour je vois ce que mes mains ont fabriqué, et l’équipe compte sur moi.";

    // ——— The company writes the entry on #/pro, with its key.
    const office = await session.newContext({ viewport: { width: 1280, height: 800 }, locale: "fr-FR" });
    const pro = await watchedPage(office);
    await pro.page.goto(`${hub.url}/#/pro`);
    await pro.page.getByLabel("Entreprise", { exact: true }).selectOption(company.id);
    await pro.page.getByLabel("Clé d’entreprise").fill(companyKey);
    await pro.page.getByRole("button", { name: "Ouvrir" }).click();
    await pro.page.getByRole("heading", { name: "Questions fréquentes", exact: true }).waitFor();
    await pro.page.getByLabel("Métier du panneau").selectOption(faqTrade.id);
    await pro.page.getByLabel("Prénom de la personne qui répond").fill("Samia");
    await pro.page.getByLabel("Question", { exact: true }).fill(question);
    await pro.page.getByLabel("Réponse, relue par l’entreprise").fill(answer);
    await pro.page.getByRole("button", { name: "Publier sur le panneau du métier" }).click();
    const entry = pro.page.locator("[data-faq-entry]");
    await entry.waitFor();
    await entry.scrollIntoViewIfNeeded();
    await screenshot(pro.page, "pros-05-company-faq");

    // ——— A visitor opens the machine: the trade panel answers, on a phone and on a projector.
    const phone = await session.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      locale: "fr-FR",
    });
    const projectorContext = await session.newContext({
      viewport: { width: 1920, height: 1080 },
      locale: "fr-FR",
    });
    for (const [context, name] of [
      [phone, "pros-06-trade-faq-phone"],
      [projectorContext, "pros-06-trade-faq-1920"],
    ] as const) {
      const visitor = await watchedPage(context);
      await visitor.page.goto(`${hub.url}${machinePath}`);
      const faq = visitor.page.locator(`[role="dialog"][data-job="${faqTrade.id}"] [data-trade-faq]`);
      await faq.waitFor({ timeout: 90_000 });
      expect(await faq.count()).toBe(1);
      expect(await faq.textContent()).toContain(question);
      expect(await faq.textContent()).toContain(`Samia, ${faqTrade.title}`);
      await faq.scrollIntoViewIfNeeded();
      await screenshot(visitor.page, name);
      expect(visitor.problems).toEqual([]);
      await visitor.page.close();
    }

    // ——— The same site hosted without a hub: the panel, and no « questions fréquentes », no error.
    const plain = await session.newContext({ viewport: { width: 1280, height: 720 }, locale: "fr-FR" });
    const plainPage = await plain.newPage();
    const pageErrors: string[] = [];
    plainPage.on("pageerror", (error) => pageErrors.push(error.message));
    const faqAnswered = plainPage.waitForResponse((response) => response.url().includes("/api/faq/"), {
      timeout: 90_000,
    });
    await plainPage.goto(`${inject("staticOrigin")}${machinePath}`);
    await plainPage.locator(`[role="dialog"][data-job="${faqTrade.id}"]`).waitFor({ timeout: 90_000 });
    expect((await faqAnswered).status()).toBe(404);
    expect(await plainPage.locator("[data-trade-faq]").count()).toBe(0);
    expect(pageErrors).toEqual([]);
    await plain.close();

    // ——— #/ma-classe: the class of the season, its open slots; booking needs a live class.
    const teacher = await session.newContext({ viewport: { width: 1280, height: 800 }, locale: "fr-FR" });
    const myClass = await watchedPage(teacher);
    await myClass.page.goto(`${hub.url}/#/ma-classe`);
    await myClass.page.getByLabel("Établissement").fill("Collège Jean-Moulin");
    await myClass.page.getByLabel("Commune").fill("Marseille");
    await myClass.page.getByLabel("Niveau").selectOption("4e");
    await myClass.page.getByLabel("Nom de la classe").fill("4e C");
    await myClass.page.getByRole("button", { name: "Créer la classe" }).click();
    const slotsCard = myClass.page.locator("[data-my-class-slots]");
    await slotsCard.waitFor({ timeout: 30_000 });
    const company2 = connectHub({ url: hub.url, transports: ["websocket"] });
    let slotId = "";
    try {
      const published = await company2.request("slot:publish", {
        companyKey,
        company: company.id,
        start: new Date(Date.now() + 20 * 60_000).toISOString(),
        minutes: 30,
        firstName: "Karim",
        trade: faqTrade.id,
      });
      if (!published.ok) throw new Error(published.error);
      slotId = published.slotId;
    } finally {
      company2.close();
    }
    await slotsCard.getByRole("button", { name: "Voir les créneaux ouverts" }).click();
    const slot = slotsCard.locator(`[data-slot="${slotId}"]`);
    await slot.waitFor();
    // No class running in this browser: the slot is listed, the page says how to start one.
    expect(await slot.getByRole("button").count()).toBe(0);
    expect(await slotsCard.textContent()).toContain("lancez d’abord une classe en direct");
    await slotsCard.scrollIntoViewIfNeeded();
    await screenshot(myClass.page, "pros-07-my-class-no-live");

    // A class starts in another window of this browser: #/ma-classe books the slot for it.
    const projector = await watchedPage(teacher);
    await projector.page.goto(`${hub.url}/#/visite/${tour.id}/1`);
    await waitForStage(projector.page);
    await projector.page.getByRole("button", { name: "Classe en direct" }).click();
    const code = ((await projector.page.locator("[data-class-code]").textContent()) ?? "").trim();
    await slotsCard.locator(`[data-my-class-live="${code}"]`).waitFor({ timeout: 30_000 });
    await slot.getByRole("button", { name: `Réserver pour la classe ${code}` }).click();
    const booked = slotsCard.locator(`[data-slot-booked="${slotId}"]`);
    const refused = slotsCard.locator('[role="alert"]');
    await booked.or(refused).first().waitFor({ timeout: 30_000 });
    expect(await refused.count(), (await refused.allTextContents()).join(" ")).toBe(0);
    const link = await booked.locator("[data-class-guest-link]").inputValue();
    expect(link).toContain(`#/classe/${code}/invite/`);
    await booked.scrollIntoViewIfNeeded();
    await screenshot(myClass.page, "pros-08-my-class-booked-1280");
    await myClass.page.setViewportSize({ width: 390, height: 844 });
    await booked.scrollIntoViewIfNeeded();
    await screenshot(myClass.page, "pros-08-my-class-booked-phone");

    // The guest link opens that very class.
    const guest = connectHub({ url: hub.url, transports: ["websocket"] });
    try {
      const joined = await guest.request("class:guest", { code, guest: link.split("/invite/")[1] ?? "" });
      expect(joined.ok && joined.by).toEqual({ firstName: "Karim", trade: faqTrade.id });
    } finally {
      guest.close();
    }
    for (const watched of [pro, myClass, projector]) expect(watched.problems).toEqual([]);
  }, 400_000);
});
