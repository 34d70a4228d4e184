import type { Vec3 } from "../geometry/Geometry";
import { quaternionOf } from "../geometry/placement";
import { mixHex } from "./colour";
import { flicker, type Landmark, rise, sail, spin } from "./Landmark";
import {
  aeroplane,
  arcPoints,
  block,
  box,
  column,
  cone,
  cylinder,
  gableRoof,
  hangar,
  house,
  hue,
  lathe,
  post,
  prism,
  put,
  pylon,
  rod,
  rotorBlades,
  sphere,
  sphereTank,
  stack,
  tank,
  torus,
  windMast,
} from "./shapes";
import { coastZ, damValley, groundHeight, quarry, runway, seaLevel } from "./terrain";

/** Where a district stands and what it is painted with. */
export interface DistrictSite {
  /** Centre of the district in the town, metres. */
  x: number;
  z: number;
  color: string;
}

/** A tree planted by a landmark (orchards), in the district's frame. */
export interface PlantedTree {
  kind: "round" | "cypress" | "pine";
  x: number;
  z: number;
  scale: number;
}

export type LandmarkBuilder = (lm: Landmark, site: DistrictSite, trees: PlantedTree[]) => void;

/** Ground height under a point given in the district's frame. */
function groundAt(site: DistrictSite, x: number, z: number): number {
  return groundHeight(site.x + x, site.z + z);
}

/** Three puffs of smoke rising from a chimney's mouth, drifting east with the mistral's cousin. */
function smoke(lm: Landmark, name: string, mouth: Vec3, size: number, seconds: number): void {
  const tracks = [0, 1, 2].flatMap((k) => {
    const piece = lm.piece(
      `${name}-${k}`,
      [mouth[0] + 0.4 * k, mouth[1] + 2.2 * k, mouth[2]],
      [0, 0, 0, 1],
      [size * (0.7 + 0.4 * k), size * (0.7 + 0.4 * k), size * (0.7 + 0.4 * k)],
    );
    put(piece.paint, "matte", sphere(1, 10, 6), k === 0 ? "#e4e2dc" : "#eeece7", 0, 0, 0);
    return rise(piece, mouth, [2.4, 8, 0.6], size, seconds, k / 3);
  });
  lm.animate(`${name}`, ...tracks);
}

const metallurgie: LandmarkBuilder = (lm) => {
  const p = lm.paint;
  block(p, "matte", hue.darkConcrete, 0, -5, 18, 0.15, 8);
  // The blast furnace: a refractory shell on its bustle pipe, the gas uptakes and downcomer.
  const furnace = lathe(
    [
      [0, 0],
      [2.3, 0],
      [2.4, 2],
      [2.9, 5],
      [2.6, 8],
      [1.9, 11],
      [1.3, 12.5],
      [1.3, 14],
      [0, 14],
    ],
    { segments: 18, crease: 50 },
  );
  put(p, "satin", furnace, hue.rust, -2.5, 0, -5.5);
  put(
    p,
    "metal",
    torus({ radius: 3.2, tube: 0.35, segments: 20, tubeSegments: 6 }),
    hue.darkSteel,
    -2.5,
    4.2,
    -5.5,
  );
  block(p, "metal", hue.darkSteel, -2.5, -5.5, 3.4, 2.2, 3.4, 14);
  for (const dx of [-1, 1])
    rod(p, "metal", hue.steel, [-2.5 + dx, 16, -5.5], [-2.5 + dx * 0.6, 18.5, -5.5], 0.35, 8);
  rod(p, "metal", hue.steel, [-2.5, 18.5, -5.5], [-7.5, 9, -4], 0.45, 8);
  put(p, "metal", cylinder({ radius: 1.3, height: 5, segments: 14 }), hue.steel, -7.5, 6.5, -4);
  put(p, "metal", cone(1.3, 2.5, 14), hue.steel, -7.5, 3, -4, { x: 180 });
  // The skip incline that feeds it, from the stock yard.
  rod(p, "metal", hue.yellow, [3, 0.5, -1.2], [-1.3, 14.5, -4.6], 0.4, 4);
  // Cast-house glow at its foot.
  block(p, "glow", "#ff7a1a", -2.5, -2.9, 1.6, 0.5, 0.6, 0.1);
  // Three hot-blast stoves (cowpers).
  for (const [i, x] of [3.2, 5.4, 7.6].entries()) {
    post(p, "metal", hue.steel, x, -6.5, 1, 9 + i * 0.2, 0, 16);
    put(p, "metal", sphere(1, 16, 5, 0), hue.steel, x, 9 + i * 0.2, -6.5);
  }
  rod(p, "metal", hue.darkSteel, [3.2, 8, -6.5], [-1, 8, -5.5], 0.3, 6);
  stack(p, 8.2, -2.2, 0.6, 19);
  stack(p, -8, -8.2, 0.5, 15);
  smoke(lm, "metallurgie/smoke-a", [8.2, 20, -2.2], 1.4, 7);
  smoke(lm, "metallurgie/smoke-b", [-8, 16, -8.2], 1.1, 8);
};

