import { z } from "zod";
import { type DiplomaLevel, diplomaLevels } from "./diplomaLevels";
import {
  greenSchema,
  jobSourcesSchema,
  linkSchema,
  outlookSchema,
  rncpSchema,
  rome4Schema,
  romeCodeSchema,
  sourceSchema,
  womenShareSchema,
} from "./jobFacts";

/**
 * The content pack's schema: the single definition of what `public/content/*.json` hold.
 * Types are inferred from it (`z.infer`), never written twice.
 */

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "identifiant attendu en minuscules-avec-tirets");

const hexColor = z.string().regex(/^#[0-9a-fA-F]{6}$/, "couleur attendue au format #rrggbb");

export const sectorSchema = z.object({
  id,
  name: z.string().min(2),
  color: hexColor,
  description: z.string().min(20),
  /** A single emoji shown beside the sector's name. */
  icon: z.string().min(1).max(8),
});

/** Centres of interest, shared by the trades and the "which trade for me" quiz. */
export const interestIds = [
  "fabriquer",
  "reparer",
  "piloter",
  "analyser",
  "concevoir",
  "numerique",
  "exterieur",
  "mer",
  "equipe",
  "creer",
  "environnement",
  "bouger",
] as const;
export const interestSchema = z.enum(interestIds);

/** French diploma levels, from CAP (niveau 3) to école d'ingénieurs (niveau 7). */
export const diplomaLevelSchema = z.enum(diplomaLevels);
export { type DiplomaLevel, diplomaLevels };

export const machineSchema = z.object({
  id,
  name: z.string().min(2),
  /** Name of the machine's node in the company's glTF. */
  node: z.string().min(1),
  description: z.string().min(10),
  jobs: z.array(id).min(1),
  /** Shape the model generator draws for this machine; a company with its own .glb may omit it. */
  kit: z.string().optional(),
});

/** Themes of « Inventer un avenir durable », the 2021 week's theme. */
export const transitionThemes = [
  "decarbonation",
  "energie",
  "eau",
  "economie-circulaire",
  "relocalisation",
] as const;
export const transitionThemeSchema = z.enum(transitionThemes);

/** A company's transition story: one concrete change, plausible for its kind of plant. */
export const transitionSchema = z.object({
  theme: transitionThemeSchema,
  title: z.string().min(5).max(90),
  text: z.string().min(60).max(400, "récit de transition de 400 caractères au plus"),
  /** A machine of one of the company's workshops, where the "transition" hotspot shows. */
  machine: id.optional(),
});

export const workshopSchema = z.object({
  id,
  name: z.string().min(2),
  description: z.string().min(10),
  /** Name of the `viewpoint:<workshop>` node in the glTF. */
  viewpoint: z.string().min(1),
  machines: z.array(machineSchema).min(1),
});

export const companySchema = z.object({
  id,
  name: z.string().min(2),
  sector: id,
  town: z.string().min(2),
  lat: z.number().min(42.9).max(45.2),
  lon: z.number().min(4.2).max(7.8),
  description: z.string().min(20),
  headcount: z.number().int().positive(),
  products: z.array(z.string().min(2)).min(1),
  /** Path of the company's .glb relative to `public/`. */
  model: z.string().regex(/^models\/[a-z0-9-]+\.glb$/, "chemin attendu : models/<nom>.glb"),
  workshops: z.array(workshopSchema).min(1),
  /**
   * What the plant does for the ecological transition, shown at its entrance and on a
   * "transition" hotspot at `machine`. Optional here so a draft still loads; `check:content`
   * requires it on every shipped company (see `storyRules.ts`).
   */
  transition: transitionSchema.optional(),
  /**
   * True: the company is imagined (modelled on the region's real plants, named and drawn for the
   * app), said at its entrance and in the town's directory. Optional here so a draft still loads;
   * `check:content` requires it on every shipped company.
   */
  invented: z.boolean().optional(),
});

export const diplomaSchema = z.object({
  level: diplomaLevelSchema,
  name: z.string().min(2),
  /** RNCP registration number, where it was checked (e.g. RNCP36317). */
  rncp: rncpSchema.optional(),
  /** True where this diploma can be prepared by apprenticeship; absent where not checked. */
  apprenticeship: z.boolean().optional(),
  /** The diploma's ONISEP page, where one was found. */
  onisep: linkSchema.optional(),
});

export const jobSchema = z.object({
  id,
  title: z.string().min(2),
  /** France Travail ROME v3 code, e.g. H2913 (kept beside the ROME 4.0 sheet for compatibility). */
  rome: romeCodeSchema,
  /** ROME 4.0 sheet; absent where no 4.0 sheet could be verified (check:content lists them). */
  rome4: rome4Schema.optional(),
  summary: z.string().min(120, "résumé d’au moins 120 caractères"),
  tasks: z.array(z.string().min(3)).min(3),
  skills: z.array(z.string().min(2)).min(1),
  diplomas: z.array(diplomaSchema).min(1),
  /**
   * Starting gross monthly salary, in euros (cents allowed: the SMIC is 1 823,03 €). Optional: a
   * salary no public source gives is left out, never guessed; check:content requires
   * `salarySource` beside every salary.
   */
  salaryStart: z
    .number()
    .min(1400)
    .max(5000)
    .refine((n) => Math.abs(Math.round(n * 100) - n * 100) < 1e-6, "montant en euros, au centime près")
    .optional(),
  /** Where the starting salary comes from (e.g. the SMIC); required by check:content with a salary. */
  salarySource: sourceSchema.optional(),
  interests: z.array(interestSchema).min(1),
  /** References checked (ROME sheet, ONISEP sheet); required on a shipped trade by check:content. */
  sources: jobSourcesSchema.optional(),
  /** Share of women in the trade's professional family, with its source; no source, no number. */
  women: womenShareSchema.optional(),
  /** Trade of the ecological transition (France Travail / ONEMEV « métiers verts et verdissants »). */
  green: greenSchema.optional(),
  /** Recruitment outlook in Provence-Alpes-Côte d'Azur (France Travail BMO survey). */
  outlook: outlookSchema.optional(),
});

/**
 * A stop's question. With `choices` (2 to 4) and `correct` (the right choice's index), pupils answer
 * it in a live class; without them it is a free-text question for the projector. `answer` is the
 * explanation shown once the answer is revealed.
 */
export const tourQuestionSchema = z
  .object({
    prompt: z
      .string()
      .min(5, "question de 5 caractères au moins")
      .max(250, "question de 250 caractères au plus"),
    choices: z
      .array(z.string().min(1, "choix vide").max(150, "choix de 150 caractères au plus"))
      .min(2, "au moins 2 choix")
      .max(4, "au plus 4 choix")
      .optional(),
    correct: z.number().int().min(0).optional(),
    answer: z.string().min(1, "réponse attendue").max(500, "réponse de 500 caractères au plus"),
  })
  .superRefine((question, ctx) => {
    const { choices, correct } = question;
    if (choices === undefined && correct === undefined) return;
    if (choices === undefined) {
      ctx.addIssue({ code: "custom", path: ["choices"], message: "« correct » sans « choices »" });
      return;
    }
    if (correct === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["correct"],
        message: "« choices » sans « correct » (index de la bonne réponse)",
      });
      return;
    }
    if (correct >= choices.length) {
      ctx.addIssue({
        code: "custom",
        path: ["correct"],
        message: `index de bonne réponse hors des choix : ${correct} (il y a ${choices.length} choix)`,
      });
    }
    if (new Set(choices.map((choice) => choice.trim().toLowerCase())).size !== choices.length) {
      ctx.addIssue({ code: "custom", path: ["choices"], message: "deux choix identiques" });
    }
  });

