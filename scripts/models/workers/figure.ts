import { Matrix4 } from "three";
import { at } from "../geometry/placement";
import { box, cylinder, sphere, taperedBox, torus } from "../geometry/primitives";
import type { Canvas } from "../scene/PartGroup";
import type { FigureColor } from "../scene/palette";
import type { Gender } from "./cast";
import { type FigurePart, FigureSketch } from "./FigureSketch";
import type { Outfit } from "./outfit";
import { type WorkLoop, workMotion } from "./workLoops";

type Paint = Canvas<FigureColor>;

/** Body proportions: a stylised silhouette, not a caricature. */
interface Build {
  /** Height scale (1 = 1.76 m). */
  k: number;
  shoulderHalf: number;
  waistHalf: number;
  hipHalf: number;
  depth: number;
  headRadius: number;
}

const builds: Record<Gender, Build> = {
  homme: { k: 1, shoulderHalf: 0.215, waistHalf: 0.16, hipHalf: 0.165, depth: 0.23, headRadius: 0.105 },
  femme: { k: 0.95, shoulderHalf: 0.182, waistHalf: 0.142, hipHalf: 0.178, depth: 0.21, headRadius: 0.1 },
};

/** How hair shows: short, or tied back in a bun or a ponytail. */
export type HairStyle = "short" | "bun" | "ponytail";

export interface WorkerLook {
  gender: Gender;
  hair: HairStyle;
  hairColor: FigureColor;
  skin: FigureColor;
  /** A short beard (some men, when no mask hides it). */
  beard: boolean;
  outfit: Outfit;
}

/** Heights of the joints, in metres, for a build. */
function joints(b: Build) {
  return {
    hip: 0.9 * b.k,
    legX: b.hipHalf * 0.55,
    shoulder: 1.41 * b.k,
    neck: 1.47 * b.k,
    head: 1.6 * b.k,
    eyes: 1.615 * b.k,
    upperArm: 0.29 * b.k,
    forearm: 0.25 * b.k,
  };
}

/** One leg from the hip joint down, in the hip's frame (+Z forward). */
function leg(paint: Paint, b: Build, look: WorkerLook): void {
  const j = joints(b);
  const o = look.outfit;
  const length = j.hip - 0.08;
  paint.add(
    o.trousers,
    cylinder({ radiusTop: 0.078, radiusBottom: 0.056, height: length, segments: 8 }),
    at(0, -length / 2, 0),
  );
  paint.add(o.shoes, box(0.11, 0.09, 0.27), at(0, -j.hip + 0.045, 0.04));
  if (o.bands)
    paint.add(
      "reflective",
      cylinder({ radius: 0.064, height: 0.04, segments: 8, open: true }),
      at(0, -j.hip + 0.3, 0),
    );
  if (o.harness)
    paint.add("black", torus({ radius: 0.082, tube: 0.012, segments: 10, tubeSegments: 4 }), at(0, -0.12, 0));
}

/** Both legs in the worker's frame, plus what hangs from the waist over them (a coat's skirt). */
function lowerBody(paint: Paint, b: Build, look: WorkerLook, withLegs: boolean): void {
  const j = joints(b);
  if (withLegs) for (const side of [-1, 1]) leg(paint.within(at(side * j.legX, j.hip, 0)), b, look);
  const coat = look.outfit.coat;
  if (coat) {
    const h = 0.42 * b.k;
    paint.add(
      coat,
      taperedBox(2 * b.hipHalf + 0.1, b.depth + 0.1, 2 * b.hipHalf + 0.04, b.depth + 0.05, h),
      at(0, j.hip - h / 2 + 0.04, 0),
    );
  }
}

/**
 * One arm from the shoulder joint, hanging along −Y with the forearm bent forward by `bend`
 * degrees at the elbow; sleeve in the top's (or coat's) colour, a glove or a bare hand.
 */
function arm(paint: Paint, b: Build, look: WorkerLook, bend: number): void {
  const j = joints(b);
  const o = look.outfit;
  const sleeve = o.coat ?? o.top;
  paint.add(sleeve, sphere(0.056, 8, 4), at(0, 0, 0));
  paint.add(
    sleeve,
    cylinder({ radiusTop: 0.052, radiusBottom: 0.045, height: j.upperArm, segments: 8 }),
    at(0, -j.upperArm / 2, 0),
  );
  paint.add(sleeve, sphere(0.045, 8, 4), at(0, -j.upperArm, 0));
  const elbow = new Matrix4().multiplyMatrices(at(0, -j.upperArm, 0), at(0, 0, 0, { x: -bend }));
  const fore = paint.within(elbow);
  fore.add(
    o.coat ? o.coat : o.top,
    cylinder({ radiusTop: 0.044, radiusBottom: 0.038, height: j.forearm - 0.04, segments: 8 }),
    at(0, -(j.forearm - 0.04) / 2, 0),
  );
  fore.add(o.gloves ?? look.skin, box(0.07, 0.1, 0.045), at(0, -j.forearm - 0.02, 0));
}

