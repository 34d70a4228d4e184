import { PerformanceMonitor } from "@react-three/drei";
import { useThree } from "@react-three/fiber";
import { useEffect, useRef } from "react";
import { downgradeFor } from "../stage/renderQuality";
import { ShaderWarmup } from "../stage/ShaderWarmup";
import { useRenderSettings } from "../stage/useRenderSettings";
import { qualityDowngraded } from "../state/actions";
import { useStore } from "../state/store";

/**
 * Once the first scene is on screen, draws one more frame and waits for the GPU to finish it
 * (a 1-pixel read): shaders are compiled by then, so this is what a frame costs on this machine.
 */
function SlowFrameProbe() {
  const drawn = useStore((s) => s.drawnSceneKey !== null);
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const camera = useThree((s) => s.camera);
  const measured = useRef(false);
  useEffect(() => {
    if (!drawn || measured.current) return;
    measured.current = true;
    const id = requestAnimationFrame(() => {
      const context = gl.getContext();
      const start = performance.now();
      gl.render(scene, camera);
      context.readPixels(0, 0, 1, 1, context.RGBA, context.UNSIGNED_BYTE, new Uint8Array(4));
      const reason = downgradeFor("", performance.now() - start);
      if (reason) qualityDowngraded(reason);
    });
    return () => cancelAnimationFrame(id);
  }, [drawn, gl, scene, camera]);
  return null;
}

/**
 * Adapts the rendering to the machine. "Auto" starts in "économe" on a software renderer (WebGL on
 * the CPU: thin clients, virtual desktops, blocklisted GPU drivers; decided where the stage's
 * renderer is made, `createStageRenderer`), and moves there when a frame
 * is slow or when drei's PerformanceMonitor sees frames come slowly; the quality menu says why.
 * NOTE: with frameloop="demand" the monitor only samples while something moves, which is when it matters.
 * Also warms a model's shaders up as soon as it is parsed (`ShaderWarmup`).
 */
export function QualityControl() {
  const quality = useStore((s) => s.quality);
  const downgrade = useStore((s) => s.qualityDowngrade);
  const { dpr } = useRenderSettings();
  const setDpr = useThree((s) => s.setDpr);
  const deviceRatio = typeof window === "undefined" ? 1 : window.devicePixelRatio;

  useEffect(() => {
    setDpr(Math.max(dpr[0], Math.min(dpr[1], deviceRatio)));
  }, [dpr, setDpr, deviceRatio]);

  const watching = quality === "auto" && downgrade === null;
  return (
    <>
      <ShaderWarmup />
      {watching ? <SlowFrameProbe /> : null}
      {watching ? (
        <PerformanceMonitor
          flipflops={3}
          onDecline={() => qualityDowngraded("slow")}
          onFallback={() => qualityDowngraded("slow")}
        />
      ) : null}
    </>
  );
}
