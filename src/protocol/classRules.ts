import type { TourStop } from "../content/schema";

/**
 * The live class protocol's names, limits and plain rules (codes, pseudonyms, a stop's choices):
 * what the app's pages need without the schemas. NOTE: no zod here, so the first view loads none;
 * `schema.ts` holds the schemas and re-exports all of this.
 */

/** Socket.IO namespace of the hub (default path `/socket.io/`). */
export const classNamespace = "/classe";
/** Answers `{ ok: true, engine }` when a hub serves this origin. */
export const healthPath = "/api/classe/health";

/** Every refusal the hub answers, in an acknowledgement `{ ok: false, error }`. */
export const classErrors = [
  "unknown-code",
  "class-full",
  "bad-name",
  "bad-key",
  "too-many-attempts",
  "bad-payload",
  "class-ended",
  "too-late",
  /** The class season: a class key that is not the class's (or a class that no longer exists). */
  "bad-class-key",
  /** The class season's database cannot be reached now (an addition). */
  "season-unavailable",
] as const;
export type ClassError = (typeof classErrors)[number];

/** Upper-case letters and digits without the look-alikes 0 O 1 I L: 31 symbols. */
export const codeAlphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
export const codeLength = 6;

export const limits = {
  /** Pupils per class (tokens issued). */
  maxPupils: 60,
  /** Serialized size of one pupil (or teacher, except `class:create`) event payload. */
  maxPayloadBytes: 4 * 1024,
  /** Serialized size of a `class:create` payload (a teacher's own tour). */
  maxCreateBytes: 64 * 1024,
  nameMin: 2,
  nameMax: 24,
  questionMax: 280,
  /** Questions kept per class; beyond that `class:ask` is refused. */
  questionsPerClass: 300,
  /** Questions one pupil may send in a class. */
  questionsPerPupil: 20,
  /** Failed attempts (unknown code, wrong key) per address in `failWindowMs` before blocking. */
  failedAttempts: 20,
  failWindowMs: 60_000,
  blockMs: 5 * 60_000,
  /** Professionals invited into one class (guest links). */
  guestsPerClass: 4,
  /** A guest's first name, as it shows beside an answer. */
  firstNameMin: 1,
  firstNameMax: 40,
  /** A guest's written answer. */
  replyMax: 1000,
  /** Serialized size of a `class:reply` payload (1,000 characters, some of them multi-byte). */
  maxReplyBytes: 8 * 1024,
  /** Answers one guest may write in a class. */
  repliesPerGuest: 100,
  /** A class expires this long after it is created… */
  classTtlMs: 4 * 60 * 60_000,
  /** …or this long after it ended, whichever comes first. */
  endedTtlMs: 30 * 60_000,
  /** Stops a pupil's `class:ready` may list (a tour has fewer). */
  maxReadyStops: 100,
} as const;

const codePattern = new RegExp(`^[${codeAlphabet}]{${codeLength}}$`);

/**
 * Reads a typed code: case-insensitive, spaces and dashes ignored. Returns the canonical code, or
 * null when it cannot be one (wrong length, ambiguous or foreign characters).
 */
export function normalizeCode(input: string): string | null {
  const code = input.replace(/[\s-]+/g, "").toUpperCase();
  return codePattern.test(code) ? code : null;
}

/**
 * A pseudonym as the hub keeps it: NFC, trimmed, inner runs of spaces collapsed, 2–24 characters,
 * no control characters. Null when it is not acceptable.
 */
export function cleanName(input: string): string | null {
  const name = input.normalize("NFC").trim().replace(/\s+/g, " ");
  const length = [...name].length;
  if (length < limits.nameMin || length > limits.nameMax) return null;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
  if (/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069]/.test(name)) return null;
  return name;
}

/**
 * A professional's first name as the hub keeps it: the pseudonym's rules, 1–40 characters.
 * Null when it is not acceptable.
 */
export function cleanFirstName(input: string): string | null {
  const name = input.normalize("NFC").trim().replace(/\s+/g, " ");
  const length = [...name].length;
  if (length < limits.firstNameMin || length > limits.firstNameMax) return null;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
  if (/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069]/.test(name)) return null;
  return name;
}

/** The choices of a stop's question (none for a free-text question) and the right one's index. */
export function stopChoices(stop: TourStop | undefined): { choices: string[]; correct: number | null } {
  const question = stop?.question as { choices?: unknown; correct?: unknown } | undefined;
  const choices = Array.isArray(question?.choices)
    ? question.choices.filter((choice): choice is string => typeof choice === "string")
    : [];
  const correct =
    typeof question?.correct === "number" && Number.isInteger(question.correct) ? question.correct : null;
  return { choices, correct: correct !== null && correct < choices.length ? correct : null };
}
