import { registerOfflineWorker } from "./offline/registerOffline";
import { firstViewSettled } from "./shell/firstViewSettled";
import { loadContent } from "./shell/loadContent";
import { loadOwnToursFor } from "./shell/loadOwnToursFor";
import { pageMounted } from "./shell/pageMounted";
import { loadStageChunk } from "./shell/stageChunk";
import { startEarly } from "./shell/startEarly";
import { parseHash } from "./state/route";
import { startUrlSync } from "./state/urlSync";
import "./shell/frame.css";

performance.mark("usine:entry");
startUrlSync();
const firstRoute = parseHash(location.hash);
// NOTE: and the page mounted: after a workshop's early frame (below), the page still has to mount.
const firstView = Promise.all([firstViewSettled(firstRoute), pageMounted()]).then(() => undefined);
loadOwnToursFor(firstRoute, firstView);
startEarly(firstRoute);
registerOfflineWorker(firstView);

/** The page (React DOM and the 2D shell: `shell/mountPage.tsx`), a chunk of its own, and the whole pack. */
const mountPage = () => {
  void loadContent(firstView);
  return import("./shell/mountPage").then((page) => page.mountPage());
};

// The town or a workshop draws its scene first, from the pack's sectors and companies alone, then
// the page loads and mounts around it and the whole pack is read (earlyStage.tsx): React DOM, the
// 2D shell, the trades, tours and portraits are not evaluated before the scene's first frame.
if (firstRoute.view === "workshop" || firstRoute.view === "town") {
  import("./shell/earlyStage")
    .then(({ drawEarlyStage }) => drawEarlyStage(firstRoute))
    .catch(() => {
      // Offline or a stale build: the page's own stage loads the 3D code and says what failed.
    })
    .finally(() => {
      // The page's stage chunk downloads beside the page's own, so that the page finds it there.
      loadStageChunk().catch(() => {
        // Offline or a stale build: React's lazy() import reports it where the stage is shown.
      });
      return mountPage();
    });
} else {
  void mountPage();
}
