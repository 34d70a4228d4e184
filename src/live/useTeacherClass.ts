import { useEffect } from "react";
import type { Tour } from "../content/schema";
import { attachClass, gotoStep } from "./liveClient";
import { onTeacherSessionChange } from "./liveSessions";

/**
 * A teacher window (projector or presenter) on a tour: attaches to the class that this browser
 * runs for that tour (after a reload, or when the other window starts one), and sends each move
 * of the tour (clicker, buttons, the other window's moves) to the class.
 */
export function useTeacherClass(tour: Tour, step: number, attached: boolean): void {
  const tourId = tour.id;
  useEffect(() => {
    void attachClass(tourId);
    return onTeacherSessionChange(() => void attachClass(tourId));
  }, [tourId]);

  useEffect(() => {
    if (attached) void gotoStep(step - 1);
  }, [attached, step]);
}
