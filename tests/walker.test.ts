import { beforeEach, describe, expect, it } from "vitest";
import { placeWalker, stepWalker, walker } from "../src/factory/walker";
import { cameraShot } from "../src/stage/cameraShot";

const hall = { minX: -10, maxX: 10, minZ: -10, maxZ: 10 };

beforeEach(() => {
  // At the centre, looking towards -z, nothing held.
  placeWalker({ x: 0, y: 3, z: 0 }, { x: 0, y: 3, z: -5 }, hall, [], "cut");
  walker.held = { forward: false, back: false, left: false, right: false };
});

describe("stepWalker", () => {
  it("does nothing, and says so, when no key is held and no goal is set", () => {
    expect(stepWalker(0.1)).toBe(false);
    expect([walker.x, walker.z]).toEqual([0, 0]);
  });

  it("walks forward along its heading and keeps the camera on its eyes", () => {
    walker.held.forward = true;
    expect(stepWalker(0.5)).toBe(true);
    expect(walker.x).toBeCloseTo(0);
    expect(walker.z).toBeCloseTo(-1.6);
    expect(cameraShot.eye.z).toBeCloseTo(-1.6);
    expect(cameraShot.target.z).toBeLessThan(cameraShot.eye.z);
  });

  it("turns left with the left key", () => {
    walker.held.left = true;
    stepWalker(0.5);
    expect(walker.yaw).toBeGreaterThan(0);
  });

  it("walks to a goal and stops there", () => {
    walker.goal = { x: 2, z: 0 };
    for (let i = 0; i < 100 && walker.goal; i++) stepWalker(0.05);
    expect(walker.goal).toBeNull();
    expect(walker.x).toBeCloseTo(2, 1);
  });

  it("is marked blocked once a wall stops it, and never leaves the hall", () => {
    walker.held.forward = true;
    for (let i = 0; i < 100; i++) stepWalker(0.1);
    expect(walker.blocked).toBe(true);
    expect(walker.z).toBeGreaterThan(-10);
  });
});
