import { z } from "zod";
import { type TourStop, tourSchema } from "../content/schema";

/**
 * The live class protocol ("La classe en direct", DESIGN.md): the single definition of what the app
 * and the hub say to each other over Socket.IO. No Node import here: the browser imports it too.
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
  /** A class expires this long after it is created… */
  classTtlMs: 4 * 60 * 60_000,
  /** …or this long after it ended, whichever comes first. */
  endedTtlMs: 30 * 60_000,
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

/** A code as typed (normalized), or refused as `bad-payload`. */
const codeField = z
  .string()
  .max(32)
  .transform((value, context) => {
    const code = normalizeCode(value);
    if (code === null) {
      context.addIssue({ code: "custom", message: "code de classe mal formé" });
      return z.NEVER;
    }
    return code;
  });
/** A teacher key or pupil token: opaque, base64url. */
const secretField = z.string().min(1).max(128);
const stepField = z.number().int().min(0).max(999);

export const classModes = ["follow", "free"] as const;
export type ClassMode = (typeof classModes)[number];
export const questionStatuses = ["new", "shown", "hidden", "done"] as const;
export type QuestionStatus = (typeof questionStatuses)[number];
export const moderateActions = ["show", "hide", "done"] as const;

const tourIdField = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

/** Payloads of client → hub events, each answered by an acknowledgement. */
export const clientPayloads = {
  "class:create": z.object({ tour: z.union([tourIdField, tourSchema]) }),
  "class:lead": z.object({ code: codeField, key: secretField }),
  "class:goto": z.object({ code: codeField, key: secretField, step: stepField }),
  "class:mode": z.object({ code: codeField, key: secretField, mode: z.enum(classModes) }),
  "class:reveal": z.object({ code: codeField, key: secretField, step: stepField }),
  "class:moderate": z.object({
    code: codeField,
    key: secretField,
    question: z.string().min(1).max(64),
    action: z.enum(moderateActions),
  }),
  "class:end": z.object({ code: codeField, key: secretField }),
  "class:join": z.object({ code: codeField, name: z.string().max(200) }),
  "class:resume": z.object({ code: codeField, pupil: secretField }),
  "class:answer": z.object({
    code: codeField,
    pupil: secretField,
    step: stepField,
    choice: z.number().int().min(0).max(99),
  }),
  "class:ask": z.object({
    code: codeField,
    pupil: secretField,
    text: z
      .string()
      .transform((text) => text.trim())
      .pipe(z.string().min(1).max(limits.questionMax)),
  }),
} as const;

export type ClientEventName = keyof typeof clientPayloads;
export const clientEventNames = Object.keys(clientPayloads) as ClientEventName[];
/** What a client sends (before the hub's normalization: codes as typed). */
export type ClientPayload<E extends ClientEventName> = z.input<(typeof clientPayloads)[E]>;
/** What the hub works with once validated. */
export type ParsedPayload<E extends ClientEventName> = z.output<(typeof clientPayloads)[E]>;

export const classStateSchema = z.object({
  /** The shipped tour's id, or the teacher's own tour. */
  tour: z.union([z.string(), tourSchema]),
  /** From 0. */
  step: z.number().int().min(0),
  mode: z.enum(classModes),
  /** Whether the current step's results are revealed. */
  revealed: z.boolean(),
  /** Pupils connected now. */
  pupils: z.number().int().min(0),
  ended: z.boolean(),
});
export type ClassState = z.infer<typeof classStateSchema>;

export const classResultsSchema = z.object({
  step: z.number().int().min(0),
  /** Answers per choice, in the question's order. */
  counts: z.array(z.number().int().min(0)),
  total: z.number().int().min(0),
});
export type ClassResults = z.infer<typeof classResultsSchema>;

export const classRosterSchema = z.object({ names: z.array(z.string()) });
export type ClassRoster = z.infer<typeof classRosterSchema>;

export const classQuestionSchema = z.object({
  id: z.string(),
  text: z.string(),
  status: z.enum(questionStatuses),
});
export type ClassQuestion = z.infer<typeof classQuestionSchema>;
export const classQuestionsSchema = z.array(classQuestionSchema);

export const classSummarySchema = z.object({
  /** Pupils who joined (tokens issued). */
  pupils: z.number().int().min(0),
  steps: z.array(
    z.object({
      step: z.number().int().min(0),
      counts: z.array(z.number().int().min(0)),
      total: z.number().int().min(0),
      /** Answers that picked the right choice (0 for a free-text question). */
      correct: z.number().int().min(0),
    }),
  ),
});
export type ClassSummary = z.infer<typeof classSummarySchema>;

/** What each event's acknowledgement carries on success. */
export interface ClientReplies {
  "class:create": { code: string; key: string };
  "class:lead": { state: ClassState };
  "class:goto": Record<string, never>;
  "class:mode": Record<string, never>;
  "class:reveal": Record<string, never>;
  "class:moderate": Record<string, never>;
  "class:end": { summary: ClassSummary };
  "class:join": { pupil: string; state: ClassState };
  "class:resume": { state: ClassState };
  "class:answer": Record<string, never>;
  "class:ask": Record<string, never>;
}

/** An acknowledgement: `{ ok: true, ... }` or `{ ok: false, error }`. */
export type Ack<T> = ({ ok: true } & T) | { ok: false; error: ClassError };
export type ClientAck<E extends ClientEventName> = Ack<ClientReplies[E]>;

/** Hub → client events. */
export interface ServerEvents {
  "class:state": ClassState;
  "class:results": ClassResults;
  "class:roster": ClassRoster;
  "class:questions": ClassQuestion[];
  /**
   * Not in DESIGN.md's table (an addition): sent to every teacher window when the class ends, so
   * that the projector shows the same summary as the window that pressed "Terminer".
   */
  "class:summary": ClassSummary;
}
export type ServerEventName = keyof ServerEvents;

export const serverPayloads = {
  "class:state": classStateSchema,
  "class:results": classResultsSchema,
  "class:roster": classRosterSchema,
  "class:questions": classQuestionsSchema,
  "class:summary": classSummarySchema,
} as const;

/** The health endpoint's answer. */
export const healthSchema = z.object({ ok: z.literal(true), engine: z.enum(["memory", "redis"]) });
export type HubHealth = z.infer<typeof healthSchema>;
