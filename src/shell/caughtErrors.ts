/**
 * Errors that an error boundary of ours caught and shows (the model alert, the 2D fallback).
 * NOTE: fiber's renderer passes the errors its boundaries catch to `reportError` (see
 * `createRoot` in @react-three/fiber 9), which the browser treats as uncaught: a corrupt model
 * would be shown in the alert *and* escape to the page as an uncaught error. The window's `error`
 * event is cancelled for those, and only those, so each failure is shown once and reported
 * nowhere else.
 */
const caught = new WeakSet<object>();

export function markCaught(error: unknown): void {
  if (typeof error === "object" && error !== null) caught.add(error);
}

let listening = false;

/** Starts cancelling the browser's report of errors already caught and shown by the app. */
export function silenceCaughtErrorReports(win: Window = window): void {
  if (listening) return;
  listening = true;
  win.addEventListener("error", (event) => {
    if (typeof event.error === "object" && event.error !== null && caught.has(event.error))
      event.preventDefault();
  });
}
