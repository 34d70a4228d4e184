import type { ContentIndex } from "../content/contentIndex";
import { useT } from "../shell/useT";

export interface ToursPageProps {
  content: ContentIndex;
}

/** `#/visites`: every guided tour, with its audience and length. */
export function ToursPage({ content }: ToursPageProps) {
  const t = useT();
  return (
    <div className="page tours-page">
      <h1>{t("navTours")}</h1>
      <ul className="tour-cards">
        {content.tours.map((tour) => (
          <li key={tour.id} className="tour-card" data-tour={tour.id}>
            <h2>{tour.title}</h2>
            <p className="muted">
              {tour.audience} · {tour.minutes} min · {tour.stops.length} étapes
            </p>
            {tour.description ? <p>{tour.description}</p> : null}
            <a className="button" href={`#/visite/${tour.id}/1`}>
              Commencer la visite
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
