import { z } from "zod";
import { tourSchema } from "../content/schema";
import { type ClassError, limits, normalizeCode } from "./classRules";

/**
 * The live class protocol ("La classe en direct", DESIGN.md): the single definition of what the app
 * and the hub say to each other over Socket.IO. No Node import here: the browser imports it too.
 */

export * from "./classRules";

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
