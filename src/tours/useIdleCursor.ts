import { useEffect } from "react";

const hiddenClass = "tour-cursor-hidden";

/** Hides the mouse pointer after `idleMs` without movement (on a projector it only gets in the way). */
export function useIdleCursor(idleMs = 3000): void {
  useEffect(() => {
    const root = document.documentElement;
    let timer = window.setTimeout(() => root.classList.add(hiddenClass), idleMs);
    let lastX = Number.NaN;
    let lastY = Number.NaN;
    const wake = (event: PointerEvent) => {
      // NOTE: Chrome sends a synthetic move when the page changes under a still pointer: not a wake-up.
      if (event.type === "pointermove" && event.clientX === lastX && event.clientY === lastY) return;
      lastX = event.clientX;
      lastY = event.clientY;
      root.classList.remove(hiddenClass);
      window.clearTimeout(timer);
      timer = window.setTimeout(() => root.classList.add(hiddenClass), idleMs);
    };
    window.addEventListener("pointermove", wake);
    window.addEventListener("pointerdown", wake);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener("pointermove", wake);
      window.removeEventListener("pointerdown", wake);
      root.classList.remove(hiddenClass);
    };
  }, [idleMs]);
}
