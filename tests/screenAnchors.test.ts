import { PerspectiveCamera, Vector3 } from "three";
import { describe, expect, it, vi } from "vitest";
import {
  markerRadius,
  placeMarker,
  projectScreenAnchors,
  projectToStage,
  registerScreenAnchor,
  separateMarkers,
} from "../src/stage/screenAnchors";

vi.mock("@react-three/fiber", () => ({ invalidate: () => {} }));

/** A camera at the origin looking down -z, on an 800 × 600 stage. */
function camera() {
  const c = new PerspectiveCamera(50, 800 / 600, 0.1, 100);
  c.updateMatrixWorld();
  return c;
}

describe("projecting a point onto the stage", () => {
  const out = { x: 0, y: 0, onScreen: false };

  it("puts a point straight ahead at the centre, on screen", () => {
    projectToStage(new Vector3(0, 0, -10), camera(), 800, 600, out);
    expect(out).toEqual({ x: 400, y: 300, onScreen: true });
  });

  it("says a point far to the right is off screen, beyond the right edge", () => {
    projectToStage(new Vector3(100, 0, -10), camera(), 800, 600, out);
    expect(out.onScreen).toBe(false);
    expect(out.x).toBeGreaterThan(800);
  });

  it("pushes a point behind the camera out past the edge on its side, not mirrored into view", () => {
    projectToStage(new Vector3(-1, 0, 10), camera(), 800, 600, out);
    expect(out.onScreen).toBe(false);
    expect(out.x).toBeLessThan(0);
  });
});

describe("placing a marker", () => {
  const placed = { x: 0, y: 0, hidden: false };

  it("leaves an on-screen marker where its point is", () => {
    placeMarker(300, 200, true, 800, 600, [], 24, placed);
    expect(placed).toEqual({ x: 300, y: 200, hidden: false });
  });

  it("keeps an off-screen marker at the nearest edge, marked hidden", () => {
    placeMarker(-500, 200, false, 800, 600, [], 24, placed);
    expect(placed).toEqual({ x: 24, y: 200, hidden: true });
  });

  it("moves a marker out from under an overlay, by its nearest side", () => {
    const card = { left: 0, top: 0, right: 320, bottom: 240 };
    placeMarker(300, 100, true, 800, 600, [card], 24, placed);
    expect(placed).toEqual({ x: 344, y: 100, hidden: true });
  });
});

describe("the projection pass", () => {
  it("tells a listener only when its point moved by half a pixel or more", () => {
    const listener = vi.fn();
    const unpin = registerScreenAnchor({ x: 0, y: 0, z: -10 }, listener);
    const c = camera();
    projectScreenAnchors(c, 800, 600);
    projectScreenAnchors(c, 800, 600);
    expect(listener).toHaveBeenCalledTimes(1);
    c.position.x = 0.001; // far less than half a pixel at 10 m
    c.updateMatrixWorld();
    projectScreenAnchors(c, 800, 600);
    expect(listener).toHaveBeenCalledTimes(1);
    c.position.x = 1;
    c.updateMatrixWorld();
    projectScreenAnchors(c, 800, 600);
    expect(listener).toHaveBeenCalledTimes(2);
    projectScreenAnchors(c, 1024, 600); // the stage resized
    expect(listener).toHaveBeenCalledTimes(3);
    unpin();
  });
});

describe("keeping markers apart", () => {
  it("slides a marker waiting at an edge off another one, along that edge", () => {
    const markers = [
      { left: 366, top: 500, hidden: false },
      { left: 366, top: 500, hidden: true },
    ];
    separateMarkers(markers, 390, 844);
    expect(markers[0]).toEqual({ left: 366, top: 500, hidden: false });
    expect(markers[1]?.left).toBe(366);
    expect(Math.abs((markers[1]?.top ?? 0) - 500)).toBeGreaterThanOrEqual(2 * markerRadius);
  });

  it("leaves markers that do not overlap where they are", () => {
    const markers = [
      { left: 100, top: 100, hidden: false },
      { left: 200, top: 100, hidden: false },
    ];
    separateMarkers(markers, 800, 600);
    expect(markers).toEqual([
      { left: 100, top: 100, hidden: false },
      { left: 200, top: 100, hidden: false },
    ]);
  });

  it("ends with no two markers overlapping, for a pile of them at one edge point", () => {
    const markers = Array.from({ length: 6 }, () => ({ left: 24, top: 300, hidden: true }));
    separateMarkers(markers, 800, 600);
    for (let i = 0; i < markers.length; i++)
      for (let j = i + 1; j < markers.length; j++) {
        const a = markers[i];
        const b = markers[j];
        if (!a || !b) continue;
        expect(Math.hypot(a.left - b.left, a.top - b.top)).toBeGreaterThanOrEqual(2 * markerRadius);
      }
  });
});
