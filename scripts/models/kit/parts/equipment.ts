import type { Vec3 } from "../../geometry/Geometry";
import { alongSegment, at } from "../../geometry/placement";
import { box, cylinder, lathe, sphere, taperedBox } from "../../geometry/primitives";
import type { Point2 } from "../../geometry/triangulate";
import type { Canvas } from "../../scene/PartGroup";
import type { MaterialKey } from "../../scene/palette";
import { strut } from "./structure";

/** Recurring pieces of equipment: control panels, signal towers, motors, pipes, vessels. */

/** An operator panel on a pedestal at (x, z), its screen facing `yaw` degrees (0: towards +Z). */
export function controlPanel(c: Canvas, x: number, z: number, yaw = 0, height = 1.5): void {
  const p = c.within(at(x, 0, z, { y: yaw }));
  p.add("darkSteel", box(0.12, height - 0.3, 0.12), at(0, (height - 0.3) / 2, 0));
  p.add("paint", box(0.7, 0.55, 0.22), at(0, height - 0.1, 0, { x: -15 }));
  p.add("screen", box(0.46, 0.3, 0.02), at(-0.06, height - 0.06, 0.115, { x: -15 }));
  p.add(
    "signalRed",
    cylinder({ radius: 0.035, height: 0.04, segments: 8 }),
    at(0.25, height - 0.2, 0.13, { x: 75 }),
  );
  p.add(
    "signalGreen",
    cylinder({ radius: 0.03, height: 0.04, segments: 8 }),
    at(0.25, height - 0.05, 0.09, { x: 75 }),
  );
}

/** A signal tower (green lit, amber, red) standing at (x, y, z). */
export function stackLight(c: Canvas, x: number, y: number, z: number): void {
  c.add("darkSteel", cylinder({ radius: 0.025, height: 0.3, segments: 8 }), at(x, y + 0.15, z));
  c.add("signalGreen", cylinder({ radius: 0.055, height: 0.1, segments: 10 }), at(x, y + 0.35, z));
  c.add("yellow", cylinder({ radius: 0.055, height: 0.1, segments: 10 }), at(x, y + 0.45, z));
  c.add("signalRed", cylinder({ radius: 0.055, height: 0.1, segments: 10 }), at(x, y + 0.55, z));
}

/**
 * An electric motor lying along X, centred at (x, y, z): finned casing, fan cover, feet and
 * terminal box. `radius` sets its size.
 */
export function motor(
  c: Canvas,
  material: MaterialKey,
  x: number,
  y: number,
  z: number,
  radius: number,
  length: number,
  yaw = 0,
): void {
  const m = c.within(at(x, y, z, { y: yaw }));
  const fins: Point2[] = [[0, -length / 2]];
  const n = 8;
  for (let i = 0; i <= n; i++) {
    const yy = -length / 2 + (length * i) / n;
    fins.push([radius * (i % 2 === 0 ? 1 : 0.9), yy]);
  }
  fins.push([0, length / 2]);
  m.add(material, lathe(fins, { segments: 14, crease: 20 }), at(0, 0, 0, { z: 90 }));
  m.add(
    "darkSteel",
    cylinder({ radius: radius * 0.95, height: length * 0.25, segments: 14 }),
    at(-length * 0.62, 0, 0, { z: 90 }),
  );
  m.add(
    "steel",
    cylinder({ radius: radius * 0.18, height: length * 0.3, segments: 8 }),
    at(length * 0.62, 0, 0, { z: 90 }),
  );
  m.add(material, box(radius * 0.7, radius * 0.5, radius * 0.7), at(0, radius * 1.1, 0));
  m.add(material, box(length * 0.8, radius * 0.2, radius * 1.8), at(0, -radius * 0.95, 0));
}

/** A pipe through `points` with rounded elbows. */
export function pipe(c: Canvas, material: MaterialKey, points: Vec3[], radius: number, segments = 10): void {
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i];
    const b = points[i + 1];
    if (a && b) strut(c, material, a, b, radius, segments);
    if (i > 0 && a) c.add(material, sphere(radius, segments, 4), at(a[0], a[1], a[2]));
  }
}

/** A flange (a short wide disc) at `position`, its axis along `direction`. */
export function flange(
  c: Canvas,
  material: MaterialKey,
  position: Vec3,
  direction: Vec3,
  radius: number,
): void {
  const to: Vec3 = [
    position[0] + direction[0] * 0.06,
    position[1] + direction[1] * 0.06,
    position[2] + direction[2] * 0.06,
  ];
  const { matrix } = alongSegment(position, to);
  c.add(material, cylinder({ radius: radius * 1.6, height: 0.06, segments: 12 }), matrix);
}

/**
 * Profile (for `lathe`) of a vertical vessel: 2:1 elliptical heads on a cylindrical shell of
 * `radius`, the bottom head starting at `y0`, the straight shell `shell` metres long.
 */
export function vesselProfile(radius: number, shell: number, y0 = 0, headRatio = 0.5, steps = 5): Point2[] {
  const head = radius * headRatio;
  const pts: Point2[] = [];
  for (let i = 0; i <= steps; i++) {
    const a = -Math.PI / 2 + (Math.PI / 2) * (i / steps);
    pts.push([radius * Math.cos(a), y0 + head + head * Math.sin(a)]);
  }
  for (let i = 0; i <= steps; i++) {
    const a = (Math.PI / 2) * (i / steps);
    pts.push([radius * Math.cos(a), y0 + head + shell + head * Math.sin(a)]);
  }
  return pts;
}

/** A vessel on its side along X (heat exchangers, autoclaves, tanks), centred at (x, y, z). */
export function horizontalVessel(
  c: Canvas,
  material: MaterialKey,
  x: number,
  y: number,
  z: number,
  radius: number,
  length: number,
  segments = 18,
): void {
  const shell = length - radius;
  c.add(
    material,
    lathe(vesselProfile(radius, shell, -length / 2), { segments, crease: 40 }),
    at(x, y, z, { z: -90 }),
  );
}

/** Saddles carrying a horizontal vessel of `radius` with its axis at height `axisY`, at x = ±`spread`. */
export function saddles(
  c: Canvas,
  material: MaterialKey,
  spread: number,
  axisY: number,
  radius: number,
  z = 0,
): void {
  for (const sx of [-spread, spread]) {
    c.add(material, box(0.35, axisY - radius * 0.5, radius * 1.5), at(sx, (axisY - radius * 0.5) / 2, z));
    c.add(material, box(0.3, radius * 0.55, radius * 1.6), at(sx, axisY - radius * 0.55, z));
  }
}

/** A hopper: a square funnel `top` wide narrowing to `bottom` over `height`, centred at (x, y, z). */
export function hopper(
  c: Canvas,
  material: MaterialKey,
  x: number,
  y: number,
  z: number,
  top: number,
  bottom: number,
  height: number,
): void {
  c.add(material, taperedBox(bottom, bottom, top, top, height), at(x, y, z));
}

/** A wheel (tyre and hub) with its axle along X, centred at (x, y, z). */
export function wheel(c: Canvas, x: number, y: number, z: number, radius: number, width: number): void {
  c.add("rubber", cylinder({ radius, height: width, segments: 14 }), at(x, y, z, { z: 90 }));
  c.add(
    "steel",
    cylinder({ radius: radius * 0.55, height: width + 0.02, segments: 10 }),
    at(x, y, z, { z: 90 }),
  );
}
