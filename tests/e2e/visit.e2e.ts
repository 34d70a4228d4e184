import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import {
  centreOf,
  firstMachineOnScreen,
  type PageWatch,
  screenshot,
  siteOrigin,
  waitForCameraSettled,
  waitForScene,
} from "./browser";
import { browserSession } from "./fixture";
import { builtPack } from "./packFacts";

const pack = builtPack();
const company = pack.companies[0];
if (!company) throw new Error("the pack has no company");
const workshop = company.workshops[0];
const secondWorkshop = company.workshops[1];
if (!workshop || !secondWorkshop) throw new Error("the first company needs two workshops");

/** The machine and trade the visit clicks: the first one whose hotspot is in view from the viewpoint. */
async function pickMachine(page: Page) {
  const id = await firstMachineOnScreen(page, workshop?.machines.map((m) => m.id) ?? []);
  const machine = workshop?.machines.find((m) => m.id === id);
  const job = pack.jobs.find((j) => j.id === machine?.jobs[0]);
  if (!machine || !job) throw new Error(`machine ${id} or its trade is missing`);
  return { machine, job };
}

// NOTE: requests a service worker makes escape page.route(); these tests intercept model files,
// so the offline worker is kept out of them (tests/e2e/everyone.e2e.ts covers it).
const session = browserSession({
  contextDefaults: { viewport: { width: 1280, height: 800 }, locale: "fr-FR", serviceWorkers: "block" },
});
let page: Page;
let watch: PageWatch;

beforeEach(async () => {
  ({ page, watch } = await session.openPage());
});

const hash = () => page.evaluate(() => location.hash);

/** Clicks the canvas where the machine's hotspot is, with hotspots hidden: the click must raycast the mesh. */
async function clickMachineInCanvas(machineId: string) {
  const point = await centreOf(page, `button[data-machine="${machineId}"]`);
  await page.addStyleTag({ content: "[data-machine] { visibility: hidden !important; }" });
  await page.mouse.click(point.x, point.y);
}

describe("a visit from the town to a trade", () => {
  it("goes town → company → workshop → machine → trade panel, every step a deep link", async () => {
    await page.goto(`${siteOrigin()}/#/`);
    await waitForScene(page, "town");
    // Every sector is listed beside the town, even one without a company yet.
    expect(await page.locator("[data-sector]").count()).toBe(13);
    await screenshot(page, "01-town");

    await page.click(`a[data-company="${company.id}"]`);
    expect(await hash()).toBe(`#/usine/${company.id}`);
    // The entrance's heading is the signal that the view changed (the URL changes first).
    await page.getByRole("heading", { level: 1, name: company.name }).waitFor();
    await screenshot(page, "02-company-entrance");

    await page.click(`a[data-workshop="${workshop.id}"]`);
    expect(await hash()).toBe(`#/usine/${company.id}/${workshop.id}`);
    await waitForScene(page, `${company.id}/${workshop.id}`);
    expect(await page.locator("[data-machine]").count()).toBe(workshop.machines.length);
    await screenshot(page, "03-workshop");
    const { machine, job } = await pickMachine(page);

    await clickMachineInCanvas(machine.id);
    const panel = page.locator(`[role="dialog"][data-job="${job.id}"]`);
    await panel.waitFor();
    expect(await hash()).toBe(`#/usine/${company.id}/${workshop.id}/${machine.id}`);
    expect(await panel.textContent()).toContain(job.rome);
    expect(await panel.getAttribute("aria-labelledby")).toBeTruthy();
    await expect(page.getByRole("dialog", { name: job.title }).count()).resolves.toBe(1);
    await page.reload();
    await waitForScene(page, `${company.id}/${workshop.id}`);
    await page.locator(`[role="dialog"][data-job="${job.id}"]`).waitFor();
    await screenshot(page, "04-trade-panel");

    await page.keyboard.press("Escape");
    await page.locator('[role="dialog"]').waitFor({ state: "detached" });
    expect(await hash()).toBe(`#/usine/${company.id}/${workshop.id}`);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-machine"))).toBe(machine.id);

    await page.goBack();
    await page.locator(`[role="dialog"][data-job="${job.id}"]`).waitFor();
    expect(await hash()).toBe(`#/usine/${company.id}/${workshop.id}/${machine.id}`);

    expect(watch.consoleErrors).toEqual([]);
    expect(watch.offOriginRequests).toEqual([]);
  });

  it("opens the trade panel from the hotspot button and closes it with its close button", async () => {
    await page.goto(`${siteOrigin()}/#/usine/${company.id}/${workshop.id}`);
    await waitForScene(page, `${company.id}/${workshop.id}`);
    const { machine, job } = await pickMachine(page);
    await page.getByRole("button", { name: machine.name, exact: true }).click();
    await page.locator(`[role="dialog"][data-job="${job.id}"]`).waitFor();
    await page.getByRole("button", { name: "Fermer" }).click();
    await page.locator('[role="dialog"]').waitFor({ state: "detached" });
    expect(await hash()).toBe(`#/usine/${company.id}/${workshop.id}`);
  });

  it("changes data-scene when the visitor moves to another workshop", async () => {
    await page.goto(`${siteOrigin()}/#/usine/${company.id}/${workshop.id}`);
    await waitForScene(page, `${company.id}/${workshop.id}`);
    await page
      .getByRole("navigation", { name: "Autres ateliers" })
      .getByRole("link", { name: secondWorkshop.name })
      .click();
    await waitForScene(page, `${company.id}/${secondWorkshop.id}`);
    expect(await page.locator("[data-machine]").count()).toBe(secondWorkshop.machines.length);
    await waitForCameraSettled(page); // the flight to the new hall is over before the picture
    await screenshot(page, "05-second-workshop");
    expect(watch.consoleErrors).toEqual([]);
  });

  it("shows a phone's trade panel as a bottom sheet that fits the screen", async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    const machine = workshop.machines[0];
    await page.goto(`${siteOrigin()}/#/usine/${company.id}/${workshop.id}/${machine?.id}`);
    await waitForScene(page, `${company.id}/${workshop.id}`);
    const panel = page.locator('[role="dialog"]');
    await panel.waitFor();
    const box = await panel.boundingBox();
    if (!box) throw new Error("the trade panel has no box");
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(box.y + box.height).toBeLessThanOrEqual(844 + 1);
    await screenshot(page, "06-phone-panel");
  });
});

