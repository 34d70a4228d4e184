import { type ContentFileKey, contentFileNames } from "./contentFileNames";
import type { RawContentPack } from "./contentFiles";
import { type ContentProblem, jsonPath } from "./contentProblem";
import type { Source } from "./jobFacts";
import type { Job } from "./schema";

/**
 * Rules a shipped pack must follow beyond its schema (issue 13), run by `check:content` only so a
 * draft still loads in the app: the legal minimum salary, the references of every trade, and the
 * French typography of every text. The figures they rest on are set here, once.
 */

/** The legal minimum wage in force: SMIC, gross, per month, full time (35 h), since 1 January 2026. */
export const legalMinimumSalary = {
  /** Euros, gross, per month. */
  monthlyGross: 1823.03,
  source: {
    label: "Service-Public.fr, Smic (décret nº\u00a02025-1228 du 17 décembre 2025)",
    url: "https://www.service-public.fr/particuliers/vosdroits/F2300",
    year: 2026,
  } satisfies Source,
} as const;

/**
 * Below this share of women a trade counts among « les métiers où les femmes sont encore peu
 * nombreuses » (the catalogue's filter). 0.3: less than three people in ten.
 */
export const fewWomenThreshold = 0.3;

/** True where a sourced figure says women are still few in the trade; false without a figure. */
export function hasFewWomen(job: Pick<Job, "women">): boolean {
  return job.women !== undefined && job.women.share < fewWomenThreshold;
}

type Add = (path: ReadonlyArray<PropertyKey>, message: string) => void;

/**
 * The trades' rules: a source beside every number (the salary; the share of women, the green
 * classification and the outlook carry theirs by schema), salary at least the legal minimum,
 * references present, codes consistent.
 */