const petrole: LandmarkBuilder = (lm, site) => {
  const p = lm.paint;
  block(p, "matte", hue.darkConcrete, 0, -5, 18, 0.15, 8);
  for (const [x, z] of [
    [-6.5, -6.4],
    [-2, -6.4],
  ] as const) {
    block(p, "matte", hue.kerb, x, z, 4.8, 0.4, 4.8);
    tank(p, hue.white, x, z, 2.1, 2.8, 0.2);
    put(p, "satin", torus({ radius: 2.1, tube: 0.08, segments: 24, tubeSegments: 4 }), site.color, x, 2.2, z);
  }
  column(p, 3, -5.5, 0.85, 15);
  column(p, 5.4, -7.5, 0.6, 11);
  block(p, "matte", hue.stone, 3.8, -2.5, 3.5, 2.5, 2);
  for (const y of [1.8, 2.2, 2.6]) rod(p, "metal", hue.steel, [-9, y, -2.3], [2, y, -2.3], 0.12, 6);
  // The flare stack, its flame breathing.
  post(p, "metal", hue.steel, 8, -8, 0.3, 19);
  rod(p, "metal", hue.red, [8, 19, -8], [8, 19.4, -8], 0.45, 8);
  const flame = lm.piece("petrole/flame", [8, 19.4, -8]);
  put(flame.paint, "glow", cone(0.7, 2.8, 10), "#ffae2a", 0, 1.4, 0);
  put(flame.paint, "glow", cone(0.4, 1.6, 8), "#fff1a8", 0, 0.8, 0);
  lm.animate("petrole/flare", flicker(flame, 0.35, 1.8));
  // A jetty into the bay where the tankers berth.
  const shore = coastZ(site.x - 7) - site.z;
  block(p, "matte", hue.concrete, -7, shore + 6, 1.6, 0.3, 16, -0.1);
  block(p, "matte", hue.concrete, -7, shore + 14.5, 6, 0.3, 2.5, -0.1);
  for (const dz of [2, 6, 10])
    rod(p, "metal", hue.steel, [-6.6, 0.5, shore + dz], [-6.6, 0.5, shore + dz + 4], 0.15, 5);
};

/** A cargo ship: hull along x (bow at +x), containers on deck, the bridge aft. */
function cargoShip(p: Landmark["paint"], length: number, x = 0, y = 0, z = 0): void {
  const beam = length * 0.17;
  const hull = prism(
    [
      [-length / 2, 0],
      [length / 2 - beam, 0],
      [length / 2, beam * 0.7],
      [length / 2 + 0.3, beam * 0.75],
      [-length / 2, beam * 0.75],
    ],
    beam,
    { crease: 20 },
  );
  put(p, "satin", hull, "#2f4a66", x, y - beam * 0.35, z);
  put(p, "satin", box(length * 0.96, beam * 0.18, beam * 0.96), "#a4302b", x - 0.2, y - beam * 0.28, z);
  const colours = ["#c0392b", "#2e86c1", "#e67e22", "#27ae60", "#f1c40f", "#8e44ad"];
  const rows = Math.floor((length * 0.6) / 1.4);
  for (let i = 0; i < rows; i++) {
    for (let k = 0; k < 2; k++) {
      put(
        p,
        "matte",
        box(1.3, 0.75 * (1 + ((i + k) % 3 === 0 ? 1 : 0)), beam * 0.42),
        colours[(i * 2 + k) % colours.length] ?? hue.red,
        x - length * 0.22 + i * 1.4 + 0.9,
        y + beam * 0.4 + 0.4,
        z + (k - 0.5) * beam * 0.45,
      );
    }
  }
  block(p, "satin", hue.white, x - length * 0.4, z, length * 0.12, beam * 0.9, beam * 0.85, y + beam * 0.4);
  block(
    p,
    "matte",
    hue.window,
    x - length * 0.4 + length * 0.061,
    z,
    0.05,
    0.4,
    beam * 0.7,
    y + beam * 0.4 + beam * 0.55,
  );
  post(p, "satin", hue.black, x - length * 0.44, z, 0.3, 1.2, y + beam * 1.3);
}