/** Where an arm's pivot is, and its rest turn: raised forward by `raise`°, a little out to the side. */
function shoulderAt(b: Build, side: -1 | 1): [number, number, number] {
  const j = joints(b);
  return [side * (b.shoulderHalf + 0.035), j.shoulder, 0];
}

/** The head and what covers it, in the worker's frame (as if standing straight). */
function head(paint: Paint, b: Build, look: WorkerLook): void {
  const j = joints(b);
  const o = look.outfit;
  const r = b.headRadius;
  paint.add(look.skin, cylinder({ radius: 0.048, height: 0.12, segments: 8 }), at(0, j.neck + 0.02, 0));
  paint.add(look.skin, sphere(r, 12, 7), at(0, j.head, 0.005, {}, [0.92, 1.1, 1]));
  paint.add(look.skin, box(0.028, 0.04, 0.03), at(0, j.eyes - 0.03, r + 0.005));
  const tied = look.hair !== "short";
  const covered = o.head === "hood" || o.head === "hairnet";
  // Hair: a cap of hair on the skull, longer at the back for women; a bun or a ponytail.
  if (o.head !== "hood") {
    paint.add(
      look.hairColor,
      sphere(r + 0.008, 12, 5, -0.25),
      at(0, j.head + 0.012, -0.012, {}, [0.94, 1.08, 1]),
    );
    paint.add(
      look.hairColor,
      box(0.16, tied ? 0.13 : 0.09, 0.05),
      at(0, j.head - (tied ? 0.03 : 0.015), -0.075),
    );
    if (look.beard && !o.mask && o.eyes !== "welding")
      paint.add(look.hairColor, box(0.15, 0.06, 0.06), at(0, j.head - 0.085, 0.06));
  }
  const bunColor = covered ? o.headColor : look.hairColor;
  if (look.hair === "bun" || (tied && covered)) {
    // Low at the nape under a helmet; pushed out of the hood's back so that it still shows.
    const low = o.head === "helmet";
    const back = o.head === "hood" ? -0.16 : -0.115;
    paint.add(bunColor, sphere(0.068, 10, 5), at(0, j.head + (low ? -0.065 : 0.05), back));
  } else if (look.hair === "ponytail") {
    paint.add(look.hairColor, sphere(0.042, 8, 4), at(0, j.head + 0.0, -0.112));
    paint.add(
      look.hairColor,
      cylinder({ radiusTop: 0.04, radiusBottom: 0.02, height: 0.24, segments: 6 }),
      at(0, j.head - 0.115, -0.135, { x: -12 }),
    );
  }
  switch (o.head) {
    case "helmet":
      paint.add(o.headColor, sphere(r + 0.028, 12, 5, 0), at(0, j.head + 0.02, -0.005));
      paint.add(
        o.headColor,
        cylinder({ radius: r + 0.042, height: 0.014, segments: 12 }),
        at(0, j.head + 0.022, -0.005),
      );
      paint.add(o.headColor, box(0.16, 0.014, 0.07), at(0, j.head + 0.024, r + 0.05));
      break;
    case "cap":
      paint.add(o.headColor, sphere(r + 0.015, 12, 4, 0), at(0, j.head + 0.025, 0));
      paint.add(o.headColor, box(0.15, 0.012, 0.09), at(0, j.head + 0.03, r + 0.05));
      break;
    case "hairnet":
      paint.add(
        o.headColor,
        sphere(r + 0.016, 12, 5, -0.3),
        at(0, j.head + 0.014, -0.015, {}, [0.95, 1.08, 1]),
      );
      break;
    case "hood":
      paint.add(o.headColor, sphere(r + 0.03, 12, 7), at(0, j.head + 0.012, -0.035, {}, [1, 1.12, 1]));
      paint.add(
        o.headColor,
        cylinder({ radiusTop: 0.07, radiusBottom: 0.12, height: 0.12, segments: 10 }),
        at(0, j.neck - 0.01, -0.01),
      );
      break;
    default:
      break;
  }
  switch (o.eyes) {
    case "glasses":
      paint.add("lens", box(0.17, 0.035, 0.02), at(0, j.eyes, r + 0.002));
      break;
    case "goggles":
      paint.add("lens", box(0.19, 0.055, 0.05), at(0, j.eyes, r - 0.01));
      paint.add(
        "black",
        torus({ radius: r + 0.004, tube: 0.009, segments: 14, tubeSegments: 4 }),
        at(0, j.eyes, 0),
      );
      break;
    case "visor":
      paint.add("visor", box(0.24, 0.2, 0.012), at(0, j.eyes - 0.04, r + 0.05, { x: -8 }));
      break;
    case "welding":
      paint.add("charcoal", box(0.22, 0.26, 0.07), at(0, j.eyes - 0.045, r + 0.03));
      paint.add("lens", box(0.1, 0.04, 0.02), at(0, j.eyes, r + 0.07));
      break;
    default:
      break;
  }
  if (o.mask) paint.add("white", box(0.11, 0.07, 0.05), at(0, j.eyes - 0.07, r - 0.005));
}

