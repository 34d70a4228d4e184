import type { ContentIndex } from "../content/contentIndex";
import { useDictionary, useT } from "../i18n/useT";
import { hrefOf } from "../state/route";
import { builderStrings } from "./builder/builderStrings";
import { PrepareOfflineButton } from "./PrepareOfflineButton";
import { tourStrings } from "./tourStrings";
import "./tours.css";

export interface ToursPageProps {
  content: ContentIndex;
}

/** `#/visites`: every guided tour, with its audience and length. */
export function ToursPage({ content }: ToursPageProps) {
  const t = useT();
  const tf = useDictionary(tourStrings);
  const tb = useDictionary(builderStrings);
  return (
    <div className="page tours-page">
      <h1>{t("navTours")}</h1>
      <p className="button-row" data-builder-links="">
        <a className="button" href={hrefOf({ view: "tourBuilder" })}>
          {tb("builderNew")}
        </a>
        <a className="button secondary" href={hrefOf({ view: "myTours" })}>
          {tb("myToursLink")}
        </a>
      </p>
      <ul className="tour-cards">
        {content.tours.map((tour) => (
          <li key={tour.id} className="tour-card" data-tour={tour.id}>
            <h2>{tour.title}</h2>
            <p className="muted">
              {tour.audience} · {tour.minutes} min · {t("tourStops", { n: tour.stops.length })}
            </p>
            {tour.description ? <p>{tour.description}</p> : null}
            <a className="button" href={hrefOf({ view: "tour", tour: tour.id, step: 1 })}>
              {tf("startTour")}
            </a>{" "}
            <a
              className="button secondary"
              href={hrefOf({ view: "tour", tour: tour.id, step: 1, presenter: true })}
              data-tour-presenter-link=""
            >
              {tf("tourPresenterView")}
            </a>{" "}
            <a
              className="button secondary"
              href={hrefOf({ view: "worksheet", tour: tour.id })}
              data-worksheet-link=""
            >
              {tf("tourWorksheet")}
            </a>
            <PrepareOfflineButton content={content} tour={tour} />
          </li>
        ))}
      </ul>
    </div>
  );
}