const maritime: LandmarkBuilder = (lm, site) => {
  const p = lm.paint;
  // The dry dock: a basin with a hull being built, under a goliath crane in the sector's colour.
  block(p, "matte", hue.darkConcrete, 0, -5, 18, 0.15, 8);
  block(p, "matte", "#6f7f8c", 0, -5, 16, 0.05, 6, 0.16);
  const hullSection = prism(
    [
      [-7, 0.6],
      [5.5, 0.6],
      [7, 2.2],
      [7.3, 3.6],
      [-7, 3.6],
    ],
    4,
    { crease: 20 },
  );
  put(p, "satin", hullSection, hue.red, 0, 0, -5);
  put(p, "satin", box(14.2, 1.3, 4.05), "#37506b", -0.1, 3.05, -5);
  for (const x of [-8.6, 8.6]) {
    block(p, "satin", site.color, x, -9, 0.8, 13, 0.8);
    block(p, "satin", site.color, x, -1, 0.8, 13, 0.8);
    block(p, "satin", site.color, x, -5, 0.8, 0.8, 8.8, 12.6);
  }
  block(p, "satin", site.color, 0, -5, 18.2, 1.2, 1.2, 13);
  block(p, "satin", hue.yellow, 2, -5, 2, 1.2, 1.6, 11.8);
  // The quay in the bay, its container stacks and two ship-to-shore cranes.
  const shore = coastZ(site.x) - site.z;
  const quayEnd = shore + 10;
  block(p, "matte", hue.concrete, 0, (shore - 4 + quayEnd) / 2, 30, 3.3, quayEnd - shore + 4, -3);
  block(p, "matte", hue.kerb, 0, quayEnd - 0.3, 30, 0.1, 0.6, 0.3);
  const colours = ["#c0392b", "#2e86c1", "#e67e22", "#27ae60", "#d4ac0d", "#7d3c98", "#bdc3c7"];
  for (let i = 0; i < 8; i++) {
    for (let j = 0; j < 3; j++) {
      const levels = 1 + ((i * 7 + j * 3) % 3);
      for (let k = 0; k < levels; k++) {
        block(
          p,
          "matte",
          colours[(i + j * 3 + k) % colours.length] ?? hue.red,
          -12 + i * 2.1,
          shore + 2 + j * 1.5,
          1.9,
          1.2,
          1.3,
          0.3 + k * 1.2,
        );
      }
    }
  }
  for (const x of [5, 11]) {
    for (const dx of [-1.3, 1.3]) {
      for (const dz of [-2, 2]) block(p, "satin", "#d8dde2", x + dx, quayEnd - 3 + dz, 0.35, 11, 0.35, 0.3);
    }
    block(p, "satin", site.color, x, quayEnd + 1, 3.2, 0.9, 16, 11.2);
    block(p, "satin", hue.white, x, quayEnd - 5.5, 2.6, 2, 2.6, 11.4);
    rod(p, "metal", hue.steel, [x, 15.5, quayEnd - 3], [x, 12, quayEnd + 8], 0.06, 4);
    block(p, "satin", hue.yellow, x, quayEnd + 4, 1.2, 0.8, 1.4, 10.4);
  }
  // A ship moored along the quay.
  cargoShip(p, 22, 0, seaLevel + 1, quayEnd + 3.5);
  // A ship sailing round the bay, and a few sailing boats at anchor.
  const ship = lm.piece("maritime/ship", [-30, seaLevel + 1, quayEnd + 14]);
  cargoShip(ship.paint, 18);
  lm.animate(
    "maritime/ship",
    ...sail(
      ship,
      (f) => {
        const a = 2 * Math.PI * f;
        return [-14 + 64 * Math.cos(a + Math.PI), seaLevel + 1, quayEnd + 12 + 4 * Math.sin(a + Math.PI)];
      },
      96,
    ),
  );
  for (const [x, dz, yaw] of [
    [-58, 9, 20],
    [34, 18, -30],
    [62, 6, 60],
    [-86, 20, 10],
    [90, 16, -20],
  ] as const) {
    const z = quayEnd + dz;
    put(
      p,
      "satin",
      prism(
        [
          [-1.4, 0],
          [1.2, 0],
          [1.7, 0.5],
          [-1.5, 0.5],
        ],
        0.9,
      ),
      hue.white,
      x,
      seaLevel - 0.1,
      z,
      { y: yaw },
    );
    put(
      p,
      "satin",
      prism(
        [
          [0, 0],
          [1.4, 0],
          [0, 3.4],
        ],
        0.05,
      ),
      "#fbfbf6",
      x,
      seaLevel + 0.4,
      z,
      { y: yaw },
    );
  }
};

