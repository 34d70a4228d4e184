import { lazy, Suspense } from "react";
import { useRenderSettings } from "./useRenderSettings";

const LightPanels = lazy(() => import("./LightPanels"));

/**
 * Daylight for every scene, plus the light panels' environment (`LightPanels`) where the quality
 * allows it: left out in "économe", because on a CPU renderer it is most of a frame's cost. The
 * scene draws without waiting for the panels' code; they light it once it has loaded.
 */
export function SceneLights() {
  const { environment } = useRenderSettings();
  return (
    <>
      <hemisphereLight args={["#f4f7ff", "#8a7f6a", environment ? 1.1 : 1.5]} />
      <directionalLight position={[30, 50, 25]} intensity={1.6} />
      {environment ? (
        <Suspense fallback={null}>
          <LightPanels />
        </Suspense>
      ) : null}
    </>
  );
}
