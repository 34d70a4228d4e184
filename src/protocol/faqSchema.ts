import { z } from "zod";
import { faqLimits } from "./faqRules";

export * from "./faqRules";

/**
 * « Questions fréquentes » (issue 25, item 4): a company keeps a professional's answers to the
 * questions classes ask most, text it reviewed, shown on its trade panels so that a class with no
 * slot still hears a professional. Written with the company key on the live class namespace;
 * read by anyone over HTTP (`GET /api/faq/<company>`, cacheable). No Node import here.
 */

const idField = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  .max(80);
/** A company key (base64url): only its hash is kept by the hub. */
const companyKeyField = z.string().regex(/^[A-Za-z0-9_-]{20,64}$/);
const faqIdField = z.string().regex(/^[a-f0-9]{16}$/);
/** Text as the company reviewed it: trimmed, not empty, bounded. */
const textField = (max: number) =>
  z
    .string()
    .max(max * 4)
    .transform((text) => text.normalize("NFC").trim())
    .pipe(z.string().min(1).max(max));

export const faqPayloads = {
  "faq:publish": z.object({
    companyKey: companyKeyField,
    company: idField,
    /** A trade of the company's own machines, by id. */
    trade: idField,
    question: textField(faqLimits.questionMax),
    answer: textField(faqLimits.answerMax),
    /** A first name only: no surname is asked. */
    firstName: z.string().max(120),
  }),
  "faq:remove": z.object({ companyKey: companyKeyField, company: idField, faqId: faqIdField }),
} as const;

export const faqEntrySchema = z.object({
  faqId: z.string(),
  trade: z.string(),
  question: z.string(),
  answer: z.string(),
  firstName: z.string(),
  /** The day it was published (`YYYY-MM-DD`, UTC). */
  published: z.string(),
});
export type FaqEntry = z.infer<typeof faqEntrySchema>;
export const faqListSchema = z.object({ entries: z.array(faqEntrySchema) });

export interface FaqReplies {
  "faq:publish": { faqId: string };
  "faq:remove": Record<string, never>;
}
export type FaqEventName = keyof typeof faqPayloads;
