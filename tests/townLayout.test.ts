import { describe, expect, it } from "vitest";
import { buildingFootprint, districtSize, layoutTown } from "../src/content/modelContract/townLayout";
import { townRoads } from "../src/content/modelContract/townRoads";
import type { Company, Sector } from "../src/content/schema";
import { minimalPack } from "./fixtures/minimalPack";

const pack = minimalPack();
const sectors = pack.sectors as unknown as Sector[];
const base = pack.companies[0] as unknown as Company;
const companiesOf = (count: number, sector = base.sector): Company[] =>
  Array.from({ length: count }, (_, i) => ({ ...base, id: `c${i}`, sector }));

function footprintsApart(
  a: { x: number; z: number; scale: number },
  b: { x: number; z: number; scale: number },
) {
  const w = (buildingFootprint.width * (a.scale + b.scale)) / 2;
  const d = (buildingFootprint.depth * (a.scale + b.scale)) / 2;
  return Math.abs(a.x - b.x) > w || Math.abs(a.z - b.z) > d;
}

describe("town layout", () => {
  const districts = layoutTown(sectors, companiesOf(5));

  it("gives every sector a district, even one without a company", () => {
    expect(districts.map((d) => d.sector.id)).toEqual(sectors.map((s) => s.id));
    expect(districts.filter((d) => d.buildings.length === 0)).toHaveLength(12);
  });

  it("puts the port, the refinery and the steelworks on the shore, the dam at the foot of the hills", () => {
    const z = (id: string) => districts.find((d) => d.sector.id === id)?.z;
    const shore = Math.max(...districts.map((d) => d.z));
    expect([z("maritime"), z("petrole"), z("metallurgie")]).toEqual([shore, shore, shore]);
    expect(z("electricite")).toBe(Math.min(...districts.map((d) => d.z)));
  });

  it.each([1, 2, 3, 4, 5, 7, 10])("keeps %i buildings inside their district and apart", (count) => {
    const [district] = layoutTown(sectors, companiesOf(count));
    expect(district?.buildings).toHaveLength(count);
    for (const b of district?.buildings ?? []) {
      const halfW = (buildingFootprint.width * b.scale) / 2;
      const halfD = (buildingFootprint.depth * b.scale) / 2;
      expect(Math.abs(b.x - (district?.x ?? 0)) + halfW).toBeLessThanOrEqual(districtSize / 2);
      expect(Math.abs(b.z - (district?.z ?? 0)) + halfD).toBeLessThanOrEqual(districtSize / 2);
      for (const other of district?.buildings ?? []) {
        if (other !== b) expect(footprintsApart(b, other)).toBe(true);
      }
    }
  });

  it("never overlaps two districts, and gives an unknown sector a place of its own", () => {
    const extra = { ...sectors[0], id: "verrerie" } as Sector;
    const all = layoutTown([...sectors, extra], []);
    for (const a of all) {
      for (const b of all) {
        if (a === b) continue;
        const apart = Math.abs(a.x - b.x) >= districtSize || Math.abs(a.z - b.z) >= districtSize;
        expect(apart).toBe(true);
      }
    }
  });

  it("runs streets between districts, never across one", () => {
    const roads = townRoads(districts);
    expect(roads.length).toBeGreaterThan(6);
    for (const road of roads) {
      for (const d of districts) {
        const overlapX = Math.abs(road.x - d.x) < (road.width + d.size) / 2;
        const overlapZ = Math.abs(road.z - d.z) < (road.depth + d.size) / 2;
        expect(overlapX && overlapZ, `${JSON.stringify(road)} crosses ${d.sector.id}`).toBe(false);
      }
    }
  });
});
