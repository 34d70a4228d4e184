import { useCallback } from "react";
import { pinElement } from "./screenAnchors";

/**
 * A ref callback that pins an element's centre to a world point (see `screenAnchors.ts`).
 * Give the element `position: absolute; left: 0; top: 0` (class `screen-anchored`).
 */
export function useScreenAnchor(
  x: number,
  y: number,
  z: number,
): (element: HTMLElement | null) => (() => void) | undefined {
  return useCallback(
    (element: HTMLElement | null) => {
      if (!element) return undefined;
      return pinElement({ x, y, z }, element);
    },
    [x, y, z],
  );
}
