import type { ContentIndex } from "../content/contentIndex";
import { resolveFactoryPlace } from "../content/resolvePlace";
import { CompanyEntrance } from "../factory/CompanyEntrance";
import type { Route } from "../state/route";
import { ToursPage } from "../tours/ToursPage";
import { TownDirectory } from "../town/TownDirectory";
import { JobCatalogue } from "../trades/JobCatalogue";
import { JobPage } from "../trades/JobPage";
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
    case "tours":
    case "tour":
      return <ToursPage content={content} />;
    case "notFound":
      return <NotFoundView />;
  }
}
