import { describe, expect, it } from "vitest";
import {
  constrainStep,
  type FloorPoint,
  type FloorRect,
  nearestFreePoint,
} from "../src/factory/walkCollision";

const hall: FloorRect = { minX: -10, maxX: 10, minZ: -8, maxZ: 8 };
const press: FloorRect = { minX: -1, maxX: 1, minZ: -1, maxZ: 1 };

/** One step, into a fresh point. */
function step(from: FloorPoint, to: FloorPoint, obstacles: FloorRect[] = [press]) {
  const out = { x: Number.NaN, z: Number.NaN };
  const shortened = constrainStep(from, to, hall, obstacles, out);
  return { ...out, shortened };
}

describe("walking collisions", () => {
  it("lets a free step through, and says nothing stopped it", () => {
    expect(step({ x: 5, z: 5 }, { x: 5.1, z: 5 })).toEqual({ x: 5.1, z: 5, shortened: false });
  });

  it("never leaves the hall, however many steps forward", () => {
    const at = { x: 0, z: 5 };
    const to = { x: 0, z: 0 };
    for (let i = 0; i < 10_000; i++) {
      to.x = at.x + 0.07;
      to.z = at.z + 0.05;
      constrainStep(at, to, hall, [press], at);
    }
    expect(at.x).toBeLessThanOrEqual(10);
    expect(at.z).toBeLessThanOrEqual(8);
    expect(at.x).toBeGreaterThan(9);
    expect(at.z).toBeGreaterThan(7);
  });

  it("slides along a wall instead of stopping dead, and says the wall shortened the step", () => {
    expect(step({ x: 9.5, z: 0 }, { x: 9.7, z: 0.2 }, [])).toEqual({ x: 9.5, z: 0.2, shortened: true });
  });

  it("does not walk into a machine", () => {
    let at = { x: -5, z: 0 };
    for (let i = 0; i < 200; i++) at = step(at, { x: at.x + 0.1, z: at.z });
    expect(at.x).toBeLessThan(-1);
  });

  it("finds a free spot next to a machine for a point inside it", () => {
    const free = nearestFreePoint({ x: 0, z: 0 }, hall, [press]);
    const inside = free.x > -1.45 && free.x < 1.45 && free.z > -1.45 && free.z < 1.45;
    expect(inside).toBe(false);
  });
});