const chimie: LandmarkBuilder = (lm, site) => {
  const p = lm.paint;
  block(p, "matte", hue.darkConcrete, 0, -5, 18, 0.15, 8);
  column(p, -6.5, -6, 0.75, 13, hue.steel);
  column(p, -4, -7.8, 0.55, 10, hue.white);
  column(p, -7.6, -2.6, 0.45, 7, hue.steel);
  sphereTank(p, 0.8, -6, 1.7);
  sphereTank(p, 5, -6, 1.7);
  for (const y of [2, 2.4]) rod(p, "metal", hue.steel, [-8, y, -2.6], [8.5, y, -2.6], 0.12, 6);
  for (const x of [-5, 0, 5]) block(p, "metal", hue.darkSteel, x, -2.6, 0.25, 2.6, 0.25);
  for (const x of [2.6, 7.4]) tank(p, site.color, x, -2.2, 0.8, 2.2, 0);
  stack(p, 8.3, -8.4, 0.35, 10);
  smoke(lm, "chimie/smoke", [8.3, 10.8, -8.4], 0.9, 8);
};

const electricite: LandmarkBuilder = (lm, site) => {
  const p = lm.paint;
  // A solar farm facing south, and the substation.
  for (let row = 0; row < 4; row++) {
    const z = -8.3 + row * 1.9;
    put(p, "satin", box(9, 0.08, 1.3), "#1f3b73", -4.3, 0.9, z, { x: -28 });
    for (const x of [-8, -4.3, -0.6]) block(p, "metal", hue.steel, x, z, 0.1, 0.7, 0.1);
  }
  for (const [i, x] of [2.4, 4.6, 6.8].entries()) {
    block(p, "satin", "#7f8c8d", x, -6.5, 1.6, 1.8, 1.3);
    for (const dx of [-0.4, 0.4]) post(p, "satin", "#c9a227", x + dx, -6.5, 0.1, 1, 1.8, 6);
    rod(p, "metal", hue.steel, [x, 2.8, -6.5], [x, 5, -8.5 + i * 0.1], 0.04, 3);
  }
  pylon(p, 4.6, -8.8, 6);
  pylon(p, 8, -3, 6);
  // The dam across the valley behind, its lake, and power lines down to the substation.
  const damZ = damValley.z - site.z;
  const centreZ = damZ + 15;
  const top = damValley.waterLevel + 1.4;
  for (let i = 0; i <= 14; i++) {
    const phi = ((-38 + (76 * i) / 14) * Math.PI) / 180;
    const x = 15 * Math.sin(phi) + (damValley.x - site.x);
    const z = centreZ - 15 * Math.cos(phi);
    const ground = groundAt(site, x, z) - 1;
    const h = top - ground;
    put(p, "matte", box(2.2, h, 1.8 + h * 0.06), hue.kerb, x, ground + h / 2, z, {
      y: (-phi * 180) / Math.PI,
    });
  }
  put(
    p,
    "water",
    box(4 * damValley.halfWidth, 0.05, 36),
    "#2f7fae",
    damValley.x - site.x,
    damValley.waterLevel,
    damZ - 18.6,
  );
  const towers: Vec3[] = [
    [8, 0, -3],
    [6, groundAt(site, 6, damZ + 7), damZ + 7],
  ];
  pylon(p, 6, damZ + 7, 7, towers[1]?.[1] ?? 0);
  for (const dz of [-0.9, 0.9]) {
    rod(p, "metal", hue.black, [8, 5.5, -3 + dz], [6, (towers[1]?.[1] ?? 0) + 6.5, damZ + 7 + dz], 0.03, 3);
  }
  // Wind turbines on the ridges, turning slowly.
  for (const [k, [wx, wz]] of (
    [
      [-24, -38],
      [30, -42],
      [48, -34],
    ] as const
  ).entries()) {
    const ground = groundAt(site, wx, wz) - 0.3;
    const hub = windMast(p, wx, wz, 15, ground);
    const rotor = lm.piece(`electricite/rotor-${k}`, hub, quaternionOf({ z: k * 37 }));
    rotorBlades(rotor.paint, 7);
    lm.animate(`electricite/rotor-${k}`, spin(rotor, [0, 0, 1], 7 + k * 0.8, -1));
  }
};

