import { readFileSync } from "node:fs";
import { Box3, type Object3D, PerspectiveCamera, Raycaster, Vector3 } from "three";
import { describe, expect, it } from "vitest";
import { findNode, loadGlbInNode } from "../../scripts/models/loadGlbInNode";
import { parseWorkerName } from "../../src/content/modelContract/nodeNames";
import { screenshot, siteOrigin, waitForCameraSettled, waitForScene } from "./browser";
import { browserSession } from "./fixture";
import { builtPack, builtSiteDir } from "./packFacts";

const session = browserSession();
/** The lens of a workshop (src/factory/useWorkshopLens.ts). */
const workshopFov = 62;

function isWithin(object: Object3D | null, ancestor: Object3D): boolean {
  for (let o = object; o; o = o.parent) if (o === ancestor) return true;
  return false;
}

/**
 * The workers of a workshop seen from its viewpoint, at rest (reduced motion), nearest first:
 * the point to click on each (middle of their body) when the ray from the eye hits them first.
 */
async function visibleWorkers(companyModel: string, workshopId: string, viewpoint: string) {
  const { scene } = await loadGlbInNode(new Uint8Array(readFileSync(`${builtSiteDir}/${companyModel}`)));
  scene.updateMatrixWorld(true);
  const hall = findNode(scene, `workshop:${workshopId}`);
  const vp = findNode(scene, viewpoint);
  if (!hall || !vp) throw new Error(`${workshopId}: no hall or viewpoint in ${companyModel}`);
  const eye = vp.getWorldPosition(new Vector3());
  const target = new Vector3(...(vp.userData.target as [number, number, number]));
  const found: { name: string; point: Vector3; distance: number }[] = [];
  hall.traverse((node) => {
    const name = node.userData.name;
    if (typeof name !== "string" || !parseWorkerName(name)) return;
    const point = new Box3().setFromObject(node).getCenter(new Vector3());
    const direction = point.clone().sub(eye).normalize();
    const hit = new Raycaster(eye, direction, 0.01, 100).intersectObject(hall, true)[0];
    if (hit && isWithin(hit.object, node)) found.push({ name, point, distance: hit.distance });
  });
  return { eye, target, workers: found.sort((a, b) => a.distance - b.distance) };
}

/**
 * A workshop where a worker does another trade than their machine's first (the one a click on the
 * machine would show), seen from the viewpoint: the test then tells a worker's click apart.
 */
async function workshopWithSecondTrade() {
  for (const company of builtPack().companies) {
    for (const workshop of company.workshops) {
      const seen = await visibleWorkers(company.model, workshop.id, workshop.viewpoint);
      const workers = seen.workers.filter((w) => {
        const parsed = parseWorkerName(w.name);
        const machine = workshop.machines.find((m) => m.id === parsed?.machineId);
        return machine !== undefined && machine.jobs[0] !== parsed?.jobId;
      });
      if (workers.length > 0) return { company, workshop, ...seen, workers };
    }
  }
  throw new Error("no workshop shows a worker doing their machine's second trade");
}

describe("workers in a workshop", () => {
  it("a click on a worker opens their machine's trade panel on their trade; at rest under reduced motion", async () => {
    const { company, workshop, eye, target, workers } = await workshopWithSecondTrade();

    const { page } = await session.openPage({
      contextOptions: { viewport: { width: 1280, height: 720 }, reducedMotion: "reduce" },
    });
    // The bench's probe exposes the renderer, whose frame counter tells whether anything is drawn.
    await page.addInitScript(() => {
      (window as unknown as { __USINE_BENCH__: boolean }).__USINE_BENCH__ = true;
    });
    await page.goto(`${siteOrigin()}/#/usine/${company.id}/${workshop.id}`);
    await waitForScene(page, `${company.id}/${workshop.id}`);
    await waitForCameraSettled(page);
    const canvas = page.locator(`#root [data-scene="${company.id}/${workshop.id}"] canvas`).first();
    const box = await canvas.boundingBox();
    if (!box) throw new Error("no canvas");
    const camera = new PerspectiveCamera(workshopFov, box.width / box.height, 0.1, 500);
    camera.position.copy(eye);
    camera.lookAt(target);
    camera.updateMatrixWorld(true);

    // The first worker on screen that no overlay covers.
    let chosen: { name: string; x: number; y: number } | undefined;
    for (const worker of workers) {
      const ndc = worker.point.clone().project(camera);
      const x = box.x + ((ndc.x + 1) / 2) * box.width;
      const y = box.y + ((1 - ndc.y) / 2) * box.height;
      const onCanvas = await page.evaluate(
        ([px, py]) => document.elementFromPoint(px ?? 0, py ?? 0)?.tagName === "CANVAS",
        [x, y],
      );
      if (Math.abs(ndc.x) < 0.95 && Math.abs(ndc.y) < 0.95 && onCanvas) {
        chosen = { name: worker.name, x, y };
        break;
      }
    }
    if (!chosen) throw new Error(`no worker on screen in ${workshop.id}`);
    const parsed = parseWorkerName(chosen.name);
    if (!parsed) throw new Error(chosen.name);

    // Under reduced motion nothing moves, even at high quality (which plays the machines and the
    // workers otherwise): the frame counter stays put while the page idles through many frames.
    await page.getByLabel("Qualité").selectOption("haute");
    const frames = () =>
      page.evaluate(
        () =>
          (window as unknown as { __usineRenderer?: { info: { render: { frame: number } } } }).__usineRenderer
            ?.info.render.frame ?? -1,
      );
    const idle = () =>
      page.evaluate(
        () =>
          new Promise<void>((resolve) => {
            let left = 60;
            const tick = () => (--left <= 0 ? resolve() : requestAnimationFrame(tick));
            requestAnimationFrame(tick);
          }),
      );
    await idle();
    const before = await frames();
    expect(before).toBeGreaterThan(0);
    await idle();
    expect(await frames()).toBe(before);

    await page.mouse.click(chosen.x, chosen.y);
    const panel = page.locator(`[role="dialog"][data-job="${parsed.jobId}"]`);
    await panel.waitFor({ timeout: 20_000 });
    expect(page.url()).toContain(`/${workshop.id}/${parsed.machineId}`);
    await screenshot(page, "worker-click-opens-trade");
  });
});
