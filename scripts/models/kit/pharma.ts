import { at } from "../geometry/placement";
import { box, cylinder, sphere } from "../geometry/primitives";
import { spin } from "../scene/motions";
import type { KitBuilder } from "./KitBuilder";
import { controlPanel, hopper, stackLight } from "./parts/equipment";

/** Santé-pharmacie: tableting and blister packing, in clean white and stainless steel. */

/** A rotary tablet press: its turret of punches turning behind glass, a hopper feeding it. */
export const tabletPress: KitBuilder = (s) => {
  s.body.add("white", box(1.6, 1.0, 1.3), at(0, 0.5, 0));
  s.body.add("steel", box(1.6, 0.08, 1.3), at(0, 1.04, 0));
  // Glass guard around the turret, and the top housing over it.
  for (const [w, d, x, z] of [
    [1.5, 0.02, 0, 0.6],
    [1.5, 0.02, 0, -0.6],
    [0.02, 1.2, 0.75, 0],
    [0.02, 1.2, -0.75, 0],
  ] as const) {
    s.body.add("glass", box(w, 0.75, d), at(x, 1.45, z));
  }
  s.body.add("white", box(1.6, 0.7, 1.3), at(0, 2.18, 0));
  s.body.add("steel", cylinder({ radius: 0.08, height: 0.8, segments: 10 }), at(0, 1.45, 0));
  hopper(s.body, "steel", 0.25, 2.85, 0.25, 0.55, 0.15, 0.6);
  s.body.add("steel", cylinder({ radius: 0.06, height: 0.45, segments: 8 }), at(0.25, 2.5, 0.25));
  // Chute and container collecting the tablets.
  s.body.add("steel", box(0.5, 0.05, 0.18), at(0.95, 1.0, 0.3, { z: -25 }));
  s.body.add("white", cylinder({ radius: 0.28, height: 0.55, segments: 14 }), at(1.35, 0.28, 0.3));
  controlPanel(s.body, -1.2, 0.4, 20, 1.5);
  stackLight(s.body, 0.6, 2.53, -0.45);
  const turret = s.part("turret", [0, 1.3, 0]);
  turret.geometry.add("steel", cylinder({ radius: 0.5, height: 0.12, segments: 20 }), at(0, 0, 0));
  turret.geometry.add("steel", cylinder({ radius: 0.45, height: 0.08, segments: 20 }), at(0, 0.3, 0));
  for (let i = 0; i < 12; i++) {
    const a = (i / 12) * Math.PI * 2;
    turret.geometry.add(
      "darkSteel",
      cylinder({ radius: 0.03, height: 0.45, segments: 6 }),
      at(Math.cos(a) * 0.42, 0.15, Math.sin(a) * 0.42),
    );
  }
  turret.geometry.add("white", sphere(0.03, 6, 3), at(0.3, 0.08, 0.2));
  s.animate("turret", spin(turret, [0, 1, 0], 3));
};

/** A blister packing line: forming foil and lidding foil reels turning, blister strips on top. */
export const blisterMachine: KitBuilder = (s) => {
  s.body.add("white", box(4.4, 1.1, 1.0), at(0, 0.55, 0));
  s.body.add("steel", box(4.4, 0.06, 1.0), at(0, 1.13, 0));
  // Forming, filling and sealing stations along the web.
  s.body.add("steel", box(0.7, 0.6, 0.8), at(-0.9, 1.46, 0));
  s.body.add("glass", box(1.1, 0.5, 0.8), at(0.2, 1.41, 0));
  s.body.add("steel", box(0.7, 0.7, 0.8), at(1.2, 1.51, 0));
  s.body.add("accent", box(0.72, 0.12, 0.82), at(1.2, 1.9, 0));
  s.body.add("aluminium", box(3.8, 0.015, 0.3), at(0.2, 1.18, 0));
  for (let i = 0; i < 8; i++) s.body.add("white", box(0.18, 0.04, 0.12), at(-0.4 + i * 0.35, 1.21, 0));
  hopper(s.body, "steel", 0.2, 1.9, 0, 0.4, 0.1, 0.5);
  // Cartons of finished blisters at the end.
  s.body.add("white", box(0.6, 0.5, 0.5), at(2.6, 0.25, 0.4));
  controlPanel(s.body, -1.6, 0.85, 15, 1.55);
  stackLight(s.body, 1.9, 1.16, -0.4);
  const forming = s.part("forming-reel", [-1.85, 1.7, 0]);
  const lidding = s.part("lidding-reel", [1.2, 2.35, -0.2]);
  for (const [reel, r] of [
    [forming, 0.45],
    [lidding, 0.32],
  ] as const) {
    reel.geometry.add("white", cylinder({ radius: r, height: 0.3, segments: 18 }), at(0, 0, 0, { x: 90 }));
    reel.geometry.add(
      "steel",
      cylinder({ radius: r * 0.35, height: 0.34, segments: 10 }),
      at(0, 0, 0, { x: 90 }),
    );
    reel.geometry.add("darkSteel", box(0.05, r * 1.4, 0.36), at(0, 0, 0));
  }
  s.body.add("darkSteel", box(0.1, 0.6, 0.1), at(-1.85, 1.4, -0.2));
  s.body.add("darkSteel", box(0.1, 0.5, 0.1), at(1.2, 2.05, -0.4));
  s.animate("reels", spin(forming, [0, 0, 1], 6, -1), spin(lidding, [0, 0, 1], 4, -1));
};
