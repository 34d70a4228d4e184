import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * What a deep link's first frame evaluates: the entry script, the early stage and the 3D stage's
 * chunk, with every module they import statically (not `import type`, not `import()`). The pack's schemas (zod) are
 * checked after the first view, in a worker (`src/shell/loadContent.ts`): measured, evaluating zod
 * on the way cost 0.15–0.25 s of a school PC's main thread. This keeps it off that path. React DOM
 * and the 2D shell (`App`, the header, the panels) are a chunk of their own too
 * (`src/shell/mountPage.tsx`), imported once the early stage has drawn its frame (bench/results.md).
 */
const staticImport = /^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?["']([^"']+)["']/gm;

function resolveLocal(from: string, specifier: string): string | null {
  const base = join(dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, "index.ts")]) {
    if (candidate.match(/\.tsx?$/) && existsSync(candidate)) return candidate;
  }
  return null;
}

/** Each module reached from `entry` by static imports, with the chain that reaches it. */
function staticGraph(entry: string): Map<string, string[]> {
  const chains = new Map<string, string[]>([[entry, [entry]]]);
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.shift() as string;
    const source = readFileSync(file, "utf8");
    for (const [, specifier = ""] of source.matchAll(staticImport)) {
      const target = specifier.startsWith(".") ? resolveLocal(file, specifier) : `package:${specifier}`;
      if (!target || chains.has(target)) continue;
      chains.set(target, [...(chains.get(file) ?? []), target]);
      if (!target.startsWith("package:")) queue.push(target);
    }
  }
  return chains;
}

const readable = (chain: string[]) =>
  chain.map((f) => (f.startsWith("package:") ? f : relative("src", f))).join(" → ");

describe("what a deep link's first frame evaluates", () => {
  for (const entry of ["src/main.tsx", "src/shell/earlyStage.tsx", "src/shell/LazyStage.tsx"]) {
    it(`${entry} reaches no zod by static imports`, () => {
      const graph = staticGraph(entry);
      expect(graph.size).toBeGreaterThan(20);
      const zod = [...graph].filter(
        ([target]) => target === "package:zod" || target.startsWith("package:zod/"),
      );
      expect(zod.map(([, chain]) => readable(chain))).toEqual([]);
    });
  }

  for (const entry of ["src/main.tsx", "src/shell/earlyStage.tsx"]) {
    it(`${entry} reaches neither React DOM nor the 2D shell by static imports`, () => {
      const graph = staticGraph(entry);
      const page = [...graph].filter(
        ([target]) =>
          target === "package:react-dom" ||
          target.startsWith("package:react-dom/") ||
          target === join("src", "shell", "App.tsx") ||
          target === join("src", "shell", "mountPage.tsx"),
      );
      expect(page.map(([, chain]) => readable(chain))).toEqual([]);
    });
  }

  it("src/shell/earlyStage.tsx does not load the page's stage chunk (its panels come after the frame)", () => {
    // `stageChunk.ts` imports `LazyStage` (the trade sheet, the tour cards, the overlays): awaited
    // before the early frame, they were evaluated before it (2026-12-07: frame 0.2 s sooner ×4 without).
    const graph = staticGraph("src/shell/earlyStage.tsx");
    const pageStage = [...graph].filter(
      ([target]) =>
        target === join("src", "shell", "stageChunk.ts") || target === join("src", "shell", "LazyStage.tsx"),
    );
    expect(pageStage.map(([, chain]) => readable(chain))).toEqual([]);
    expect(staticGraph("src/main.tsx").has(join("src", "shell", "stageChunk.ts"))).toBe(true);
  });

  it("catches a static import of React DOM and of the shell (the rule can fail)", () => {
    const graph = staticGraph("src/shell/mountPage.tsx");
    expect(graph.has("package:react-dom/client")).toBe(true);
    expect(graph.has(join("src", "shell", "App.tsx"))).toBe(true);
  });

  it("catches a static import of the schemas (the rule can fail)", () => {
    const graph = staticGraph("src/content/validatePack.ts");
    expect(graph.has("package:zod")).toBe(true);
  });

  it("keeps the stylesheets in the order they had before the page was a chunk: the features', then app.css", () => {
    // NOTE: a feature's rule and an app.css rule of the same weight: the later one wins. When the
    // page became a chunk, the features' sheets came after app.css and changed the catalogue and
    // the class page (a computed-style comparison of both builds, 2026-12-07); the hotspots stacked.
    const imports = (file: string) =>
      [...readFileSync(file, "utf8").matchAll(/^import (?:.* from )?"([^"]+)";$/gm)].map((m) => m[1]);
    const page = imports("src/shell/mountPage.tsx");
    expect(page.indexOf("./app.css")).toBeGreaterThan(page.indexOf("./App"));
    expect(imports("src/main.tsx").filter((path) => path?.endsWith(".css"))).toEqual(["./shell/frame.css"]);
  });
});
