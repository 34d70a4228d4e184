import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./shell/App";
import { loadContent } from "./shell/loadContent";
import { registerServiceWorker } from "./shell/serviceWorker";
import { startUrlSync } from "./state/urlSync";
import "./shell/app.css";

startUrlSync();
void loadContent();
if (import.meta.env.PROD) registerServiceWorker();

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
