import type { Geometry, Vec3 } from "../geometry/Geometry";
import { alongSegment, at, type Turn } from "../geometry/placement";
import {
  arcPoints,
  box,
  cone,
  cylinder,
  lathe,
  prism,
  sphere,
  taperedBox,
  torus,
} from "../geometry/primitives";
import type { Paint, Surface } from "./Paint";

/** Colours of the town (sRGB): Provençal stone and tiles, industrial steel and paint. */
export const hue = {
  wall: "#f1e8d6",
  stone: "#e3d3b3",
  tile: "#c4643f",
  concrete: "#c3beb3",
  darkConcrete: "#9d978c",
  asphalt: "#5c6066",
  kerb: "#d9d4c8",
  steel: "#aab2ba",
  darkSteel: "#4a5058",
  white: "#f5f5f1",
  rust: "#8d4b2e",
  red: "#c53a2c",
  yellow: "#f0b323",
  glass: "#9fd3ea",
  window: "#35505f",
  wood: "#9b6a3f",
  copper: "#c9804a",
  leaf: "#4f7a3a",
  black: "#25272b",
} as const;

/** Anything painted: the landmark's static paint or a moving piece's. */
export type Brush = Paint;

export function put(
  p: Brush,
  surface: Surface,
  shape: Geometry,
  hex: string,
  x: number,
  y: number,
  z: number,
  turn: Turn = {},
  scale: number | Vec3 = 1,
): void {
  p.add(surface, shape, hex, at(x, y, z, turn, scale));
}

/** A box standing on y0 (its base), centred on x, z. */
export function block(
  p: Brush,
  surface: Surface,
  hex: string,
  x: number,
  z: number,
  w: number,
  h: number,
  d: number,
  y0 = 0,
  yaw = 0,
): void {
  put(p, surface, box(w, h, d), hex, x, y0 + h / 2, z, { y: yaw });
}

/** A vertical cylinder standing on y0. */
export function post(
  p: Brush,
  surface: Surface,
  hex: string,
  x: number,
  z: number,
  r: number,
  h: number,
  y0 = 0,
  segments = 14,
): void {
  put(p, surface, cylinder({ radius: r, height: h, segments }), hex, x, y0 + h / 2, z);
}

/** A segment of pipe or beam from a to b. */
export function rod(
  p: Brush,
  surface: Surface,
  hex: string,
  a: Vec3,
  b: Vec3,
  r: number,
  segments = 6,
): void {
  const { matrix, length } = alongSegment(a, b);
  p.add(surface, cylinder({ radius: r, height: length, segments, open: true }), hex, matrix);
}

/** A gable roof over a w × d building whose walls are h high (ridge along x). */
export function gableRoof(
  p: Brush,
  hex: string,
  x: number,
  z: number,
  w: number,
  d: number,
  h: number,
  rise: number,
  yaw = 0,
): void {
  const outline: [number, number][] = [
    [-d / 2 - 0.25, 0],
    [d / 2 + 0.25, 0],
    [0, rise],
  ];
  // The prism extrudes along z: turn it so the ridge runs along the building's x.
  put(p, "satin", prism(outline, w + 0.3), hex, x, h, z, { y: 90 + yaw });
}

/** A Provençal house or workshop: rendered walls, dark windows, a tiled gable roof. */
export function house(
  p: Brush,
  x: number,
  z: number,
  w: number,
  d: number,
  h: number,
  roof: string = hue.tile,
  wall: string = hue.wall,
  yaw = 0,
): void {
  block(p, "matte", wall, x, z, w, h, d, 0, yaw);
  const rad = (yaw * Math.PI) / 180;
  const fx = Math.sin(rad) * (d / 2 + 0.02);
  const fz = Math.cos(rad) * (d / 2 + 0.02);
  for (let i = 0; i < Math.max(1, Math.floor(w / 1.6)); i++) {
    const off = -w / 2 + (w / Math.max(1, Math.floor(w / 1.6))) * (i + 0.5);
    const ox = Math.cos(rad) * off;
    const oz = -Math.sin(rad) * off;
    block(p, "matte", hue.window, x + fx + ox, z + fz + oz, 0.6, 0.8, 0.06, h * 0.45, yaw);
  }
  gableRoof(p, roof, x, z, w, d, h, Math.min(1.4, d * 0.3), yaw);
}