const agroalimentaire: LandmarkBuilder = (lm, _site, trees) => {
  const p = lm.paint;
  block(p, "matte", "#b58d5e", 0, -5, 18, 0.12, 8);
  // Greenhouse tunnels.
  for (const x of [-7.4, -4.4, -1.4]) {
    put(p, "glass", prism(arcPoints(0, 0, 1.3, 0, Math.PI, 10), 7.6, { crease: 40 }), "#d9f0f5", x, 0.1, -5);
    for (const dz of [-3.6, -1.2, 1.2, 3.6])
      put(
        p,
        "metal",
        torus({ radius: 1.32, tube: 0.05, segments: 10, tubeSegments: 3, arc: Math.PI }),
        hue.white,
        x,
        0.1,
        -5 + dz,
        { x: 90 },
      );
    block(p, "matte", "#4f8a3a", x, -5, 1.9, 0.35, 7, 0.1);
  }
  // Orchard rows.
  for (let r = 0; r < 3; r++) {
    for (let c = 0; c < 4; c++) trees.push({ kind: "round", x: 2 + c * 1.9, z: -8.4 + r * 2.2, scale: 0.55 });
  }
  post(p, "metal", hue.steel, 8.5, -2.4, 0.9, 6);
  put(p, "metal", cone(0.95, 1.2, 14), hue.steel, 8.5, 6.6, -2.4);
  post(p, "metal", hue.steel, 6.5, -2.4, 0.9, 5.2);
  put(p, "metal", cone(0.95, 1.2, 14), hue.steel, 6.5, 5.8, -2.4);
  house(p, 2.8, -2.3, 4, 2, 2.2, hue.tile);
};

const plasturgie: LandmarkBuilder = (lm, site) => {
  const p = lm.paint;
  block(p, "matte", hue.darkConcrete, 0, -5, 18, 0.15, 8);
  block(p, "matte", hue.wall, -3.5, -5.2, 10, 3.6, 6.4);
  for (let i = 0; i < 5; i++) {
    put(
      p,
      "satin",
      prism(
        [
          [-0.9, 0],
          [1, 0],
          [-0.9, 1.3],
        ],
        6.4,
      ),
      i % 2 === 0 ? site.color : hue.white,
      -7.5 + i * 2,
      3.6,
      -5.2,
    );
    block(p, "glass", "#cfe9f5", -8.35 + i * 2, -5.2, 0.05, 1.2, 6.2, 3.65);
  }
  const colours = [site.color, hue.yellow, "#2e86c1", "#27ae60", "#e74c3c"];
  for (const [i, colour] of colours.entries()) {
    const x = 3.3 + i * 1.4;
    post(p, "satin", colour, x, -7.6, 0.6, 4.2, 2.2);
    put(p, "satin", cone(0.6, 1, 12), colour, x, 1.7, -7.6, { x: 180 });
    for (const dx of [-0.45, 0.45]) block(p, "metal", hue.steel, x + dx, -7.6, 0.1, 1.8, 0.1);
    rod(p, "metal", hue.steel, [x, 6.4, -7.6], [1.5, 3.4, -5], 0.07, 4);
  }
  for (let i = 0; i < 4; i++)
    block(p, "matte", colours[i] ?? hue.yellow, 4 + i * 1.3, -3, 1.1, 0.9, 1.1, 0.1 + (i % 2) * 0);
};

