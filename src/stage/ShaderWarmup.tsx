import { useThree } from "@react-three/fiber";
import { useEffect } from "react";
import { onModelParsed } from "./useCompanyModel";

/**
 * Compiles a model's shaders the moment it is parsed, against the stage's lights, instead of in
 * its first frame: with KHR_parallel_shader_compile (three's `compileAsync` uses it) the GPU
 * process compiles while React mounts the scene, so the first frame does not stall on them.
 */
export function ShaderWarmup() {
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const camera = useThree((s) => s.camera);
  useEffect(
    () =>
      onModelParsed((gltf) => {
        gl.compileAsync(gltf.scene, camera, scene).catch(() => {
          // A failed warm-up only means the first frame compiles them itself.
        });
      }),
    [gl, scene, camera],
  );
  return null;
}
