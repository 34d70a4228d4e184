import { useEffect } from "react";
import type { Tour } from "../../content/schema";
import { useDictionary } from "../../i18n/useT";
import { navigate } from "../../state/actions";
import { hrefOf } from "../../state/route";
import { useStore } from "../../state/store";
import { builderStrings } from "./builderStrings";

export interface TourStopMissingPageProps {
  tour: Tour;
  /** 1-based. */
  step: number;
}

/**
 * A stop whose machine is no longer in the pack (a teacher's tour after an update): said plainly,
 * with a way on to the next stop and, for the teacher's own tour, to the builder.
 */
export function TourStopMissingPage({ tour, step }: TourStopMissingPageProps) {
  const t = useDictionary(builderStrings);
  const mine = useStore((s) => s.myTours.has(tour.id));
  const kiosk = useStore((s) => s.route.view === "tour" && s.route.auto === true);
  const total = tour.stops.length;

  // A kiosk never stalls on a missing stop: it goes on to the next one (the first after the last).
  useEffect(() => {
    if (!kiosk) return;
    const timer = window.setTimeout(
      () =>
        navigate({ view: "tour", tour: tour.id, step: step >= total ? 1 : step + 1, auto: true }, "replace"),
      3000,
    );
    return () => window.clearTimeout(timer);
  }, [kiosk, tour.id, step, total]);
  const stop = tour.stops[step - 1];
  const place = stop ? `${stop.company}/${stop.workshop}/${stop.machine}` : "";
  return (
    <div className="page tour-stop-missing" data-tour-player={tour.id}>
      <p className="muted">{tour.title}</p>
      <h1>{t("missingPlaceTitle")}</h1>
      <p data-tour-step="">
        {step} / {tour.stops.length}
      </p>
      <p role="alert">{t("missingPlace", { n: step, title: tour.title, place })}</p>
      <p className="button-row">
        {step > 1 ? (
          <a className="button secondary" href={hrefOf({ view: "tour", tour: tour.id, step: step - 1 })}>
            {t("previousStop")}
          </a>
        ) : null}
        {step < tour.stops.length ? (
          <a className="button" href={hrefOf({ view: "tour", tour: tour.id, step: step + 1 })}>
            {t("skipStop")}
          </a>
        ) : null}
        {mine ? (
          <a className="button secondary" href={hrefOf({ view: "tourBuilder", tour: tour.id })}>
            {t("edit")}
          </a>
        ) : null}
      </p>
    </div>
  );
}
