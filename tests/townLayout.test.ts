import { describe, expect, it } from "vitest";
import type { Company, Sector } from "../src/content/schema";
import { districtSize, layoutTown } from "../src/town/townLayout";
import { minimalPack } from "./fixtures/minimalPack";

const pack = minimalPack();
const sectors = pack.sectors as unknown as Sector[];
const base = pack.companies[0] as unknown as Company;
const companies: Company[] = Array.from({ length: 5 }, (_, i) => ({ ...base, id: `c${i}` }));

describe("town layout", () => {
  const districts = layoutTown(sectors, companies);

  it("gives every sector a district, even one without a company", () => {
    expect(districts.map((d) => d.sector.id)).toEqual(sectors.map((s) => s.id));
    expect(districts.filter((d) => d.buildings.length === 0)).toHaveLength(12);
  });

  it("puts each company's building inside its sector's district, apart from the others", () => {
    const metal = districts[0];
    expect(metal?.buildings).toHaveLength(5);
    for (const b of metal?.buildings ?? []) {
      expect(Math.abs(b.x - (metal?.x ?? 0))).toBeLessThan(districtSize / 2);
      expect(Math.abs(b.z - (metal?.z ?? 0))).toBeLessThan(districtSize / 2);
    }
    const spots = new Set(metal?.buildings.map((b) => `${b.x},${b.z}`));
    expect(spots.size).toBe(5);
    // Neighbours stand further apart than their halls are wide (5.2 m at scale 1).
    for (const a of metal?.buildings ?? []) {
      for (const b of metal?.buildings ?? []) {
        if (a === b) continue;
        const gap = Math.max(Math.abs(a.x - b.x), Math.abs(a.z - b.z));
        expect(gap).toBeGreaterThan(5.2 * a.scale);
      }
    }
  });

  it("never overlaps two districts", () => {
    for (const a of districts) {
      for (const b of districts) {
        if (a === b) continue;
        const apart = Math.abs(a.x - b.x) >= districtSize || Math.abs(a.z - b.z) >= districtSize;
        expect(apart).toBe(true);
      }
    }
  });
});
