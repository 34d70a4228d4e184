import { existsSync, mkdirSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { TestProject } from "vitest/node";
import { startHub } from "../../server/startHub";
import { staticFiles } from "../../server/staticFiles";

/**
 * Serves the built site (dist/, or E2E_DIST) on loopback for every browser test with the production
 * server (`npm start`'s hub: its static files, headers and Content-Security-Policy), and the same
 * build as plain static files with no hub behind them (`staticOrigin`: a site hosted without the hub).
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
  const serve = staticFiles(siteDir);
  const plainSite = createServer((request, response) => serve(request, response));
  await new Promise<void>((listening) => plainSite.listen(0, "127.0.0.1", listening));
  project.provide("staticOrigin", `http://127.0.0.1:${(plainSite.address() as AddressInfo).port}`);
  return async () => {
    await hub.close();
    await new Promise((closed) => plainSite.close(closed));
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    siteOrigin: string;
    /** The same build served as plain static files, with no hub: the site hosted alone. */
    staticOrigin: string;
    /** The folder of the built site under test. */
    siteDir: string;
  }
}
