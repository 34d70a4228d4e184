import { describe, expect, it } from "vitest";
import { type LabelRequest, type PlacedLabel, placeLabels, shortName } from "../src/town/labelPlacement";

const label = (id: string, x: number, y: number, priority = 0, onScreen = true): LabelRequest => ({
  id,
  x,
  y,
  onScreen,
  priority,
  sizes: { full: { width: 120, height: 22 }, short: { width: 26, height: 26 } },
});

function apart(a: PlacedLabel, b: PlacedLabel): boolean {
  return a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
}

function expectClean(placed: PlacedLabel[], width: number, height: number): void {
  for (const a of placed) {
    expect(a.x).toBeGreaterThanOrEqual(0);
    expect(a.y).toBeGreaterThanOrEqual(0);
    expect(a.x + a.width).toBeLessThanOrEqual(width);
    expect(a.y + a.height).toBeLessThanOrEqual(height);
    for (const b of placed) if (a !== b) expect(apart(a, b), `${a.id} / ${b.id}`).toBe(true);
  }
}

describe("town label placement", () => {
  it("writes a shorter name before falling back to the icon", () => {
    const request: LabelRequest = {
      ...label("s", 60, 100),
      sizes: {
        full: { width: 200, height: 22 },
        medium: { width: 90, height: 22 },
        short: { width: 26, height: 26 },
      },
    };
    const [placed] = placeLabels([request], 130, 200);
    expect(placed?.form).toBe("medium");
    expect(shortName("Santé et pharmacie")).toBe("Santé");
    expect(shortName("Cimenterie et matériaux")).toBe("Cimenterie");
    expect(shortName("Chimie")).toBe("Chimie");
  });

  it("centres a lone label on its anchor, written out", () => {
    const [placed] = placeLabels([label("a", 300, 200)], 800, 600);
    expect(placed).toEqual({ id: "a", form: "full", x: 240, y: 189, width: 120, height: 22 });
  });

  it("moves a label that would overlap another, and keeps both whole", () => {
    const placed = placeLabels([label("a", 300, 200), label("b", 330, 205)], 800, 600);
    expect(placed.map((p) => p.id)).toEqual(["a", "b"]);
    expectClean(placed, 800, 600);
  });

  it("shortens to the icon, then leaves out, when there is no room; never overlaps, never cut", () => {
    // Thirteen districts squeezed into a phone's width: 13 anchors 25 px apart on 2 rows.
    const requests = Array.from({ length: 13 }, (_, i) =>
      label(`d${i}`, 20 + (i % 7) * 55, 100 + Math.floor(i / 7) * 30, 13 - i),
    );
    const placed = placeLabels(requests, 390, 300);
    expectClean(placed, 390, 300);
    expect(placed.some((p) => p.form === "short")).toBe(true);
    expect(placed[0]?.id).toBe("d0");
  });

  it("keeps a label inside the stage when its anchor is near the edge", () => {
    for (const [x, y] of [
      [10, 10],
      [795, 300],
      [400, 598],
    ] as const) {
      const placed = placeLabels([label("edge", x, y)], 800, 600);
      expect(placed).toHaveLength(1);
      expect(placed[0]?.form).toBe("full");
      expectClean(placed, 800, 600);
    }
  });

  it("leaves out labels whose anchor is off screen, and gives the best spot to the highest priority", () => {
    const placed = placeLabels(
      [label("low", 300, 200, 0), label("hidden", 300, 200, 5, false), label("high", 300, 200, 9)],
      800,
      600,
    );
    expect(placed.find((p) => p.id === "hidden")).toBeUndefined();
    expect(placed.find((p) => p.id === "high")).toMatchObject({ x: 240, y: 189, form: "full" });
    expectClean(placed, 800, 600);
  });
});
