import { invalidate } from "@react-three/fiber";
import { type Camera, Vector3 } from "three";
import { type ScreenRect, screenOccluders } from "./screenOccluders";

/**
 * Told where a world point is on the stage (CSS pixels), with the stage's size, when it moved by
 * half a pixel or more, or came into or out of view. Listeners write; they never read layout.
 */
export type AnchorListener = (x: number, y: number, onScreen: boolean, width: number, height: number) => void;

interface ScreenAnchor {
  point: Vector3;
  listener: AnchorListener;
  /** Where the listener was last told the point is (NaN: never told). */
  x: number;
  y: number;
  onScreen: boolean;
  width: number;
  height: number;
  /** Set in the read pass when the listener must be told. */
  changed: boolean;
}

/**
 * DOM things pinned to points of the 3D scene (hotspots, labels, the trade panel). They stay
 * ordinary elements of the app's React tree; `ScreenAnchorTracker` moves them after each frame.
 * NOTE: drei's <Html> would do this with one React root per label, whose synchronous unmount
 * React 19 reports as an error; one registry and one projection pass per frame is lighter too.
 */
const anchors = new Set<ScreenAnchor>();
const projected = new Vector3();

/** Below this move (CSS pixels) an anchored element is not written again. */
export const anchorMoveThreshold = 0.5;

/** Pins a listener to a world point; returns the function that unpins it. */
export function registerScreenAnchor(
  point: Readonly<{ x: number; y: number; z: number }>,
  listener: AnchorListener,
): () => void {
  const anchor: ScreenAnchor = {
    point: new Vector3(point.x, point.y, point.z),
    listener,
    x: Number.NaN,
    y: Number.NaN,
    onScreen: false,
    width: 0,
    height: 0,
    changed: false,
  };
  anchors.add(anchor);
  invalidate();
  return () => {
    anchors.delete(anchor);
  };
}

/**
 * Where a world point falls on a stage of `width` × `height`: `out` gets x, y (CSS pixels) and
 * whether it is in front of the camera and inside the frame. Behind the camera the projection
 * mirrors, so the point is pushed out past the edge on its side. Pure; allocates nothing.
 */
export function projectToStage(
  point: Vector3,
  camera: Camera,
  width: number,
  height: number,
  out: { x: number; y: number; onScreen: boolean },
): void {
  projected.copy(point).project(camera);
  const inFront = projected.z < 1;
  if (!inFront) projected.multiplyScalar(-1e3);
  out.onScreen = inFront && Math.abs(projected.x) <= 1 && Math.abs(projected.y) <= 1;
  out.x = ((projected.x + 1) / 2) * width;
  out.y = ((1 - projected.y) / 2) * height;
}

const where = { x: 0, y: 0, onScreen: false };

/**
 * Projects every anchor with the camera of the frame being drawn: first all the maths (no DOM
 * read or write), then the listeners of the anchors that moved — so a frame never interleaves
 * layout reads and writes, and still anchors cost nothing.
 */
export function projectScreenAnchors(camera: Camera, width: number, height: number): void {
  for (const anchor of anchors) {
    projectToStage(anchor.point, camera, width, height, where);
    anchor.changed =
      where.onScreen !== anchor.onScreen ||
      width !== anchor.width ||
      height !== anchor.height ||
      !(Math.abs(where.x - anchor.x) < anchorMoveThreshold) ||
      !(Math.abs(where.y - anchor.y) < anchorMoveThreshold);
    if (!anchor.changed) continue;
    anchor.x = where.x;
    anchor.y = where.y;
    anchor.onScreen = where.onScreen;
    anchor.width = width;
    anchor.height = height;
  }
  for (const anchor of anchors) {
    if (!anchor.changed) continue;
    anchor.changed = false;
    anchor.listener(anchor.x, anchor.y, anchor.onScreen, anchor.width, anchor.height);
  }
}

/**
 * Where a marker of radius `radius` centred on (x, y) can sit in view: off screen, at the nearest
 * edge of the stage; under an overlay (the workshop card, the minimap), at the overlay's nearest
 * free side. `hidden` says it is not where its point is. Pure; writes into `out`.
 */
export function placeMarker(
  x: number,
  y: number,
  onScreen: boolean,
  width: number,
  height: number,
  occluders: ReadonlyArray<ScreenRect>,
  radius: number,
  out: { x: number; y: number; hidden: boolean },
): void {
  out.x = Math.min(Math.max(x, radius), width - radius);
  out.y = Math.min(Math.max(y, radius), height - radius);
  out.hidden = !onScreen;
  for (const rect of occluders) {
    const left = rect.left - radius;
    const right = rect.right + radius;
    const top = rect.top - radius;
    const bottom = rect.bottom + radius;
    if (out.x <= left || out.x >= right || out.y <= top || out.y >= bottom) continue;
    out.hidden = true;
    // Out by the nearest side that stays on the stage.
    const moves = [
      { d: out.x - left, x: left, y: out.y, ok: left >= radius },
      { d: right - out.x, x: right, y: out.y, ok: right <= width - radius },
      { d: out.y - top, x: out.x, y: top, ok: top >= radius },
      { d: bottom - out.y, x: out.x, y: bottom, ok: bottom <= height - radius },
    ];
    let best: (typeof moves)[number] | undefined;
    for (const move of moves) if (move.ok && (!best || move.d < best.d)) best = move;
    if (best) {
      out.x = best.x;
      out.y = best.y;
    }
  }
}

/**
 * A listener that moves an absolutely placed element so that its centre sits on the point. Off
 * screen or under an overlay, the element waits at the nearest free edge marked `data-offscreen`
 * (still focusable and clickable, so every machine stays reachable), rather than disappearing.
 */
export function moveElementCentre(element: HTMLElement, radius = 24): AnchorListener {
  const placed = { x: 0, y: 0, hidden: false };
  let hidden: boolean | null = null;
  return (x, y, onScreen, width, height) => {
    placeMarker(x, y, onScreen, width, height, screenOccluders(), radius, placed);
    element.style.transform = `translate(${placed.x.toFixed(1)}px, ${placed.y.toFixed(1)}px) translate(-50%, -50%)`;
    if (placed.hidden === hidden) return;
    hidden = placed.hidden;
    if (hidden) element.setAttribute("data-offscreen", "");
    else element.removeAttribute("data-offscreen");
  };
}
