import { useEffect, useState } from "react";
import type { TourPlace } from "../content/resolvePlace";
import { useDictionary } from "../i18n/useT";
import { TourControls } from "./TourControls";
import { TourStopCard } from "./TourStopCard";
import { leaveTour, moveTour, toggleFullscreen } from "./tourMoves";
import { tourStrings } from "./tourStrings";
import { useIdleCursor } from "./useIdleCursor";
import { useTourKeys } from "./useTourKeys";
import { useTourSync } from "./useTourSync";
import "./tours.css";
import { hrefOf } from "../state/route";

/** Seconds between stops in kiosk mode (`?auto`). */
const kioskSeconds = 20;

export interface TourPlayerProps {
  place: TourPlace;
  /** Kiosk mode: moves on by itself and starts again after the last stop. */
  auto: boolean;
}

/**
 * The projector's view of a tour, drawn over the 3D stage (which frames the stop's machine):
 * large narration, the question, and clicker keys — next (→ PageDown Space), previous (← PageUp),
 * Home/End, B or "." for a black screen, F for full screen, Escape to leave.
 */
export function TourPlayer({ place, auto }: TourPlayerProps) {
  const t = useDictionary(tourStrings);
  const [blackout, setBlackout] = useState(false);
  const { tour, step, total } = place;
  useIdleCursor();
  useTourSync(tour.id, step);
  useTourKeys((command) => {
    if (command === "blackout") setBlackout((on) => !on);
    else if (command === "fullscreen") toggleFullscreen();
    else if (command === "leave") leaveTour();
    else moveTour(command, total);
  });

  // biome-ignore lint/correctness/useExhaustiveDependencies: each new stop restarts the countdown.
  useEffect(() => {
    if (!auto) return;
    const timer = window.setTimeout(
      () => moveTour("next", total, { loop: true, historyMode: "replace" }),
      kioskSeconds * 1000,
    );
    return () => window.clearTimeout(timer);
  }, [auto, step, total]);

  return (
    <div className="tour-player" data-tour-player={tour.id}>
      <div className="tour-banner">
        <p className="tour-title">{tour.title}</p>
        <div className="button-row">
          <button type="button" className="button secondary" onClick={() => setBlackout(true)}>
            {t("tourBlackout")}
          </button>
          <button type="button" className="button secondary" onClick={toggleFullscreen}>
            {t("tourFullscreen")}
          </button>
          <a className="button secondary" href={hrefOf({ view: "tours" })}>
            {t("tourLeave")}
          </a>
        </div>
      </div>
      <section className="tour-panel" aria-label={t("tourPlayerLabel")}>
        <TourStopCard key={`${tour.id}/${step}`} place={place} />
        <TourControls place={place} />
      </section>
      {blackout ? (
        // biome-ignore lint/a11y/useKeyWithClickEvents: the B and "." keys do it from the keyboard.
        <div className="tour-blackout" data-blackout="" onClick={() => setBlackout(false)} />
      ) : null}
    </div>
  );
}
