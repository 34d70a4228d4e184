import { z } from "zod";

/**
 * `portraits.json`: short portraits of fictional people doing the region's trades, a woman and a
 * man per sector (« les femmes et les hommes qui font l'industrie »). Like the companies, they are
 * invented, and say so (`fictional: true`); their trade and diploma are real entries of the pack.
 */

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "identifiant attendu en minuscules-avec-tirets");

export const genders = ["femme", "homme"] as const;
export const genderSchema = z.enum(genders);

export const portraitSchema = z.object({
  id,
  sector: id,
  /** The company of the pack where this person works, if any. */
  company: id.optional(),
  /** The machine of that company where this person is seen at work (their trade is practised there). */
  machine: id.optional(),
  /** The trade (an id of `jobs.json`). */
  job: id,
  /** First name only: a character, not a person. */
  name: z.string().min(2).max(30),
  gender: genderSchema,
  age: z.number().int().min(16).max(67).optional(),
  /** The path that led there (parcours). */
  path: z.string().min(60).max(450),
  /** The diploma this person holds: one of the trade's diplomas in `jobs.json`. */
  diploma: z.string().min(3),
  /** A day at work, told briefly. */
  day: z.string().min(60).max(600),
  fictional: z.literal(true, "un portrait doit être marqué « fictional: true » (personnage inventé)"),
});

export const portraitsFileSchema = z.array(portraitSchema);

export type Portrait = z.infer<typeof portraitSchema>;
export type Gender = z.infer<typeof genderSchema>;
