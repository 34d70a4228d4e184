import { useMemo } from "react";
import type { ContentIndex } from "../content/contentIndex";
import { type ResolvedView, resolveView } from "./resolveView";
import { useStore } from "./store";

/** The view the current route shows (see `resolveView`), recomputed only when one of its sources changes. */
export function useResolvedView(content: ContentIndex): ResolvedView {
  const route = useStore((s) => s.route);
  const ownTours = useStore((s) => s.ownTours);
  const ownToursPending = useStore((s) => !s.ownToursLoaded);
  const classStop = useStore((s) => s.classStop);
  return useMemo(
    () => resolveView(route, { content, ownTours, ownToursPending, classStop }),
    [route, content, ownTours, ownToursPending, classStop],
  );
}
