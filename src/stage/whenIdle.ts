/**
 * Runs `task` once the page's thread has a quiet moment, and at the latest after `timeoutMs`
 * (`requestIdleCallback`; a short timer where the browser has none, as Safari). Returns the cancel.
 */
export function whenIdle(task: () => void, timeoutMs = 1000): () => void {
  if (typeof requestIdleCallback === "function") {
    const id = requestIdleCallback(task, { timeout: timeoutMs });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, Math.min(timeoutMs, 100));
  return () => clearTimeout(id);
}
