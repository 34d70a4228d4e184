import type { ContentIndex } from "../content/contentIndex";
import { resolveFactoryPlace, resolveTourStop, type TourPlace } from "../content/resolvePlace";
import type { Company, Job, Machine, Tour, Workshop } from "../content/schema";
import type { Route } from "./route";

/** What `resolveView` reads besides the route: the pack, and tours that live outside it. */
export interface ViewSources {
  content: ContentIndex;
  /** Teachers' own tours (the builder's, a shared link's), by id, beside the pack's. */
  ownTours?: ReadonlyMap<string, Tour> | undefined;
  /** True while the teacher's tours kept in this browser are being read: an unknown tour may be one. */
  ownToursPending?: boolean | undefined;
  /** Where the live class that this pupil follows stands (1-based step), when there is one. */
  classStop?: { tour: Tour; step: number; free?: boolean } | null | undefined;
}

/** The 2D part of a view. */
export type PageView =
  | { kind: "town" }
  | { kind: "company"; company: Company }
  /** A workshop or a tour's projector: the stage is the page. */
  | { kind: "stage" }
  | { kind: "jobs" }
  | { kind: "job"; job: Job }
  | { kind: "quiz" }
  | { kind: "tours" }
  | { kind: "presenter"; place: TourPlace }
  | { kind: "worksheet"; tour: Tour }
  /** A teacher's tour still being read from this browser's storage. */
  | { kind: "tourPending" }
  /** A tour whose stop names a place the pack no longer has (a teacher's tour after an update). */
  | { kind: "tourStopMissing"; tour: Tour; step: number }
  | { kind: "tourBuilder"; tourId: string | undefined; field?: string | undefined }
  | { kind: "myTours" }
  | { kind: "sharedTour"; data: string }
  | { kind: "class"; code: string | undefined }
  | { kind: "classGuest"; code: string; guest: string }
  | { kind: "pro" }
  | { kind: "editor" }
  | { kind: "myClass"; card: string | undefined }
  | { kind: "passport" }
  | { kind: "defi"; code: string }
  | { kind: "notFound" };

/** What the 3D stage must show: the town, a workshop, or nothing (a 2D view). */
export type SceneView =
  | { kind: "town"; key: "town" }
  | {
      kind: "workshop";
      /** `<company>/<workshop>`, the value of `data-scene`. */
      key: string;
      company: Company;
      workshop: Workshop;
      /** The machine whose trade panel is open. */
      machineId: string | undefined;
      /** In a tour: the machine the camera frames, instead of the walking viewpoint. */
      focusMachineId: string | undefined;
    };

/** What is drawn over the stage. */
export type OverlayView =
  | { kind: "townLabels" }
  | { kind: "workshop"; company: Company; workshop: Workshop; machine: Machine | undefined }
  | { kind: "tourStop"; place: TourPlace; auto: boolean }
  | { kind: "classStop"; place: TourPlace };

/** "What does this URL show?", answered once. */
export interface ResolvedView {
  page: PageView;
  scene: SceneView | null;
  overlay: OverlayView | null;
}

const notFound: ResolvedView = { page: { kind: "notFound" }, scene: null, overlay: null };
const tourPending: ResolvedView = { page: { kind: "tourPending" }, scene: null, overlay: null };

/** A tour by id: the pack's first, then the teacher's own. */
export function findTour(sources: ViewSources, tourId: string): Tour | undefined {
  return sources.content.tourById.get(tourId) ?? sources.ownTours?.get(tourId);
}

function workshopScene(place: { company: Company; workshop: Workshop }, machineId?: string, focus?: string) {
  return {
    kind: "workshop" as const,
    key: `${place.company.id}/${place.workshop.id}`,
    company: place.company,
    workshop: place.workshop,
    machineId,
    focusMachineId: focus,
  };
}

