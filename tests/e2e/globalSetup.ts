import { existsSync, mkdirSync } from "node:fs";
import type { TestProject } from "vitest/node";
import { startHub } from "../../server/startHub";

/**
 * Serves the built site (dist/, or E2E_DIST) on loopback for every browser test with the production
 * server (`npm start`'s hub: its static files, headers and Content-Security-Policy).
 */
export default async function setup(project: TestProject) {
  // E2E_DIST: a private build (`npx vite build --outDir /tmp/x`) so as not to clobber dist/.
  const siteDir = process.env.E2E_DIST ?? "dist";
  if (!existsSync(`${siteDir}/index.html`))
    throw new Error(`${siteDir}/ is missing: run \`npm run build\` before the browser tests`);
  mkdirSync("test-results/screenshots", { recursive: true });
  const hub = await startHub({ host: "127.0.0.1", staticDir: siteDir, log: () => {} });
  project.provide("siteOrigin", hub.url);
  project.provide("siteDir", siteDir);
  return async () => hub.close();
}

declare module "vitest" {
  export interface ProvidedContext {
    siteOrigin: string;
    /** The folder of the built site under test. */
    siteDir: string;
  }
}
