import { invalidate } from "@react-three/fiber";
import { type Camera, Vector3 } from "three";

/** Told where a world point is on screen, in CSS pixels of the stage, after each drawn frame. */
export type AnchorListener = (x: number, y: number, onScreen: boolean) => void;

interface ScreenAnchor {
  point: Vector3;
  listener: AnchorListener;
}

/**
 * DOM things pinned to points of the 3D scene (hotspots, labels, the trade panel). They stay
 * ordinary elements of the app's React tree; `ScreenAnchorTracker` moves them after each frame.
 * NOTE: drei's <Html> would do this with one React root per label, whose synchronous unmount
 * React 19 reports as an error; one registry and one projection pass per frame is lighter too.
 */
const anchors = new Set<ScreenAnchor>();
const projected = new Vector3();

/** Pins a listener to a world point; returns the function that unpins it. */
export function registerScreenAnchor(
  point: Readonly<{ x: number; y: number; z: number }>,
  listener: AnchorListener,
): () => void {
  const anchor = { point: new Vector3(point.x, point.y, point.z), listener };
  anchors.add(anchor);
  invalidate();
  return () => {
    anchors.delete(anchor);
  };
}

/**
 * A listener that moves an absolutely placed element so that its centre sits on the point. Off
 * screen, the element waits at the nearest edge marked `data-offscreen` (still focusable, so a
 * keyboard visitor reaches every machine), rather than disappearing.
 */
export function moveElementCentre(element: HTMLElement, edgeMargin = 24): AnchorListener {
  return (x, y, onScreen) => {
    const parent = element.offsetParent as HTMLElement | null;
    const width = parent?.clientWidth ?? window.innerWidth;
    const height = parent?.clientHeight ?? window.innerHeight;
    const left = onScreen ? x : Math.min(Math.max(x, edgeMargin), width - edgeMargin);
    const top = onScreen ? y : Math.min(Math.max(y, edgeMargin), height - edgeMargin);
    element.style.transform = `translate(${left.toFixed(1)}px, ${top.toFixed(1)}px) translate(-50%, -50%)`;
    if (onScreen) element.removeAttribute("data-offscreen");
    else element.setAttribute("data-offscreen", "");
  };
}

/** Projects every anchor with the camera of the frame being drawn. */
export function projectScreenAnchors(camera: Camera, width: number, height: number): void {
  for (const anchor of anchors) {
    projected.copy(anchor.point).project(camera);
    const inFront = projected.z < 1;
    // Behind the camera the projection mirrors: push the point out past the edge on its side.
    if (!inFront) projected.multiplyScalar(-1e3);
    const onScreen = inFront && Math.abs(projected.x) <= 1 && Math.abs(projected.y) <= 1;
    anchor.listener(((projected.x + 1) / 2) * width, ((1 - projected.y) / 2) * height, onScreen);
  }
}
