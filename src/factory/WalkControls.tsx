import { useFrame, useThree } from "@react-three/fiber";
import { useEffect } from "react";
import { framePriority } from "../stage/framePriority";
import { lookBy, stepWalker, walker } from "./walker";
import { isTypingTarget, walkIntentOf } from "./walkKeys";

/** Radians of head turn per pixel dragged. */
const lookPerPixel = 0.005;

/**
 * Walking inside a workshop: keys walk and turn, a drag looks around, and each frame steps the
 * visitor (see `walker.ts`). Clicks on the floor are turned into `walkTo` by the workshop scene.
 */
export function WalkControls() {
  const canvas = useThree((s) => s.gl.domElement);
  const invalidate = useThree((s) => s.invalidate);

  useEffect(() => {
    const release = () => {
      walker.held.forward = walker.held.back = walker.held.left = walker.held.right = false;
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || isTypingTarget(event.target)) return;
      const intent = walkIntentOf(event.key);
      if (!intent) return;
      event.preventDefault(); // NOTE: arrows would scroll the page otherwise.
      walker.held[intent] = event.type === "keydown";
      invalidate();
    };
    window.addEventListener("keydown", onKey);
    window.addEventListener("keyup", onKey);
    window.addEventListener("blur", release);
    return () => {
      window.removeEventListener("keydown", onKey);
      window.removeEventListener("keyup", onKey);
      window.removeEventListener("blur", release);
      release();
    };
  }, [invalidate]);

  useEffect(() => {
    let dragging: { id: number; x: number; y: number } | null = null;
    const onDown = (event: PointerEvent) => {
      dragging = { id: event.pointerId, x: event.clientX, y: event.clientY };
    };
    const onMove = (event: PointerEvent) => {
      if (!dragging || dragging.id !== event.pointerId) return;
      lookBy((event.clientX - dragging.x) * lookPerPixel, (event.clientY - dragging.y) * lookPerPixel);
      dragging = { id: event.pointerId, x: event.clientX, y: event.clientY };
    };
    const onUp = () => {
      dragging = null;
    };
    canvas.addEventListener("pointerdown", onDown);
    window.addEventListener("pointermove", onMove);
    window.addEventListener("pointerup", onUp);
    window.addEventListener("pointercancel", onUp);
    return () => {
      canvas.removeEventListener("pointerdown", onDown);
      window.removeEventListener("pointermove", onMove);
      window.removeEventListener("pointerup", onUp);
      window.removeEventListener("pointercancel", onUp);
    };
  }, [canvas]);

  useFrame((state, delta) => {
    // NOTE: with frameloop="demand" the first delta after a pause can be long; clamp it
    // (a quarter second still keeps a slow school PC walking at nearly full pace).
    if (stepWalker(Math.min(delta, 0.25))) state.invalidate();
  }, framePriority.motion);
  return null;
}
