import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * scripts/ is a package of the npm workspace: its package.json names every package its files
 * import (a bare import, not `node:` and not a relative path), at the version the root installs.
 */
const root = join(import.meta.dirname, "..");
type Manifest = { dependencies?: Record<string, string>; devDependencies?: Record<string, string> };
const read = (path: string) => JSON.parse(readFileSync(join(root, path), "utf8")) as Manifest;
const rootManifest = read("package.json") as Manifest & { workspaces?: string[] };
const scriptsManifest = read("scripts/package.json");
const declared = { ...scriptsManifest.dependencies, ...scriptsManifest.devDependencies };
const rootVersions = { ...rootManifest.dependencies, ...rootManifest.devDependencies };

/** The package a bare specifier names: `three/addons/x.js` → three, `@a/b/c` → @a/b. */
const packageOf = (specifier: string) =>
  specifier
    .split("/")
    .slice(0, specifier.startsWith("@") ? 2 : 1)
    .join("/");

function importedPackages(dir: string): Set<string> {
  const found = new Set<string>();
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !/\.tsx?$/.test(entry.name)) continue;
    const source = readFileSync(join(entry.parentPath, entry.name), "utf8");
    for (const match of source.matchAll(/(?:from|import\()\s*["']([^"'.][^"']*)["']/g)) {
      const specifier = match[1] ?? "";
      if (!specifier.startsWith("node:")) found.add(packageOf(specifier));
    }
  }
  return found;
}

describe("the scripts package", () => {
  const imported = importedPackages("scripts");

  it("is a workspace of the root package", () => {
    expect(rootManifest.workspaces).toContain("scripts");
  });

  it("declares every package scripts/ imports", () => {
    expect(imported.size).toBeGreaterThan(5);
    expect([...imported].filter((name) => !(name in declared)).sort()).toEqual([]);
  });

  it("asks for the versions the root installs", () => {
    for (const [name, version] of Object.entries(declared))
      expect([name, version]).toEqual([name, rootVersions[name]]);
  });

  it("finds a package named by an import (the scan itself works)", () => {
    expect(imported).toContain("@gltf-transform/core");
    expect(packageOf("three/addons/loaders/GLTFLoader.js")).toBe("three");
  });
});
