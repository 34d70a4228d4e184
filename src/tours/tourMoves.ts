import { navigate } from "../state/actions";
import type { HistoryMode } from "../state/navigationSlice";
import { useStore } from "../state/store";
import { stepAfter } from "./tourPlayback";

/** Goes to another stop of the tour on screen: each stop is a history entry (kiosk loops replace). */
export function moveTour(
  move: "next" | "previous" | "first" | "last",
  total: number,
  options: { loop?: boolean; historyMode?: HistoryMode } = {},
): void {
  const route = useStore.getState().route;
  if (route.view !== "tour") return;
  const step = stepAfter(move, route.step, total, options.loop ?? false);
  if (step !== route.step) navigate({ ...route, step }, options.historyMode ?? "push");
}

/** Back to the list of tours. */
export function leaveTour(): void {
  navigate({ view: "tours" });
}

/** Full screen on, or off again; browsers that refuse (no user gesture, iframe) are ignored. */
export function toggleFullscreen(): void {
  if (document.fullscreenElement) {
    void document.exitFullscreen().catch(() => undefined);
    return;
  }
  const root = document.documentElement;
  if (typeof root.requestFullscreen === "function") void root.requestFullscreen().catch(() => undefined);
}
