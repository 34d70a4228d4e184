import { useMemo } from "react";
import type { ContentIndex } from "../content/contentIndex";
import { type DistrictPlacement, layoutTown } from "../content/modelContract/townLayout";

const cache = new WeakMap<ContentIndex, DistrictPlacement[]>();

/** The town's layout for a pack, computed once and shared by the 3D scene and its DOM labels. */
export function useTownLayout(content: ContentIndex): DistrictPlacement[] {
  return useMemo(() => {
    const cached = cache.get(content);
    if (cached) return cached;
    const districts = layoutTown(content.sectors, content.companies);
    cache.set(content, districts);
    return districts;
  }, [content]);
}