const cimenterie: LandmarkBuilder = (lm, site) => {
  const p = lm.paint;
  block(p, "matte", "#cfc8b8", 0, -5, 18, 0.15, 8);
  // The preheater tower and its cyclones.
  block(p, "matte", hue.concrete, -5.5, -6, 3.4, 17, 3.4);
  for (let i = 0; i < 4; i++) {
    const y = 4 + i * 3.2;
    post(p, "metal", hue.steel, -3.2, -6, 0.7, 1.6, y, 12);
    put(p, "metal", cone(0.7, 1.2, 12), hue.steel, -3.2, y - 0.6, -6, { x: 180 });
  }
  block(p, "metal", hue.darkSteel, -5.5, -6, 3.8, 1.2, 3.8, 17);
  // The rotary kiln on its piers, tyres round it.
  put(p, "satin", cylinder({ radius: 1, height: 13, segments: 16 }), "#b8a58a", 2.2, 2.2, -6, { z: 88 });
  for (const x of [-1.8, 2.2, 6.2]) {
    block(p, "matte", hue.concrete, x, -6, 1, 1.4, 1.6);
    put(
      p,
      "metal",
      torus({ radius: 1.1, tube: 0.18, segments: 16, tubeSegments: 4 }),
      hue.darkSteel,
      x,
      2.2,
      -6,
      { z: 90 },
    );
  }
  for (const x of [3, 6.4]) {
    post(p, "matte", hue.concrete, x, -2.4, 1.5, 9);
    put(p, "matte", cone(1.55, 1, 14), hue.darkConcrete, x, 9.5, -2.4);
  }
  stack(p, 8.4, -8.4, 0.45, 13);
  smoke(lm, "cimenterie/smoke", [8.4, 13.8, -8.4], 1, 9);
  // A covered conveyor down from the quarry.
  const quarryZ = quarry.z - site.z + quarry.halfDepth;
  rod(
    p,
    "satin",
    "#d0d3d4",
    [quarry.x - site.x, groundAt(site, 0, quarryZ) + 0.8, quarryZ],
    [-5.5, 16, -7.6],
    0.35,
    4,
  );
};

const mode: LandmarkBuilder = (lm, site) => {
  const p = lm.paint;
  block(p, "matte", "#e9dcc5", 0, -5, 18, 0.12, 8);
  // The couture workshop: an old silk mill with arches and striped awnings.
  block(p, "matte", hue.stone, -3.5, -6.2, 9, 4.6, 4.4);
  for (let i = 0; i < 4; i++) {
    block(p, "matte", hue.window, -7 + i * 2.3, -4, 1.2, 2, 0.06, 0.4);
    put(
      p,
      "matte",
      cylinder({ radius: 0.6, height: 0.06, segments: 10 }),
      hue.window,
      -7 + i * 2.3,
      2.4,
      -3.97,
      { x: 90 },
    );
    for (let s = 0; s < 4; s++) {
      put(
        p,
        "satin",
        box(0.3, 0.06, 1),
        s % 2 === 0 ? site.color : hue.white,
        -7.45 + i * 2.3 + s * 0.3,
        3.1,
        -3.5,
        { x: 25 },
      );
    }
  }
  gableRoof(p, hue.tile, -3.5, -6.2, 9, 4.4, 4.6, 1.3);
  // A giant spool of thread and a dress form on the square.
  for (const y of [0.15, 4.05]) post(p, "satin", hue.wood, 5, -6.4, 1.7, 0.3, y - 0.15, 20);
  post(p, "satin", site.color, 5, -6.4, 1.25, 3.6, 0.3, 20);
  rod(p, "satin", site.color, [5.9, 2.5, -5.3], [7.8, 0.1, -3.2], 0.08, 4);
  const form = lathe(
    [
      [0, 0],
      [0.5, 0],
      [0.08, 0.2],
      [0.08, 1.6],
      [0.55, 1.7],
      [0.75, 2.1],
      [0.6, 2.6],
      [0.8, 3.1],
      [0.5, 3.5],
      [0.2, 3.6],
      [0.2, 3.8],
      [0, 3.8],
    ],
    { segments: 14, crease: 60 },
  );
  put(p, "satin", form, "#f3e6d3", 8, 0, -7.6);
};