export const tourStopSchema = z.object({
  company: id,
  workshop: id,
  machine: id,
  narration: z
    .string()
    .min(10, "récit de 10 caractères au moins")
    .max(800, "récit de 800 caractères au plus"),
  notes: z.string().min(10, "notes de 10 caractères au moins").max(1000, "notes de 1 000 caractères au plus"),
  question: tourQuestionSchema.optional(),
  /** The fictional portrait this stop presents (an id of `portraits.json`): someone at this machine. */
  portrait: id.optional(),
});

export const tourSchema = z.object({
  id,
  title: z.string().min(2, "titre de 2 caractères au moins").max(120, "titre de 120 caractères au plus"),
  audience: z.string().min(2, "public de 2 caractères au moins").max(80, "public de 80 caractères au plus"),
  minutes: z
    .number("durée en minutes attendue")
    .int("durée en minutes entières")
    .min(1, "durée d’une minute au moins")
    .max(240, "durée de 240 minutes au plus"),
  description: z.string().min(10).max(400, "description de 400 caractères au plus").optional(),
  stops: z.array(tourStopSchema).min(1, "au moins une étape").max(20, "au plus 20 étapes"),
});

export const sectorsFileSchema = z.array(sectorSchema).length(13, "il faut exactement 13 secteurs");
export const companiesFileSchema = z.array(companySchema);
export const jobsFileSchema = z.array(jobSchema);
export const toursFileSchema = z.array(tourSchema);

export type Sector = z.infer<typeof sectorSchema>;
export type Machine = z.infer<typeof machineSchema>;
export type Workshop = z.infer<typeof workshopSchema>;
export type Company = z.infer<typeof companySchema>;
export type Job = z.infer<typeof jobSchema>;
export type Diploma = z.infer<typeof diplomaSchema>;
export type Interest = z.infer<typeof interestSchema>;
export type Tour = z.infer<typeof tourSchema>;
export type TourStop = z.infer<typeof tourStopSchema>;
export type TourQuestion = z.infer<typeof tourQuestionSchema>;
export type Transition = z.infer<typeof transitionSchema>;
export type TransitionTheme = z.infer<typeof transitionThemeSchema>;
