import { at } from "../geometry/placement";
import { box } from "../geometry/primitives";
import type { KitBuilder } from "./KitBuilder";
import { controlPanel, stackLight } from "./parts/equipment";

/** The stand-in for a machine whose kit is missing or unknown: a painted box with a panel. */
export const genericMachine: KitBuilder = (s) => {
  s.body.add("paint", box(2.6, 2.0, 1.8), at(0, 1.1, 0));
  s.body.add("darkSteel", box(2.7, 0.2, 1.9), at(0, 0.1, 0));
  s.body.add("accent", box(2.62, 0.25, 1.82), at(0, 1.9, 0));
  s.body.add("glass", box(1.2, 0.7, 0.04), at(-0.4, 1.2, 0.91));
  s.body.add("yellow", box(0.5, 0.08, 0.02), at(0.8, 1.5, 0.91));
  controlPanel(s.body, 1.7, 0.7, -20, 1.4);
  stackLight(s.body, 1.0, 2.1, -0.6);
};
