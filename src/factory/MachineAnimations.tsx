import { useFrame, useThree } from "@react-three/fiber";
import { useEffect, useMemo } from "react";
import { type AnimationClip, AnimationMixer, type Object3D } from "three";
import type { Workshop } from "../content/schema";
import { framePriority } from "../stage/framePriority";
import { prefersReducedMotion } from "../stage/prefersReducedMotion";
import { useRenderSettings } from "../stage/useRenderSettings";
import { workerClipPrefixes } from "./workerAnchors";

export interface MachineAnimationsProps {
  scene: Object3D;
  clips: ReadonlyArray<AnimationClip>;
  workshop: Workshop;
}

/**
 * Plays the moving parts (belts, kilns, robot arms, cranes) of the machines in this workshop only,
 * and the work loops of their workers. Clips are named `<machine node>/<motion>` and
 * `worker:<machine>:<job>/work` in the glTF, so an exported Blender model animates the same way.
 * Under reduced motion or "économe", nothing moves. While one plays the frame loop keeps running;
 * with none, it sleeps.
 */
export function MachineAnimations({ scene, clips, workshop }: MachineAnimationsProps) {
  const mixer = useMemo(() => new AnimationMixer(scene), [scene]);
  const active = useMemo(() => {
    if (prefersReducedMotion()) return [];
    const nodes = [...workshop.machines.map((m) => `${m.node}/`), ...workerClipPrefixes(workshop)];
    return clips.filter((clip) => nodes.some((node) => clip.name.startsWith(node)));
  }, [clips, workshop]);

  useEffect(() => {
    const actions = active.map((clip) => mixer.clipAction(clip).play());
    return () => {
      for (const action of actions) action.stop();
    };
  }, [mixer, active]);

  useEffect(
    () => () => {
      mixer.stopAllAction();
    },
    [mixer],
  );

  // "Économe" pauses the machines: a still workshop then draws no frame at all.
  const { animations } = useRenderSettings();
  const invalidate = useThree((s) => s.invalidate);
  // The loop sleeps while paused: wake it when the machines start again.
  useEffect(() => {
    if (animations) invalidate();
  }, [animations, invalidate]);

  useFrame((state, delta) => {
    if (!animations || active.length === 0) return;
    // NOTE: the first delta after the loop slept can be long; a jump of the belts is harmless, clamp anyway.
    mixer.update(Math.min(delta, 0.1));
    state.invalidate();
  }, framePriority.motion);
  return null;
}
