import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type RunningHub, startHub } from "../../server/startHub";
import type { Tour } from "../../src/content/schema";
import { connectHub, type HubClient } from "../../src/protocol/hubClient";
import { type CuttableLine, cuttableLine } from "../hub/cuttableLine";
import { openWatchedPage } from "./browser";
import { browserSession } from "./fixture";

/**
 * A pupil's phone that sleeps while the teacher moves on two stops, then wakes: the page was
 * hidden (`visibilityState` "hidden") and its WebSocket fell silent (the line forgot it, nothing
 * closed: the page still believes it is connected, as a phone does until Socket.IO's heartbeat
 * gives up, up to 45 s). When the page becomes visible it shows the class's current stop at once:
 * the step counter of the pupil's overlay and the stage's scene.
 */

const siteDir = resolve(inject("siteDir"));
const packTours = JSON.parse(readFileSync(`${siteDir}/content/tours.json`, "utf8")) as Tour[];
const source = packTours.find((t) => t.id === "decouverte-industries-provence");
if (!source) throw new Error("tour decouverte-industries-provence missing");
/** A teacher's own tour: three factories, so the device has little to fetch ahead. */
const tour: Tour = { ...source, id: "reveil-telephone", title: "Réveil", stops: source.stops.slice(0, 3) };
const total = tour.stops.length;
const sceneOf = (step: number) => `${tour.stops[step]?.company}/${tour.stops[step]?.workshop}`;

const session = browserSession();
let hub: RunningHub;
let line: CuttableLine;
let teacher: HubClient;
beforeAll(async () => {
  hub = await startHub({ host: "127.0.0.1", staticDir: siteDir, log: () => {} });
  line = await cuttableLine(Number(new URL(hub.url).port));
  teacher = connectHub({ url: hub.url, transports: ["websocket"] });
});
afterAll(async () => {
  teacher?.close();
  await line?.close();
  await hub?.close();
});

const stepText = (page: Page) => page.locator("[data-tour-step]").textContent();
const waitForStep = (page: Page, step: number, timeout: number) =>
  page.waitForFunction(
    (expected) => document.querySelector("[data-tour-step]")?.textContent?.trim() === expected,
    `${step + 1} / ${total}`,
    { timeout },
  );
const waitForScene = (page: Page, scene: string, timeout: number) =>
  page.waitForFunction(
    (expected) => {
      const stage = document.querySelector("#root [data-scene]");
      return stage?.getAttribute("data-scene") === expected && stage.getAttribute("aria-busy") === "false";
    },
    scene,
    { timeout },
  );
/** What the browser does when the phone sleeps or wakes: the page's visibility, and its event. */
const setVisibility = (page: Page, state: "hidden" | "visible") =>
  page.evaluate((next) => {
    Object.defineProperty(document, "visibilityState", { configurable: true, get: () => next });
    Object.defineProperty(document, "hidden", { configurable: true, get: () => next === "hidden" });
    document.dispatchEvent(new Event("visibilitychange"));
  }, state);

describe("a pupil's phone that slept", () => {
  it("shows the class's current stop as soon as the page is visible again", async () => {
    const created = await teacher.request("class:create", { tour });
    if (!created.ok) throw new Error(created.error);
    const { code, key } = created;
    teacher.setSession({ role: "teacher", code, key });

    const context = await session.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 1,
      isMobile: true,
      hasTouch: true,
    });
    // The page is served through the line: its origin is the line's.
    const { page, watch } = await openWatchedPage(context, { origin: line.url });
    await page.goto(`${line.url}/#/classe/${code}`);
    await page.getByLabel("Pseudo").fill("Léa");
    await page.getByRole("button", { name: "Rejoindre" }).click();
    await waitForStep(page, 0, 60_000);
    await waitForScene(page, sceneOf(0), 60_000);
    // The tour's models are on the device, and the socket has moved to WebSocket.
    await page.locator(`[data-class-offline-ready="${total}"]`).waitFor({ timeout: 60_000 });
    await expect.poll(() => line.webSockets(), { timeout: 20_000 }).toBeGreaterThanOrEqual(1);

    // The phone sleeps; the teacher moves on two stops meanwhile.
    await setVisibility(page, "hidden");
    line.sleep();
    expect(await teacher.request("class:goto", { code, key, step: 1 })).toEqual({ ok: true });
    expect(await teacher.request("class:goto", { code, key, step: 2 })).toEqual({ ok: true });
    // Nothing reached the sleeping page: it still shows the first stop.
    expect((await stepText(page))?.trim()).toBe(`1 / ${total}`);

    // It wakes: the current stop at once (a 2.5 s probe of the silent socket, then a new one),
    // well before the heartbeat would have noticed the dead line.
    await setVisibility(page, "visible");
    await waitForStep(page, 2, 15_000);
    await waitForScene(page, sceneOf(2), 15_000);
    expect((await stepText(page))?.trim()).toBe(`3 / ${total}`);
    expect(await page.locator("[data-class-reconnecting]").count()).toBe(0);
    await page.screenshot({ path: "test-results/screenshots/wake-pupil-390.png" });
    expect(watch).toEqual({ consoleErrors: [], offOriginRequests: [] });
  }, 150_000);
});
