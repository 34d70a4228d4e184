import { deflateSync, inflateSync, strFromU8, strToU8 } from "fflate";
import { type Tour, tourSchema } from "../../content/schema";
import { tourLinkPresetV1 } from "./tourLinkDictionary";

/**
 * A whole tour in a link (`#/visites/lien/<data>`): the tour as a compact JSON array, deflated
 * with a preset dictionary (fflate) and written in base64url. The first character is the format's
 * version, so that a later format still reads links already shared.
 */

/** A link longer than this may be cut by a mail client, a chat or a school's ENT: the file is offered instead. */
export const maxLinkLength = 2000;
/** Longest data accepted when a link is opened (a hostile link is refused before inflating). */
const maxDataChars = 12_000;
/** Most bytes a link may inflate to. */
const maxInflatedBytes = 256 * 1024;

const linkVersion = "1";
const dictionary = strToU8(tourLinkPresetV1);

type CompactQuestion = [prompt: string, answer: string] | [string, string, string[], number];
type CompactStop = [string, string, string, string, string, CompactQuestion | 0, string?];
type CompactTour = [
  id: string,
  title: string,
  audience: string,
  minutes: number,
  stops: CompactStop[],
  description?: string,
];

function toCompact(tour: Tour): CompactTour {
  const stops = tour.stops.map((stop): CompactStop => {
    const q = stop.question;
    const question: CompactQuestion | 0 = !q
      ? 0
      : q.choices !== undefined && q.correct !== undefined
        ? [q.prompt, q.answer, q.choices, q.correct]
        : [q.prompt, q.answer];
    const compact: CompactStop = [
      stop.company,
      stop.workshop,
      stop.machine,
      stop.narration,
      stop.notes,
      question,
    ];
    if (stop.portrait !== undefined) compact.push(stop.portrait);
    return compact;
  });
  const compact: CompactTour = [tour.id, tour.title, tour.audience, tour.minutes, stops];
  if (tour.description !== undefined) compact.push(tour.description);
  return compact;
}

function fromCompact(value: unknown): unknown {
  if (!Array.isArray(value)) return null;
  const [id, title, audience, minutes, stops, description] = value as unknown[];
  return {
    id,
    title,
    audience,
    minutes,
    ...(description === undefined ? {} : { description }),
    stops: Array.isArray(stops)
      ? stops.map((stop: unknown) => {
          if (!Array.isArray(stop)) return stop;
          const [company, workshop, machine, narration, notes, question, portrait] = stop as unknown[];
          const q = Array.isArray(question)
            ? {
                prompt: question[0],
                answer: question[1],
                ...(question.length > 2 ? { choices: question[2], correct: question[3] } : {}),
              }
            : undefined;
          return {
            company,
            workshop,
            machine,
            narration,
            notes,
            ...(q ? { question: q } : {}),
            ...(portrait === undefined ? {} : { portrait }),
          };
        })
      : stops,
  };
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

/** The link's data for a tour (what follows `#/visites/lien/`). */
export function encodeTourLink(tour: Tour): string {
  const json = JSON.stringify(toCompact(tour));
  return linkVersion + toBase64Url(deflateSync(strToU8(json), { level: 9, mem: 12, dictionary }));
}

export type TourLinkResult = { ok: true; tour: Tour } | { ok: false; problem: string };

/** Reads a link's data back into a tour, checked by the pack's schema; never throws. */
export function decodeTourLink(data: string): TourLinkResult {
  const broken = { ok: false, problem: "Ce lien de visite est incomplet ou abîmé." } as const;
  if (data.length > maxDataChars)
    return { ok: false, problem: "Ce lien de visite est trop long pour être lu." };
  if (!data.startsWith(linkVersion) || !/^[A-Za-z0-9_-]+$/.test(data.slice(1))) return broken;
  let json: string;
  try {
    const inflated = inflateSync(fromBase64Url(data.slice(1)), { dictionary });
    if (inflated.length > maxInflatedBytes) return broken;
    json = strFromU8(inflated);
  } catch {
    return broken;
  }
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return broken;
  }
  const parsed = tourSchema.safeParse(fromCompact(value));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      problem: `Ce lien ne contient pas une visite valide (${issue?.message ?? "forme inattendue"}).`,
    };
  }
  return { ok: true, tour: parsed.data };
}
