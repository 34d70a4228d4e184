import type { TourPlace } from "../content/resolvePlace";
import { useDictionary } from "../i18n/useT";
import { moveTour } from "./tourMoves";
import { tourStrings } from "./tourStrings";

export interface TourControlsProps {
  place: TourPlace;
}

/** The step counter (`[data-tour-step]`, "n / N") between the previous and next buttons. */
export function TourControls({ place }: TourControlsProps) {
  const t = useDictionary(tourStrings);
  const { step, total } = place;
  return (
    <nav className="tour-controls" aria-label={t("tourPlayerLabel")}>
      <button
        type="button"
        className="button"
        data-tour-previous=""
        disabled={step <= 1}
        onClick={() => moveTour("previous", total)}
      >
        ← {t("tourPrevious")}
      </button>
      <span className="tour-step" data-tour-step="" aria-live="polite">
        {step} / {total}
      </span>
      <button
        type="button"
        className="button"
        data-tour-next=""
        disabled={step >= total}
        onClick={() => moveTour("next", total)}
      >
        {t("tourNext")} →
      </button>
    </nav>
  );
}
