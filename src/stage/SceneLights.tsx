import { Environment, Lightformer } from "@react-three/drei";
import { useRenderSettings } from "./useRenderSettings";

/**
 * Daylight for every scene, plus a tiny environment made of light panels so that metal looks like
 * metal. NOTE: drei's Environment presets download HDR files from a CDN; lightformers are drawn locally.
 * The environment is left out in "économe": on a CPU renderer it is most of a frame's cost.
 */
export function SceneLights() {
  const { environment } = useRenderSettings();
  return (
    <>
      <hemisphereLight args={["#f4f7ff", "#8a7f6a", environment ? 1.1 : 1.5]} />
      <directionalLight position={[30, 50, 25]} intensity={1.6} />
      {environment ? (
        <Environment resolution={64} frames={1}>
          <Lightformer intensity={1.2} position={[0, 6, -8]} scale={[12, 4, 1]} />
          <Lightformer intensity={0.8} position={[-8, 4, 4]} rotation-y={Math.PI / 2} scale={[10, 3, 1]} />
          <Lightformer intensity={0.6} position={[8, 4, 4]} rotation-y={-Math.PI / 2} scale={[10, 3, 1]} />
          <Lightformer
            intensity={0.5}
            position={[0, -2, 0]}
            rotation-x={Math.PI / 2}
            scale={[20, 20, 1]}
            color="#8a7f6a"
          />
        </Environment>
      ) : null}
    </>
  );
}
