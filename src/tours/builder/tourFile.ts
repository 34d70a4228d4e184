import type { z } from "zod";
import { type Tour, tourSchema } from "../../content/schema";

/**
 * The `.visite.json` file: a tour in an envelope that says what it is and which version wrote it.
 * Version 1 is this app's; a version 0 file is a bare tour as `tours.json` held them before
 * questions had choices (`{ id, title, …, stops }`, no envelope), and migrates on import.
 */
export const tourFileFormat = "usine-extraordinaire/visite";
export const tourFileVersion = 1;
/** Largest file taken: a 20-stop tour at every length limit is well under it. */
export const maxTourFileBytes = 256 * 1024;

export interface TourFile {
  format: typeof tourFileFormat;
  version: typeof tourFileVersion;
  tour: Tour;
}

/** The file's text for a tour. */
export function tourFileText(tour: Tour): string {
  const file: TourFile = { format: tourFileFormat, version: tourFileVersion, tour };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** A file name from the tour's title, e.g. `les-metiers-de-la-maintenance.visite.json`. */
export function tourFileName(tour: Pick<Tour, "title">): string {
  const slug = tour.title
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60);
  return `${slug || "visite"}.visite.json`;
}

export type TourFileResult =
  | { ok: true; tour: Tour; migratedFrom: number | null }
  | { ok: false; problems: string[] };

const fieldNames: Record<string, string> = {
  title: "titre",
  audience: "public",
  minutes: "durée",
  stops: "étapes",
  narration: "récit",
  notes: "notes",
  question: "question",
  prompt: "question",
  choices: "choix",
  correct: "bonne réponse",
  answer: "réponse",
  company: "entreprise",
  workshop: "atelier",
  machine: "machine",
  id: "identifiant",
};

/** Where an issue is, in French: « étape 3, récit ». */
export function issuePlace(path: ReadonlyArray<PropertyKey>): string {
  const words: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    if (key === "stops" && typeof path[i + 1] === "number") {
      words.push(`étape ${(path[i + 1] as number) + 1}`);
      i++;
    } else if (key === "choices" && typeof path[i + 1] === "number") {
      words.push(`choix ${(path[i + 1] as number) + 1}`);
      i++;
    } else if (typeof key === "string") {
      words.push(fieldNames[key] ?? key);
    }
  }
  return words.join(", ");
}

function problemsOf(error: z.ZodError): string[] {
  return error.issues.slice(0, 5).map((issue) => {
    const place = issuePlace(issue.path);
    return place ? `${place} : ${issue.message}` : issue.message;
  });
}

/** A version 0 tour (a bare tour object) in today's envelope: questions keep no choices (free questions). */
function migrateV0(value: Record<string, unknown>): unknown {
  return { format: tourFileFormat, version: 1, tour: value };
}

/**
 * Reads a `.visite.json` file's text: size first, then JSON, then the envelope (migrating older
 * versions), then the pack's tour schema. Never throws; a refusal lists what is wrong, in French.
 */
export function readTourFile(text: string): TourFileResult {
  if (text.length > maxTourFileBytes) {
    return { ok: false, problems: ["Ce fichier est trop gros pour être une visite (256 Ko au plus)."] };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problems: ["Ce fichier n’est pas un fichier de visite lisible (JSON abîmé)."] };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { ok: false, problems: ["Ce fichier ne contient pas une visite."] };
  }
  const record = value as Record<string, unknown>;
  let migratedFrom: number | null = null;
  let envelope: Record<string, unknown> = record;
  if (record.format === undefined && record.version === undefined && Array.isArray(record.stops)) {
    envelope = migrateV0(record) as Record<string, unknown>;
    migratedFrom = 0;
  } else if (record.format !== tourFileFormat) {
    return { ok: false, problems: ["Ce fichier n’est pas un fichier de visite de L’Usine Extraordinaire."] };
  } else if (typeof record.version !== "number" || record.version > tourFileVersion) {
    return {
      ok: false,
      problems: ["Ce fichier vient d’une version plus récente de l’application : mettez la page à jour."],
    };
  }
  const parsed = tourSchema.safeParse(envelope.tour);
  if (!parsed.success) return { ok: false, problems: problemsOf(parsed.error) };
  return { ok: true, tour: parsed.data, migratedFrom };
}