/**
 * The one place that turns a route into the page, the scene and the overlay, with every id
 * already looked up. Pure: the shell, the stage, the announcer and the tests all switch on it.
 */
export function resolveView(route: Route, sources: ViewSources): ResolvedView {
  const { content } = sources;
  switch (route.view) {
    case "town":
      return {
        page: { kind: "town" },
        scene: { kind: "town", key: "town" },
        overlay: { kind: "townLabels" },
      };
    case "company": {
      const place = resolveFactoryPlace(content, route.company);
      return place
        ? { page: { kind: "company", company: place.company }, scene: null, overlay: null }
        : notFound;
    }
    case "workshop": {
      const place = resolveFactoryPlace(content, route.company, route.workshop, route.machine);
      if (place?.kind !== "workshop") return notFound;
      return {
        page: { kind: "stage" },
        scene: workshopScene(place, place.machine?.id),
        overlay: {
          kind: "workshop",
          company: place.company,
          workshop: place.workshop,
          machine: place.machine,
        },
      };
    }
    case "jobs": {
      if (route.job === undefined) return { page: { kind: "jobs" }, scene: null, overlay: null };
      const job = content.jobById.get(route.job);
      return job ? { page: { kind: "job", job }, scene: null, overlay: null } : notFound;
    }
    case "quiz":
      return { page: { kind: "quiz" }, scene: null, overlay: null };
    case "tours":
      return { page: { kind: "tours" }, scene: null, overlay: null };
    case "tour": {
      const tour = findTour(sources, route.tour);
      if (!tour) return sources.ownToursPending ? tourPending : notFound;
      const place = resolveTourStop(content, tour, route.step);
      if (!place) {
        if (route.step > tour.stops.length) return notFound;
        return { page: { kind: "tourStopMissing", tour, step: route.step }, scene: null, overlay: null };
      }
      // The presenter's window is DOM only: the projector draws the scene.
      if (route.presenter) return { page: { kind: "presenter", place }, scene: null, overlay: null };
      return {
        page: { kind: "stage" },
        scene: workshopScene(place, place.machine.id, place.machine.id),
        overlay: { kind: "tourStop", place, auto: route.auto === true },
      };
    }
    case "worksheet": {
      const tour = findTour(sources, route.tour);
      if (!tour) return sources.ownToursPending ? tourPending : notFound;
      return { page: { kind: "worksheet", tour }, scene: null, overlay: null };
    }
    case "tourBuilder":
      return {
        page: { kind: "tourBuilder", tourId: route.tour, field: route.field },
        scene: null,
        overlay: null,
      };
    case "myTours":
      return { page: { kind: "myTours" }, scene: null, overlay: null };
    case "sharedTour":
      return { page: { kind: "sharedTour", data: route.data }, scene: null, overlay: null };
    case "class": {
      const page: PageView = { kind: "class", code: route.code };
      const stop = sources.classStop;
      const place = stop ? resolveTourStop(content, stop.tour, stop.step) : null;
      if (!place) return { page, scene: null, overlay: null };
      // In "mode libre" the camera is the pupil's to walk with, instead of framing the stop's machine.
      return {
        page,
        scene: workshopScene(place, place.machine.id, stop?.free ? undefined : place.machine.id),
        overlay: { kind: "classStop", place },
      };
    }
    case "classGuest":
      return {
        page: { kind: "classGuest", code: route.code, guest: route.guest },
        scene: null,
        overlay: null,
      };
    case "pro":
      return { page: { kind: "pro" }, scene: null, overlay: null };
    case "editor":
      return { page: { kind: "editor" }, scene: null, overlay: null };
    case "myClass":
      return { page: { kind: "myClass", card: route.card }, scene: null, overlay: null };
    case "passport":
      return { page: { kind: "passport" }, scene: null, overlay: null };
    case "defi":
      return { page: { kind: "defi", code: route.code }, scene: null, overlay: null };
    case "notFound":
      return notFound;
  }
}
