import type { ContentIndex } from "../content/contentIndex";
import { resolveFactoryPlace } from "../content/resolvePlace";
import type { Job, Tour } from "../content/schema";

/** What a presenter's clicker or keyboard asks of a tour. */
export type TourCommand = "next" | "previous" | "first" | "last" | "blackout" | "fullscreen" | "leave";

/**
 * The command a key stands for (`KeyboardEvent.key`). Clickers send PageDown/PageUp (some send
 * "." or B to black the screen out).
 */
export function tourCommandOfKey(key: string): TourCommand | null {
  switch (key) {
    case "ArrowRight":
    case "PageDown":
    case " ":
      return "next";
    case "ArrowLeft":
    case "PageUp":
      return "previous";
    case "Home":
      return "first";
    case "End":
      return "last";
    case "b":
    case "B":
    case ".":
      return "blackout";
    case "f":
    case "F":
      return "fullscreen";
    case "Escape":
      return "leave";
    default:
      return null;
  }
}

/** The step a move leads to, kept within 1…total; `loop` wraps past the last stop to the first (kiosk). */
export function stepAfter(
  command: "next" | "previous" | "first" | "last",
  step: number,
  total: number,
  loop = false,
): number {
  const last = Math.max(1, total);
  const current = Math.min(Math.max(1, step), last);
  switch (command) {
    case "next":
      return current < last ? current + 1 : loop ? 1 : last;
    case "previous":
      return Math.max(1, current - 1);
    case "first":
      return 1;
    case "last":
      return last;
  }
}

/** What presenter and projector windows tell each other on the "usine-visite" channel. */
export interface TourSyncMessage {
  tour: string;
  step: number;
}

export const tourChannelName = "usine-visite";

export function isTourSyncMessage(data: unknown): data is TourSyncMessage {
  if (typeof data !== "object" || data === null) return false;
  const { tour, step } = data as Record<string, unknown>;
  return typeof tour === "string" && typeof step === "number" && Number.isInteger(step) && step >= 1;
}

/** Elapsed time as `m:ss`, or `h:mm:ss` past an hour. */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${s}` : `${m}:${s}`;
}

/** The trades met along a tour, each once, in the order of the stops (for the worksheet). */
export function tradesOfTour(content: ContentIndex, tour: Tour): Job[] {
  const seen = new Map<string, Job>();
  for (const stop of tour.stops) {
    const place = resolveFactoryPlace(content, stop.company, stop.workshop, stop.machine);
    for (const jobId of place?.kind === "workshop" ? (place.machine?.jobs ?? []) : []) {
      const job = content.jobById.get(jobId);
      if (job && !seen.has(job.id)) seen.set(job.id, job);
    }
  }
  return [...seen.values()];
}
