import { useFrame, useThree } from "@react-three/fiber";
import { useEffect, useRef } from "react";
import { sceneDrawn } from "../state/actions";

export interface FirstFrameSignalProps {
  /** The scene whose content is mounted alongside this signal. */
  sceneKey: string;
}

/**
 * Tells the store once the first frame showing `sceneKey` has been drawn (aria-busy goes false).
 * Mount it inside the same Suspense boundary as the scene's model, so it only runs once that is ready.
 */
export function FirstFrameSignal({ sceneKey }: FirstFrameSignalProps) {
  const signalled = useRef<string | null>(null);
  const invalidate = useThree((s) => s.invalidate);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new scene key needs a frame drawn for it.
  useEffect(() => {
    invalidate();
  }, [invalidate, sceneKey]);
  useFrame(() => {
    if (signalled.current === sceneKey) return;
    signalled.current = sceneKey;
    performance.mark(`usine:frame:${sceneKey}`);
    // useFrame runs before the frame is rendered: report on the next animation frame, once it is on screen.
    requestAnimationFrame(() => sceneDrawn(sceneKey));
  });
  return null;
}
