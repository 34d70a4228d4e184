/**
 * « Questions fréquentes »: the limits and the reading address, without the schemas. NOTE: no zod
 * here, so the trade panel (on a deep link's first frame) loads none; `faqSchema.ts` re-exports it.
 */

export const faqLimits = {
  questionMax: 300,
  answerMax: 1000,
  /** Entries one company may keep (all trades together). */
  entriesPerCompany: 60,
  /** Serialized size of a `faq:publish` payload (1,300 characters, some of them multi-byte). */
  maxPublishBytes: 8 * 1024,
  /** How long a reader may keep the list before asking again. */
  cacheSeconds: 60,
} as const;

/** Where a company's « questions fréquentes » are read (`GET`, anyone, cacheable). */
export const faqPath = (company: string) => `/api/faq/${encodeURIComponent(company)}`;
export const faqPathPattern = /^\/api\/faq\/([a-z0-9]+(?:-[a-z0-9]+)*)$/;
