import { useMemo } from "react";
import type { ContentIndex } from "../content/contentIndex";
import { type DistrictPlacement, layoutTown } from "../content/modelContract/townLayout";

/** Layouts by the pack's companies (the same array in the early frame's index and the whole pack's). */
const cache = new WeakMap<
  ContentIndex["companies"],
  { sectors: ContentIndex["sectors"]; districts: DistrictPlacement[] }
>();

/**
 * The town's layout for a pack, computed once and shared by the 3D scene and its DOM labels; the
 * same while the sectors and companies are the same arrays (the early frame's scene part, then the
 * whole pack: the town is not built twice).
 */
export function useTownLayout(content: ContentIndex): DistrictPlacement[] {
  const { sectors, companies } = content;
  return useMemo(() => {
    const cached = cache.get(companies);
    if (cached?.sectors === sectors) return cached.districts;
    const districts = layoutTown(sectors, companies);
    cache.set(companies, { sectors, districts });
    return districts;
  }, [sectors, companies]);
}
