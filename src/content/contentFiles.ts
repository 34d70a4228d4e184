import { portraitsFileSchema } from "./portraitSchema";
import { companiesFileSchema, jobsFileSchema, sectorsFileSchema, toursFileSchema } from "./schema";

/** The pack's files, relative to the site's root, with the schema each must follow. */
export const contentFiles = {
  sectors: { file: "content/sectors.json", schema: sectorsFileSchema },
  companies: { file: "content/companies.json", schema: companiesFileSchema },
  jobs: { file: "content/jobs.json", schema: jobsFileSchema },
  tours: { file: "content/tours.json", schema: toursFileSchema },
  portraits: { file: "content/portraits.json", schema: portraitsFileSchema },
} as const;

export type ContentFileKey = keyof typeof contentFiles;

/** The pack's files as read from disk or network, before validation. */
export type RawContentPack = Record<ContentFileKey, unknown>;