/** Pelvis, torso, neck and head, and what is worn on the chest, in the worker's frame. */
function upperBody(paint: Paint, b: Build, look: WorkerLook): void {
  const j = joints(b);
  const o = look.outfit;
  const top = o.coat ?? o.top;
  const chestBottom = 0.97 * b.k;
  const chestTop = j.shoulder + 0.04;
  const chestHeight = chestTop - chestBottom;
  paint.add(
    o.trousers,
    taperedBox(2 * b.hipHalf, b.depth, 2 * b.waistHalf, b.depth - 0.01, 0.16),
    at(0, j.hip + 0.02, 0),
  );
  const chest = taperedBox(2 * b.waistHalf, b.depth - 0.01, 2 * b.shoulderHalf, b.depth, chestHeight);
  paint.add(top, chest, at(0, chestBottom + chestHeight / 2, 0));
  for (const side of [-1, 1])
    paint.add(top, sphere(0.06, 8, 4), at(side * (b.shoulderHalf - 0.02), j.shoulder, 0));
  const front = b.depth / 2;
  if (o.vest) {
    const thick = o.lifejacket ? 0.1 : 0.025;
    const h = chestHeight - 0.06;
    paint.add(
      o.vest,
      taperedBox(2 * b.waistHalf + 0.03, b.depth + thick, 2 * b.shoulderHalf - 0.01, b.depth + thick, h),
      at(0, chestBottom + 0.02 + h / 2, 0),
    );
    if (!o.lifejacket)
      for (const y of [0.33, 0.62])
        paint.add(
          "reflective",
          box(2 * b.waistHalf + 0.05 + y * 0.06, 0.035, b.depth + thick + 0.008),
          at(0, chestBottom + 0.02 + h * y, 0),
        );
  }
  const over = front + (o.vest ? (o.lifejacket ? 0.05 : 0.016) : 0.004);
  if (o.harness) {
    for (const side of [-1, 1]) {
      for (const z of [over + 0.004, -over - 0.004])
        paint.add(
          "black",
          box(0.045, chestHeight - 0.02, 0.012),
          at(side * 0.075, chestBottom + chestHeight / 2, z),
        );
    }
    paint.add("black", box(2 * b.waistHalf + 0.05, 0.06, b.depth + 0.05), at(0, chestBottom + 0.01, 0));
    paint.add(
      "steel",
      torus({ radius: 0.03, tube: 0.008, segments: 8, tubeSegments: 4 }),
      at(0, chestTop - 0.12, -over - 0.02, { x: 90 }),
    );
  }
  if (o.apron) {
    const h = 0.72 * b.k;
    paint.add(o.apron, box(2 * b.waistHalf + 0.02, h, 0.014), at(0, chestTop - 0.1 - h / 2, over + 0.01));
  }
  if (o.coat)
    paint.add(
      o.coat,
      box(0.03, chestHeight * 0.7, 0.01),
      at(0.03, chestBottom + chestHeight * 0.4, front + 0.003),
    );
  if (o.gasDetector)
    paint.add("helmetYellow", box(0.06, 0.09, 0.03), at(-0.09, chestTop - 0.16, over + 0.015));
  if (o.tapeMeasure) {
    for (const side of [-1, 1])
      paint.add(
        "tapeYellow",
        box(0.025, 0.32, 0.006),
        at(side * 0.07, chestTop - 0.17, over + 0.004, { z: side * -6 }),
      );
  }
  head(paint, b, look);
}

/** The tablet a worker holds to check readings, in the left hand's frame. */
function tablet(paint: Paint, b: Build, bend: number): void {
  const j = joints(b);
  // In the forearm's frame, held forward: −Y points ahead, +Z up; the screen tilts towards the eyes.
  const frame = new Matrix4().multiplyMatrices(at(0, -j.upperArm, 0), at(0, 0, 0, { x: -bend }));
  const hand = paint.within(frame).within(at(0.1, -j.forearm - 0.02, 0.05, { x: -35 }));
  hand.add("tablet", box(0.22, 0.3, 0.016), at(0, 0, 0));
  hand.add("tabletScreen", box(0.19, 0.25, 0.004), at(0, 0, 0.009));
}

