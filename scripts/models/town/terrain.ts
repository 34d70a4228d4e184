import { coastZ, smoothstep } from "../../../src/content/modelContract/townGeography";
import { Geometry } from "../geometry/Geometry";
import { linearRgb } from "../scene/palette";
import { Paint } from "./Paint";

export { coastZ, smoothstep };

/**
 * The land and the sea around the districts: a flat town between hills behind (north, −z) and a
 * bay in front (south, +z) framed by rocky headlands, as between the Étang de Berre and the
 * calanques. All heights in metres; the districts stand on y = 0 and the sea is at `seaLevel`.
 */

export const seaLevel = -0.5;

/** The dam's valley: the hills open around this x behind the electricity district. */
export const damValley = { x: 13, z: -76, halfWidth: 9, waterLevel: 6 } as const;
/** The quarry cut into the hill behind the cement works. */
export const quarry = { x: -39, z: -78, halfWidth: 12, halfDepth: 10 } as const;
/** Where the runway lies, west of the aircraft district. */
export const runway = { x: -86, z: 1, length: 40, width: 7 } as const;

/** Height of the ground before the shore is cut. */
function inlandHeight(x: number, z: number): number {
  const back = smoothstep(-63, -86, z);
  const ridge =
    20 + 9 * Math.sin(x * 0.05 + 1) + 5 * Math.sin(x * 0.13 + 0.4) + 3 * Math.sin(z * 0.09 + x * 0.02);
  const mountain = 58 * Math.exp(-(((x + 30) / 42) ** 2) - ((z + 140) / 16) ** 2);
  const far = 30 * smoothstep(-120, -190, z) * (1 + 0.4 * Math.sin(x * 0.03));
  let h = back * ridge + mountain + far;
  const sides = smoothstep(104, 132, Math.abs(x)) * (11 + 5 * Math.sin(z * 0.09 + x * 0.02));
  h = Math.max(h, sides);
  // The dam's gorge.
  const gorge = Math.exp(-(((x - damValley.x) / (damValley.halfWidth * 2)) ** 2)) * smoothstep(-64, -72, z);
  h *= 1 - 0.9 * gorge * (1 - smoothstep(-112, -135, z));
  // The quarry's benches: the hill cut into steps.
  if (inQuarry(x, z)) h = Math.floor(h / 3) * 3 * 0.8;
  return h;
}

export function inQuarry(x: number, z: number): boolean {
  return Math.abs(x - quarry.x) < quarry.halfWidth && Math.abs(z - quarry.z) < quarry.halfDepth;
}

/** The ground's height at (x, z), sea floor included. */
export function groundHeight(x: number, z: number): number {
  const shore = coastZ(x);
  const land = inlandHeight(x, z);
  // Cliffs where hills meet the sea; a beach sloping into the water elsewhere.
  const cut = 1 - smoothstep(shore - 4, shore + 0.5, z);
  const beach = seaLevel * smoothstep(shore - 4, shore, z) - 3 * smoothstep(shore, shore + 14, z);
  return land * cut + beach;
}

/** True where the ground is flat land, out of the sea and below the hills (trees, fields). */
export function isLowLand(x: number, z: number): boolean {
  return z < coastZ(x) - 5 && groundHeight(x, z) < 0.5;
}

function mix(a: readonly number[], b: readonly number[], t: number): [number, number, number] {
  return [0, 1, 2].map((i) => (a[i] ?? 0) + ((b[i] ?? 0) - (a[i] ?? 0)) * t) as [number, number, number];
}

const colours = {
  sand: linearRgb("#ead8a8"),
  wetSand: linearRgb("#c9b486"),
  meadow: linearRgb("#b4b476"),
  meadowGreen: linearRgb("#98a862"),
  garrigue: linearRgb("#7b9150"),
  pines: linearRgb("#5d7a3d"),
  rock: linearRgb("#bcae8e"),
  limestone: linearRgb("#d9d0bb"),
  quarry: linearRgb("#ddd3bc"),
};

function groundColour(x: number, z: number, h: number, steep: number): [number, number, number] {
  const shore = coastZ(x);
  if (z > shore - 1.5) return mix(colours.sand, colours.wetSand, smoothstep(shore - 1, shore + 3, z));
  if (z > shore - 4.5 && h < 1) return mix(colours.sand, colours.meadow, 0.15);
  if (inQuarry(x, z) && h > 0.5) return colours.quarry;
  const patches = 0.5 + 0.5 * Math.sin(x * 0.21 + Math.sin(z * 0.17) * 2) * Math.sin(z * 0.19 - x * 0.05);
  if (h < 0.6) return mix(colours.meadow, colours.meadowGreen, patches);
  const green = mix(colours.garrigue, colours.pines, patches);
  const high = smoothstep(24, 46, h);
  const rocky = Math.max(high, smoothstep(0.9, 1.7, steep));
  return mix(green, h > 30 ? colours.limestone : colours.rock, rocky);
}

/** The ground as one vertex-coloured grid, normals from the height's slope. */
export function terrainPaint(): Paint {
  const step = 4;
  const x0 = -232;
  const x1 = 232;
  const z0 = -208;
  const z1 = 64;
  const columns = Math.round((x1 - x0) / step);
  const rows = Math.round((z1 - z0) / step);
  const g = new Geometry();
  const colors: number[] = [];
  for (let r = 0; r <= rows; r++) {
    for (let c = 0; c <= columns; c++) {
      const x = x0 + c * step;
      const z = z0 + r * step;
      const h = groundHeight(x, z);
      const dx = groundHeight(x + 0.5, z) - groundHeight(x - 0.5, z);
      const dz = groundHeight(x, z + 0.5) - groundHeight(x, z - 0.5);
      const len = Math.hypot(dx, 1, dz);
      g.vertex(x, h, z, -dx / len, 1 / len, -dz / len);
      colors.push(...groundColour(x, z, h, Math.hypot(dx, dz)));
    }
  }
  const at = (r: number, c: number) => r * (columns + 1) + c;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) g.quad(at(r, c), at(r + 1, c), at(r + 1, c + 1), at(r, c + 1));
  }
  const paint = new Paint();
  paint.of("matte").appendColored(g, colors);
  return paint;
}

const seaColours = {
  shallow: linearRgb("#5cc1c6"),
  bay: linearRgb("#2c8fc0"),
  deep: linearRgb("#1c5f9a"),
};

/**
 * The sea: a flat grid at sea level (the app lifts its vertices into gentle waves), turquoise by
 * the shore and deep blue offshore.
 */
export function seaPaint(): Paint {
  const step = 6;
  const x0 = -320;
  const x1 = 320;
  const z0 = 0;
  const z1 = 300;
  const columns = Math.round((x1 - x0) / step);
  const rows = Math.round((z1 - z0) / step);
  const g = new Geometry();
  const colors: number[] = [];
  for (let r = 0; r <= rows; r++) {
    for (let c = 0; c <= columns; c++) {
      const x = x0 + c * step;
      const z = z0 + r * step;
      g.vertex(x, seaLevel, z, 0, 1, 0);
      const offshore = z - coastZ(x);
      const near = mix(seaColours.shallow, seaColours.bay, smoothstep(-2, 16, offshore));
      colors.push(...mix(near, seaColours.deep, smoothstep(30, 140, offshore)));
    }
  }
  const at = (r: number, c: number) => r * (columns + 1) + c;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) g.quad(at(r, c), at(r + 1, c), at(r + 1, c + 1), at(r, c + 1));
  }
  const paint = new Paint();
  paint.of("water").appendColored(g, colors);
  return paint;
}
