import { useThree } from "@react-three/fiber";
import { lazy, Suspense, useLayoutEffect } from "react";
import { ACESFilmicToneMapping, NoToneMapping } from "three";
import { useRenderSettings } from "./useRenderSettings";

const LightPanels = lazy(() => import("./LightPanels"));

/** The sky's colour and the ground's, for the sky light; their mean for the plain ambient light. */
const skyColor = "#f4f7ff";
const groundColor = "#8a7f6a";
const skyAndGroundMean = "#bfbbb4";

/**
 * Filmic tone mapping (fiber's default) with the sky light; none with plain lighting. Set in a
 * layout effect, before the frame loop's next render (three recompiles the materials it changes).
 */
function ToneMapping({ plain }: { plain: boolean }) {
  const gl = useThree((state) => state.gl);
  const invalidate = useThree((state) => state.invalidate);
  useLayoutEffect(() => {
    gl.toneMapping = plain ? NoToneMapping : ACESFilmicToneMapping;
    invalidate();
  }, [gl, plain, invalidate]);
  return null;
}

/**
 * Daylight for every scene, plus the light panels' environment (`LightPanels`) where the quality
 * allows it: left out in "économe", because on a CPU renderer it is most of a frame's cost. The
 * scene draws without waiting for the panels' code; they light it once it has loaded.
 * "Économe" also lights plainly (`plainLighting`): an even ambient light instead of the sky's, a
 * brighter sun and no tone mapping, which look about the same (compared on screenshots of the
 * heaviest workshop: mean brightness 166–170 against 169) and draw faster on a CPU renderer.
 */
export function SceneLights() {
  const { environment, plainLighting } = useRenderSettings();
  return (
    <>
      <ToneMapping plain={plainLighting} />
      {plainLighting ? (
        <ambientLight color={skyAndGroundMean} intensity={2.4} />
      ) : (
        <hemisphereLight args={[skyColor, groundColor, environment ? 1.1 : 1.5]} />
      )}
      <directionalLight position={[30, 50, 25]} intensity={plainLighting ? 2 : 1.6} />
      {environment ? (
        <Suspense fallback={null}>
          <LightPanels />
        </Suspense>
      ) : null}
    </>
  );
}
