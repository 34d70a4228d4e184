import { useMemo } from "react";
import type { ContentIndex } from "../content/contentIndex";
import { type ResolvedView, resolveView } from "./resolveView";
import { useStore } from "./store";

/** The view the current route shows (see `resolveView`), recomputed only when one of its sources changes. */
export function useResolvedView(content: ContentIndex): ResolvedView {
  const route = useStore((s) => s.route);
  // NOTE: only a route naming a tour reads the teacher's own tours: when they finish loading (after
  // the first view), the town or a workshop must not be resolved again and redrawn for nothing.
  const namesTour = "tour" in route;
  const ownTours = useStore((s) => (namesTour ? s.ownTours : undefined));
  const ownToursPending = useStore((s) => namesTour && !s.ownToursLoaded);
  const classStop = useStore((s) => s.classStop);
  return useMemo(
    () => resolveView(route, { content, ownTours, ownToursPending, classStop }),
    [route, content, ownTours, ownToursPending, classStop],
  );
}
