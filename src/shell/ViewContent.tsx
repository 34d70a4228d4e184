import type { ContentIndex } from "../content/contentIndex";
import { resolveFactoryPlace } from "../content/resolvePlace";
import { CompanyEntrance } from "../factory/CompanyEntrance";
import type { Route } from "../state/route";
import { PresenterView } from "../tours/PresenterView";
import { ToursPage } from "../tours/ToursPage";
import { resolveTourStop } from "../tours/tourPlayback";
import { Worksheet } from "../tours/Worksheet";
import { TownDirectory } from "../town/TownDirectory";
import { JobCatalogue } from "../trades/JobCatalogue";
import { JobPage } from "../trades/JobPage";
import { TradeQuiz } from "../trades/TradeQuiz";
import { NotFoundView } from "./NotFoundView";

export interface ViewContentProps {
  content: ContentIndex;
  route: Route;
}

/** The 2D part of each view: pages, and what the 3D scenes draw over the canvas. */
export function PageContent({ content, route }: ViewContentProps) {
  switch (route.view) {
    case "town":
      return <TownDirectory content={content} />;
    case "company": {
      const place = resolveFactoryPlace(content, route.company);
      return place ? <CompanyEntrance content={content} company={place.company} /> : <NotFoundView />;
    }
    case "workshop":
      return resolveFactoryPlace(content, route.company, route.workshop, route.machine) ? null : (
        <NotFoundView />
      );
    case "jobs": {
      if (route.job === undefined) return <JobCatalogue content={content} />;
      const job = content.jobById.get(route.job);
      return job ? <JobPage content={content} job={job} /> : <NotFoundView />;
    }
    case "quiz":
      return <TradeQuiz content={content} />;
    case "tours":
      return <ToursPage content={content} />;
    case "tour": {
      // The projector's view is the stage with its overlay (StageOverlay); the presenter's is a page.
      const place = resolveTourStop(content, route.tour, route.step);
      if (!place) return <NotFoundView />;
      return route.presenter ? <PresenterView content={content} place={place} /> : null;
    }
    case "worksheet": {
      const tour = content.tourById.get(route.tour);
      return tour ? <Worksheet content={content} tour={tour} /> : <NotFoundView />;
    }
    case "notFound":
      return <NotFoundView />;
  }
}
