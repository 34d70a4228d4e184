import type { Company, Sector } from "../schema";

/** The shape of a company's building (its fallback mesh and its 2D map symbol), hinting at what is made inside. */
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
  /** Centre of the district's square, in metres (the sea is towards +z). */
  x: number;
  z: number;
  size: number;
  buildings: BuildingPlacement[];
}

/** Side of a district's square, in metres. */
export const districtSize = 20;
/** Centre-to-centre distance of neighbouring districts: a street runs between them. */
export const districtPitch = 26;
/** A company's building at scale 1: its footprint on the ground (the generated prototypes fit it). */
export const buildingFootprint = { width: 5.2, depth: 4.2 } as const;

/**
 * Where each sector's district stands, as (column, row) on the town's plan: row 0 is the shore
 * (the port, the refinery, the steelworks and the airport by the water, as around the Gulf of Fos
 * and the Étang de Berre), row 2 is at the foot of the hills (dam and wind turbines, quarry, orchards,
 * lavender fields). Rows 1 and 2 are offset by half a pitch, like the streets of a real town.
 */
const preferredSlot: Readonly<Record<string, readonly [number, number]>> = {
  aeronautique: [0, 0],
  petrole: [1, 0],
  maritime: [2, 0],
  metallurgie: [3, 0],
  chimie: [4, 0],
  plasturgie: [0, 1],
  "sante-pharmacie": [1, 1],
  mode: [2, 1],
  microelectronique: [3, 1],
  cimenterie: [0, 2],
  agroalimentaire: [1, 2],
  electricite: [2, 2],
  "parfum-cosmetique": [3, 2],
};

/** Slots per row on the plan: 5 on the shore, then 4. */
function slotsInRow(row: number): number {
  return row === 0 ? 5 : 4;
}

/** A slot's centre in metres. */
function slotCentre(column: number, row: number): { x: number; z: number } {
  const count = slotsInRow(row);
  return { x: (column - (count - 1) / 2) * districtPitch, z: -row * districtPitch };
}

/** The slots in the order unknown sectors take them: shore first, then inland, row after row. */
function* allSlots(): Generator<readonly [number, number]> {
  for (let row = 0; ; row++) for (let column = 0; column < slotsInRow(row); column++) yield [column, row];
}

/**
 * The companies' spots in a district: the front half (towards the sea and the camera) is theirs,
 * the back half holds the sector's landmark. Returns local centres and a scale that keeps a street
 * between neighbours.
 */
function companySpots(count: number): { spots: { x: number; z: number }[]; scale: number } {
  if (count === 0) return { spots: [], scale: 1 };
  const inner = districtSize - 2;
  const columns = count <= 3 ? count : Math.ceil(Math.sqrt(count));
  const rows = Math.ceil(count / columns);
  // Two rows fit in the front half; more take the whole district.
  const zoneDepth = rows <= 2 ? inner / 2 - 1 : inner;
  const zoneStart = rows <= 2 ? 1 : -inner / 2;
  const cellWidth = inner / columns;
  const cellDepth = zoneDepth / rows;
  const scale = Math.min(
    1.25,
    (cellWidth * 0.82) / buildingFootprint.width,
    (cellDepth * 0.86) / buildingFootprint.depth,
  );
  const spots = Array.from({ length: count }, (_, i) => ({
    x: -inner / 2 + cellWidth * ((i % columns) + 0.5),
    z: zoneStart + cellDepth * (Math.floor(i / columns) + 0.5),
  }));
  return { spots, scale };
}

/**
 * Lays out one square district per sector on the town's plan north of the coast (the sea is at
 * +z), each sector at its usual place (see `preferredSlot`; an unknown sector takes the next free
 * slot), and the sector's companies in the front half of their district. Pure: same pack, same town.
 * The town model (scripts/models/town) places the landmarks from the same function.
 */
export function layoutTown(
  sectors: ReadonlyArray<Sector>,
  companies: ReadonlyArray<Company>,
): DistrictPlacement[] {
  const taken = new Set<string>();
  const slotOf = new Map<string, readonly [number, number]>();
  for (const sector of sectors) {
    const slot = preferredSlot[sector.id];
    if (!slot || taken.has(`${slot[0]},${slot[1]}`)) continue;
    taken.add(`${slot[0]},${slot[1]}`);
    slotOf.set(sector.id, slot);
  }
  const free = allSlots();
  for (const sector of sectors) {
    if (slotOf.has(sector.id)) continue;
    for (const slot of free) {
      if (taken.has(`${slot[0]},${slot[1]}`)) continue;
      taken.add(`${slot[0]},${slot[1]}`);
      slotOf.set(sector.id, slot);
      break;
    }
  }
  return sectors.map((sector) => {
    const [column, row] = slotOf.get(sector.id) ?? [0, 0];
    const { x, z } = slotCentre(column, row);
    const members = companies.filter((c) => c.sector === sector.id);
    const { spots, scale } = companySpots(members.length);
    const buildings = members.map((company, i) => ({
      company,
      shape: shapeBySector[sector.id] ?? "hall",
      color: sector.color,
      scale,
      x: x + (spots[i]?.x ?? 0),
      z: z + (spots[i]?.z ?? 0),
    }));
    return { sector, x, z, size: districtSize, buildings };
  });
}

/** The box the districts fit in: half its width on each side of x = 0, from z = 0 − depth to the shore. */
export function townExtent(districts: ReadonlyArray<DistrictPlacement>): { width: number; depth: number } {
  const xs = districts.map((d) => Math.abs(d.x) + d.size / 2);
  const zs = districts.map((d) => Math.abs(d.z) + d.size / 2);
  return { width: 2 * Math.max(0, ...xs), depth: Math.max(0, ...zs) };
}
