import { type ContentFileKey, contentFileNames } from "./contentFileNames";
import { portraitsFileSchema } from "./portraitSchema";
import { companiesFileSchema, jobsFileSchema, sectorsFileSchema, toursFileSchema } from "./schema";

/** The pack's files, relative to the site's root, with the schema each must follow. */
export const contentFiles = {
  sectors: { file: contentFileNames.sectors, schema: sectorsFileSchema },
  companies: { file: contentFileNames.companies, schema: companiesFileSchema },
  jobs: { file: contentFileNames.jobs, schema: jobsFileSchema },
  tours: { file: contentFileNames.tours, schema: toursFileSchema },
  portraits: { file: contentFileNames.portraits, schema: portraitsFileSchema },
} as const;

export type { ContentFileKey };

/** The pack's files as read from disk or network, before validation. */
export type RawContentPack = Record<ContentFileKey, unknown>;
