import { useEffect, useRef } from "react";
import { type TourCommand, tourCommandOfKey } from "./tourPlayback";

/** True when a key typed there is text, not a command (search boxes, selects, editable areas). */
function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return (
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  );
}

/**
 * Listens to the window's keys while a tour is shown and hands each clicker/keyboard command
 * to `onCommand`. Keys with Ctrl, Alt or Meta stay the browser's.
 */
export function useTourKeys(onCommand: (command: TourCommand) => void): void {
  const latest = useRef(onCommand);
  latest.current = onCommand;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey) return;
      if (isTextField(event.target)) return;
      const command = tourCommandOfKey(event.key);
      if (command === null) return;
      // NOTE: also stops Space from scrolling, and from clicking a focused button a second time.
      event.preventDefault();
      latest.current(command);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}
