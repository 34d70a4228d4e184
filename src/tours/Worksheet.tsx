import type { ContentIndex } from "../content/contentIndex";
import { resolveTourStop } from "../content/resolvePlace";
import type { Tour } from "../content/schema";
import { useDictionary, useT } from "../i18n/useT";
import { tradesOfTour } from "./tourPlayback";
import { tourStrings } from "./tourStrings";
import "./tours.css";
import { hrefOf } from "../state/route";

export interface WorksheetProps {
  content: ContentIndex;
  tour: Tour;
}

/** Lines left to write an answer on. */
const answerLines = 3;

/** `#/visite/<tour>/fiche`: the pupils' printable worksheet — the stops, the trades met, the questions. */
export function Worksheet({ content, tour }: WorksheetProps) {
  const t = useT();
  const tf = useDictionary(tourStrings);
  const stops = tour.stops.map((_, index) => resolveTourStop(content, tour, index + 1));
  const trades = tradesOfTour(content, tour);
  const questions = tour.stops.flatMap((stop) => (stop.question ? [stop.question.prompt] : []));
  return (
    <article className="page worksheet" data-worksheet={tour.id}>
      <div className="button-row no-print">
        <a className="button secondary" href={hrefOf({ view: "tours" })}>
          {tf("worksheetBack")}
        </a>
        <button type="button" className="button" onClick={() => window.print()}>
          {tf("worksheetPrint")}
        </button>
      </div>
      <p className="muted">{tf("tourWorksheet")}</p>
      <h1>{tour.title}</h1>
      <p className="worksheet-who">
        <span>{tf("worksheetName")}</span>
        <span>{tf("worksheetClass")}</span>
      </p>
      <h2>{tf("worksheetStops")}</h2>
      <ol className="worksheet-stops">
        {stops.map((place, index) =>
          place ? (
            <li key={`${place.step}`} data-worksheet-stop={place.machine.id}>
              <strong>{place.machine.name}</strong> — {place.company.name}, {place.company.town} (
              {place.workshop.name})
            </li>
          ) : (
            // biome-ignore lint/suspicious/noArrayIndexKey: a stop whose place is unknown has no other id.
            <li key={index}>?</li>
          ),
        )}
      </ol>
      <h2>{tf("worksheetTrades")}</h2>
      <ul className="worksheet-trades">
        {trades.map((job) => (
          <li key={job.id} data-worksheet-job={job.id}>
            {job.title} — {t("rome")} {job.rome}
          </li>
        ))}
      </ul>
      <h2>{tf("worksheetQuestions")}</h2>
      <ol className="worksheet-questions">
        {questions.map((prompt) => (
          <li key={prompt}>
            <p>{prompt}</p>
            {Array.from({ length: answerLines }, (_, line) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: blank lines are all alike.
              <span key={line} className="answer-line" aria-hidden="true" />
            ))}
          </li>
        ))}
      </ol>
    </article>
  );
}
