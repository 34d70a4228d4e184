import { useFrame, useThree } from "@react-three/fiber";
import { useEffect, useMemo } from "react";
import { type AnimationClip, AnimationMixer, type Object3D } from "three";
import { prefersReducedMotion } from "../stage/prefersReducedMotion";
import { effectiveQuality } from "../stage/renderQuality";
import { useStore } from "../state/store";
import type { WaveClock } from "./seaWaves";
import { townAnimates } from "./townMotion";

export interface TownMotionProps {
  scene: Object3D;
  clips: ReadonlyArray<AnimationClip>;
  waves: WaveClock;
}

/**
 * The town's calm life: waves, the ship, turbines, smoke, the flare. While it plays the frame
 * loop keeps running; with reduced motion or in "économe" quality nothing plays and the loop sleeps.
 */
export function TownMotion({ scene, clips, waves }: TownMotionProps) {
  // The quality in use, not only the one chosen: "auto" on a software renderer is économe.
  const quality = useStore((s) => effectiveQuality(s.quality, s.qualityDowngrade));
  const playing = townAnimates(quality, prefersReducedMotion());
  const mixer = useMemo(() => new AnimationMixer(scene), [scene]);

  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    if (!playing) return undefined;
    const actions = clips.map((clip) => mixer.clipAction(clip).play());
    // The loop may be asleep (back from "économe"): one frame wakes it, then useFrame keeps it going.
    invalidate();
    return () => {
      for (const action of actions) action.stop();
    };
  }, [mixer, clips, playing, invalidate]);

  useFrame((state, delta) => {
    if (!playing) return;
    // NOTE: the first delta after the loop slept can be long; clamp it so nothing jumps.
    const step = Math.min(delta, 0.1);
    mixer.update(step);
    waves.value += step;
    state.invalidate();
  });
  return null;
}
