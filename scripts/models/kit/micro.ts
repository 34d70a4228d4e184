import { at } from "../geometry/placement";
import { box, cylinder, lathe } from "../geometry/primitives";
import { slide } from "../scene/motions";
import type { Canvas } from "../scene/PartGroup";
import type { KitBuilder } from "./KitBuilder";
import { stackLight } from "./parts/equipment";
import { legs } from "./parts/structure";

/** Microélectronique: clean white tools of a wafer fab, under the cleanroom's yellow light. */

/** A FOUP (wafer pod) standing at (x, y, z): a rounded white box with a handle, door facing +Z. */
function foup(c: Canvas, x: number, y: number, z: number): void {
  c.add("white", box(0.4, 0.33, 0.38), at(x, y + 0.165, z));
  c.add("machineBlue", box(0.36, 0.28, 0.02), at(x, y + 0.165, z + 0.2));
  c.add("paint", box(0.2, 0.04, 0.08), at(x, y + 0.35, z));
}

/** A yellow cleanroom light bar above a tool. */
function cleanroomLight(c: Canvas, y: number, width: number, z = 0): void {
  c.add("cleanLight", box(width, 0.06, 0.2), at(0, y, z));
  c.add("steel", box(width + 0.1, 0.04, 0.25), at(0, y + 0.05, z));
}

/** A process tool: front end with three load ports and pods, the tall process body behind. */
export const waferTool: KitBuilder = (s) => {
  const b = s.body;
  b.add("white", box(2.8, 1.5, 1.0), at(0, 0.75, 0.9));
  b.add("white", box(2.8, 2.6, 2.4), at(0, 1.3, -0.8));
  b.add("accent", box(2.82, 0.12, 2.42), at(0, 2.2, -0.8));
  b.add("glass", box(2.4, 0.5, 0.02), at(0, 1.85, 0.41));
  for (const x of [-0.9, 0, 0.9]) {
    b.add("paint", box(0.6, 0.08, 0.55), at(x, 0.95, 1.5));
    b.add("darkSteel", box(0.5, 0.5, 0.03), at(x, 1.2, 1.41));
    foup(b, x, 0.99, 1.55);
  }
  b.add("screen", box(0.5, 0.35, 0.03), at(1.25, 1.75, 1.42, { y: -20 }));
  b.add("darkSteel", box(0.08, 0.5, 0.08), at(1.25, 1.45, 1.4));
  stackLight(b, -1.2, 2.6, -0.2);
  cleanroomLight(b, 3.1, 2.6, -0.4);
  for (const x of [-1.35, 1.35]) b.add("steel", box(0.05, 0.45, 0.05), at(x, 2.83, -0.4));
};

/** A laminar flow clean bench: filter housing on top, glass sash, stainless work surface. */
export const cleanBench: KitBuilder = (s) => {
  const b = s.body;
  legs(b, "steel", 1.8, 0.8, 0.75, 0.06);
  b.add("steel", box(1.8, 0.06, 0.85), at(0, 0.78, 0));
  b.add("white", box(1.8, 0.95, 0.06), at(0, 1.28, -0.4));
  for (const sx of [-0.88, 0.88]) b.add("white", box(0.06, 0.95, 0.85), at(sx, 1.28, 0));
  b.add("white", box(1.8, 0.55, 0.95), at(0, 2.03, -0.03));
  b.add("steel", box(1.6, 0.02, 0.7), at(0, 1.74, 0));
  b.add("glass", box(1.72, 0.6, 0.02), at(0, 1.35, 0.42, { x: 12 }));
  b.add("signalGreen", box(0.2, 0.05, 0.02), at(0.6, 2.05, 0.45));
  b.add("screen", box(0.25, 0.1, 0.02), at(-0.5, 2.05, 0.45));
  // Wafer boxes and a carrier on the work surface.
  b.add("glass", cylinder({ radius: 0.16, height: 0.04, segments: 16 }), at(-0.3, 0.83, 0.05));
  b.add("white", box(0.3, 0.25, 0.3), at(0.4, 0.935, -0.1));
  b.add("paint", box(0.5, 0.6, 0.4), at(1.3, 0.3, 0.1));
  cleanroomLight(b, 2.7, 1.8);
  for (const x of [-0.85, 0.85]) b.add("steel", box(0.04, 0.4, 0.04), at(x, 2.5, 0));
};

