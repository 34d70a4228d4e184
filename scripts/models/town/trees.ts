import { seededRandom } from "../scene/seededRandom";
import { Paint } from "./Paint";
import { type Area, inArea } from "./scenery";
import { cylinder, lathe, put, sphere } from "./shapes";
import type { Instance } from "./TownDocument";
import { coastZ, damValley, groundHeight, inQuarry } from "./terrain";

export type TreeKind = "pine" | "cypress" | "round";

/** The three trees of the landscape, each drawn once and instanced (EXT_mesh_gpu_instancing). */
export function treePrototype(kind: TreeKind): Paint {
  const p = new Paint();
  switch (kind) {
    case "pine":
      // The umbrella pine of the Provençal coast: a leaning trunk under a flat crown.
      put(
        p,
        "matte",
        cylinder({ radiusBottom: 0.22, radiusTop: 0.14, height: 3.6, segments: 4 }),
        "#6b4a33",
        0.2,
        1.8,
        0,
        { z: -6 },
      );
      put(p, "matte", sphere(1, 8, 3), "#4d7234", 0.4, 3.9, 0, {}, [2.2, 0.8, 2]);
      break;
    case "cypress":
      put(
        p,
        "matte",
        lathe(
          [
            [0, 0],
            [0.55, 0.4],
            [0.75, 2],
            [0.6, 4],
            [0.3, 5.4],
            [0, 6],
          ],
          { segments: 7, crease: 80 },
        ),
        "#3a5a2c",
        0,
        0,
        0,
      );
      break;
    case "round":
      // Olive, plane or fruit tree: a short trunk under a round, silvery-green crown.
      put(
        p,
        "matte",
        cylinder({ radiusBottom: 0.2, radiusTop: 0.14, height: 1.6, segments: 5 }),
        "#6e5640",
        0,
        0.8,
        0,
      );
      put(p, "matte", sphere(1.25, 8, 5), "#7c9a4e", 0, 2.3, 0, {}, [1, 0.85, 1]);
      break;
  }
  return p;
}

/**
 * Where the trees grow, by kind: pines and cypresses over the hills and the low land around the
 * town, rows of plane trees along the avenues, never in a district, a street, the sea, a lake or
 * a field. Deterministic.
 */
export function plantTrees(
  keepOut: ReadonlyArray<Area>,
  avenues: ReadonlyArray<Area>,
): Record<TreeKind, Instance[]> {
  const trees: Record<TreeKind, Instance[]> = { pine: [], cypress: [], round: [] };
  const random = seededRandom(0x7ee5);
  const blocked = (x: number, z: number, margin: number) =>
    z > coastZ(x) - 3.5 || keepOut.some((a) => inArea(a, x, z, margin)) || inQuarry(x, z);
  const step = 6.5;
  for (let z = -135; z < 60; z += step) {
    for (let x = -215; x < 215; x += step) {
      const px = x + (random() - 0.5) * step * 0.9;
      const pz = z + (random() - 0.5) * step * 0.9;
      const roll = random();
      const size = 0.8 + random() * 0.5;
      const yaw = random() * Math.PI * 2;
      if (blocked(px, pz, 2)) continue;
      const h = groundHeight(px, pz);
      if (h > 44) continue;
      const inDamLake = Math.abs(px - damValley.x) < 18 && pz < damValley.z && h < damValley.waterLevel + 0.4;
      if (inDamLake) continue;
      const onHill = h > 1.2;
      const chance = onHill ? 0.42 : 0.2;
      if (roll > chance) continue;
      const kind: TreeKind = onHill
        ? roll < 0.12
          ? "cypress"
          : "pine"
        : roll < 0.07
          ? "cypress"
          : roll < 0.14
            ? "pine"
            : "round";
      trees[kind].push({ position: [px, h - 0.1, pz], yaw, scale: [size, size * (0.9 + roll * 0.3), size] });
    }
  }
  // Plane trees along the avenues, where there is room beside them.
  for (const avenue of avenues) {
    for (let t = -avenue.width / 2 + 4; t < avenue.width / 2 - 2; t += 7) {
      for (const side of [-1, 1]) {
        const x = avenue.x + t;
        const z = avenue.z + side * (avenue.depth / 2 + 1.1);
        if (blocked(x, z, 0.4)) continue;
        trees.round.push({ position: [x, 0, z], yaw: t, scale: [0.75, 0.8, 0.75] });
      }
    }
  }
  return trees;
}
