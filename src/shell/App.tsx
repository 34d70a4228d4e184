import { lazy, Suspense, useEffect } from "react";
import { useT } from "../i18n/useT";
import { useStore } from "../state/store";
import { ContentErrorScreen } from "./ContentErrorScreen";
import { Header } from "./Header";
import { SceneAnnouncer } from "./SceneAnnouncer";
import { StagePlaceholder } from "./StagePlaceholder";
import { PageContent } from "./ViewContent";

const LazyStage = lazy(() => import("./LazyStage"));

/** The app frame: header, the view's 2D content, and the one 3D stage beside or under it. */
export function App() {
  const t = useT();
  const content = useStore((s) => s.content);
  const route = useStore((s) => s.route);
  const locale = useStore((s) => s.locale);
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
        <PageContent content={content.content} route={route} />
        <SceneAnnouncer content={content.content} route={route} />
        <Suspense fallback={<StagePlaceholder content={content.content} route={route} />}>
          <LazyStage content={content.content} route={route} />
        </Suspense>
      </main>
    </>
  );
}
