import type { DistrictPlacement } from "../../../src/content/modelContract/townLayout";
import type { RoadPiece } from "../../../src/content/modelContract/townRoads";
import { seededRandom } from "../scene/seededRandom";
import { mixHex } from "./colour";
import { Paint } from "./Paint";
import { block, cone, cylinder, house, hue, put } from "./shapes";
import { coastZ, groundHeight } from "./terrain";

/** A rectangle on the ground (centre and size), where nothing else may be built or planted. */
export interface Area {
  x: number;
  z: number;
  width: number;
  depth: number;
}

export function inArea(area: Area, x: number, z: number, margin = 0): boolean {
  return Math.abs(x - area.x) <= area.width / 2 + margin && Math.abs(z - area.z) <= area.depth / 2 + margin;
}

/** Where the villages' houses stand: clusters on the low land around the town. */
const villages = [
  { x: -88, z: -40, count: 9 },
  { x: -84, z: -14, count: 5 },
  { x: 88, z: -20, count: 9 },
  { x: 80, z: 2, count: 5 },
  { x: -30, z: -74, count: 4 },
  { x: 56, z: -72, count: 5 },
] as const;

/**
 * The static pieces between the landmarks: the districts' squares, paved in a pale shade of their
 * sector's colour, the streets with their centre lines, villages of tiled houses, and parasols on
 * the beach. Returns the paint and the areas the houses took (no tree grows there).
 */
export function sceneryPaint(
  districts: ReadonlyArray<DistrictPlacement>,
  roads: ReadonlyArray<RoadPiece>,
  keepOut: ReadonlyArray<Area>,
): { paint: Paint; taken: Area[] } {
  const p = new Paint();
  for (const d of districts) {
    block(p, "matte", mixHex(d.sector.color, "#efe7d4", 0.8), d.x, d.z, d.size, 0.1, d.size);
    block(p, "matte", hue.kerb, d.x, d.z + d.size / 2 - 0.15, d.size, 0.14, 0.3);
  }
  for (const r of roads) {
    block(p, "matte", hue.asphalt, r.x, r.z, r.width, 0.07, r.depth);
    const along = r.width > r.depth;
    const length = along ? r.width : r.depth;
    for (let t = -length / 2 + 2; t < length / 2 - 1; t += 5) {
      const x = along ? r.x + t : r.x;
      const z = along ? r.z : r.z + t;
      block(p, "matte", "#f1efe6", x, z, along ? 2 : 0.15, 0.02, along ? 0.15 : 2, 0.07);
    }
  }
  const taken: Area[] = [];
  const random = seededRandom(0x70a1);
  for (const village of villages) {
    for (let i = 0; i < village.count * 3 && taken.length < 200; i++) {
      const x = village.x + (random() - 0.5) * 26;
      const z = village.z + (random() - 0.5) * 20;
      const w = 3 + random() * 2.5;
      const d = 2.6 + random() * 1.6;
      const area = { x, z, width: w + 1.5, depth: d + 1.5 };
      if (Math.abs(groundHeight(x, z)) > 0.6 || z > coastZ(x) - 6) continue;
      if (keepOut.some((a) => inArea(a, x, z, 4)) || taken.some((a) => inArea(a, x, z, 2.5))) continue;
      if (roads.some((r) => inArea(r, x, z, 3))) continue;
      const walls = ["#f1e8d6", "#ead7b5", "#f3dcc0", "#e9e1cf"][Math.floor(random() * 4)] ?? hue.wall;
      house(
        p,
        x,
        z,
        w,
        d,
        2.4 + random() * 1.8,
        random() < 0.8 ? hue.tile : "#b5533a",
        walls,
        random() < 0.5 ? 0 : 90,
      );
      taken.push(area);
      if (taken.filter((a) => Math.hypot(a.x - village.x, a.z - village.z) < 20).length >= village.count)
        break;
    }
  }
  const parasol = ["#e74c3c", "#f1c40f", "#2e86c1", "#ffffff", "#27ae60"];
  for (let i = 0; i < 22; i++) {
    const x = (i < 11 ? -48 : 22) + (i % 11) * 3.1;
    const z = coastZ(x) - 2.2 + ((i * 7) % 3) * 0.5;
    put(p, "matte", cylinder({ radius: 0.04, height: 1.6, segments: 4 }), hue.white, x, 0.8, z);
    put(p, "satin", cone(0.9, 0.45, 8), parasol[i % parasol.length] ?? hue.red, x, 1.75, z);
  }
  return { paint: p, taken };
}
