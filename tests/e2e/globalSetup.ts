import { existsSync, mkdirSync } from "node:fs";
import type { TestProject } from "vitest/node";
import { startStaticServer } from "../../scripts/staticServer";

/** Serves the built site (dist/) on loopback for every browser test, like a static host would. */
export default async function setup(project: TestProject) {
  if (!existsSync("dist/index.html"))
    throw new Error("dist/ is missing: run `npm run build` before the browser tests");
  mkdirSync("test-results/screenshots", { recursive: true });
  const server = await startStaticServer("dist");
  project.provide("siteOrigin", server.origin);
  return async () => server.close();
}

declare module "vitest" {
  export interface ProvidedContext {
    siteOrigin: string;
  }
}
