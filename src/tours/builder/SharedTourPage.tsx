import { useEffect, useMemo, useState } from "react";
import type { ContentIndex } from "../../content/contentIndex";
import { resolveFactoryPlace } from "../../content/resolvePlace";
import type { Tour } from "../../content/schema";
import { useDictionary } from "../../i18n/useT";
import { keepTourCopy, openLinkTour } from "../../state/ownToursActions";
import { hrefOf } from "../../state/route";
import { useStore } from "../../state/store";
import { builderStrings } from "./builderStrings";
import { decodeTourLink } from "./tourLink";
import "./builder.css";

export interface SharedTourPageProps {
  content: ContentIndex;
  /** What follows `#/visites/lien/`. */
  data: string;
}

/**
 * `#/visites/lien/<data>`: a tour carried whole by a link. It plays at once in this browser (kept
 * in memory for this tab), and "Garder une copie" puts it among "Mes visites".
 */
export function SharedTourPage({ content, data }: SharedTourPageProps) {
  const t = useDictionary(builderStrings);
  const loaded = useStore((s) => s.ownToursLoaded);
  const decoded = useMemo(() => decodeTourLink(data), [data]);
  const [tour, setTour] = useState<Tour | null>(null);
  const [kept, setKept] = useState(false);

  // Opened once the teacher's own tours are read, so that the link never replaces one of them.
  useEffect(() => {
    if (!loaded || !decoded.ok) return;
    setTour(openLinkTour(decoded.tour));
    setKept(false);
  }, [loaded, decoded]);

  if (!decoded.ok) {
    return (
      <div className="page shared-tour">
        <h1>{t("sharedTitle")}</h1>
        <div role="alert" data-shared-broken="">
          <p>{t("sharedBroken")}</p>
          <p>{decoded.problem}</p>
        </div>
        <p>
          <a className="button secondary" href={hrefOf({ view: "tours" })}>
            {t("play")}
          </a>
        </p>
      </div>
    );
  }
  if (!tour) {
    return (
      <div className="page shared-tour" aria-busy="true">
        <p role="status">{t("tourPending")}</p>
      </div>
    );
  }
  return (
    <div className="page shared-tour" data-shared-tour={tour.id}>
      <p className="muted">{t("sharedTitle")}</p>
      <h1>{tour.title}</h1>
      <p className="muted">
        {tour.audience} · {tour.minutes} min · {t("stopsOf", { n: tour.stops.length })}
      </p>
      <p>{t("sharedIntro")}</p>
      <p className="button-row">
        <a className="button" href={hrefOf({ view: "tour", tour: tour.id, step: 1 })} data-play-tour="">
          {t("play")}
        </a>
        <a
          className="button secondary"
          href={hrefOf({ view: "tour", tour: tour.id, step: 1, presenter: true })}
        >
          {t("presenter")}
        </a>
        <a className="button secondary" href={hrefOf({ view: "worksheet", tour: tour.id })}>
          {t("worksheet")}
        </a>
        <button
          type="button"
          className="button secondary"
          data-keep-copy=""
          disabled={kept}
          onClick={() => {
            keepTourCopy(tour);
            setKept(true);
          }}
        >
          {t("sharedKeep")}
        </button>
      </p>
      <p aria-live="polite">
        {kept ? (
          <>
            {t("sharedKept")} <a href={hrefOf({ view: "myTours" })}>{t("myToursLink")}</a>
          </>
        ) : null}
      </p>
      <ol className="shared-stops">
        {tour.stops.map((stop, index) => {
          const place = resolveFactoryPlace(content, stop.company, stop.workshop, stop.machine);
          const found = place?.kind === "workshop" && place.machine;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: a stop is its position in the tour.
            <li key={index} className={found ? "" : "missing"}>
              {found && place.kind === "workshop" && place.machine ? (
                <>
                  <strong>{place.machine.name}</strong> — {place.company.name}, {place.company.town}
                </>
              ) : (
                <>
                  <strong>{stop.machine}</strong> — {t("stopMissing")}
                </>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