/** A hand-wheel valve on its stand, turned by the worker at the wheel (a prop of the worker). */
function valveStand(s: FigureSketch, b: Build): FigurePart {
  const j = joints(b);
  const y = j.shoulder - 0.25;
  const z = 0.5;
  s.body.add(
    "steel",
    cylinder({ radius: 0.06, height: y - 0.05, segments: 10 }),
    at(0, (y - 0.05) / 2, z + 0.12),
  );
  s.body.add("steel", cylinder({ radius: 0.04, height: 0.14, segments: 8 }), at(0, y, z + 0.06, { x: 90 }));
  s.body.add("red", box(0.18, 0.18, 0.12), at(0, y - 0.12, z + 0.12));
  const wheel = s.part("wheel", [0, y, z], { x: 90 });
  wheel.geometry.add("red", torus({ radius: 0.17, tube: 0.018, segments: 16, tubeSegments: 5 }));
  for (const a of [0, 60, 120]) wheel.geometry.add("red", box(0.34, 0.02, 0.02), at(0, 0, 0, { y: a }));
  wheel.geometry.add("red", cylinder({ radius: 0.03, height: 0.05, segments: 8 }));
  return wheel;
}

/** Poses of the arms for each work loop: raised forward (°), elbow bend (°). */
const armPoses: Record<WorkLoop, { raise: number; bend: number; bow: number }> = {
  tablet: { raise: 12, bend: 80, bow: 0 },
  bench: { raise: 30, bend: 45, bow: 16 },
  console: { raise: 22, bend: 62, bow: 6 },
  wheel: { raise: 50, bend: 32, bow: 4 },
  walk: { raise: 0, bend: 18, bow: 0 },
};

/**
 * Draws a worker doing `loop`: rigid parts (no skinning) so that each moves as one mesh, and
 * the loop's motion named "work". For "walk", `pace` is the length of the beat walked (m).
 */
export function drawWorker(look: WorkerLook, loop: WorkLoop, pace = 2.2): FigureSketch {
  const s = new FigureSketch();
  const b = builds[look.gender];
  const j = joints(b);
  const pose = armPoses[loop];
  const inward = (side: -1 | 1): number => side * -4;

  if (loop === "walk") {
    const walker = s.part("walker", [0, 0, 0]);
    upperBody(walker.geometry, b, look);
    lowerBody(walker.geometry, b, look, false);
    const legs = ([-1, 1] as const).map((side) => {
      const part = s.part(side < 0 ? "leg-left" : "leg-right", [side * j.legX, j.hip, 0], {}, walker);
      leg(part.geometry, b, look);
      return part;
    });
    const arms = ([-1, 1] as const).map((side) => {
      const part = s.part(side < 0 ? "arm-left" : "arm-right", shoulderAt(b, side), { z: side * 6 }, walker);
      arm(part.geometry, b, look, pose.bend);
      return part;
    });
    s.motions.push(workMotion(loop, { walker, legs, arms, pace }));
    return s;
  }

  lowerBody(s.body, b, look, true);
  const standsStill = loop === "wheel";
  const torso = standsStill ? null : s.part("torso", [0, j.hip, 0], { x: pose.bow });
  // The torso's geometry is drawn in the worker's frame, then moved into the hip pivot's.
  const torsoPaint: Paint = torso ? torso.geometry.within(at(0, -j.hip, 0)) : s.body;
  upperBody(torsoPaint, b, look);
  const shoulderParent = torso ?? undefined;
  const toPivot = (p: [number, number, number]): [number, number, number] =>
    torso ? [p[0], p[1] - j.hip, p[2]] : p;
  const arms: FigurePart[] = [];
  for (const side of [-1, 1] as const) {
    const turn = { x: -pose.raise, z: inward(side) };
    if (loop === "tablet" && side < 0) {
      // The left arm holds the tablet still: part of the torso's mesh.
      const held = torsoPaint.within(at(...shoulderAt(b, side), turn));
      arm(held, b, look, pose.bend);
      tablet(held, b, pose.bend);
      continue;
    }
    const part = s.part(
      side < 0 ? "arm-left" : "arm-right",
      toPivot(shoulderAt(b, side)),
      turn,
      shoulderParent,
    );
    arm(part.geometry, b, look, pose.bend);
    arms.push(part);
  }
  const wheel = loop === "wheel" ? valveStand(s, b) : null;
  s.motions.push(workMotion(loop, { torso, arms, wheel }));
  return s;
}
