import { useThree } from "@react-three/fiber";
import { useEffect, useState } from "react";
import type { Object3D } from "three";
import { useStore } from "../state/store";
import { whenIdle } from "./whenIdle";

/**
 * How long the compile may take before `object` is drawn anyway (its first frame then compiles
 * what is left): three.js's `compileAsync` polls until every program says it is ready, which a
 * lost context never does.
 */
export const compileWaitsAtMostMs = 2000;

/**
 * True once `object`'s shaders are compiled, which starts only after the first frame of `sceneKey`
 * is on screen, at the page's next quiet moment (`whenIdle`: not in the same task, where it held up
 * what follows the frame, the page's mount): for what the first frame does without, so that it
 * does not wait for them.
 *
 * NOTE: measured on the town with the CPU slowed 4× (bench/results.md): three.js makes each shader
 * program of a first frame in that frame, about 0.1 s apiece, and the town's first frame had two
 * programs more than a bare three.js page: the sky's dome (hidden behind the land in the opening
 * shot) and the sea's waves. Compiled here with `compileAsync` (the GPU process compiles them in
 * parallel where KHR_parallel_shader_compile is offered), and against the stage's scene, so that its
 * lights and fog give the same programs as the frames that then draw `object`.
 */
export function useCompiledAfterFirstFrame(object: Object3D | null, sceneKey: string): boolean {
  const drawn = useStore((s) => s.drawnSceneKey === sceneKey);
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const camera = useThree((s) => s.camera);
  const [compiled, setCompiled] = useState<Object3D | null>(null);
  useEffect(() => {
    if (!drawn || object === null) return undefined;
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const done = () => {
      clearTimeout(timer);
      if (live) setCompiled(object);
    };
    const cancel = whenIdle(() => {
      timer = setTimeout(done, compileWaitsAtMostMs);
      // NOTE: a failed compile is not reported here: the frame that draws `object` compiles it
      // again, as three.js does by default, and says what failed.
      try {
        gl.compileAsync(object, camera, scene).then(done, done);
      } catch {
        done();
      }
    });
    return () => {
      live = false;
      cancel();
      clearTimeout(timer);
    };
  }, [drawn, object, gl, scene, camera]);
  return object !== null && compiled === object;
}
