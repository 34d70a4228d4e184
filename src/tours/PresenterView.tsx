import type { ContentIndex } from "../content/contentIndex";
import { resolveTourStop, type TourPlace } from "../content/resolvePlace";
import { useDictionary } from "../i18n/useT";
import { formatHash, hrefOf, type Route } from "../state/route";
import { PortraitCard } from "../ui/PortraitCard";
import { TourControls } from "./TourControls";
import { leaveTour, moveTour, toggleFullscreen } from "./tourMoves";
import { formatElapsed } from "./tourPlayback";
import { tourStrings } from "./tourStrings";
import { useElapsed } from "./useElapsed";
import { useTourKeys } from "./useTourKeys";
import { useTourSync } from "./useTourSync";
import "./tours.css";

export interface PresenterViewProps {
  content: ContentIndex;
  place: TourPlace;
}

/** Opens the projector's window: the same stop, without `?presentateur`. */
function openProjector(place: TourPlace): void {
  const route: Route = { view: "tour", tour: place.tour.id, step: place.step, presenter: false, auto: false };
  const url = `${location.origin}${location.pathname}${location.search}${formatHash(route)}`;
  window.open(url, "usine-projecteur");
}

/**
 * The teacher's window (`?presentateur`): notes, the question and its answer, the next stop, the
 * time elapsed. DOM only; it keeps the projector's window on the same stop.
 */
export function PresenterView({ content, place }: PresenterViewProps) {
  const t = useDictionary(tourStrings);
  const { tour, stop, step, total, company, workshop, machine } = place;
  const next = resolveTourStop(content, tour, step + 1);
  const portrait = stop.portrait === undefined ? undefined : content.portraitById.get(stop.portrait);
  const elapsed = useElapsed(tour.id);
  useTourSync(tour.id, step);
  useTourKeys((command) => {
    if (command === "leave") leaveTour();
    else if (command === "fullscreen") toggleFullscreen();
    else if (command !== "blackout") moveTour(command, total);
  });

  return (
    <div className="page presenter" data-tour-presenter={tour.id}>
      <header className="presenter-head">
        <div>
          <p className="muted">{t("tourPresenterView")}</p>
          <h1>{tour.title}</h1>
        </div>
        <p className="presenter-clock">
          {t("tourElapsed")} <strong data-tour-elapsed="">{formatElapsed(elapsed)}</strong>
        </p>
      </header>
      <TourControls place={place} />
      <div className="button-row">
        <button type="button" className="button" data-open-projector="" onClick={() => openProjector(place)}>
          {t("tourOpenProjector")}
        </button>
        <a className="button secondary" href={hrefOf({ view: "tours" })}>
          {t("tourLeave")}
        </a>
      </div>
      <div className="presenter-grid">
        <section className="presenter-current">
          <h2>
            {t("tourCurrentStop")} {machine.name}
          </h2>
          <p className="muted">
            {company.name}, {company.town} · {workshop.name}
          </p>
          <p data-tour-narration="">{stop.narration}</p>
          {portrait ? (
            <PortraitCard
              portrait={portrait}
              jobTitle={content.jobById.get(portrait.job)?.title ?? portrait.job}
              companyName={
                portrait.company === undefined ? undefined : content.companyById.get(portrait.company)?.name
              }
              headingLevel={3}
            />
          ) : null}
          {stop.question ? (
            <div className="presenter-question">
              <p>
                <strong>{t("tourQuestion")}</strong> {stop.question.prompt}
              </p>
              <p>
                <strong>{t("tourAnswer")}</strong> {stop.question.answer}
              </p>
            </div>
          ) : null}
        </section>
        <section className="presenter-notes">
          <h2>{t("tourNotes")}</h2>
          <p data-tour-notes="">{stop.notes}</p>
          <h2>{t("tourNextStop")}</h2>
          {next ? (
            <p data-tour-next-stop={next.machine.id}>
              <strong>{next.machine.name}</strong> · {next.company.name}, {next.company.town}
            </p>
          ) : (
            <p>{t("tourLastStop")}</p>
          )}
        </section>
      </div>
      <p className="muted">{t("tourKeysHelp")}</p>
    </div>
  );
}
