import { lazy, Suspense, useEffect } from "react";
import type { ContentIndex } from "../content/contentIndex";
import { useT } from "../i18n/useT";
import { useStore } from "../state/store";
import { useResolvedView } from "../state/useResolvedView";
import { ContentErrorScreen } from "./ContentErrorScreen";
import { Header } from "./Header";
import { markPageMounted } from "./pageMounted";
import { SceneAnnouncer } from "./SceneAnnouncer";
import { StagePlaceholder } from "./StagePlaceholder";
import { stageChunkForLazy } from "./stageChunk";
import { PageContent } from "./ViewContent";

const LazyStage = lazy(stageChunkForLazy);

/** The view the route resolves to: its page, a live region about it, and the stage. */
function ResolvedMain({ content }: { content: ContentIndex }) {
  const view = useResolvedView(content);
  return (
    <>
      <PageContent content={content} page={view.page} />
      <SceneAnnouncer content={content} overlay={view.overlay} />
      <Suspense fallback={<StagePlaceholder scene={view.scene} />}>
        <LazyStage content={content} view={view} />
      </Suspense>
    </>
  );
}

/** The app frame: header, the view's 2D content, and the one 3D stage beside or under it. */
export function App() {
  const t = useT();
  const content = useStore((s) => s.content);
  const route = useStore((s) => s.route);
  const locale = useStore((s) => s.locale);
  useEffect(() => markPageMounted(), []);
  // The page's language follows the interface's, so screen readers pronounce it right.
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  if (content.status === "loading") {
    return (
      <div className="page boot" aria-busy="true">
        <p role="status">{t("loadingContent")}</p>
      </div>
    );
  }
  if (content.status === "error") return <ContentErrorScreen problems={content.problems} />;
  return (
    <>
      <Header />
      <main id="contenu" className="app-main" data-view={route.view} tabIndex={-1}>
        <ResolvedMain content={content.content} />
      </main>
    </>
  );
}
