import { faqPath } from "../protocol/faqRules";
import type { FaqEntry } from "../protocol/faqSchema";

/**
 * A company's « questions fréquentes », read once per page from the hub (`GET /api/faq/<company>`).
 * Without a hub (a static site, offline) or with an answer that does not read, the list is empty:
 * the trade panel then shows nothing, and nothing fails.
 */

const read = new Map<string, Promise<FaqEntry[]>>();

export function companyFaq(company: string): Promise<FaqEntry[]> {
  let entries = read.get(company);
  if (!entries) {
    entries = fetchCompanyFaq(company);
    read.set(company, entries);
  }
  return entries;
}

async function fetchCompanyFaq(company: string): Promise<FaqEntry[]> {
  try {
    const response = await fetch(faqPath(company));
    if (!response.ok || !response.headers.get("content-type")?.includes("json")) return [];
    // The schema (zod) loads only when there is an answer to check.
    const [{ faqListSchema }, body] = await Promise.all([
      import("../protocol/faqSchema"),
      response.json() as Promise<unknown>,
    ]);
    const parsed = faqListSchema.safeParse(body);
    return parsed.success ? parsed.data.entries : [];
  } catch {
    return [];
  }
}
