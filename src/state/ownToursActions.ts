import { type Tour, type TourStop, tourSchema } from "../content/schema";
import { appStore } from "./appStore";
import type { SavedTour } from "./ownToursSlice";
import {
  indexedDbStore,
  type OwnToursStore,
  readLinkTours,
  storageErrorOf,
  writeLinkTours,
} from "./ownToursStorage";

/**
 * The teacher's own tours: plain functions over the store, called from the builder, the trade
 * panel's "Ajouter à ma visite", a file import or a link. Every change shows at once and is
 * written to IndexedDB shortly after (debounced while the teacher types).
 */

const { getState, setState } = appStore;

let storage: OwnToursStore = indexedDbStore();

/** Swaps where the tours are kept (tests use a map in memory or one that fails). */
export function setOwnToursStore(store: OwnToursStore): void {
  storage = store;
}

/** How long reading the kept tours may take before the app goes on without them. */
const loadTimeoutMs = 4000;

/** How long typing may pause before the tour is written. */
const saveDelayMs = 400;
const pendingWrites = new Map<string, ReturnType<typeof setTimeout>>();

/** Most stops a tour may have (the schema's limit). */
export const maxTourStops = 20;

/** A new id that no pack tour can have (the pack's ids never start with `perso-`). */
export function newOwnTourId(): string {
  const bytes = new Uint8Array(6);
  crypto.getRandomValues(bytes);
  return `perso-${Array.from(bytes, (b) => b.toString(36).padStart(2, "0")).join("")}`;
}

/** The tour as the player takes it, or null while the schema refuses it (a draft). */
export function playableTour(tour: Tour): Tour | null {
  const parsed = tourSchema.safeParse(tour);
  return parsed.success ? parsed.data : null;
}

function packHasTour(id: string): boolean {
  const { content } = getState();
  return content.status === "ready" && content.content.tourById.has(id);
}

function withPlayable(ownTours: ReadonlyMap<string, Tour>, tour: Tour): Map<string, Tour> {
  const next = new Map(ownTours);
  const playable = playableTour(tour);
  if (playable) next.set(tour.id, playable);
  else next.delete(tour.id);
  return next;
}

function looksSaved(value: unknown): value is { id: string } & SavedTour {
  if (typeof value !== "object" || value === null) return false;
  const { id, tour, updatedAt } = value as Record<string, unknown>;
  if (typeof id !== "string" || typeof updatedAt !== "number") return false;
  if (typeof tour !== "object" || tour === null) return false;
  const { stops, title } = tour as Record<string, unknown>;
  return Array.isArray(stops) && typeof title === "string" && (tour as { id?: unknown }).id === id;
}

/**
 * Reads the tours kept in this browser (IndexedDB) and the link tours of this tab, once at start.
 * Where IndexedDB is missing or refused, tours still work until the tab closes, and the builder says so.
 */
export async function loadOwnTours(): Promise<void> {
  let ownTours = new Map(getState().ownTours);
  for (const value of readLinkTours()) {
    const parsed = tourSchema.safeParse(value);
    if (parsed.success && !packHasTour(parsed.data.id)) ownTours.set(parsed.data.id, parsed.data);
  }
  const myTours = new Map(getState().myTours);
  let unavailable = false;
  try {
    // NOTE: opening IndexedDB can hang (another tab blocking it, some privacy modes): give up after a while.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const records = await Promise.race([
      storage.loadAll(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error("timeout")), loadTimeoutMs);
      }),
    ]).finally(() => clearTimeout(timer));
    for (const record of records) {
      if (!looksSaved(record) || myTours.has(record.id)) continue;
      myTours.set(record.id, { tour: record.tour, updatedAt: record.updatedAt });
      ownTours = withPlayable(ownTours, record.tour);
    }
  } catch {
    unavailable = true;
  }
  setState({ ownTours, myTours, ownToursLoaded: true, ownToursUnavailable: unavailable });
  if (typeof window !== "undefined") {
    // A tab closed within the debounce delay still writes what was typed.
    window.addEventListener("pagehide", () => void flushOwnTours());
    document.addEventListener("visibilitychange", () => {
      if (document.visibilityState === "hidden") void flushOwnTours();
    });
  }
}

async function writeTour(id: string): Promise<void> {
  pendingWrites.delete(id);
  const saved = getState().myTours.get(id);
  if (!saved) return;
  try {
    await storage.put({ id, ...saved });
    if (pendingWrites.size === 0) setState({ ownToursSave: { status: "saved" } });
  } catch (error) {
    // What was written before stays in IndexedDB; what is on screen stays in memory.
    setState({ ownToursSave: { status: "failed", error: storageErrorOf(error) } });
  }
}

function scheduleWrite(id: string): void {
  const timer = pendingWrites.get(id);
  if (timer !== undefined) clearTimeout(timer);
  pendingWrites.set(
    id,
    setTimeout(() => void writeTour(id), saveDelayMs),
  );
  if (getState().ownToursSave.status !== "saving") setState({ ownToursSave: { status: "saving" } });
}

