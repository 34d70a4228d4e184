import { z } from "zod";

/**
 * Professionals' slots (DESIGN.md, "Professionals in the class"): a company publishes when one of
 * its professionals can answer a class; a teacher books one for a live class and gets the guest
 * secret. Sent on the live class namespace, answered like the class events. No Node import here.
 */

export const slotLimits = {
  minMinutes: 15,
  maxMinutes: 120,
  /** How far ahead a slot may be published. */
  maxDaysAhead: 366,
  /** Open slots one company may have at once. */
  openSlotsPerCompany: 100,
} as const;

const idField = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  .max(80);
/** A company key (base64url, 32 bytes): only its hash is kept by the hub. */
const companyKeyField = z.string().regex(/^[A-Za-z0-9_-]{20,64}$/);
const slotIdField = z.string().regex(/^[a-f0-9]{16}$/);
const classIdField = z.string().regex(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{10}$/);
const classKeyField = z.string().regex(/^[A-Za-z0-9_-]{20,64}$/);
const liveCodeField = z
  .string()
  .max(32)
  .transform((value) => value.replace(/[\s-]+/g, "").toUpperCase())
  .pipe(z.string().regex(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$/));

export const slotPayloads = {
  "slot:publish": z.object({
    companyKey: companyKeyField,
    company: idField,
    start: z.iso.datetime({ offset: true }),
    minutes: z.number().int().min(slotLimits.minMinutes).max(slotLimits.maxMinutes),
    firstName: z.string().max(120),
    trade: idField,
  }),
  /** An addition: the open slots, for a teacher to pick one. */
  "slot:open": z.object({}),
  /** An addition: a company's slots, open and booked. */
  "slot:mine": z.object({ companyKey: companyKeyField, company: idField }),
  "slot:book": z
    .object({
      slotId: slotIdField,
      code: liveCodeField,
      key: z.string().min(1).max(128),
      /** The class season's class (optional, both or neither): answers kept go to its season. */
      classId: classIdField.optional(),
      classKey: classKeyField.optional(),
    })
    .refine((value) => (value.classId === undefined) === (value.classKey === undefined), {
      message: "classId et classKey vont ensemble",
    }),
} as const;

export const slotSchema = z.object({
  slotId: z.string(),
  company: z.string(),
  firstName: z.string(),
  trade: z.string(),
  /** ISO date-time (UTC). */
  start: z.string(),
  minutes: z.number().int(),
  booked: z.boolean(),
});
export type Slot = z.infer<typeof slotSchema>;

export interface SlotReplies {
  "slot:publish": { slotId: string };
  "slot:open": { slots: Slot[] };
  "slot:mine": { slots: Slot[] };
  "slot:book": { guest: string; slot: Slot };
}
export type SlotEventName = keyof typeof slotPayloads;
