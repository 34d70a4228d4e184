import { OrbitControls } from "@react-three/drei";
import { type ReactNode, Suspense, useEffect } from "react";
import type { ContentIndex } from "../content/contentIndex";
import { MachineList2D } from "../factory/MachineList2D";
import { WorkshopScene } from "../factory/WorkshopScene";
import { useT } from "../i18n/useT";
import { CameraRig } from "../stage/CameraRig";
import { SceneLights } from "../stage/SceneLights";
import { ScreenAnchorTracker } from "../stage/ScreenAnchorTracker";
import { StageCanvas } from "../stage/StageCanvas";
import { createStageRenderer } from "../stage/stageRenderer";
import { forgetCompanyModel } from "../stage/useCompanyModel";
import { modelFailed, sceneShown, webglFailed } from "../state/actions";
import type { SceneView } from "../state/resolveView";
import { useStore } from "../state/store";
import { TownScene } from "../town/TownScene";
import { exposeRendererForBench } from "./benchProbe";
import { silenceCaughtErrorReports } from "./caughtErrors";
import { ErrorBoundary } from "./ErrorBoundary";
import { LoadingIndicator } from "./LoadingIndicator";
import { ModelErrorAlert } from "./ModelErrorAlert";
import { QualityControl } from "./QualityControl";

export interface SceneStageProps {
  content: ContentIndex;
  /** What the stage shows, from `resolveView`. */
  scene: SceneView | null;
  /** DOM drawn over the scene: the workshop's overlay, the trade panel. */
  children?: ReactNode;
}

/** Watches the canvas for a lost WebGL context, and for its return (then draws the scene again). */
function watchContext(canvas: HTMLCanvasElement, invalidate: () => void): void {
  canvas.addEventListener("webglcontextlost", (event) => {
    event.preventDefault(); // NOTE: without this the browser never restores the context.
    webglFailed("lost");
  });
  canvas.addEventListener("webglcontextrestored", () => {
    webglFailed(null);
    // NOTE: the frame loop sleeps ("demand"); nothing else would redraw the restored context.
    invalidate();
  });
}

/**
 * The one 3D canvas of the app (DOM contract: `[data-scene]`, `aria-busy`, a progress bar while
 * loading, an alert on failure). It stays mounted; what it shows follows the route.
 */
export function SceneStage({ content, scene: target, children }: SceneStageProps) {
  const t = useT();
  const key = target?.key ?? null;
  const model = target?.kind === "workshop" ? target.company.model : null;
  const attempt = useStore((s) => s.modelAttempt);
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
          <StageCanvas
            gl={createStageRenderer}
            frameloop="demand"
            dpr={[1, 2]}
            camera={{ fov: 50, near: 0.1, far: 1500, position: [0, 60, 60] }}
            onCreated={({ gl, invalidate }) => {
              watchContext(gl.domElement, () => invalidate());
              exposeRendererForBench(gl);
            }}
            tabIndex={0}
          >
            <color attach="background" args={["#cfe3f1"]} />
            <SceneLights />
            {target?.kind === "town" ? (
              <OrbitControls
                makeDefault
                enableDamping={false}
                maxPolarAngle={Math.PI / 2.4}
                minDistance={20}
                maxDistance={220}
              />
            ) : null}
            <QualityControl />
            <CameraRig />
            <ScreenAnchorTracker />
            {target?.kind === "town" ? <TownScene content={content} /> : null}
            {target?.kind === "workshop" && model !== null ? (
              <ErrorBoundary
                resetKey={`${model}#${attempt}`}
                fallback={null}
                onError={(error) => modelFailed(model, error.message)}
              >
                <Suspense fallback={null}>
                  <WorkshopScene
                    key={target.company.id}
                    company={target.company}
                    workshop={target.workshop}
                    machineId={target.machineId}
                    focusMachineId={target.focusMachineId}
                    sceneKey={target.key}
                  />
                </Suspense>
              </ErrorBoundary>
            ) : null}
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
