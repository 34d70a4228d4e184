import { Environment, Lightformer } from "@react-three/drei";

/**
 * A tiny environment made of light panels, so that metal looks like metal. NOTE: drei's
 * Environment presets download HDR files from a CDN; lightformers are drawn locally. In a chunk of
 * its own (with drei's HDR, EXR and gain-map loaders that Environment brings): "économe", which a
 * software renderer starts in, never loads it.
 */
export default function LightPanels() {
  return (
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
  );
}
