import { mixHex } from "./colour";
import { Paint } from "./Paint";
import { arcPoints, block, box, cone, gableRoof, hue, post, prism, put, rod, sphere } from "./shapes";

/** The feature on a company's building that says its trade from afar. */
type Feature = "chimney" | "tanks" | "crane" | "pylon" | "silos" | "sawtooth" | "dome" | "hangar" | "units";

const featureBySector: Readonly<Record<string, Feature>> = {
  metallurgie: "chimney",
  chimie: "tanks",
  petrole: "tanks",
  maritime: "crane",
  electricite: "pylon",
  agroalimentaire: "silos",
  cimenterie: "silos",
  plasturgie: "units",
  mode: "sawtooth",
  microelectronique: "dome",
  aeronautique: "hangar",
  "sante-pharmacie": "dome",
  "parfum-cosmetique": "sawtooth",
};

/**
 * A company's building, to be placed once per company by the app: fits a 5.2 m × 4.2 m footprint
 * at scale 1, origin on the ground at its centre, front (door, sign) towards +z. One surface, so
 * that each building is one draw call that the app can light up on hover.
 */
export function companyPrototype(sectorId: string, color: string): Paint {
  const p = new Paint();
  const s = "satin" as const;
  const feature = featureBySector[sectorId] ?? "units";
  const wall = feature === "sawtooth" || feature === "silos" ? hue.stone : hue.wall;
  block(p, s, hue.kerb, 0, 0, 5.2, 0.15, 4.2);
  if (feature === "hangar") {
    put(p, s, prism(arcPoints(0, 0, 2.2, 0, Math.PI, 14), 3.8, { crease: 40 }), color, 0, 0.15, -0.1);
    block(p, s, hue.darkSteel, 0, 1.78, 3.2, 1.7, 0.06, 0.15);
  } else {
    block(p, s, wall, 0, -0.1, 4.6, 2.6, 3.4, 0.15);
    // Windows on the front, a door and the sector's sign.
    for (const x of [-1.6, -0.55, 1.6]) block(p, s, hue.window, x, 1.62, 0.7, 0.7, 0.06, 1.2);
    block(p, s, mixHex(color, "#000000", 0.35), 0.5, 1.62, 0.9, 1.3, 0.06, 0.15);
    block(p, s, color, 0, 1.66, 2.6, 0.45, 0.06, 2.2);
  }
  switch (feature) {
    case "chimney":
      block(p, s, color, 0, -0.1, 4.8, 0.3, 3.6, 2.75);
      post(p, s, "#9c5a3c", 1.7, -1.1, 0.35, 7.5, 0, 12);
      for (const y of [6.6, 7.2]) post(p, s, y > 7 ? hue.red : hue.white, 1.7, -1.1, 0.37, 0.3, y, 12);
      break;
    case "tanks":
      block(p, s, color, 0, -0.1, 4.8, 0.3, 3.6, 2.75);
      for (const x of [-1.4, 0.4]) {
        post(p, s, hue.white, x, -1.2, 0.6, 1.8, 3.05, 14);
        post(p, s, color, x, -1.2, 0.62, 0.2, 4.3, 14);
      }
      rod(p, s, hue.steel, [1.6, 3, -1.2], [1.6, 5.5, -1.2], 0.12, 6);
      break;
    case "crane":
      block(p, s, color, 0, -0.1, 4.8, 0.3, 3.6, 2.75);
      block(p, s, hue.yellow, 1.8, -1.2, 0.3, 4.5, 0.3, 3.05);
      block(p, s, hue.yellow, 0.6, -1.2, 3.4, 0.3, 0.3, 7.2);
      rod(p, s, hue.darkSteel, [-0.8, 7.2, -1.2], [-0.8, 5.6, -1.2], 0.04, 3);
      block(p, s, hue.red, -0.8, -1.2, 0.5, 0.4, 0.5, 5.2);
      break;
    case "pylon":
      block(p, s, color, 0, -0.1, 4.8, 0.3, 3.6, 2.75);
      for (const x of [-1.4, 0, 1.4]) put(p, s, box(1.2, 0.06, 1.6), "#1f3b73", x, 3.4, -0.3, { x: -25 });
      for (const [sx, sz] of [
        [1, 1],
        [1, -1],
        [-1, 1],
        [-1, -1],
      ] as const) {
        rod(p, s, hue.steel, [2.3 + sx * 0.35, 0, -1.9 + sz * 0.35], [2.3, 6.5, -1.9], 0.06, 4);
      }
      block(p, s, hue.steel, 2.3, -1.9, 0.1, 0.1, 2.2, 5.5);
      break;
    case "silos":
      gableRoof(p, color, 0, -0.1, 4.6, 3.4, 2.75, 0.9);
      for (const x of [-1.9, -1.0]) {
        post(p, s, hue.steel, x, -1.65, 0.45, 4.8, 0, 12);
        put(p, s, cone(0.47, 0.6, 12), hue.steel, x, 5.1, -1.65);
      }
      break;
    case "sawtooth":
      for (let i = 0; i < 3; i++) {
        put(
          p,
          s,
          prism(
            [
              [-0.75, 0],
              [0.75, 0],
              [-0.75, 1],
            ],
            3.5,
          ),
          color,
          -1.53 + i * 1.53,
          2.75,
          -0.1,
        );
        block(p, s, "#cfe9f5", -2.26 + i * 1.53, -0.1, 0.05, 0.9, 3.3, 2.78);
      }
      break;
    case "dome":
      block(p, s, hue.white, 0, -0.1, 4.8, 0.25, 3.6, 2.75);
      put(p, s, sphere(1.4, 16, 6, 0), color, 0.6, 3, -0.4);
      break;
    case "hangar":
      block(p, s, color, 1.8, 1.6, 1.2, 0.5, 0.06, 0.2);
      break;
    case "units":
      block(p, s, color, 0, -0.1, 4.8, 0.3, 3.6, 2.75);
      for (const [x, c] of [
        [-1.2, hue.steel],
        [0.4, color],
        [1.6, hue.yellow],
      ] as const)
        block(p, s, c, x, -0.6, 0.9, 0.8, 1.2, 3.05);
      break;
  }
  return p;
}
