import { useStore } from "../state/store";
import { ContentErrorScreen } from "./ContentErrorScreen";
import { Header } from "./Header";
import { SceneStage } from "./SceneStage";
import { useT } from "./useT";
import { PageContent, StageOverlay } from "./ViewContent";

/** The app frame: header, the view's 2D content, and the one 3D stage beside or under it. */
export function App() {
  const t = useT();
  const content = useStore((s) => s.content);
  const route = useStore((s) => s.route);
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
        <SceneStage content={content.content}>
          <StageOverlay content={content.content} route={route} />
        </SceneStage>
      </main>
    </>
  );
}
