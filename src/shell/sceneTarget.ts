import type { ContentIndex } from "../content/contentIndex";
import { resolveFactoryPlace } from "../content/resolvePlace";
import type { Company, Workshop } from "../content/schema";
import type { Route } from "../state/route";

/** What the 3D stage must show for a route: the town, a workshop, or nothing (a 2D view). */
export type SceneTarget =
  | { kind: "town"; key: "town" }
  | {
      kind: "workshop";
      key: string;
      company: Company;
      workshop: Workshop;
      machineId: string | undefined;
      /** In a tour: the machine the camera frames, instead of the walking viewpoint. */
      focusMachineId: string | undefined;
    };

export function sceneTargetOf(route: Route, content: ContentIndex): SceneTarget | null {
  if (route.view === "town") return { kind: "town", key: "town" };
  if (route.view === "tour") {
    // The presenter's window is DOM only: the projector draws the scene.
    const stop = route.presenter ? undefined : content.tourById.get(route.tour)?.stops[route.step - 1];
    const place = stop && resolveFactoryPlace(content, stop.company, stop.workshop, stop.machine);
    if (place?.kind !== "workshop" || !place.machine) return null;
    const { company, workshop, machine } = place;
    const key = `${company.id}/${workshop.id}`;
    return { kind: "workshop", key, company, workshop, machineId: machine.id, focusMachineId: machine.id };
  }
  if (route.view !== "workshop") return null;
  const place = resolveFactoryPlace(content, route.company, route.workshop, route.machine);
  if (place?.kind !== "workshop") return null;
  return {
    kind: "workshop",
    key: `${place.company.id}/${place.workshop.id}`,
    company: place.company,
    workshop: place.workshop,
    machineId: place.machine?.id,
    focusMachineId: undefined,
  };
}
