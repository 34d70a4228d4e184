import { lazy, Suspense } from "react";
import type { ContentIndex } from "../content/contentIndex";
import { CompanyEntrance } from "../factory/CompanyEntrance";
import { ClassJoinPage } from "../live/ClassJoinPage";
import { ClassPresenterPanel } from "../live/ClassPresenterPanel";
import type { PageView } from "../state/resolveView";
import { MyToursPage } from "../tours/builder/MyToursPage";
import { SharedTourPage } from "../tours/builder/SharedTourPage";
import { TourBuilderPage } from "../tours/builder/TourBuilderPage";
import { TourStopMissingPage } from "../tours/builder/TourStopMissingPage";
import { PresenterView } from "../tours/PresenterView";
import { ToursPage } from "../tours/ToursPage";
import { Worksheet } from "../tours/Worksheet";
import { TownDirectory } from "../town/TownDirectory";
import { JobCatalogue } from "../trades/JobCatalogue";
import { JobPage } from "../trades/JobPage";
import { TradeQuiz } from "../trades/TradeQuiz";
import { NotFoundView } from "./NotFoundView";

/** The factory editor in a chunk of its own: glTF-Transform and the decoders stay out of the first load. */
const EditorPage = lazy(() => import("../editor/EditorPage"));

export interface PageContentProps {
  content: ContentIndex;
  page: PageView;
}

/** The 2D part of each view: pages, and nothing where the stage is the page. */
export function PageContent({ content, page }: PageContentProps) {
  switch (page.kind) {
    case "town":
      return <TownDirectory content={content} />;
    case "company":
      return <CompanyEntrance content={content} company={page.company} />;
    case "stage":
      return null;
    case "jobs":
      return <JobCatalogue content={content} />;
    case "job":
      return <JobPage content={content} job={page.job} />;
    case "quiz":
      return <TradeQuiz content={content} />;
    case "tours":
      return <ToursPage content={content} />;
    case "presenter":
      return (
        <div className="presenter-with-class">
          <PresenterView content={content} place={page.place} />
          <ClassPresenterPanel place={page.place} />
        </div>
      );
    case "worksheet":
      return <Worksheet content={content} tour={page.tour} />;
    case "class":
      return <ClassJoinPage code={page.code} />;
    case "editor":
      return (
        <Suspense
          fallback={
            <div className="page boot" aria-busy="true">
              <p role="status">…</p>
            </div>
          }
        >
          <EditorPage />
        </Suspense>
      );
    case "tourPending":
      return (
        <div className="page boot" aria-busy="true">
          <p role="status">…</p>
        </div>
      );
    case "tourStopMissing":
      return <TourStopMissingPage tour={page.tour} step={page.step} />;
    case "tourBuilder":
      return <TourBuilderPage content={content} tourId={page.tourId} />;
    case "myTours":
      return <MyToursPage content={content} />;
    case "sharedTour":
      return <SharedTourPage content={content} data={page.data} />;
    case "notFound":
      return <NotFoundView />;
  }
}
