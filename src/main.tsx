import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { registerOfflineWorker } from "./offline/registerOffline";
import { App } from "./shell/App";
import { firstViewSettled } from "./shell/firstViewSettled";
import { loadContent } from "./shell/loadContent";
import { loadOwnToursFor } from "./shell/loadOwnToursFor";
import { pageMounted } from "./shell/pageMounted";
import { reportCaughtError } from "./shell/reportCaughtError";
import { startEarly } from "./shell/startEarly";
import { parseHash } from "./state/route";
import { startUrlSync } from "./state/urlSync";
import "./shell/app.css";

performance.mark("usine:entry");
startUrlSync();
const firstRoute = parseHash(location.hash);
// NOTE: and the page mounted: after a workshop's early frame (below), the page still has to mount.
const firstView = Promise.all([firstViewSettled(firstRoute), pageMounted()]).then(() => undefined);
void loadContent(firstView);
loadOwnToursFor(firstRoute, firstView);
startEarly(firstRoute);
registerOfflineWorker(firstView);

function mountPage(): void {
  performance.mark("usine:page");
  const root = document.getElementById("root");
  if (!root) throw new Error("index.html has no #root element");
  createRoot(root, { onCaughtError: reportCaughtError }).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

// The town or a workshop draws its scene first, then the page mounts around it (earlyStage.tsx).
if (firstRoute.view === "workshop" || firstRoute.view === "town") {
  import("./shell/earlyStage")
    .then(({ drawEarlyStage }) => drawEarlyStage(firstRoute))
    .catch(() => {
      // Offline or a stale build: the page's own stage loads the 3D code and says what failed.
    })
    .finally(mountPage);
} else {
  mountPage();
}
