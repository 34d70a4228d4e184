import { z } from "zod";

/**
 * The sourced facts of a trade (issue 13): ROME 4.0 sheet, references, share of women, green
 * classification, regional recruitment outlook. Every figure carries its source; a fact that no
 * public source gives is left out, never guessed.
 */

/** A France Travail ROME code: a letter A–N and four digits (same shape in v3 and 4.0). */
export const romeCodeSchema = z
  .string()
  .regex(/^[A-N][0-9]{4}$/, "code ROME attendu : une lettre (A à N) et quatre chiffres");

/** A plain https link, shown as a link that opens a new tab; the app never fetches it. */
export const linkSchema = z
  .string()
  .regex(/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}(?:\/[^\s]*)?$/, "lien https:// attendu, sans espace");

/** Where a figure comes from: a public page, named, with the year of the data. */
export const sourceSchema = z.object({
  label: z.string().min(3),
  url: linkSchema,
  /** Year of the data (the last year of a multi-year average). */
  year: z.number().int().min(2000).max(2100),
});

/** The trade's ROME 4.0 sheet (in force since 20 March 2023): code and sheet title. */
export const rome4Schema = z.object({
  code: romeCodeSchema,
  title: z.string().min(2),
});

/** The references a trade was checked against. */
export const jobSourcesSchema = z.object({
  /** France Travail ROME sheet (métierscope) of the trade's ROME 4.0 code, or v3 code without one. */
  rome: linkSchema,
  /** ONISEP trade sheet, where one was found. */
  onisep: linkSchema.optional(),
});

/** Share of women in the trade's professional family, from a public statistical source. */
export const womenShareSchema = z.object({
  /** Between 0 and 1 (0.04 = 4 %). */
  share: z.number().min(0).max(1),
  /** What the figure covers, e.g. « famille professionnelle D2Z : ouvriers qualifiés … ». */
  scope: z.string().min(10),
  source: sourceSchema,
});

/**
 * The trade's place in the ecological transition: « vert » and « stratégique pour la transition
 * écologique » are France Travail's ROME tags (`transition_eco` of the ROME 4.0 open data, per
 * fiche; « Emploi Blanc » and « Emploi Brun » are not marked), « verdissant » the ONEMEV's.
 */
export const greenKinds = ["vert", "strategique", "verdissant"] as const;
export const greenSchema = z.object({
  kind: z.enum(greenKinds),
  source: sourceSchema,
});

/** Recruitment outlook in Provence-Alpes-Côte d'Azur (France Travail « Besoins en main-d'œuvre »). */
export const outlookSchema = z.object({
  /** Number of recruitment projects declared for the year. */
  projects: z.number().int().positive(),
  /** Share of those projects the employers expect to be difficult (0 to 1). */
  difficultyShare: z.number().min(0).max(1).optional(),
  /** The BMO trade family the figures are for. */
  scope: z.string().min(5),
  source: sourceSchema,
});

/** An RNCP registration number (Répertoire national des certifications professionnelles). */
export const rncpSchema = z
  .string()
  .regex(/^RNCP[0-9]{3,6}$/, "numéro RNCP attendu : RNCP suivi de chiffres");

export type Source = z.infer<typeof sourceSchema>;
export type Rome4 = z.infer<typeof rome4Schema>;
export type JobSources = z.infer<typeof jobSourcesSchema>;
export type WomenShare = z.infer<typeof womenShareSchema>;
export type Green = z.infer<typeof greenSchema>;
export type GreenKind = (typeof greenKinds)[number];
export type Outlook = z.infer<typeof outlookSchema>;
