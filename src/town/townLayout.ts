import type { Company, Sector } from "../content/schema";

/** The shape of a building, hinting at what is made inside. */
export type BuildingShape =
  | "chimney"
  | "tanks"
  | "crane"
  | "hall"
  | "silo"
  | "dome"
  | "sawtooth"
  | "hangar"
  | "pylon";

/** Default shape per sector; a sector not listed gets a plain hall. */
const shapeBySector: Readonly<Record<string, BuildingShape>> = {
  metallurgie: "chimney",
  chimie: "tanks",
  petrole: "tanks",
  maritime: "crane",
  electricite: "pylon",
  agroalimentaire: "silo",
  cimenterie: "silo",
  plasturgie: "hall",
  mode: "sawtooth",
  microelectronique: "dome",
  aeronautique: "hangar",
  "sante-pharmacie": "dome",
  "parfum-cosmetique": "sawtooth",
};

export interface BuildingPlacement {
  company: Company;
  shape: BuildingShape;
  color: string;
  /** Size factor of the building, so that a crowded district's buildings do not overlap. */
  scale: number;
  /** Centre of the building's footprint on the ground, in metres. */
  x: number;
  z: number;
}

export interface DistrictPlacement {
  sector: Sector;
  x: number;
  z: number;
  size: number;
  buildings: BuildingPlacement[];
}

export const districtSize = 18;
const districtGap = 6;
const columns = 5;

/**
 * Lays out one square district per sector on a grid north of the coast (the sea is at +z),
 * and the sector's companies on a small grid inside it. Pure: same pack, same town.
 */
export function layoutTown(
  sectors: ReadonlyArray<Sector>,
  companies: ReadonlyArray<Company>,
): DistrictPlacement[] {
  const rows = Math.ceil(sectors.length / columns);
  const pitch = districtSize + districtGap;
  return sectors.map((sector, index) => {
    const column = index % columns;
    const row = Math.floor(index / columns);
    const inRow = Math.min(columns, sectors.length - row * columns);
    const x = (column - (inRow - 1) / 2) * pitch;
    const z = (row - (rows - 1)) * pitch;
    const members = companies.filter((c) => c.sector === sector.id);
    const perSide = Math.max(1, Math.ceil(Math.sqrt(members.length)));
    const cell = (districtSize - 4) / perSide;
    const buildings = members.map((company, i) => ({
      company,
      shape: shapeBySector[sector.id] ?? "hall",
      color: sector.color,
      // A building's hall is about 5.2 m wide at scale 1; keep a street between neighbours.
      scale: Math.min(1.7, (cell * 0.8) / 5.2),
      x: x - (districtSize - 4) / 2 + cell * ((i % perSide) + 0.5),
      z: z - (districtSize - 4) / 2 + cell * (Math.floor(i / perSide) + 0.5),
    }));
    return { sector, x, z, size: districtSize, buildings };
  });
}

/** The box the whole town fits in, for framing the camera. */
export function townExtent(districts: ReadonlyArray<DistrictPlacement>): { width: number; depth: number } {
  const xs = districts.map((d) => Math.abs(d.x) + d.size / 2);
  const zs = districts.map((d) => Math.abs(d.z) + d.size / 2);
  return { width: 2 * Math.max(0, ...xs), depth: Math.max(0, ...zs) };
}
