import type { Geometry } from "../../geometry/Geometry";
import { at } from "../../geometry/placement";
import { box, cylinder } from "../../geometry/primitives";
import type { MachineSketch } from "../../scene/MachineSketch";
import { travel } from "../../scene/motions";
import type { MaterialKey } from "../../scene/palette";
import { legs } from "./structure";

export interface BeltOptions {
  /** Moving part and motion name, unique within the machine. */
  name: string;
  /** Centre of the belt's top surface, in the machine's frame; the belt runs along X. */
  x: number;
  y: number;
  z: number;
  length: number;
  width: number;
  /** One item carried by the belt: a centred geometry `height` tall, set on the belt's surface. */
  item?: { material: MaterialKey; geometry: Geometry; height: number };
  /** Distance between items; also how far they move in one loop. */
  spacing?: number;
  /** Seconds to move one spacing. */
  seconds?: number;
  frameMaterial?: MaterialKey;
}

/**
 * A belt conveyor: side frames, end drums, rubber belt and legs (static), and its load as a
 * moving part sliding one spacing per loop along +X, so the loop restarts unseen.
 */
export function conveyorBelt(s: MachineSketch, options: BeltOptions): void {
  const { x, y, z, length, width } = options;
  const frame = options.frameMaterial ?? "steel";
  const c = s.body.within(at(x, 0, z));
  c.add("rubber", box(length, 0.04, width), at(0, y - 0.02, 0));
  for (const side of [-1, 1]) {
    c.add(frame, box(length + 0.1, 0.18, 0.05), at(0, y - 0.05, (side * (width + 0.05)) / 2));
  }
  for (const end of [-1, 1]) {
    c.add(
      "darkSteel",
      cylinder({ radius: 0.09, height: width, segments: 12 }),
      at((end * length) / 2, y - 0.09, 0, { x: 90 }),
    );
  }
  // Return rollers under the belt show that it loops.
  for (let rx = -length / 2 + 0.6; rx < length / 2 - 0.3; rx += 0.9) {
    c.add("darkSteel", cylinder({ radius: 0.04, height: width, segments: 8 }), at(rx, y - 0.2, 0, { x: 90 }));
  }
  const legSpan = Math.max(1, Math.floor(length / 2.2));
  for (let i = 0; i <= legSpan; i++) {
    const lx = -length / 2 + 0.2 + ((length - 0.4) * i) / legSpan;
    legs(c.within(at(lx, 0, 0)), frame, 0.08, width + 0.1, y - 0.1, 0.06);
  }
  if (!options.item) return;
  const spacing = options.spacing ?? 1;
  const load = s.part(options.name, [x, y, z]);
  for (let ix = -length / 2 + spacing * 0.5; ix <= length / 2 - spacing * 0.9; ix += spacing) {
    load.geometry.add(options.item.material, options.item.geometry, at(ix, options.item.height / 2, 0));
  }
  s.animate(options.name, travel(load, [spacing, 0, 0], options.seconds ?? 2));
}
