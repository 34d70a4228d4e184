import { describe, expect, it } from "vitest";
import { placePanelBeside } from "../src/trades/panelPlacement";

const stage = { width: 1280, height: 720 };
const panel = { width: 400, height: 500 };

describe("trade panel placement", () => {
  it("sits to the right of a machine on the left of the screen", () => {
    const { left } = placePanelBeside({ x: 300, y: 360 }, panel, stage);
    expect(left).toBeGreaterThan(300);
  });

  it("sits to the left of a machine on the right of the screen", () => {
    const { left } = placePanelBeside({ x: 1000, y: 360 }, panel, stage);
    expect(left + panel.width).toBeLessThan(1000);
  });

  it("stays inside the stage whatever the anchor", () => {
    for (const anchor of [
      { x: -500, y: -500 },
      { x: 5000, y: 5000 },
      { x: 640, y: 0 },
    ]) {
      const { left, top } = placePanelBeside(anchor, panel, stage);
      expect(left).toBeGreaterThanOrEqual(0);
      expect(top).toBeGreaterThanOrEqual(0);
      expect(left + panel.width).toBeLessThanOrEqual(stage.width);
      expect(top + panel.height).toBeLessThanOrEqual(stage.height);
    }
  });
});