const microelectronique: LandmarkBuilder = (lm, site) => {
  const p = lm.paint;
  block(p, "matte", "#dfe3e6", 0, -5, 18, 0.12, 8);
  // The clean-room fab: white, a blue glass band, cooling units, and its domes.
  block(p, "satin", hue.white, 0, -5.6, 8, 4.6, 6);
  block(p, "glass", site.color, 0, -5.6, 8.1, 0.9, 6.1, 2.7);
  for (const x of [-2.5, 0, 2.5]) block(p, "metal", hue.steel, x, -6.5, 1.4, 0.8, 1.4, 4.6);
  put(p, "satin", sphere(2.6, 20, 8, 0), hue.white, 6.4, 0, -5.8);
  put(
    p,
    "satin",
    torus({ radius: 2.6, tube: 0.14, segments: 20, tubeSegments: 4 }),
    site.color,
    6.4,
    0.9,
    -5.8,
  );
  put(p, "satin", sphere(1.6, 16, 6, 0), hue.white, 6.6, 0, -1.9);
  // A giant chip on the square: black package, silver pins.
  block(p, "matte", hue.kerb, -6.6, -4.8, 4.2, 0.4, 4.2);
  block(p, "satin", "#1d2127", -6.6, -4.8, 3, 0.5, 3, 0.4);
  block(p, "glow", "#7fd3ff", -6.6, -4.8, 1, 0.05, 1, 0.9);
  for (let i = 0; i < 6; i++) {
    const o = -1.25 + i * 0.5;
    block(p, "metal", "#d5d8dc", -6.6 + o, -4.8 - 1.7, 0.18, 0.12, 0.5, 0.45);
    block(p, "metal", "#d5d8dc", -6.6 + o, -4.8 + 1.7, 0.18, 0.12, 0.5, 0.45);
    block(p, "metal", "#d5d8dc", -6.6 - 1.7, -4.8 + o, 0.5, 0.12, 0.18, 0.45);
    block(p, "metal", "#d5d8dc", -6.6 + 1.7, -4.8 + o, 0.5, 0.12, 0.18, 0.45);
  }
};

const aeronautique: LandmarkBuilder = (lm, site) => {
  const p = lm.paint;
  block(p, "matte", hue.darkConcrete, 0, -5, 18, 0.12, 8);
  hangar(p, -5.4, -5.4, 6, 6.6, "#9fb3c8");
  hangar(p, 1.4, -5.4, 6, 6.6, site.color);
  // A helicopter on its pad, rotor turning.
  put(p, "matte", cylinder({ radius: 1.9, height: 0.06, segments: 20 }), hue.white, 6.8, 0.14, -5.2);
  put(p, "matte", cylinder({ radius: 1.7, height: 0.07, segments: 20 }), "#3d7a4a", 6.8, 0.15, -5.2);
  block(p, "matte", hue.white, 6.8, -5.2, 0.25, 0.02, 1.4, 0.19);
  put(p, "satin", sphere(0.75, 12, 8), hue.yellow, 6.8, 0.95, -5.2, {}, [1.3, 0.8, 0.8]);
  rod(p, "satin", hue.yellow, [6.2, 1.1, -5.2], [3.9, 1.5, -5.2], 0.16, 6);
  put(
    p,
    "satin",
    prism(
      [
        [0, 0],
        [0.5, 0],
        [0.1, 0.9],
      ],
      0.06,
    ),
    hue.yellow,
    3.9,
    1.4,
    -5.2,
  );
  for (const dz of [-0.5, 0.5]) block(p, "metal", hue.darkSteel, 6.8, -5.2 + dz, 1.8, 0.08, 0.08, 0.2);
  const rotor = lm.piece("aeronautique/rotor", [6.8, 1.75, -5.2]);
  for (const yaw of [0, 90])
    put(rotor.paint, "satin", box(4.4, 0.05, 0.22), hue.darkSteel, 0, 0, 0, { y: yaw });
  post(rotor.paint, "metal", hue.darkSteel, 0, 0, 0.15, 0.25, -0.2, 8);
  lm.animate("aeronautique/rotor", spin(rotor, [0, 1, 0], 1.6, 1));
  // The runway by the water, an airliner on it and the control tower.
  const rx = runway.x - site.x;
  const rz = runway.z - site.z;
  block(p, "matte", hue.asphalt, rx, rz, runway.length, 0.08, runway.width, 0.02);
  for (let i = 0; i < 8; i++)
    block(p, "matte", hue.white, rx - runway.length / 2 + 3 + i * 5, rz, 2.2, 0.02, 0.25, 0.1);
  for (const end of [-1, 1]) {
    for (let k = 0; k < 4; k++)
      block(
        p,
        "matte",
        hue.white,
        rx + end * (runway.length / 2 - 1.2),
        rz - 2.4 + k * 1.6,
        1.6,
        0.02,
        0.5,
        0.1,
      );
  }
  block(p, "matte", hue.asphalt, rx / 2 - 5, rz - 0.5, -rx - 10, 0.06, 3, 0.02);
  aeroplane(p, rx + 8, rz, 11, 180, 0.1, "#f2f4f7");
  post(p, "matte", hue.concrete, rx + 12, rz - 6.5, 0.8, 7);
  post(p, "glass", "#9fd3ea", rx + 12, rz - 6.5, 1.4, 1.4, 7, 10);
  post(p, "satin", hue.darkSteel, rx + 12, rz - 6.5, 1.5, 0.3, 8.4, 10);
};

