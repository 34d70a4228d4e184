import { OrbitControls } from "@react-three/drei";
import { Suspense } from "react";
import type { ContentIndex } from "../content/contentIndex";
import { WorkshopScene } from "../factory/WorkshopScene";
import { CameraRig } from "../stage/CameraRig";
import { SceneLights } from "../stage/SceneLights";
import { ScreenAnchorTracker } from "../stage/ScreenAnchorTracker";
import { modelFailed } from "../state/actions";
import type { SceneView } from "../state/resolveView";
import { useStore } from "../state/store";
import { TownScene } from "../town/TownScene";
import { ErrorBoundary } from "./ErrorBoundary";
import { QualityControl } from "./QualityControl";

export interface StageSceneProps {
  content: ContentIndex;
  /** What the stage shows, from `resolveView`. */
  scene: SceneView | null;
}

/**
 * What the stage's canvas draws: the light, the camera's rig, and the town or a workshop. The page's
 * stage (`PageStage`) renders it, and so does the early stage (`earlyStage.tsx`) before the page
 * mounts: the same tree, so that the page takes the early one over as it is.
 */
export function StageScene({ content, scene }: StageSceneProps) {
  const attempt = useStore((s) => s.modelAttempt);
  const model = scene?.kind === "workshop" ? scene.company.model : null;
  return (
    <>
      <color attach="background" args={["#cfe3f1"]} />
      <SceneLights />
      {scene?.kind === "town" ? (
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
      {scene?.kind === "town" ? <TownScene content={content} /> : null}
      {scene?.kind === "workshop" && model !== null ? (
        <ErrorBoundary
          resetKey={`${model}#${attempt}`}
          fallback={null}
          onError={(error) => modelFailed(model, error.message)}
        >
          <Suspense fallback={null}>
            <WorkshopScene
              key={scene.company.id}
              company={scene.company}
              workshop={scene.workshop}
              machineId={scene.machineId}
              focusMachineId={scene.focusMachineId}
              sceneKey={scene.key}
            />
          </Suspense>
        </ErrorBoundary>
      ) : null}
    </>
  );
}
