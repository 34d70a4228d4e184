import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
// NOTE: after App, as the entry had it before the page was a chunk: the features' stylesheets
// first, then app.css, which wins where a rule of the same weight says otherwise.
import "./app.css";
import { reportCaughtError } from "./reportCaughtError";

/**
 * Mounts the page (React DOM: the header, the panels, the stage) in `#root`. A chunk of its own,
 * imported by the entry (`main.tsx`): for a deep link to the town or a workshop, React DOM and the
 * 2D shell are evaluated after the scene's first frame (`earlyStage.tsx`), not before it.
 */
export function mountPage(): void {
  performance.mark("usine:page");
  const root = document.getElementById("root");
  if (!root) throw new Error("index.html has no #root element");
  createRoot(root, { onCaughtError: reportCaughtError }).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
