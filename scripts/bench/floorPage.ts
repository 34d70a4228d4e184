import { resolve } from "node:path";
import { build } from "vite";

const root = resolve(import.meta.dirname, "floor");

/**
 * Builds the floor page (floor/index.html) and the scene exporter into `<distDir>/floor/`, a
 * build of its own beside the app's: same origin as the app when the bench serves `distDir`.
 */
export async function buildFloorPage(distDir: string): Promise<{ page: string; exporter: string }> {
  await build({
    configFile: false,
    root,
    base: "./",
    logLevel: "warn",
    build: {
      outDir: resolve(distDir, "floor"),
      emptyOutDir: true,
      target: "es2022",
      reportCompressedSize: false,
      chunkSizeWarningLimit: 2000,
      rollupOptions: {
        input: { index: resolve(root, "index.html"), exporter: resolve(root, "exporter.ts") },
        output: { entryFileNames: "[name].js" },
      },
    },
  });
  return { page: "floor/index.html", exporter: "floor/exporter.js" };
}