/** A storage tank: a cylinder with a slightly domed roof. */
export function tank(p: Brush, hex: string, x: number, z: number, r: number, h: number, y0 = 0): void {
  post(p, "satin", hex, x, z, r, h, y0, 20);
  put(
    p,
    "satin",
    sphere(r, 20, 3, Math.PI / 2 - 0.35),
    hex,
    x,
    y0 + h - r * Math.sin(Math.PI / 2 - 0.35) + 0.02,
    z,
  );
}

/** A process column: a tall slim vessel with ring platforms and a ladder cage. */
export function column(p: Brush, x: number, z: number, r: number, h: number, hex: string = hue.steel): void {
  post(p, "metal", hex, x, z, r, h, 0, 14);
  put(p, "metal", sphere(r, 14, 4, 0), hex, x, h, z);
  for (let y = 3; y < h - 1; y += 3.2)
    put(
      p,
      "satin",
      torus({ radius: r + 0.28, tube: 0.08, segments: 16, tubeSegments: 4 }),
      hue.yellow,
      x,
      y,
      z,
    );
  rod(p, "satin", hue.yellow, [x + r + 0.3, 0, z], [x + r + 0.3, h - 1, z], 0.09, 4);
}

/** A chimney stack with red and white bands at its top. */
export function stack(
  p: Brush,
  x: number,
  z: number,
  r: number,
  h: number,
  base: string = hue.concrete,
): void {
  put(
    p,
    "matte",
    cylinder({ radiusBottom: r * 1.25, radiusTop: r, height: h * 0.78, segments: 14 }),
    base,
    x,
    h * 0.39,
    z,
  );
  for (let i = 0; i < 4; i++) {
    put(
      p,
      "satin",
      cylinder({ radius: r, height: (h * 0.22) / 4, segments: 14 }),
      i % 2 === 0 ? hue.red : hue.white,
      x,
      h * 0.78 + (h * 0.22 * (i + 0.5)) / 4,
      z,
    );
  }
}

/** A sphere tank on legs (gas storage). */
export function sphereTank(p: Brush, x: number, z: number, r: number): void {
  const y = r + 1.2;
  put(p, "satin", sphere(r, 18, 10), hue.white, x, y, z);
  for (const [sx, sz] of [
    [1, 1],
    [1, -1],
    [-1, 1],
    [-1, -1],
  ] as const) {
    rod(
      p,
      "metal",
      hue.steel,
      [x + sx * r * 0.7, 0, z + sz * r * 0.7],
      [x + sx * r * 0.62, y, z + sz * r * 0.62],
      0.12,
      5,
    );
  }
}

/** A lattice pylon carrying power lines, `h` high, facing along x. */
export function pylon(p: Brush, x: number, z: number, h: number, y0 = 0): void {
  const foot = h * 0.12;
  const top = h * 0.03;
  for (const [sx, sz] of [
    [1, 1],
    [1, -1],
    [-1, 1],
    [-1, -1],
  ] as const) {
    rod(
      p,
      "metal",
      hue.steel,
      [x + sx * foot, y0, z + sz * foot],
      [x + sx * top, y0 + h, z + sz * top],
      0.07,
      4,
    );
  }
  for (const y of [0.3, 0.55, 0.8]) {
    const w = foot + (top - foot) * y;
    rod(p, "metal", hue.steel, [x - w, y0 + h * y, z - w], [x + w, y0 + h * y, z + w], 0.05, 3);
    rod(p, "metal", hue.steel, [x - w, y0 + h * y, z + w], [x + w, y0 + h * y, z - w], 0.05, 3);
  }
  for (const y of [0.72, 0.92])
    rod(p, "metal", hue.steel, [x, y0 + h * y, z - h * 0.16], [x, y0 + h * y, z + h * 0.16], 0.06, 4);
}

/** A hangar with a rounded roof, its doors towards +z. */
export function hangar(p: Brush, x: number, z: number, span: number, length: number, hex: string): void {
  const r = span / 2;
  put(p, "satin", prism(arcPoints(0, 0, r, 0, Math.PI, 16), length, { crease: 40 }), hex, x, 0.6, z);
  put(p, "matte", box(span, 0.6, length), hue.darkConcrete, x, 0.3, z);
  block(p, "matte", hue.darkSteel, x, z + length / 2 - 0.05, span * 0.8, r * 0.85, 0.1, 0.6);
  block(p, "matte", hue.window, x, z - length / 2 + 0.05, span * 0.9, r * 0.7, 0.1, 0.6);
}

