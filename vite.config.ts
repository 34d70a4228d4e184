import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import react from "@vitejs/plugin-react";
import type { Plugin, Rolldown } from "vite";
import { VitePWA } from "vite-plugin-pwa";
import { defineConfig } from "vitest/config";
import { contentSecurityPolicy } from "./server/siteHeaders.ts";

/**
 * NOTE: ndarray-pixels (imported by glTF-Transform's texture functions, which the factory editor
 * does not use: it resizes textures with a canvas) compiles code with `Function` as it loads,
 * which the CSP forbids. The build gets a stub that says so if it is ever called.
 */
function stubNdarrayPixels(): Plugin {
  const stub = "\0usine:ndarray-pixels";
  return {
    name: "usine:stub-ndarray-pixels",
    apply: "build",
    enforce: "pre",
    resolveId: (id) => (id === "ndarray-pixels" ? stub : null),
    load: (id) =>
      id === stub
        ? 'const missing = () => { throw new Error("ndarray-pixels is not in the site\'s build"); };\nexport const getPixels = missing;\nexport const savePixels = missing;'
        : null,
  };
}

/** The site's Content-Security-Policy (server/siteHeaders.ts) in index.html, for static hosts that send no header. */
function cspMetaTag(): Plugin {
  return {
    name: "usine:csp-meta",
    apply: "build",
    transformIndexHtml: () => [
      {
        tag: "meta",
        attrs: { "http-equiv": "Content-Security-Policy", content: contentSecurityPolicy },
        injectTo: "head-prepend",
      },
    ],
  };
}

/**
 * Preload links for the files a scene is drawn from (`scenePartFileNames` in
 * src/content/contentFileNames.ts): they download while the entry script does, instead of after it
 * has run. NOTE: `as="fetch"` with `crossorigin` matches the app's own `fetch()` (cors mode,
 * same-origin credentials), so each file is downloaded once.
 */
function preloadContent(): Plugin {
  // NOTE: read as text: importing a source file here makes Vite's native config loader warn.
  const source = readFileSync("src/content/contentFileNames.ts", "utf8");
  const scenePart = /export const scenePartFileNames = \{([^}]*)\}/.exec(source)?.[1];
  if (scenePart === undefined)
    throw new Error("src/content/contentFileNames.ts: scenePartFileNames not found");
  const files = [...scenePart.matchAll(/"(content\/[^"]+\.json)"/g)].map((match) => match[1] ?? "");
  return {
    name: "usine:preload-content",
    transformIndexHtml: () =>
      files.map((file) => ({
        tag: "link",
        attrs: { rel: "preload", href: file, as: "fetch", crossorigin: "anonymous" },
        injectTo: "head" as const,
      })),
  };
}

/** A file's content hash, as the revision of a precache entry that Vite does not emit itself. */
function fileRevision(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex").slice(0, 16);
}

/**
 * The offline classroom's service worker (`src/offline/sw.ts`), built with Workbox:
 * the app shell and the content pack precached with revisions; models cached as visited.
 * Registered by the app itself in builds (`src/offline/registerOffline.ts`), never in development.
 */
function offlineWorker() {
  return VitePWA({
    strategies: "injectManifest",
    srcDir: "src/offline",
    filename: "sw.ts",
    injectRegister: false,
    manifest: false,
    injectManifest: {
      globPatterns: ["**/*.{js,css,html,svg,webmanifest,json,wasm}"],
      // The factory editor (its chunk and the KTX2 transcoder) is for companies, not for the classroom offline.
      globIgnores: [
        "**/node_modules/**",
        "models/**",
        "decoders/**",
        "assets/EditorPage-*",
        "assets/basis_transcoder-*",
      ],
      maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      // The town is every visit's first view: offline too. (Company models are cached as visited.)
      additionalManifestEntries: [
        { url: "models/town.glb", revision: fileRevision("public/models/town.glb") },
      ],
    },
    devOptions: { enabled: false },
  });
}

/**
 * The page's modules in one chunk (`page-*.js`, and its stylesheet): React DOM and the modules that
 * only the page (`src/shell/mountPage.tsx`) and its stage (`src/shell/LazyStage.tsx`) import. The
 * page is loaded on every visit, but its modules came in 10 chunks and 2 stylesheets, split only
 * because the lazy pages share them, and a deep link asked for all 12 after its first frame. Two
 * A/Bs on the distillerie: the page mounted 38–165 ms sooner, the hotspots 41–60 ms sooner as is
 * and within the noise ×4 (bench/results.md); fewer round trips on a school's network.
 *
 * Nothing that a deep link runs before its first frame may land there, or that chunk would be
 * imported before the frame: the entry's static imports, and all that the early stage
 * (`src/shell/earlyStage.tsx`) imports, statically or not, stay out (the early-stage e2e test
 * checks the page's chunk is asked for after the frame).
 */
function pageChunkName(): Rolldown.CodeSplittingNameFunction {
  const source = `${process.cwd()}/src/`;
  const pageRoots = [`${source}shell/mountPage.tsx`, `${source}shell/LazyStage.tsx`];
  let page: Set<string> | undefined;
  return (id, chunking) => {
    if (!page) {
      /** The modules reached from `roots`, through static imports (and dynamic ones if asked), not past `stop`. */
      const reached = (roots: string[], dynamic: boolean, stop: string[] = []) => {
        const seen = new Set<string>();
        const queue = [...roots];
        for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
          if (seen.has(next) || stop.includes(next)) continue;
          seen.add(next);
          const info = chunking.getModuleInfo(next);
          if (info) queue.push(...info.importedIds, ...(dynamic ? info.dynamicallyImportedIds : []));
        }
        return seen;
      };
      const beforeTheFrame = new Set([
        ...reached([`${source}main.tsx`], false, pageRoots),
        ...reached([`${source}shell/earlyStage.tsx`], true, pageRoots),
      ]);
      page = new Set([...reached(pageRoots, false)].filter((module) => !beforeTheFrame.has(module)));
    }
    // NOTE: React DOM is reached before the frame only through drei's index (its `Html`), which
    // the early stage's code does not keep: it comes with the page.
    return page.has(id) || /[\\/]node_modules[\\/]react-dom[\\/]/.test(id) ? "page" : null;
  };
}

export default defineConfig({
  plugins: [react(), cspMetaTag(), preloadContent(), offlineWorker(), stubNdarrayPixels()],
  // Relative base: the built site works from any folder of a static host.
  base: "./",
  build: {
    target: "es2022",
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        // NOTE: without the dependencies of what the group takes: those are the early stage's.
        codeSplitting: { includeDependenciesRecursively: false, groups: [{ name: pageChunkName() }] },
      },
    },
  },
  server: { port: 5173 },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/**/*.test.{ts,tsx}"],
          exclude: ["tests/e2e/**", "node_modules/**"],
          environment: "node",
          setupFiles: ["tests/setup.ts"],
          testTimeout: 60_000,
          server: { deps: { inline: ["@react-three/test-renderer"] } },
        },
      },
      {
        extends: true,
        test: {
          // Real Chromium against the built site (`npm run build` first); one file at a time.
          name: "e2e",
          include: ["tests/e2e/**/*.e2e.ts"],
          environment: "node",
          globalSetup: ["tests/e2e/globalSetup.ts"],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
