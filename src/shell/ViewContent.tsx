import { lazy, type ReactNode, Suspense } from "react";
import type { ContentIndex } from "../content/contentIndex";
import { CompanyEntrance } from "../factory/CompanyEntrance";
import { ClassPresenterPanel } from "../live/ClassPresenterPanel";
import type { PageView } from "../state/resolveView";
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
// Pages that a pupil's first view never needs load when asked for: the entry chunk stays small.
const TourBuilderPage = lazy(() =>
  import("../tours/builder/TourBuilderPage").then((m) => ({ default: m.TourBuilderPage })),
);
const MyToursPage = lazy(() =>
  import("../tours/builder/MyToursPage").then((m) => ({ default: m.MyToursPage })),
);
const SharedTourPage = lazy(() =>
  import("../tours/builder/SharedTourPage").then((m) => ({ default: m.SharedTourPage })),
);
const ClassGuestPage = lazy(() =>
  import("../live/ClassGuestPage").then((m) => ({ default: m.ClassGuestPage })),
);
const MyClassPage = lazy(() => import("../season/MyClassPage").then((m) => ({ default: m.MyClassPage })));
const PassportPage = lazy(() => import("../season/PassportPage").then((m) => ({ default: m.PassportPage })));
const DefiPage = lazy(() => import("../season/DefiPage").then((m) => ({ default: m.DefiPage })));
const ProPage = lazy(() => import("../live/ProPage").then((m) => ({ default: m.ProPage })));
const ClassJoinPage = lazy(() => import("../live/ClassJoinPage").then((m) => ({ default: m.ClassJoinPage })));

/** What shows while a page's own chunk downloads. */
function PageLoading() {
  return (
    <div className="page boot" aria-busy="true">
      <p role="status">…</p>
    </div>
  );
}

function Chunk({ children }: { children: ReactNode }) {
  return <Suspense fallback={<PageLoading />}>{children}</Suspense>;
}

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
      return (
        <Chunk>
          <ClassJoinPage code={page.code} />
        </Chunk>
      );
    case "classGuest":
      return (
        <Chunk>
          <ClassGuestPage content={content} code={page.code} guest={page.guest} />
        </Chunk>
      );
    case "pro":
      return (
        <Chunk>
          <ProPage content={content} />
        </Chunk>
      );
    case "editor":
      return (
        <Chunk>
          <EditorPage />
        </Chunk>
      );
    case "myClass":
      return (
        <Chunk>
          <MyClassPage content={content} card={page.card} />
        </Chunk>
      );
    case "passport":
      return (
        <Chunk>
          <PassportPage content={content} />
        </Chunk>
      );
    case "defi":
      return (
        <Chunk>
          <DefiPage code={page.code} />
        </Chunk>
      );
    case "tourPending":
      return <PageLoading />;
    case "tourStopMissing":
      return <TourStopMissingPage tour={page.tour} step={page.step} />;
    case "tourBuilder":
      return (
        <Chunk>
          <TourBuilderPage content={content} tourId={page.tourId} field={page.field} />
        </Chunk>
      );
    case "myTours":
      return (
        <Chunk>
          <MyToursPage content={content} />
        </Chunk>
      );
    case "sharedTour":
      return (
        <Chunk>
          <SharedTourPage content={content} data={page.data} />
        </Chunk>
      );
    case "notFound":
      return <NotFoundView />;
  }
}
