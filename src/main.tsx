import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { registerOfflineWorker } from "./offline/registerOffline";
import { App } from "./shell/App";
import { firstViewSettled } from "./shell/firstViewSettled";
import { loadContent } from "./shell/loadContent";
import { loadOwnToursFor } from "./shell/loadOwnToursFor";
import { reportCaughtError } from "./shell/reportCaughtError";
import { startEarly } from "./shell/startEarly";
import { parseHash } from "./state/route";
import { startUrlSync } from "./state/urlSync";
import "./shell/app.css";

performance.mark("usine:entry");
startUrlSync();
const firstRoute = parseHash(location.hash);
const firstView = firstViewSettled(firstRoute);
void loadContent(firstView);
loadOwnToursFor(firstRoute, firstView);
startEarly(firstRoute);
registerOfflineWorker(firstView);

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
createRoot(root, { onCaughtError: reportCaughtError }).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