/** A small aeroplane, nose towards +x, wheels on y0. */
export function aeroplane(
  p: Brush,
  x: number,
  z: number,
  size: number,
  yaw = 0,
  y0 = 0,
  livery: string = hue.white,
): void {
  const rad = (yaw * Math.PI) / 180;
  const place = (lx: number, ly: number, lz: number): Vec3 => [
    x + lx * Math.cos(rad) + lz * Math.sin(rad),
    y0 + ly,
    z - lx * Math.sin(rad) + lz * Math.cos(rad),
  ];
  const s = size;
  const fuselage = lathe(
    [
      [0, -0.5 * s],
      [0.09 * s, -0.45 * s],
      [0.1 * s, -0.3 * s],
      [0.1 * s, 0.3 * s],
      [0.07 * s, 0.45 * s],
      [0.02 * s, 0.5 * s],
    ],
    { segments: 12, crease: 60 },
  );
  const [fx, fy, fz] = place(0, 0.2 * s, 0);
  put(p, "satin", fuselage, livery, fx, fy, fz, { y: yaw, z: -90 });
  const wing = prism(
    [
      [-0.06 * s, 0],
      [0.1 * s, 0],
      [0.02 * s, 0.5 * s],
      [-0.06 * s, 0.5 * s],
    ],
    0.015 * s,
  );
  for (const side of [1, -1]) {
    const [wx, wy, wz] = place(0, 0.17 * s, 0);
    put(p, "satin", wing, livery, wx, wy, wz, { x: side * 90, y: yaw });
    const [tx, ty, tz] = place(-0.42 * s, 0.22 * s, 0);
    put(
      p,
      "satin",
      prism(
        [
          [-0.05 * s, 0],
          [0.05 * s, 0],
          [0, 0.17 * s],
          [-0.06 * s, 0.17 * s],
        ],
        0.012 * s,
      ),
      livery,
      tx,
      ty,
      tz,
      { x: side * 90, y: yaw },
    );
    const [ex, ey, ez] = place(0.02 * s, 0.13 * s, side * 0.17 * s);
    put(p, "metal", cylinder({ radius: 0.035 * s, height: 0.13 * s, segments: 8 }), hue.steel, ex, ey, ez, {
      y: yaw,
      z: 90,
    });
  }
  const [kx, ky, kz] = place(-0.42 * s, 0.26 * s, 0);
  put(
    p,
    "satin",
    prism(
      [
        [-0.07 * s, 0],
        [0.06 * s, 0],
        [-0.04 * s, 0.2 * s],
        [-0.09 * s, 0.2 * s],
      ],
      0.012 * s,
    ),
    hue.red,
    kx,
    ky,
    kz,
    { y: yaw },
  );
  const [gx, gy, gz] = place(0.05, 0.05 * s, 0);
  put(p, "matte", box(0.1 * s, 0.1 * s, 0.25 * s), hue.black, gx, gy, gz, { y: yaw });
}

/** A wind turbine's mast and nacelle on y0; returns where the rotor's hub is. */
export function windMast(p: Brush, x: number, z: number, h: number, y0: number): Vec3 {
  put(
    p,
    "satin",
    cylinder({ radiusBottom: 0.45, radiusTop: 0.22, height: h, segments: 12 }),
    hue.white,
    x,
    y0 + h / 2,
    z,
  );
  block(p, "satin", hue.white, x, z - 0.3, 0.7, 0.7, 2, y0 + h - 0.2);
  return [x, y0 + h + 0.15, z + 0.8];
}

/** Three blades around the origin, in the XY plane (the rotor faces +z). */
export function rotorBlades(p: Brush, length: number): void {
  put(p, "satin", sphere(0.35, 10, 6), hue.white, 0, 0, 0);
  const blade = prism(
    [
      [-0.25, 0],
      [0.3, 0],
      [0.08, length],
      [-0.04, length],
    ],
    0.12,
  );
  for (let i = 0; i < 3; i++) put(p, "satin", blade, hue.white, 0, 0, 0.1, { z: i * 120 });
}

/** A cone of fir or a flame, standing on y0. */
export function spire(
  p: Brush,
  surface: Surface,
  hex: string,
  x: number,
  z: number,
  r: number,
  h: number,
  y0 = 0,
): void {
  put(p, surface, cone(r, h, 10), hex, x, y0 + h / 2, z);
}

export { arcPoints, at, box, cone, cylinder, lathe, prism, sphere, taperedBox, torus };
