import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./shell/App";
import { loadContent } from "./shell/loadContent";
import { startUrlSync } from "./state/urlSync";
import "./shell/app.css";

startUrlSync();
void loadContent();

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
