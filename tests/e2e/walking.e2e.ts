import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { screenshot, siteOrigin, waitForCameraSettled, waitForScene } from "./browser";
import { browserSession } from "./fixture";
import { builtPack } from "./packFacts";

const company = builtPack().companies[0];
const workshop = company?.workshops[0];
if (!company || !workshop) throw new Error("the pack needs a company with a workshop");
const scene = `${company.id}/${workshop.id}`;
const url = () => `${siteOrigin()}/#/usine/${company.id}/${workshop.id}`;

const session = browserSession();

/** Where the minimap says the visitor is (metres on the floor). */
async function position(page: Page): Promise<{ x: number; z: number }> {
  const value = await page.locator("[data-minimap-you]").getAttribute("data-position");
  const [x, z] = (value ?? "").split(",").map(Number);
  if (x === undefined || z === undefined || Number.isNaN(x) || Number.isNaN(z))
    throw new Error(`no position: ${value}`);
  return { x, z };
}

/** The current hall's rectangle on the minimap. */
async function hallRect(page: Page) {
  const rect = page.locator(".minimap-hall.current");
  const read = async (name: string) => Number(await rect.getAttribute(name));
  const x = await read("x");
  const y = await read("y");
  return { minX: x, maxX: x + (await read("width")), minZ: y, maxZ: y + (await read("height")) };
}

async function openWorkshop(viewport = { width: 1280, height: 720 }, hasTouch = false) {
  const opened = await session.openPage({ contextOptions: { viewport, hasTouch } });
  await opened.page.goto(url());
  await waitForScene(opened.page, scene);
  return opened;
}

describe("walking in a workshop", () => {
  it("the keys walk and turn without changing the URL or scrolling the page", async () => {
    const { page } = await openWorkshop();
    const before = await position(page);
    await page.keyboard.down("ArrowUp");
    await page.waitForFunction(
      (start) => {
        const value = document.querySelector("[data-minimap-you]")?.getAttribute("data-position") ?? "";
        return value !== start;
      },
      `${before.x.toFixed(2)},${before.z.toFixed(2)}`,
    );
    await page.keyboard.up("ArrowUp");
    const after = await position(page);
    expect(Math.hypot(after.x - before.x, after.z - before.z)).toBeGreaterThan(0.1);
    const transformBefore = await page.locator("[data-minimap-you]").getAttribute("transform");
    await page.keyboard.down("q"); // AZERTY: turn left
    await page.waitForFunction(
      (start) => document.querySelector("[data-minimap-you]")?.getAttribute("transform") !== start,
      transformBefore,
    );
    await page.keyboard.up("q");
    expect(await page.locator("[data-minimap-you]").getAttribute("transform")).not.toBe(transformBefore);
    expect(await page.evaluate(() => location.hash)).toBe(`#/usine/${company.id}/${workshop.id}`);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });

  it("walking forward ends against a wall or a machine, still inside the hall and the scene still shown", async () => {
    const { page } = await openWorkshop();
    const hall = await hallRect(page);
    await page.keyboard.down("z"); // AZERTY forward
    // The walker marks itself blocked when a wall or a machine stops its step.
    await page.locator("[data-minimap-you][data-blocked]").waitFor({ timeout: 90_000 });
    await page.keyboard.up("z");
    const at = await position(page);
    expect(at.x).toBeGreaterThan(hall.minX);
    expect(at.x).toBeLessThan(hall.maxX);
    expect(at.z).toBeGreaterThan(hall.minZ);
    expect(at.z).toBeLessThan(hall.maxZ);
    expect(await page.locator(`[data-scene="${scene}"]`).count()).toBe(1);
    expect(await page.getByRole("alert").count()).toBe(0);
    await screenshot(page, "10-walked-to-a-wall");
  });

  it("a click on the floor walks the visitor there", async () => {
    const { page } = await openWorkshop();
    const before = await position(page);
    const box = await page.locator(`#root [data-scene="${scene}"] canvas`).boundingBox();
    if (!box) throw new Error("no canvas");
    // Low in the picture, just off centre: the floor in front of the visitor.
    await page.mouse.click(box.x + box.width * 0.45, box.y + box.height * 0.85);
    // The walk is animated: wait until the visitor has covered a metre (SwiftShader draws slowly).
    await page.waitForFunction(
      (start) => {
        const value = document.querySelector("[data-minimap-you]")?.getAttribute("data-position") ?? "";
        const [x = 0, z = 0] = value.split(",").map(Number);
        return Math.hypot(x - start.x, z - start.z) > 1;
      },
      before,
      { timeout: 30_000 },
    );
    const after = await position(page);
    expect(Math.hypot(after.x - before.x, after.z - before.z)).toBeGreaterThan(1);
  });

  it("on a phone, a tap on a hotspot opens a trade panel that fits the screen", async () => {
    const { page } = await openWorkshop({ width: 390, height: 844 }, true);
    const hotspot = page.locator("button[data-machine]:not([data-offscreen])").first();
    await hotspot.tap();
    const panel = page.getByRole("dialog");
    await panel.waitFor();
    const box = await panel.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 390 && box.y + box.height <= 845).toBe(true);
    await screenshot(page, "11-phone-tap-panel");
  });

  it("the overview shows every hall, and a hall's button takes you there", async () => {
    const { page } = await openWorkshop();
    await page.getByRole("button", { name: "Vue d’ensemble" }).click();
    const halls = page.locator("button[data-hall]");
    await halls.first().waitFor();
    expect(await halls.count()).toBe(company.workshops.length);
    await waitForCameraSettled(page);
    await screenshot(page, "12-overview");
    const other = company.workshops[1];
    if (!other) throw new Error(`${company.id} needs a second workshop for this test`);
    await page.locator(`button[data-hall="${other.id}"]`).click();
    await waitForScene(page, `${company.id}/${other.id}`);
  });
});
