/**
 * Creates a WebGL2 context off the main thread, so that the browser sets up the page's GPU
 * channel (and, on a software renderer, its shader compiler) while the main thread runs the app.
 * The stage's own context is then created in milliseconds instead of hundreds. The context lives
 * until the stage's renderer exists (the page terminates this worker).
 */
const canvas = new OffscreenCanvas(1, 1);
const context = canvas.getContext("webgl2", { antialias: true, powerPreference: "high-performance" });
context?.getParameter(context.VERSION);
postMessage(context !== null);
