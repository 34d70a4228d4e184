/**
 * React's report of an error one of our error boundaries caught (`createRoot`'s `onCaughtError`).
 * A browser without WebGL is a normal case, shown calmly in 2D (see `stage/stageRenderer.ts`):
 * not logged as an error. Everything else is logged as React does by default.
 */
export function reportCaughtError(error: unknown, info: { componentStack?: string | undefined }): void {
  if (error instanceof Error && error.name === "WebGLUnavailableError") return;
  console.error(error, info.componentStack ?? "");
}
