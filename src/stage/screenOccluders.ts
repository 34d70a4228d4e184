import { invalidateStage } from "./invalidateStage";

/** A rectangle of the stage, in CSS pixels from its top-left corner. */
export interface ScreenRect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const elements = new Map<Element, ScreenRect>();
let rects: ScreenRect[] = [];
let observer: ResizeObserver | null = null;
let version = 0;

/** Bumped whenever an overlay moved, appeared or went: markers are laid out again then. */
export function screenOccludersVersion(): number {
  return version;
}

/** The overlays drawn over the stage, measured when they or the stage change size (never per frame). */
export function screenOccluders(): ReadonlyArray<ScreenRect> {
  return rects;
}

function measure(): void {
  for (const element of elements.keys()) {
    const stage = element.closest("[data-scene]");
    const box = element.getBoundingClientRect();
    const origin = stage?.getBoundingClientRect() ?? { left: 0, top: 0 };
    const hiddenNow = box.width === 0 && box.height === 0;
    elements.set(
      element,
      hiddenNow
        ? { left: 0, top: 0, right: 0, bottom: 0 }
        : {
            left: box.left - origin.left,
            top: box.top - origin.top,
            right: box.right - origin.left,
            bottom: box.bottom - origin.top,
          },
    );
  }
  rects = [...elements.values()].filter((r) => r.right > r.left && r.bottom > r.top);
  version += 1;
  // Anchors re-place themselves against the new rectangles on the next frame.
  invalidateStage();
}

/**
 * Marks an element over the stage (a card, a toolbar, the minimap) as an area that hotspots must
 * keep out of. Returns the function that forgets it.
 */
export function registerScreenOccluder(element: Element): () => void {
  if (typeof ResizeObserver === "undefined") return () => {};
  observer ??= new ResizeObserver(measure);
  elements.set(element, { left: 0, top: 0, right: 0, bottom: 0 });
  observer.observe(element);
  const stage = element.closest("[data-scene]");
  if (stage) observer.observe(stage);
  return () => {
    elements.delete(element);
    observer?.unobserve(element);
    measure();
  };
}

/** A ref callback that registers the element as an overlay of the stage (see `registerScreenOccluder`). */
export function occludeStage(element: Element | null): (() => void) | undefined {
  return element ? registerScreenOccluder(element) : undefined;
}