describe("failures", () => {
  it("a corrupt model shows a French alert with Réessayer, and the retry works", async () => {
    await page.route(`**/models/${company.id}.glb`, (route) =>
      route.fulfill({ status: 200, contentType: "model/gltf-binary", body: "ceci n'est pas un glb" }),
    );
    await page.goto(`${siteOrigin()}/#/usine/${company.id}/${workshop.id}`);
    const alert = page.getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toContain("Réessayer");
    expect(await page.locator("#root [data-scene]").getAttribute("aria-busy")).toBe("false");
    await screenshot(page, "07-corrupt-model");
    // The rest of the app keeps working: the retry loads the real file once it is back.
    await page.unroute(`**/models/${company.id}.glb`);
    await alert.getByRole("button", { name: "Réessayer" }).click();
    await waitForScene(page, `${company.id}/${workshop.id}`);
    expect(await page.getByRole("alert").count()).toBe(0);
  });

  it("a missing model shows the alert with a way back", async () => {
    // The browser itself logs the 404 of the model: that one line is expected; nothing else is.
    ({ page } = await session.openPage({ ignoreConsole: /Failed to load resource: .*404/ }));
    await page.route(`**/models/${company.id}.glb`, (route) =>
      route.fulfill({ status: 404, body: "not found" }),
    );
    await page.goto(`${siteOrigin()}/#/usine/${company.id}/${workshop.id}`);
    const alert = page.getByRole("alert");
    await alert.waitFor();
    await alert.getByRole("link", { name: "Retour à la ville" }).click();
    await waitForScene(page, "town");
  });

  it("an unknown company, workshop or machine shows not found with a way home", async () => {
    for (const path of [
      "#/usine/usine-fantome",
      `#/usine/${company.id}/atelier-fantome`,
      `#/usine/${company.id}/${workshop.id}/machine-fantome`,
    ]) {
      await page.goto(`${siteOrigin()}/${path}`);
      await page.getByRole("heading", { name: "Page introuvable" }).waitFor();
    }
    await page.getByRole("link", { name: "Retour à la ville" }).click();
    await waitForScene(page, "town");
  });

  it("an invalid content pack shows an error naming the file and the JSON path", async () => {
    const jobs = pack.jobs.map((j, i) => (i === 2 ? { ...j, rome: "ZZZ" } : j));
    await page.route("**/content/jobs.json", (route) => route.fulfill({ json: jobs }));
    await page.goto(`${siteOrigin()}/#/`);
    const alert = page.getByRole("alert");
    await alert.waitFor();
    const text = await alert.textContent();
    expect(text).toContain("content/jobs.json");
    expect(text).toContain("$[2].rome");
    await screenshot(page, "08-invalid-pack");
  });
});
