import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as THREE from "three";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import * as threeCatalogue from "../src/stage/threeCatalogue";

/**
 * The canvases register only `threeCatalogue` as fiber's JSX elements (src/stage/StageCanvas.tsx):
 * an element missing from it throws when its scene mounts ("is not part of the THREE namespace").
 */

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".tsx") ? [path] : [];
  });
}

/** Lower-case JSX tags in a .tsx file: DOM elements, and fiber's three.js elements. */
function jsxTags(file: string): string[] {
  const source = ts.createSourceFile(
    file,
    readFileSync(file, "utf8"),
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TSX,
  );
  const tags: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isJsxOpeningElement(node) || ts.isJsxSelfClosingElement(node)) {
      const name = node.tagName.getText(source);
      if (/^[a-z]/.test(name)) tags.push(name);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return tags;
}

/** Elements drei's components create themselves (compiled: `createElement("mesh", …)`). */
const dreiComponents = [
  "core/Environment.js",
  "core/Lightformer.js",
  "core/OrbitControls.js",
  "core/PerformanceMonitor.js",
  "web/Html.js",
];
function dreiTags(file: string): string[] {
  const source = readFileSync(join("node_modules/@react-three/drei", file), "utf8");
  return [...source.matchAll(/createElement\("([a-z][A-Za-z0-9]*)"/g)].map((match) => match[1] ?? "");
}

/**
 * DOM tags that are also the name of a three.js class: in this app they are SVG or HTML (icons'
 * `<path>`). A scene that draws fiber's `<line>` or `<path>` takes it out of this list.
 */
const domNamesakes = new Set(["audio", "line", "path", "source"]);

/** The three.js class a fiber element names (`boxGeometry` → `BoxGeometry`), if there is one. */
const threeClassOf = (tag: string): string | null => {
  if (domNamesakes.has(tag)) return null;
  const name = tag.charAt(0).toUpperCase() + tag.slice(1);
  return name in THREE ? name : null;
};

describe("the three.js catalogue of the canvases", () => {
  const appTags = sourceFiles("src").flatMap(jsxTags);
  const usedByDrei = dreiComponents.flatMap(dreiTags);

  it("reads the app's scenes (the reading itself works)", () => {
    expect(appTags).toContain("meshStandardMaterial");
    expect(appTags).toContain("div");
    expect(usedByDrei).toContain("cubeCamera");
  });

  it("holds every three.js element the app's canvases and the drei components they use name", () => {
    const missing = [...new Set([...appTags, ...usedByDrei])]
      .map(threeClassOf)
      .filter((name): name is string => name !== null && !(name in threeCatalogue));
    expect(missing, "add these to src/stage/threeCatalogue.ts").toEqual([]);
  });

  it("holds three.js classes, under their own names", () => {
    for (const [name, value] of Object.entries(threeCatalogue))
      expect(value, name).toBe((THREE as unknown as Record<string, unknown>)[name]);
  });
});
