import { z } from "zod";
import { communes } from "../content/communes";

/**
 * The class season's events (DESIGN.md, "The class season (contract)"): a class without account,
 * its key, the challenges. Sent on the live class namespace, answered like the class events.
 * No Node import here: the browser imports it too.
 */

export const classLevels = ["CM1", "CM2", "6e", "5e", "4e", "3e", "2de", "1re", "Tle", "CAP", "BTS"] as const;
export type ClassLevel = (typeof classLevels)[number];

/** Départements of Provence-Alpes-Côte d'Azur, where the challenges are run. */
export const departements = ["04", "05", "06", "13", "83", "84"] as const;

/** Characters a school, town or label may hold: letters, digits, spaces and common punctuation. */
const plainText = (min: number, max: number) =>
  z
    .string()
    .max(max * 4)
    .transform((text) => text.normalize("NFC").trim().replace(/\s+/g, " "))
    .pipe(
      z
        .string()
        .min(min)
        .max(max)
        .regex(/^[\p{L}\p{N} '’.,()°\-–/&]+$/u),
    );

/** A class id: 10 characters of the live class alphabet. */
export const classIdPattern = /^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{10}$/;
const classIdField = z.string().regex(classIdPattern);
/** The class key (base64url, 32 bytes): only its hash is kept by the hub. */
const classKeyField = z.string().regex(/^[A-Za-z0-9_-]{20,64}$/);
/** A challenge's code: 6 characters of the live class alphabet, read like a class code. */
const defiCodeField = z
  .string()
  .max(32)
  .transform((value) => value.replace(/[\s-]+/g, "").toUpperCase())
  .pipe(z.string().regex(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$/));
const organiserKeyField = z.string().regex(/^[A-Za-z0-9_-]{20,64}$/);

/** The département of a town of the list, or null when the town is not in it. */
export function departementOfTown(town: string): string | null {
  const wanted = town.normalize("NFC").trim().toLocaleLowerCase("fr");
  return communes.find((commune) => commune.name.toLocaleLowerCase("fr") === wanted)?.department ?? null;
}

export const seasonPayloads = {
  "season:create": z
    .object({
      school: plainText(2, 80),
      town: plainText(2, 60),
      level: z.enum(classLevels),
      label: plainText(1, 40),
      /** An addition: the département when the town is not in the list. */
      departement: z.enum(departements).optional(),
    })
    .strict()
    .refine((value) => value.departement !== undefined || departementOfTown(value.town) !== null, {
      message: "département inconnu",
      path: ["departement"],
    }),
  "season:get": z.object({ classId: classIdField, classKey: classKeyField }),
  "season:delete": z.object({ classId: classIdField, classKey: classKeyField }),
  "defi:join": z.object({ classId: classIdField, classKey: classKeyField, defi: defiCodeField }),
  /** Organiser (an addition): the whole ranking, hidden classes included, with their ids. */
  "defi:admin": z.object({ defi: defiCodeField, organiserKey: organiserKeyField }),
  /** Organiser (an addition): hides a class from the ranking, or shows it again. */
  "defi:hide": z.object({
    defi: defiCodeField,
    organiserKey: organiserKeyField,
    classId: classIdField,
    hidden: z.boolean(),
  }),
} as const;

export const seasonSchema = z.object({
  sessions: z.number().int().min(0),
  stops: z.number().int().min(0),
  trades: z.array(z.string()),
  sectors: z.array(z.string()),
  companies: z.array(z.string()),
  score: z.number().int().min(0),
  /** Additions: what the passport prints. */
  history: z
    .array(
      z.object({
        tour: z.string(),
        endedAt: z.string(),
        pupils: z.number(),
        stops: z.number(),
        rightShare: z.number().nullable(),
        points: z.number(),
      }),
    )
    .optional(),
  tradesFirstMet: z.record(z.string(), z.string()).optional(),
  class: z.object({ school: z.string(), town: z.string(), level: z.string(), label: z.string() }).optional(),
  defis: z.array(z.string()).optional(),
});
export type SeasonView = z.infer<typeof seasonSchema>;

export const rankingRowSchema = z.object({
  label: z.string(),
  school: z.string(),
  level: z.string(),
  departement: z.string(),
  score: z.number(),
  rank: z.number(),
  /** Additions for the organiser's view. */
  classId: z.string().optional(),
  hidden: z.boolean().optional(),
  town: z.string().optional(),
});
export type RankingRow = z.infer<typeof rankingRowSchema>;

export const defiSchema = z.object({
  code: z.string(),
  title: z.string(),
  from: z.string(),
  to: z.string(),
  tours: z.array(z.string()),
});
export type DefiView = z.infer<typeof defiSchema>;

/** `GET /api/defi/<code>/classement`. */
export const rankingSchema = z.object({ defi: defiSchema, classes: z.array(rankingRowSchema) });
export type Ranking = z.infer<typeof rankingSchema>;
export const rankingPath = (code: string) => `/api/defi/${encodeURIComponent(code)}/classement`;

export type SeasonEventName = keyof typeof seasonPayloads;

export interface SeasonReplies {
  "season:create": { classId: string; classKey: string };
  "season:get": { season: SeasonView };
  "season:delete": Record<string, never>;
  "defi:join": Record<string, never>;
  "defi:admin": { ranking: Ranking };
  "defi:hide": Record<string, never>;
}
