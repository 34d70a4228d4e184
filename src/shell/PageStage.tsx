import { type ReactNode, useEffect } from "react";
import type { ContentIndex } from "../content/contentIndex";
import { MachineList2D } from "../factory/MachineList2D";
import { useT } from "../i18n/useT";
import { StageCanvas } from "../stage/StageCanvas";
import { forgetCompanyModel } from "../stage/useCompanyModel";
import { sceneShown, webglFailed } from "../state/actions";
import type { SceneView } from "../state/resolveView";
import { useStore } from "../state/store";
import { silenceCaughtErrorReports } from "./caughtErrors";
import { ErrorBoundary } from "./ErrorBoundary";
import { LoadingIndicator } from "./LoadingIndicator";
import { ModelErrorAlert } from "./ModelErrorAlert";
import { StageScene } from "./StageScene";
import { stageCanvasCreated, stageCanvasSettings } from "./stageCanvasSettings";

export interface PageStageProps {
  content: ContentIndex;
  /** What the stage shows, from `resolveView`. */
  scene: SceneView | null;
  /** DOM drawn over the scene: the workshop's overlay, the trade panel. */
  children?: ReactNode;
}

/**
 * The one 3D canvas of the app (DOM contract: `[data-scene]`, `aria-busy`, a progress bar while
 * loading, an alert on failure). It stays mounted; what it shows follows the route.
 */
export function PageStage({ content, scene: target, children }: PageStageProps) {
  const t = useT();
  const key = target?.key ?? null;
  const model = target?.kind === "workshop" ? target.company.model : null;
  const failed = useStore((s) => s.modelFailure !== null && s.modelFailure.model === model);
  const drawn = useStore((s) => s.drawnSceneKey === key);
  const webglProblem = useStore((s) => s.webglProblem);
  const cameraSettled = useStore((s) => s.cameraSettled);

  useEffect(() => sceneShown(key), [key]);
  useEffect(() => silenceCaughtErrorReports(), []);

  const busy = key !== null && !drawn && !failed && webglProblem !== "unavailable";
  return (
    <section
      className="stage"
      data-scene={key ?? ""}
      data-webgl={webglProblem ?? "ok"}
      data-camera={cameraSettled ? "settled" : "moving"}
      aria-busy={busy}
      hidden={key === null}
      aria-label={target?.kind === "town" ? t("townSceneLabel") : t("workshopSceneLabel")}
    >
      {webglProblem === "unavailable" ? null : (
        <ErrorBoundary fallback={null} onError={() => webglFailed("unavailable")}>
          <StageCanvas {...stageCanvasSettings} onCreated={stageCanvasCreated} adoptEarlyCanvas tabIndex={0}>
            <StageScene content={content} scene={target} />
          </StageCanvas>
        </ErrorBoundary>
      )}
      {busy ? <LoadingIndicator /> : null}
      {failed && target?.kind === "workshop" && model !== null ? (
        <ModelErrorAlert companyId={target.company.id} onRetry={() => forgetCompanyModel(model)} />
      ) : null}
      {webglProblem === "unavailable" ? (
        <div className="stage-fallback">
          <p role="status">{t("webglUnavailable")}</p>
          {target?.kind === "workshop" ? (
            <MachineList2D company={target.company} workshop={target.workshop} />
          ) : null}
        </div>
      ) : null}
      {webglProblem === "lost" ? (
        <p className="stage-notice" role="status">
          {t("webglLost")}
        </p>
      ) : null}
      {children}
    </section>
  );
}