const santePharmacie: LandmarkBuilder = (lm) => {
  const p = lm.paint;
  block(p, "matte", "#e3e9e4", 0, -5, 18, 0.12, 8);
  // A laboratory of white volumes and glass, a green cross, a capsule on the lawn.
  block(p, "satin", hue.white, -1.5, -6.2, 10, 3.4, 4.6);
  block(p, "glass", "#bfe6d2", -1.5, -6.2, 10.1, 1.1, 4.7, 1.4);
  block(p, "satin", hue.white, 1.5, -6.6, 5, 2.2, 3.6, 3.4);
  block(p, "glass", "#bfe6d2", 1.5, -6.6, 5.1, 0.8, 3.7, 4.1);
  post(p, "metal", hue.steel, 7.4, -2.2, 0.12, 5);
  block(p, "satin", "#1f9d55", 7.4, -2.2, 2.4, 0.8, 0.35, 5.4);
  block(p, "satin", "#1f9d55", 7.4, -2.2, 0.8, 2.4, 0.35, 4.6);
  block(p, "matte", "#4f8a3a", -6.6, -2.3, 4.2, 0.1, 2.2);
  put(p, "satin", cylinder({ radius: 0.6, height: 1.3, segments: 14 }), "#27a05a", -7.25, 0.75, -2.3, {
    z: 90,
  });
  put(p, "satin", sphere(0.6, 14, 6), "#27a05a", -7.9, 0.75, -2.3);
  put(p, "satin", cylinder({ radius: 0.6, height: 1.3, segments: 14 }), hue.white, -5.95, 0.75, -2.3, {
    z: 90,
  });
  put(p, "satin", sphere(0.6, 14, 6), hue.white, -5.3, 0.75, -2.3);
};

const parfumCosmetique: LandmarkBuilder = (lm) => {
  const p = lm.paint;
  block(p, "matte", "#c9a56f", 0, -5, 18, 0.1, 8);
  const lavender = prism(arcPoints(0, 0, 0.45, 0, Math.PI, 6), 1, { crease: 50 });
  const rows = (x0: number, x1: number, z0: number, z1: number, spacing: number) => {
    for (let i = 0; z0 + i * spacing <= z1; i++) {
      const z = z0 + i * spacing;
      put(p, "matte", lavender, i % 2 === 0 ? "#8a63b8" : "#9d78c9", (x0 + x1) / 2, 0.1, z, { y: 90 }, [
        1,
        1,
        x1 - x0,
      ]);
    }
  };
  rows(-9, 1.5, -9, -1.5, 1.05);
  // Bigger fields east of the town, where the hills begin.
  rows(22, 46, -10, 10, 1.3);
  block(p, "matte", "#c9a56f", 34, 0, 25, 0.05, 21);
  // The distillery: a stone farmhouse and its copper still.
  house(p, 5.6, -6.6, 6, 3.6, 3.2, hue.tile, hue.stone);
  const still = lathe(
    [
      [0, 0],
      [0.9, 0],
      [1.1, 0.6],
      [1.1, 1.4],
      [0.7, 1.9],
      [0.25, 2.2],
      [0.25, 2.6],
      [0, 2.7],
    ],
    { segments: 16, crease: 50 },
  );
  put(p, "metal", still, hue.copper, 4.4, 0.1, -2.4);
  put(
    p,
    "metal",
    torus({ radius: 1.2, tube: 0.08, segments: 12, tubeSegments: 4, arc: Math.PI / 2 }),
    hue.copper,
    5.6,
    2.6,
    -2.4,
    { x: 90 },
  );
  post(p, "metal", hue.copper, 7.6, -2.4, 0.6, 1.8, 0.1);
};

/** The landmark of each known sector; another sector gets a plain works yard. */
export const landmarkBuilders: Readonly<Record<string, LandmarkBuilder>> = {
  metallurgie,
  petrole,
  maritime,
  chimie,
  electricite,
  agroalimentaire,
  plasturgie,
  cimenterie,
  mode,
  microelectronique,
  aeronautique,
  "sante-pharmacie": santePharmacie,
  "parfum-cosmetique": parfumCosmetique,
};

export const defaultLandmark: LandmarkBuilder = (lm, site) => {
  block(lm.paint, "matte", mixHex(site.color, "#e8e0cc", 0.7), 0, -5, 18, 0.12, 8);
  house(lm.paint, 0, -5.5, 10, 5, 4, site.color);
};
