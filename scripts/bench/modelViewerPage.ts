import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Writes `bench/` into the built site: the reference viewer, <model-viewer>, showing any model
 * given as `?src=`, with its meshopt decoder served from the same origin (its default is a CDN).
 * The page sets `window.__drawnAt` when the model is loaded and a frame after it has been shown.
 */
export function writeModelViewerPage(distDir: string): string {
  const dir = join(distDir, "bench");
  mkdirSync(dir, { recursive: true });
  copyFileSync(
    "node_modules/@google/model-viewer/dist/model-viewer.min.js",
    join(dir, "model-viewer.min.js"),
  );
  const decoder = readFileSync("node_modules/meshoptimizer/meshopt_decoder.cjs", "utf8");
  // NOTE: model-viewer loads the decoder as a classic script and reads the global MeshoptDecoder.
  writeFileSync(
    join(dir, "meshopt_decoder.js"),
    `(function(){var module={exports:{}};var exports=module.exports;\n${decoder}\nwindow.MeshoptDecoder=module.exports.MeshoptDecoder||module.exports;})();`,
  );
  // NOTE: its script in a file of its own: the hub's Content-Security-Policy allows no inline script.
  writeFileSync(
    join(dir, "model-viewer-page.js"),
    `const viewer = document.getElementById("viewer");
customElements.whenDefined("model-viewer").then(() => {
  viewer.constructor.meshoptDecoderLocation = new URL("./meshopt_decoder.js", location.href).href;
  viewer.addEventListener("load", () => requestAnimationFrame(() => requestAnimationFrame(() => { window.__drawnAt = performance.now(); })));
  viewer.addEventListener("error", (e) => { window.__failed = String(e.detail?.type ?? "error"); });
  viewer.src = new URLSearchParams(location.search).get("src");
});
`,
  );
  writeFileSync(
    join(dir, "model-viewer.html"),
    `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>model-viewer</title>
<style>html,body{margin:0;height:100%}model-viewer{width:100%;height:100%}</style>
<script src="./model-viewer.min.js" type="module"></script></head><body>
<model-viewer id="viewer" camera-controls></model-viewer>
<script src="./model-viewer-page.js" type="module"></script></body></html>`,
  );
  return "bench/model-viewer.html";
}