/** Writes every change still waiting for its delay (before leaving, in tests). */
export async function flushOwnTours(): Promise<void> {
  const ids = [...pendingWrites.keys()];
  for (const id of ids) {
    const timer = pendingWrites.get(id);
    if (timer !== undefined) clearTimeout(timer);
  }
  await Promise.all(ids.map(writeTour));
}

/** Keeps a teacher's tour (new or changed, draft or finished): on screen now, in IndexedDB shortly. */
export function saveOwnTour(tour: Tour): void {
  const { myTours, ownTours } = getState();
  const next = new Map(myTours);
  next.set(tour.id, { tour, updatedAt: Date.now() });
  setState({ myTours: next, ownTours: withPlayable(ownTours, tour) });
  scheduleWrite(tour.id);
}

/** Starts a new, empty tour and makes it the one being edited; returns its id. */
export function createOwnTour(): string {
  const id = newOwnTourId();
  saveOwnTour({ id, title: "", audience: "", minutes: 45, stops: [] });
  setState({ editingTourId: id });
  return id;
}

/** Makes a tour the one that "Ajouter à ma visite" adds to. */
export function setEditingTour(id: string | null): void {
  if (getState().editingTourId !== id) setState({ editingTourId: id });
}

/**
 * Adds a stop at the end of the tour being edited (a new tour if there is none); returns the
 * tour's id and its number of stops, or `full` when it already has the most allowed.
 */
export function addStopToEditingTour(stop: TourStop): { tourId: string; stops: number } | "full" {
  const { editingTourId, myTours } = getState();
  const id = editingTourId !== null && myTours.has(editingTourId) ? editingTourId : createOwnTour();
  const saved = getState().myTours.get(id);
  if (!saved) return "full";
  if (saved.tour.stops.length >= maxTourStops) return "full";
  const tour = { ...saved.tour, stops: [...saved.tour.stops, stop] };
  saveOwnTour(tour);
  setState({ editingTourId: id });
  return { tourId: id, stops: tour.stops.length };
}

/** Forgets a tour; returns it so that "Annuler" can bring it back. */
export function deleteOwnTour(id: string): SavedTour | undefined {
  const { myTours, ownTours, editingTourId } = getState();
  const saved = myTours.get(id);
  if (!saved) return undefined;
  const timer = pendingWrites.get(id);
  if (timer !== undefined) clearTimeout(timer);
  pendingWrites.delete(id);
  const nextMine = new Map(myTours);
  nextMine.delete(id);
  const nextOwn = new Map(ownTours);
  nextOwn.delete(id);
  setState({
    myTours: nextMine,
    ownTours: nextOwn,
    ...(editingTourId === id ? { editingTourId: null } : {}),
  });
  storage.remove(id).catch((error: unknown) => {
    setState({ ownToursSave: { status: "failed", error: storageErrorOf(error) } });
  });
  return saved;
}

/** Brings a deleted tour back ("Annuler"). */
export function restoreOwnTour(saved: SavedTour): void {
  saveOwnTour(saved.tour);
}

/** Keeps a tour under a new id (a copy, a kept link, an import whose id is taken); returns the id. */
export function keepTourCopy(tour: Tour, title = tour.title): string {
  const { myTours } = getState();
  const id = tour.id.startsWith("perso-") && !myTours.has(tour.id) ? tour.id : newOwnTourId();
  saveOwnTour({ ...tour, id, title });
  return id;
}

/** Duplicates a kept tour under a new id and title; returns the new id. */
export function duplicateOwnTour(id: string, title: string): string | undefined {
  const saved = getState().myTours.get(id);
  if (!saved) return undefined;
  const copyId = newOwnTourId();
  saveOwnTour({ ...saved.tour, id: copyId, title });
  return copyId;
}

/**
 * Plays a tour that came whole in a link: in memory (and this tab's session) under an id that no
 * pack tour has. Returns the tour as it plays.
 */
export function openLinkTour(tour: Tour): Tour {
  const taken = packHasTour(tour.id) || !tour.id.startsWith("perso-");
  const playing = taken ? { ...tour, id: newOwnTourId() } : tour;
  const ownTours = new Map(getState().ownTours);
  const mine = getState().myTours.get(playing.id);
  // A teacher's own draft with that id stays theirs: the link plays under another id.
  const id = mine && JSON.stringify(mine.tour) !== JSON.stringify(playing) ? newOwnTourId() : playing.id;
  const final = { ...playing, id };
  ownTours.set(id, final);
  setState({ ownTours });
  const linkTours = readLinkTours().filter(
    (value) => (value as { id?: unknown } | null)?.id !== id,
  ) as Tour[];
  writeLinkTours([...linkTours, final]);
  return final;
}