export function findJobRuleProblems(jobs: readonly Job[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const add: Add = (path, message) =>
    problems.push({ file: contentFileNames.jobs, path: jsonPath(path), message });
  const minimum = legalMinimumSalary.monthlyGross;
  jobs.forEach((job, j) => {
    if (job.salaryStart !== undefined && job.salarySource === undefined) {
      add(
        [j, "salarySource"],
        `salaire de départ sans source pour ${job.id} : citer la source, ou retirer le chiffre`,
      );
    }
    if (job.salarySource !== undefined && job.salaryStart === undefined) {
      add([j, "salarySource"], `source de salaire sans salaire pour ${job.id}`);
    }
    if (job.salaryStart !== undefined && job.salaryStart < minimum) {
      add(
        [j, "salaryStart"],
        `salaire de départ ${job.salaryStart} € sous le minimum légal (SMIC ${minimum} € brut par mois)`,
      );
    }
    if (job.sources === undefined) {
      add([j, "sources"], `références manquantes pour ${job.id} (fiche ROME de France Travail au moins)`);
    } else {
      const code = job.rome4?.code ?? job.rome;
      if (!job.sources.rome.includes(code)) {
        add([j, "sources", "rome"], `la fiche France Travail citée ne porte pas le code ${code}`);
      }
    }
  });
  return problems;
}

// --- Typography ---------------------------------------------------------------------------------

/** No-break space (before « : », inside « », between a number and its unit). */
export const NBSP = "\u00A0";
/** Narrow no-break space (before « ; ! ? », between groups of digits). */
export const NNBSP = "\u202F";

const units = [
  "kWh",
  "MWh",
  "GWh",
  "TWh",
  "°C",
  "km²",
  "m²",
  "m³",
  "km",
  "kg",
  "cm",
  "mm",
  "µm",
  "nm",
  "MW",
  "kW",
  "GW",
  "kV",
  "Mt",
  "ha",
  "min",
  "bar",
  "€",
  "%",
  "m",
  "t",
  "h",
  "g",
  "L",
];
const unitPattern = new RegExp(`(\\d)[ \\t]?(${units.join("|")})(?![\\p{L}\\p{N}])`, "gu");

/** One typographic rule: what it asks for, and how to fix a text (URLs already set apart). */
interface TypographyRule {
  message: string;
  fix: (text: string) => string;
}

const typographyRules: TypographyRule[] = [
  {
    message: "apostrophe typographique attendue (’ et non ')",
    fix: (text) => text.replace(/(?<=\p{L})'(?=\p{L})/gu, "’"),
  },
  {
    message: "espace insécable attendue avant « : »",
    fix: (text) =>
      text.replace(/(^|[^ \t\u00A0\u202F])[ \t]*:(?=(.?))/g, (match, before: string, next: string) => {
        if (before === "") return match;
        // NOTE: a time (8:30) and a ratio keep their colon tight.
        if (/\d/.test(before) && /\d/.test(next)) return match;
        if (next === "/") return match;
        return `${before}${NBSP}:`;
      }),
  },
  {
    message: "espace fine insécable attendue avant « ; », « ! » et « ? »",
    fix: (text) =>
      text.replace(/(^|[^ \t\u00A0\u202F!?])[ \t]*([;!?])/g, (match, before: string, mark: string) =>
        before === "" ? match : `${before}${NNBSP}${mark}`,
      ),
  },
  {
    message: "espaces insécables attendues à l'intérieur des guillemets « »",
    fix: (text) =>
      text
        .replace(/«(?![\u00A0\u202F])[ \t]*/g, `«${NBSP}`)
        .replace(/(^|[^ \t\u00A0\u202F])[ \t]*»/g, (match, before: string) =>
          before === "" ? match : `${before}${NBSP}»`,
        ),
  },
  {
    message: "espace insécable attendue entre un nombre et son unité",
    fix: (text) =>
      text.replace(unitPattern, (_match, digit: string, unit: string) => `${digit}${NBSP}${unit}`),
  },
  {
    message: "espace fine insécable attendue entre les groupes de chiffres",
    fix: (text) =>
      text.replace(
        /(?<![\p{N}\p{L}.,])(\d{1,3})((?:[ \t]\d{3})+)(?!\d)/gu,
        (_m, head: string, groups: string) => head + groups.replace(/[ \t]/g, NNBSP),
      ),
  },
];

const urlPattern = /https?:\/\/[^\s«»"]+/g;

/** Applies `fix` to the parts of `text` that are not URLs. */
function outsideUrls(text: string, fix: (part: string) => string): string {
  let out = "";
  let last = 0;
  for (const match of text.matchAll(urlPattern)) {
    out += fix(text.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  return out + fix(text.slice(last));
}

/** A text is prose when it holds a space; identifiers, node names, codes and URLs hold none. */
function isProse(text: string): boolean {
  return /\s/.test(text) && !/^https?:\/\/\S+$/.test(text);
}

/** The French typography of `text`, fixed (URLs and times left as they are). */
export function fixTypography(text: string): string {
  if (!isProse(text)) return text;
  return typographyRules.reduce((current, rule) => outsideUrls(current, rule.fix), text);
}

/** What `text` breaks, one message per rule, with the place of the first fault. */
export function typographyFaults(text: string): string[] {
  if (!isProse(text)) return [];
  const faults: string[] = [];
  for (const rule of typographyRules) {
    const fixed = outsideUrls(text, rule.fix);
    if (fixed === text) continue;
    let at = 0;
    while (at < text.length && text[at] === fixed[at]) at += 1;
    const excerpt = text.slice(Math.max(0, at - 20), at + 12).replace(/\s+/g, " ");
    faults.push(`${rule.message} : « …${excerpt}… »`);
  }
  return faults;
}

/** Every string of a JSON value, with its path. */
export function* stringsOf(value: unknown, path: PropertyKey[] = []): Generator<[PropertyKey[], string]> {
  if (typeof value === "string") {
    yield [path, value];
  } else if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* stringsOf(item, [...path, i]);
  } else if (typeof value === "object" && value !== null) {
    for (const [key, item] of Object.entries(value)) yield* stringsOf(item, [...path, key]);
  }
}

/** The typography lint over every file of a raw pack, each fault with its file and JSON path. */
export function findTypographyProblems(raw: RawContentPack): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const key of Object.keys(contentFileNames) as ContentFileKey[]) {
    for (const [path, text] of stringsOf(raw[key])) {
      for (const fault of typographyFaults(text)) {
        problems.push({
          file: contentFileNames[key],
          path: jsonPath(path),
          message: `typographie : ${fault}`,
        });
      }
    }
  }
  return problems;
}
