import { at } from "../../geometry/placement";
import { box, cylinder, sphere } from "../../geometry/primitives";
import type { MachineSketch, MovingPart } from "../../scene/MachineSketch";
import { swing } from "../../scene/motions";
import type { MaterialKey } from "../../scene/palette";

export interface RobotArmOptions {
  name: string;
  x: number;
  z: number;
  /** Height of the pedestal under the robot's base. */
  pedestal?: number;
  /** Overall size factor (1: a 2.5 m reach industrial robot). */
  size?: number;
  material?: MaterialKey;
  /** Seconds per working cycle. */
  seconds?: number;
}

/**
 * A six-axis style industrial robot: pedestal and base (static), then a turret turning about Y,
 * a lower arm and an upper arm swinging, and a tool — nested moving parts driven by one motion.
 * Returns the tool's part so callers can hang a gripper, torch or part on it.
 */
export function robotArm(s: MachineSketch, options: RobotArmOptions): MovingPart {
  const k = options.size ?? 1;
  const paint = options.material ?? "orange";
  const pedestal = options.pedestal ?? 0.4;
  const { x, z } = options;
  s.body.add("darkSteel", box(0.9 * k, pedestal, 0.9 * k), at(x, pedestal / 2, z));
  s.body.add(
    paint,
    cylinder({ radius: 0.38 * k, radiusTop: 0.32 * k, height: 0.3 * k, segments: 16 }),
    at(x, pedestal + 0.15 * k, z),
  );

  const turret = s.part(`${options.name}-turret`, [x, pedestal + 0.3 * k, z]);
  turret.geometry.add(paint, box(0.55 * k, 0.45 * k, 0.6 * k), at(0, 0.22 * k, 0));
  turret.geometry.add(
    "darkSteel",
    cylinder({ radius: 0.2 * k, height: 0.7 * k, segments: 14 }),
    at(0, 0.5 * k, 0, { z: 90 }),
  );

  const lower = s.part(`${options.name}-lower-arm`, [0, 0.5 * k, 0], { x: -15 }, turret);
  lower.geometry.add(paint, box(0.26 * k, 1.2 * k, 0.3 * k), at(0.2 * k, 0.6 * k, 0));
  lower.geometry.add(
    "darkSteel",
    cylinder({ radius: 0.17 * k, height: 0.5 * k, segments: 14 }),
    at(0.12 * k, 1.2 * k, 0, { z: 90 }),
  );

  const upper = s.part(`${options.name}-upper-arm`, [0, 1.2 * k, 0], { x: 95 }, lower);
  upper.geometry.add(paint, box(0.3 * k, 0.35 * k, 0.35 * k), at(0, 0, -0.12 * k));
  upper.geometry.add(
    paint,
    cylinder({ radius: 0.11 * k, radiusTop: 0.08 * k, height: 1.0 * k, segments: 12 }),
    at(0, 0.6 * k, 0),
  );
  upper.geometry.add("darkSteel", sphere(0.1 * k, 10, 5), at(0, 1.12 * k, 0));

  const tool = s.part(`${options.name}-tool`, [0, 1.15 * k, 0], { x: 40 }, upper);
  tool.geometry.add(
    "darkSteel",
    cylinder({ radius: 0.07 * k, height: 0.2 * k, segments: 10 }),
    at(0, 0.1 * k, 0),
  );

  const seconds = options.seconds ?? 6;
  s.animate(
    options.name,
    swing(turret, [0, 1, 0], 35, seconds),
    swing(lower, [1, 0, 0], 14, seconds, Math.PI / 3),
    swing(upper, [1, 0, 0], 18, seconds, Math.PI / 2),
    swing(tool, [1, 0, 0], 25, seconds / 2),
  );
  return tool;
}
