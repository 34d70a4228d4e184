import { PerspectiveCamera, Vector3 } from "three";
import { describe, expect, it } from "vitest";
import { layoutTown } from "../src/content/modelContract/townLayout";
import type { Sector } from "../src/content/schema";
import { townShot } from "../src/town/townCamera";
import { minimalPack } from "./fixtures/minimalPack";

const districts = layoutTown(minimalPack().sectors as unknown as Sector[], []);

function project(aspect: number, point: Vector3) {
  const { eye, target } = townShot(districts, aspect);
  const camera = new PerspectiveCamera(50, aspect, 0.1, 1500);
  camera.position.set(eye.x, eye.y, eye.z);
  camera.lookAt(target.x, target.y, target.z);
  camera.updateMatrixWorld(true);
  return {
    ndc: point.clone().project(camera),
    distance: camera.position.distanceTo(new Vector3(target.x, target.y, target.z)),
  };
}

describe("the town's camera shot", () => {
  it.each([16 / 9, 1.4, 4 / 3])("shows every district whole on a wide stage (aspect %f)", (aspect) => {
    for (const d of districts) {
      for (const [dx, dz] of [
        [-1, -1],
        [1, -1],
        [-1, 1],
        [1, 1],
      ] as const) {
        const { ndc, distance } = project(
          aspect,
          new Vector3(d.x + (dx * d.size) / 2, 0, d.z + (dz * d.size) / 2),
        );
        expect(Math.abs(ndc.x), d.sector.id).toBeLessThanOrEqual(1);
        expect(Math.abs(ndc.y), d.sector.id).toBeLessThanOrEqual(1);
        // Within the orbit controls' zoom range (20–220 m), so they never pull the camera elsewhere.
        expect(distance).toBeGreaterThan(20);
        expect(distance).toBeLessThan(220);
      }
    }
  });

  it("keeps the middle of the town on a phone held upright, close enough to tap", () => {
    const middle = districts.filter((d) => Math.abs(d.x) < 30);
    for (const d of middle) {
      const { ndc, distance } = project(390 / 740, new Vector3(d.x, 0, d.z));
      expect(Math.abs(ndc.x), d.sector.id).toBeLessThanOrEqual(1);
      expect(Math.abs(ndc.y), d.sector.id).toBeLessThanOrEqual(1);
      expect(distance).toBeLessThan(220);
    }
  });
});
