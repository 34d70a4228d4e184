/**
 * The pack's files, relative to the site's root. NOTE: no schema here, so that the entry script
 * can fetch the pack while zod and the schemas download (`loadContentPack.ts`); vite.config.ts
 * reads these names to write the preload links.
 */
export const contentFileNames = {
  sectors: "content/sectors.json",
  companies: "content/companies.json",
  jobs: "content/jobs.json",
  tours: "content/tours.json",
  portraits: "content/portraits.json",
} as const;

export type ContentFileKey = keyof typeof contentFileNames;

/** The pack's files as fetched, before JSON parsing and validation. */
export type ContentTexts = Record<ContentFileKey, string>;
