import { z } from "zod";
import { tourSchema } from "../content/schema";
import { type ClassError, limits, normalizeCode } from "./classRules";
import { type FaqReplies, faqPayloads } from "./faqSchema";
import { type SeasonReplies, seasonPayloads } from "./seasonSchema";
import { type SlotReplies, slotPayloads } from "./slotSchema";

/**
 * The live class protocol ("La classe en direct", DESIGN.md): the single definition of what the app
 * and the hub say to each other over Socket.IO. No Node import here: the browser imports it too.
 */

export * from "./classRules";
export * from "./faqSchema";
export * from "./seasonSchema";
export * from "./slotSchema";

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
/**
 * `hide-answer`: hides every guest answer to the question, on every screen; `keep-answer`: keeps
 * the question and the answers whose guest consented in the class's season (professionals).
 */
export const moderateActions = ["show", "hide", "done", "hide-answer", "keep-answer"] as const;
export type ModerateAction = (typeof moderateActions)[number];

const tourIdField = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
/** A trade of the catalogue, by id (`soudeur`). */
const tradeField = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  .max(80);
const questionIdField = z.string().min(1).max(64);
const firstNameField = z.string().max(120);

/** Payloads of client → hub events, each answered by an acknowledgement. */
export const clientPayloads = {
  "class:create": z.object({
    tour: z.union([tourIdField, tourSchema]),
    /** The class season (DESIGN.md): the session counts for this class when its key is right. */
    classKey: z
      .string()
      .regex(/^[A-Za-z0-9_-]{20,64}$/)
      .optional(),
    /** An addition beside `classKey`: the class's id, so that the key is checked against one row. */
    classId: z
      .string()
      .regex(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{10}$/)
      .optional(),
  }),
  "class:lead": z.object({ code: codeField, key: secretField }),
  "class:goto": z.object({ code: codeField, key: secretField, step: stepField }),
  "class:mode": z.object({ code: codeField, key: secretField, mode: z.enum(classModes) }),
  "class:reveal": z.object({ code: codeField, key: secretField, step: stepField }),
  "class:moderate": z.object({
    code: codeField,
    key: secretField,
    question: questionIdField,
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
  /** Professionals in the class (DESIGN.md): the teacher invites a guest directly (an addition). */
  "class:invite": z.object({
    code: codeField,
    key: secretField,
    firstName: firstNameField,
    trade: tradeField,
  }),
  "class:guest": z.object({ code: codeField, guest: secretField }),
  "class:reply": z.object({
    code: codeField,
    guest: secretField,
    question: questionIdField,
    text: z
      .string()
      .transform((text) => text.trim())
      .pipe(z.string().min(1).max(limits.replyMax)),
    /** The guest agrees that the class may keep this question and answer in its season. */
    consent: z.boolean().optional(),
  }),
  "class:upvote": z.object({ code: codeField, pupil: secretField, question: questionIdField }),
  ...seasonPayloads,
  /**
   * Not in DESIGN.md's table (an addition): the stops (0-based) whose model this pupil's device
   * already holds, so the teacher sees how many devices are ready for the next stop.
   */
  "class:ready": z.object({
    code: codeField,
    pupil: secretField,
    stops: z.array(stepField).max(limits.maxReadyStops),
  }),
  ...slotPayloads,
  ...faqPayloads,
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
  /** Pupils who "also ask this" (one vote each), the asker not counted. */
  votes: z.number().int().min(0).optional(),
});
export type ClassQuestion = z.infer<typeof classQuestionSchema>;
export const classQuestionsSchema = z.array(classQuestionSchema);

/** A professional's written answer to a question the teacher let through. */
export const classAnswerSchema = z.object({
  question: z.string(),
  /** The question's text, so that the answer shows beside it wherever it is read. */
  asked: z.string(),
  text: z.string(),
  by: z.object({ firstName: z.string(), trade: z.string() }),
  /** Hidden by the teacher: teacher windows only ever receive it then. */
  hidden: z.boolean(),
  /** Teacher windows: the class may keep it in its season (the guest consented, the slot was booked with a class key). */
  keepable: z.boolean().optional(),
  /** Teacher windows: kept in the class's season. */
  kept: z.boolean().optional(),
});
export type ClassAnswer = z.infer<typeof classAnswerSchema>;
export const classAnswersSchema = z.array(classAnswerSchema);

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

export const classReadinessSchema = z.object({
  /** By stop (0-based): the connected pupils whose device holds that stop's model. */
  ready: z.array(z.number().int().min(0)),
});
export type ClassReadiness = z.infer<typeof classReadinessSchema>;

/** What each event's acknowledgement carries on success. */
export interface ClientReplies extends SeasonReplies, SlotReplies, FaqReplies {
  /** `counted` (an addition) when a class key was given: false when the season cannot be written now. */
  "class:create": { code: string; key: string; counted?: boolean };
  "class:lead": { state: ClassState };
  "class:goto": Record<string, never>;
  "class:mode": Record<string, never>;
  "class:reveal": Record<string, never>;
  "class:moderate": Record<string, never>;
  /** `counted` (an addition): for a class led with a class key, whether the season recorded it. */
  "class:end": { summary: ClassSummary; counted?: boolean };
  "class:join": { pupil: string; state: ClassState };
  "class:resume": { state: ClassState };
  "class:answer": Record<string, never>;
  "class:ask": Record<string, never>;
  "class:invite": { guest: string };
  /** `by`: how the guest's answers are signed (an addition to the contract's `{ state }`). */
  "class:guest": { state: ClassState; by: { firstName: string; trade: string } };
  "class:reply": Record<string, never>;
  "class:upvote": Record<string, never>;
  "class:ready": Record<string, never>;
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
  /** Guests' answers: all of them to teacher windows, the visible ones to pupils and guests. */
  "class:answers": ClassAnswer[];
  /** Not in DESIGN.md's table (an addition): to teacher windows, after a `class:ready` or a presence change. */
  "class:readiness": ClassReadiness;
}
export type ServerEventName = keyof ServerEvents;

export const serverPayloads = {
  "class:state": classStateSchema,
  "class:results": classResultsSchema,
  "class:roster": classRosterSchema,
  "class:questions": classQuestionsSchema,
  "class:summary": classSummarySchema,
  "class:answers": classAnswersSchema,
  "class:readiness": classReadinessSchema,
} as const;

/** The health endpoint's answer. */
export const healthSchema = z.object({
  ok: z.literal(true),
  engine: z.enum(["memory", "redis"]),
  /** The class season's database (DESIGN.md, "The class season"); absent on a hub without one. */
  db: z.enum(["sqlite", "postgres", "down"]).optional(),
});
export type HubHealth = z.infer<typeof healthSchema>;
