import { Vector3 } from "three";
import { describe, expect, it } from "vitest";
import { framingShot } from "../src/factory/modelAnchors";
import { fitDistance, fitRectDistance } from "../src/stage/lens";

describe("framing a machine (a tour's stop)", () => {
  const machine = { centre: new Vector3(10, 1, 0), size: new Vector3(2, 2, 2) };

  it("looks at the machine's centre from the viewpoint's side, from above", () => {
    const { eye, target } = framingShot(machine, { x: 10, z: 40 }, 16 / 9, 62);
    expect(target.toArray()).toEqual([10, 1, 0]);
    expect(eye.z).toBeGreaterThan(0);
    expect(eye.x).toBeCloseTo(10);
    expect(eye.y).toBeGreaterThan(target.y);
  });

  it("stands back far enough for the whole machine, but no farther than the viewpoint", () => {
    const near = framingShot(machine, { x: 10, z: 40 }, 16 / 9, 62);
    const distance = near.eye.distanceTo(near.target);
    expect(distance).toBeGreaterThan(machine.size.length() / 2 / Math.sin((31 * Math.PI) / 180));
    const big = { centre: new Vector3(0, 10, 0), size: new Vector3(16, 16, 16) };
    const capped = framingShot(big, { x: 0, z: 25 }, 16 / 9, 62);
    expect(capped.eye.distanceTo(capped.target)).toBeCloseTo(25);
  });
});

describe("the lens maths", () => {
  it("stands back r / sin(half angle) for a sphere, limited by the narrower side", () => {
    expect(fitDistance(1, 90, 1)).toBeCloseTo(1 / Math.sin(Math.PI / 4));
    // A tall stage: the horizontal angle is the narrower one, so the camera stands farther.
    expect(fitDistance(1, 90, 0.5)).toBeGreaterThan(fitDistance(1, 90, 1));
  });

  it("fits a flat rectangle by its wider demand", () => {
    // 90° vertical on a square stage: tan(45°) = 1, so half the extent is the distance.
    expect(fitRectDistance(10, 4, 90, 1)).toBeCloseTo(5);
    expect(fitRectDistance(4, 10, 90, 1)).toBeCloseTo(5);
  });
});
