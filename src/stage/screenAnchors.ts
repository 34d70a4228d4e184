import { type Camera, Vector3 } from "three";
import { invalidateStage } from "./invalidateStage";
import { type ScreenRect, screenOccluders, screenOccludersVersion } from "./screenOccluders";

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
  invalidateStage();
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
  afterProjection(width, height);
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

/** A DOM marker pinned to a point: where it was last projected, and what was last written. */
interface Marker {
  element: HTMLElement;
  x: number;
  y: number;
  onScreen: boolean;
  /** Where the layout puts it this time. */
  left: number;
  top: number;
  hidden: boolean;
  /** What is on the element now. */
  writtenTransform: string;
  writtenHidden: boolean | null;
}

const markers = new Set<Marker>();
let markersMoved = false;
let occludersSeen = -1;
const placed = { x: 0, y: 0, hidden: false };

/** Half the size of a hotspot marker with its halo (CSS pixels): two markers closer than twice this overlap. */
export const markerRadius = 20;
/** How far from the stage's edges a marker waiting there stays. */
const edgeMargin = 24;

/**
 * Pushes overlapping markers apart so that each stays clickable at its own centre: a marker
 * waiting at an edge moves before one that sits on its machine; along the edge when it is on one.
 * Pure (writes `left`/`top` of the markers given); a few passes are enough for a workshop's dozen.
 */
export function separateMarkers(
  list: Array<{ left: number; top: number; hidden: boolean }>,
  width: number,
  height: number,
  radius = markerRadius,
): void {
  const gap = radius * 2 + 2;
  for (let pass = 0; pass < 6; pass++) {
    let moved = false;
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i];
        const b = list[j];
        if (!a || !b) continue;
        let dx = b.left - a.left;
        let dy = b.top - a.top;
        const distance = Math.hypot(dx, dy);
        if (distance >= gap) continue;
        // Move the one that waits at an edge (or the later one); away from the other.
        const mover = a.hidden && !b.hidden ? a : b;
        const sign = mover === a ? -1 : 1;
        if (distance < 1e-3) {
          // On top of each other: slide along the edge they wait at (vertical at a side edge).
          const atSide = mover.left <= edgeMargin + 1 || mover.left >= width - edgeMargin - 1;
          dx = atSide ? 0 : 1;
          dy = atSide ? 1 : 0;
        } else {
          dx /= distance;
          dy /= distance;
        }
        const push = gap - distance;
        mover.left = Math.min(Math.max(mover.left + sign * dx * push, edgeMargin), width - edgeMargin);
        mover.top = Math.min(Math.max(mover.top + sign * dy * push, edgeMargin), height - edgeMargin);
        moved = true;
      }
    }
    if (!moved) return;
  }
}

/** Places every marker (edges, overlays, overlaps), then writes only those whose place changed. */
function layoutMarkers(width: number, height: number): void {
  const occluders = screenOccluders();
  const list = [...markers];
  for (const marker of list) {
    placeMarker(marker.x, marker.y, marker.onScreen, width, height, occluders, edgeMargin, placed);
    marker.left = placed.x;
    marker.top = placed.y;
    marker.hidden = placed.hidden;
  }
  separateMarkers(list, width, height);
  for (const marker of list) {
    const transform = `translate(${marker.left.toFixed(1)}px, ${marker.top.toFixed(1)}px) translate(-50%, -50%)`;
    if (transform !== marker.writtenTransform) {
      marker.writtenTransform = transform;
      marker.element.style.transform = transform;
    }
    if (marker.hidden !== marker.writtenHidden) {
      marker.writtenHidden = marker.hidden;
      marker.element.toggleAttribute("data-offscreen", marker.hidden);
    }
  }
}

/** Lays the markers out after the anchors of this frame were projected, when something moved. */
function afterProjection(width: number, height: number): void {
  const occludersNow = screenOccludersVersion();
  if (!markersMoved && occludersNow === occludersSeen) return;
  markersMoved = false;
  occludersSeen = occludersNow;
  layoutMarkers(width, height);
}

/**
 * Pins an absolutely placed element's centre to a world point. Off screen or under an overlay it
 * waits at the nearest free edge marked `data-offscreen` (still focusable and clickable, so every
 * machine stays reachable), and never on top of another marker. Returns the function that unpins it.
 */
export function pinElement(
  point: Readonly<{ x: number; y: number; z: number }>,
  element: HTMLElement,
): () => void {
  const marker: Marker = {
    element,
    x: 0,
    y: 0,
    onScreen: false,
    left: 0,
    top: 0,
    hidden: false,
    writtenTransform: "",
    writtenHidden: null,
  };
  markers.add(marker);
  const unpin = registerScreenAnchor(point, (x, y, onScreen) => {
    marker.x = x;
    marker.y = y;
    marker.onScreen = onScreen;
    markersMoved = true;
  });
  return () => {
    unpin();
    markers.delete(marker);
    markersMoved = true;
  };
}
