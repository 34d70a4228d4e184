/**
 * The files a scene is drawn from (the town's districts and buildings, a workshop's company): the
 * only ones index.html preloads (vite.config.ts reads this object's names), and all that a deep
 * link's early frame reads (`scenePart.ts`). The other files are fetched by the entry script for a
 * 2D view, after the scene's first frame for the town or a workshop: preloaded too, their 285 KB
 * took the page's thread while it was getting the frame ready (A/B with the CPU slowed 4×: frame
 * on screen 2762 → 2598 ms, 5 of 6 loads sooner; bench/results.md).
 */
export const scenePartFileNames = {
  sectors: "content/sectors.json",
  companies: "content/companies.json",
} as const;

/**
 * The pack's files, relative to the site's root. NOTE: no schema here, so that the entry script
 * can fetch the pack while zod and the schemas download (`loadContentPack.ts`).
 */
export const contentFileNames = {
  ...scenePartFileNames,
  jobs: "content/jobs.json",
  tours: "content/tours.json",
  portraits: "content/portraits.json",
} as const;

export type ContentFileKey = keyof typeof contentFileNames;

/** The pack's files as fetched, before JSON parsing and validation. */
export type ContentTexts = Record<ContentFileKey, string>;
