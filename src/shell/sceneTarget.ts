import type { ContentIndex } from "../content/contentIndex";
import { resolveFactoryPlace } from "../content/resolvePlace";
import type { Company, Workshop } from "../content/schema";
import type { Route } from "../state/route";

/** What the 3D stage must show for a route: the town, a workshop, or nothing (a 2D view). */
export type SceneTarget =
  | { kind: "town"; key: "town" }
  | { kind: "workshop"; key: string; company: Company; workshop: Workshop; machineId: string | undefined };

export function sceneTargetOf(route: Route, content: ContentIndex): SceneTarget | null {
  if (route.view === "town") return { kind: "town", key: "town" };
  if (route.view !== "workshop") return null;
  const place = resolveFactoryPlace(content, route.company, route.workshop, route.machine);
  if (place?.kind !== "workshop") return null;
  return {
    kind: "workshop",
    key: `${place.company.id}/${place.workshop.id}`,
    company: place.company,
    workshop: place.workshop,
    machineId: place.machine?.id,
  };
}
