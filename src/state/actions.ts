import type { ContentIndex } from "../content/contentIndex";
import type { ContentProblem } from "../content/contentProblem";
import { appStore } from "./appStore";
import type { HistoryMode } from "./navigationSlice";
import type { Locale, Quality, QualityDowngrade } from "./preferencesSlice";
import { type Route, sameRoute } from "./route";
import type { HallSpot, MachineSpot } from "./sceneSlice";

const { setState, getState } = appStore;

/** Moves the visitor to a route; the URL follows (a new history entry unless told otherwise). */
export function navigate(route: Route, historyMode: HistoryMode = "push"): void {
  const current = getState().route;
  if (sameRoute(current, route)) return;
  const machineChanged =
    current.view !== "workshop" ||
    route.view !== "workshop" ||
    current.machine !== route.machine ||
    current.company !== route.company;
  setState({ route, historyMode, overview: false, ...(machineChanged ? { panelJob: null } : {}) });
}

/** Called when the browser's URL changed by itself (Back, Forward, a typed link). */
export function followUrl(route: Route): void {
  navigate(route, "none");
}

export function openCompany(company: string): void {
  navigate({ view: "company", company });
}

export function openWorkshop(company: string, workshop: string): void {
  navigate({ view: "workshop", company, workshop });
}

export function openMachine(company: string, workshop: string, machine: string): void {
  navigate({ view: "workshop", company, workshop, machine });
}

/** Closes the trade panel: back to the workshop's URL. */
export function closeMachine(): void {
  const { route } = getState();
  if (route.view !== "workshop" || route.machine === undefined) return;
  navigate({ view: "workshop", company: route.company, workshop: route.workshop });
}

/** Shows another of the open machine's trades. */
export function showPanelJob(job: string): void {
  setState({ panelJob: job });
}

export function setHoveredMachine(machine: string | null): void {
  if (getState().hoveredMachine !== machine) setState({ hoveredMachine: machine });
}

export function setHoveredCompany(company: string | null): void {
  if (getState().hoveredCompany !== company) setState({ hoveredCompany: company });
}

export function contentLoaded(content: ContentIndex): void {
  setState({ content: { status: "ready", content } });
}

export function contentFailed(problems: ContentProblem[]): void {
  setState({ content: { status: "error", problems } });
}

export function contentLoading(): void {
  setState({ content: { status: "loading" } });
}

/** The stage now shows another scene; it is busy until that scene's first frame is drawn. */
export function sceneShown(sceneKey: string | null): void {
  if (getState().sceneKey === sceneKey) return;
  setState({ sceneKey, modelProgress: { loaded: 0, total: 0 } });
}

export function sceneDrawn(sceneKey: string): void {
  if (getState().drawnSceneKey !== sceneKey) setState({ drawnSceneKey: sceneKey });
}

export function modelProgressed(loaded: number, total: number): void {
  setState({ modelProgress: { loaded, total } });
}

export function webglFailed(problem: "unavailable" | "lost" | null): void {
  if (getState().webglProblem !== problem) setState({ webglProblem: problem });
}

export function modelFailed(model: string, message: string): void {
  setState({ modelFailure: { model, message } });
}

/** Clears a model failure and asks the scene to load it again. */
export function retryModel(): void {
  setState((s) => ({ modelFailure: null, modelAttempt: s.modelAttempt + 1 }));
}

/** The workshop's model is on screen: these are its machines (an empty list when it goes). */
export function machinesPlaced(sceneMachines: MachineSpot[]): void {
  setState({ sceneMachines });
}

export function hallsPlaced(factoryHalls: HallSpot[]): void {
  setState({ factoryHalls });
}

/** Shows the whole factory from above, or goes back to walking. */
export function setOverview(overview: boolean): void {
  if (getState().overview !== overview) setState({ overview });
}

/** Switches the interface's language (the content stays in French). */
export function setLocale(locale: Locale): void {
  if (getState().locale !== locale) setState({ locale });
}

/** Stars a trade, or unstars it when it is already among the favourites ("Mes métiers"). */
export function toggleFavourite(jobId: string): void {
  setState((s) => ({
    favourites: s.favourites.includes(jobId)
      ? s.favourites.filter((id) => id !== jobId)
      : [...s.favourites, jobId],
  }));
}

export function setQuality(quality: Quality): void {
  setState({ quality });
}

/** The stage found this machine slow (or rendering on the CPU): "auto" draws light from now on. */
export function qualityDowngraded(reason: QualityDowngrade): void {
  const current = getState().qualityDowngrade;
  // NOTE: a software renderer stays the stated reason even if frames are also slow.
  if (current !== reason && current !== "software") setState({ qualityDowngrade: reason });
}

/** A camera shot was asked for: the camera is on its way (set on the request, never per frame). */
export function cameraMoving(): void {
  if (getState().cameraSettled) setState({ cameraSettled: false });
}

/** The camera reached its shot. */
export function cameraArrived(): void {
  if (!getState().cameraSettled) setState({ cameraSettled: true });
}
