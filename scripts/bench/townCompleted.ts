import type { Page } from "playwright-core";
import type { Material, Mesh, Scene } from "three";

/**
 * Waits for what the town adds after its first frame (`useCompiledAfterFirstFrame` in the app):
 * the sky's dome in the scene, and the sea wearing its waved material. The page must have been
 * opened with `__USINE_BENCH__` set (the app then exposes its scene as `__usineScene`).
 */
export async function townCompleted(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const scene = (window as unknown as { __usineScene?: Scene }).__usineScene;
      let waves = false;
      scene?.traverse((object) => {
        const material = (object as Mesh).material as Material | undefined;
        if (material && !Array.isArray(material) && material.customProgramCacheKey() === "town-sea-waves")
          waves = true;
      });
      return scene?.getObjectByName("town-sky") !== undefined && waves;
    },
    undefined,
    { timeout: 20_000 },
  );
}
