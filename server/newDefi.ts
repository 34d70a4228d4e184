import type { Kysely } from "kysely";
import type { Database } from "./db/schema";
import { createDefi, defiByCode } from "./db/seasonStore";
import { keyHash, newPublicId, newSecret } from "./seasonKeys";

export interface DefiRequest {
  title: string;
  /** First and last day, `YYYY-MM-DD`, inclusive. */
  from: string;
  to: string;
  tours: string[];
}

const day = /^\d{4}-\d{2}-\d{2}$/;

/** Problems with a challenge's request, in French; empty when it can be created. */
export function defiProblems(request: DefiRequest, knownTours: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const title = request.title.trim();
  if (title.length < 3 || title.length > 120) problems.push("titre de 3 à 120 caractères attendu (--title)");
  for (const [name, value] of [
    ["--from", request.from],
    ["--to", request.to],
  ] as const)
    if (!day.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)))
      problems.push(`date AAAA-MM-JJ attendue (${name})`);
  if (day.test(request.from) && day.test(request.to) && request.from > request.to)
    problems.push("la date de fin (--to) précède celle du début (--from)");
  if (request.tours.length === 0) problems.push("au moins une visite attendue (--tours id,id)");
  for (const tour of request.tours)
    if (knownTours.size > 0 && !knownTours.has(tour)) problems.push(`visite inconnue : ${tour}`);
  return problems;
}

/** Writes a challenge; returns its code and the organiser key (shown once, kept only hashed). */
export async function newDefi(
  db: Kysely<Database>,
  request: DefiRequest,
  now = new Date(),
): Promise<{ code: string; organiserKey: string }> {
  const organiserKey = newSecret();
  for (let attempt = 0; attempt < 20; attempt++) {
    const code = newPublicId(6);
    if (await defiByCode(db, code)) continue;
    await createDefi(db, {
      code,
      title: request.title.trim(),
      startsOn: request.from,
      endsOn: request.to,
      tours: [...new Set(request.tours)],
      organiserKeyHash: keyHash("organiser", organiserKey),
      createdAt: now,
    });
    return { code, organiserKey };
  }
  throw new Error("no free challenge code");
}
