/**
 * The shared set of PBR materials of a company's model. Metalness stays moderate: without an
 * environment map (the app loads none from a CDN) fully metallic surfaces render almost black.
 * A small fixed palette keeps draw calls
 * low (static parts are merged per material) and gives every sector the same visual language:
 * grey steel, yellow and black for safety, glowing orange for hot metal, and the sector's colour.
 */

export interface MaterialSpec {
  /** sRGB colour as #rrggbb. */
  color: string;
  metallic: number;
  roughness: number;
  /** sRGB emissive colour; glowing parts (hot metal, flames, screens, signal lamps). */
  emissive?: string;
  /** Opacity below 1 makes the material blended (glass, curtains). */
  opacity?: number;
  /** Thin sheets seen from both sides (threads, fabric, panels). */
  doubleSided?: boolean;
}

const basePalette = {
  steel: { color: "#9aa1a8", metallic: 0.45, roughness: 0.4 },
  darkSteel: { color: "#454b53", metallic: 0.35, roughness: 0.5 },
  aluminium: { color: "#d3d7db", metallic: 0.4, roughness: 0.32 },
  paint: { color: "#c4ccd1", metallic: 0.1, roughness: 0.55 },
  machineBlue: { color: "#2e5e9c", metallic: 0.15, roughness: 0.5 },
  machineGreen: { color: "#4f7d5a", metallic: 0.15, roughness: 0.55 },
  white: { color: "#f1f3f5", metallic: 0.05, roughness: 0.35 },
  yellow: { color: "#f2b705", metallic: 0.1, roughness: 0.5 },
  orange: { color: "#e8661c", metallic: 0.1, roughness: 0.5 },
  black: { color: "#1c1d20", metallic: 0.1, roughness: 0.6 },
  red: { color: "#b3261e", metallic: 0.1, roughness: 0.5 },
  rubber: { color: "#26282b", metallic: 0, roughness: 0.9 },
  copper: { color: "#c8804a", metallic: 0.55, roughness: 0.35 },
  brass: { color: "#d0ab50", metallic: 0.55, roughness: 0.35 },
  refractory: { color: "#7b3f2c", metallic: 0, roughness: 0.85 },
  brick: { color: "#9c5a3c", metallic: 0, roughness: 0.9 },
  concrete: { color: "#a3a199", metallic: 0, roughness: 0.9 },
  floor: { color: "#8e918f", metallic: 0, roughness: 0.8 },
  wall: { color: "#dfe2df", metallic: 0.05, roughness: 0.75 },
  wood: { color: "#a8784a", metallic: 0, roughness: 0.8 },
  cardboard: { color: "#c19a64", metallic: 0, roughness: 0.9 },
  fabric: { color: "#3f5fa8", metallic: 0, roughness: 0.95, doubleSided: true },
  fabricWarm: { color: "#c2474a", metallic: 0, roughness: 0.95, doubleSided: true },
  thread: { color: "#efe6d2", metallic: 0, roughness: 0.9, doubleSided: true },
  hull: { color: "#3b4a5c", metallic: 0.3, roughness: 0.55 },
  antifouling: { color: "#a4302b", metallic: 0.1, roughness: 0.7 },
  porcelain: { color: "#8a4b32", metallic: 0, roughness: 0.3 },
  solar: { color: "#1d3f7a", metallic: 0.5, roughness: 0.15 },
  glass: { color: "#a9d6e5", metallic: 0, roughness: 0.05, opacity: 0.35, doubleSided: true },
  amberGlass: { color: "#c8841d", metallic: 0, roughness: 0.1, opacity: 0.8 },
  liquid: { color: "#e9d38a", metallic: 0, roughness: 0.2, opacity: 0.85 },
  curtain: { color: "#c8401b", metallic: 0, roughness: 0.6, opacity: 0.6, doubleSided: true },
  hot: { color: "#ff6a1a", metallic: 0, roughness: 0.6, emissive: "#ff5a10" },
  flame: { color: "#ffb020", metallic: 0, roughness: 1, emissive: "#ffa018" },
  screen: { color: "#1a3550", metallic: 0, roughness: 0.2, emissive: "#3a9ad9" },
  lamp: { color: "#fff3c4", metallic: 0, roughness: 0.5, emissive: "#ffe9a8" },
  signalGreen: { color: "#2fbf4a", metallic: 0, roughness: 0.4, emissive: "#29c244" },
  signalRed: { color: "#d93025", metallic: 0, roughness: 0.4, emissive: "#c62a1f" },
  cleanLight: { color: "#ffe27a", metallic: 0, roughness: 0.5, emissive: "#f5c518" },
  bread: { color: "#c98a3e", metallic: 0, roughness: 0.85 },
  product: { color: "#e5e0d2", metallic: 0, roughness: 0.6 },
  /** The one material of the workers: white, their colours are baked into their vertices. */
  figure: { color: "#ffffff", metallic: 0, roughness: 0.8 },
} satisfies Record<string, MaterialSpec>;

/**
 * Colours of the workers (skin, hair, work clothes, safety gear). They never become materials:
 * a worker's parts are merged into one mesh per moving part, coloured per vertex, so that a
 * worker costs a few draw calls whatever their outfit.
 */
export const figureColors = {
  skin1: "#f1c7a5",
  skin2: "#d9a47f",
  skin3: "#b27b56",
  skin4: "#8a5a3c",
  skin5: "#5e3b27",
  hairBlack: "#1f1a17",
  hairDark: "#3b2a20",
  hairBrown: "#6b4a30",
  hairAuburn: "#8c3f22",
  hairBlond: "#c9a45c",
  hairGrey: "#a7a4a0",
  navy: "#26364f",
  workBlue: "#2f4f86",
  grey: "#6d7378",
  charcoal: "#33373c",
  khaki: "#7a7052",
  white: "#f2f4f5",
  offWhite: "#e4e1da",
  paleBlue: "#bcd3e8",
  nitrile: "#4f6fd0",
  leather: "#7a4a2a",
  aluminized: "#c9ccd0",
  hiVisYellow: "#e4ef2a",
  hiVisOrange: "#f2641c",
  reflective: "#d9dde0",
  helmetWhite: "#f4f4f0",
  helmetYellow: "#f2c50c",
  helmetBlue: "#2a66b8",
  helmetRed: "#c0392b",
  lens: "#3a4a58",
  visor: "#9bb7c9",
  black: "#1d1e21",
  boots: "#2a2421",
  tablet: "#1e2a36",
  tabletScreen: "#4aa3df",
  tapeYellow: "#e8c547",
  denim: "#3d5672",
  burgundy: "#7c2a3a",
  teal: "#2c7a78",
  steel: "#9aa1a8",
  red: "#b3261e",
} as const;

export type FigureColor = keyof typeof figureColors;

export type MaterialKey = keyof typeof basePalette | "accent";

export type Palette = Record<MaterialKey, MaterialSpec>;

/** The palette of one company: the shared materials plus its sector's colour as "accent". */
export function paletteFor(sectorColor: string): Palette {
  return { ...basePalette, accent: { color: sectorColor, metallic: 0.15, roughness: 0.5 } };
}

/** glTF colour factors are linear: converts #rrggbb (sRGB) to linear RGB. */
export function linearRgb(hex: string): [number, number, number] {
  const channel = (offset: number): number => {
    const c = Number.parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return [channel(1), channel(3), channel(5)];
}