/** A wafer stocker: a tall white store with windows on shelves of pods and a moving elevator. */
export const waferStocker: KitBuilder = (s) => {
  const b = s.body;
  b.add("white", box(3.0, 3.2, 1.5), at(0, 1.6, -0.2));
  b.add("accent", box(3.02, 0.15, 1.52), at(0, 3.05, -0.2));
  b.add("glass", box(2.6, 2.2, 0.02), at(0, 1.85, 0.56));
  for (let row = 0; row < 4; row++) {
    b.add("steel", box(2.6, 0.03, 0.6), at(0, 0.85 + row * 0.55, 0.2));
    for (let col = 0; col < 5; col++) foup(b, -1.05 + col * 0.52 + (row % 2) * 0.05, 0.87 + row * 0.55, 0.12);
  }
  // Input/output ports at the bottom front.
  for (const x of [-0.7, 0.7]) {
    b.add("paint", box(0.6, 0.75, 0.45), at(x, 0.37, 0.8));
    foup(b, x, 0.75, 0.8);
  }
  b.add("screen", box(0.35, 0.25, 0.02), at(1.25, 1.1, 0.58));
  stackLight(b, 1.3, 3.2, -0.7);
  const lift = s.part("elevator", [-1.35, 0.8, 0.35]);
  lift.geometry.add("darkSteel", box(0.12, 0.3, 0.35), at(0, 0, 0));
  lift.geometry.add("steel", box(0.3, 0.03, 0.3), at(0.15, -0.1, 0));
  s.animate("elevator", slide(lift, [0, 1.6, 0], 6));
};

/** An inspection microscope on its desk, with the monitor showing the wafer. */
export const microscope: KitBuilder = (s) => {
  const b = s.body;
  b.add("white", box(1.8, 0.72, 0.9), at(0, 0.36, 0));
  b.add("paint", box(1.85, 0.05, 0.95), at(0, 0.745, 0));
  // The microscope: base, column, arm, stage, objective turret, binocular head.
  b.add("white", box(0.5, 0.12, 0.45), at(0, 0.83, 0));
  b.add("white", box(0.14, 0.6, 0.16), at(0, 1.18, -0.17));
  b.add("white", box(0.16, 0.14, 0.42), at(0, 1.45, -0.01));
  b.add("darkSteel", box(0.32, 0.03, 0.28), at(0, 1.0, 0.05));
  b.add("glass", cylinder({ radius: 0.1, height: 0.01, segments: 16 }), at(0, 1.02, 0.05));
  b.add(
    "steel",
    lathe(
      [
        [0, 0],
        [0.06, 0],
        [0.08, 0.08],
        [0, 0.1],
      ],
      { segments: 10 },
    ),
    at(0, 1.2, 0.15, { x: 180 }),
  );
  for (const dx of [-0.04, 0.04])
    b.add("black", cylinder({ radius: 0.02, height: 0.14, segments: 8 }), at(0 + dx, 1.58, 0.22, { x: -40 }));
  // Monitor, keyboard and stool.
  b.add("black", box(0.6, 0.38, 0.04), at(0.6, 1.2, -0.2));
  b.add("screen", box(0.56, 0.34, 0.02), at(0.6, 1.2, -0.17));
  b.add("darkSteel", box(0.06, 0.3, 0.06), at(0.6, 0.9, -0.23));
  b.add("black", box(0.4, 0.02, 0.14), at(0.55, 0.77, 0.15));
  b.add("darkSteel", box(0.3, 0.12, 0.22), at(0, 0.83, 0.3));
  b.add("black", cylinder({ radius: 0.02, height: 0.1, segments: 6 }), at(0.06, 0.93, 0.3));
  b.add("white", box(0.3, 0.2, 0.3), at(-0.6, 0.87, -0.1));
  b.add("darkSteel", cylinder({ radius: 0.2, height: 0.06, segments: 12 }), at(0, 0.6, 0.75));
  b.add("darkSteel", cylinder({ radius: 0.03, height: 0.57, segments: 6 }), at(0, 0.29, 0.75));
};
