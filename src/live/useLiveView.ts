import type { Tour } from "../content/schema";
import type { LiveClass } from "../state/liveSlice";
import { useStore } from "../state/store";

/** The class this teacher window leads for `tour`, or null (none, another tour's, or a pupil's). */
export function useTeacherLive(tour: Tour): LiveClass | null {
  const live = useStore((s) => s.live);
  return live?.role === "teacher" && live.tourId === tour.id ? live : null;
}

/** The page's address for a route's hash, as a pupil types it or a QR code carries it. */
export function pageAddress(hash: string): string {
  if (typeof location === "undefined") return hash;
  return `${location.origin}${location.pathname}${hash}`;
}
