/** What a key does when walking, read from `KeyboardEvent.key`. */
export type WalkIntent = "forward" | "back" | "left" | "right";

/**
 * Arrows, WASD (QWERTY) and ZQSD (AZERTY) all walk. Keyed on the character rather than the
 * physical key so that W and Z both mean "forward" whatever the keyboard; A/Q and D turn like
 * the side arrows, which keeps one mental model for pupils.
 */
const intentByKey: Readonly<Record<string, WalkIntent>> = {
  arrowup: "forward",
  w: "forward",
  z: "forward",
  arrowdown: "back",
  s: "back",
  arrowleft: "left",
  a: "left",
  q: "left",
  arrowright: "right",
  d: "right",
};

export function walkIntentOf(key: string): WalkIntent | undefined {
  return intentByKey[key.toLowerCase()];
}

/** True when typing should go to the focused element rather than move the visitor. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !["button", "checkbox", "radio", "range", "submit", "reset"].includes(target.type);
  }
  return false;
}
