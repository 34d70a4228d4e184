import { type ContentFileKey, contentFileNames } from "./contentFileNames";
import type { RawContentPack } from "./contentFiles";
import { type ContentProblem, jsonPath } from "./contentProblem";
import { stringsOf } from "./contentRules";

/**
 * French usage the reviewers found wrong in the pack (issue 27), as a lint where a lint can catch
 * it: each rule is a pattern of the mistake and the right form. URLs are left out.
 */
interface FrenchRule {
  pattern: RegExp;
  message: string;
}

export const frenchRules: readonly FrenchRule[] = [
  {
    pattern: /\bmétiers? à tissage\b/giu,
    message: "« métier à tisser » (la machine), pas « métier à tissage »",
  },
  {
    pattern: /(?<!\p{L})(\p{L}+)s par \1s(?!\p{L})/giu,
    message: "« couture par couture » : le nom se répète au singulier",
  },
  {
    pattern: /\bentre chaque\b/giu,
    message: "« entre chaque » : écrire « entre deux … » ou « entre les … »",
  },
  {
    pattern: /\bsont rangées des centaines de (?!\p{L}+es\b)/giu,
    message: "accord avec le sujet inversé : « sont rangés des centaines de flacons »",
  },
  {
    pattern: /(?<!\bla |\bpar )\bsuite (?:à|aux|au)\b/giu,
    message: "« suite à » : écrire « après », « à la suite de » ou « à cause de »",
  },
  {
    pattern: /(?<![\p{L}\p{N}])MC(?![\p{L}\p{N}])/gu,
    message: "abréviation « MC » : écrire « mention complémentaire »",
  },
  {
    pattern: /\bn°|\bN°/gu,
    message: "« n° » s’écrit avec l’indicateur ordinal : « nº 1 » (n + º), suivi d’une espace insécable",
  },
  {
    pattern: /\bnº(?:\d| \d)/gu,
    message: "espace insécable attendue entre « nº » et le nombre : « nº 1 »",
  },
];

const urlPattern = /https?:\/\/[^\s«»"]+/g;

/** What `text` breaks among the French rules: each rule's message with the excerpt. */
export function frenchFaults(text: string): string[] {
  const plain = text.replace(urlPattern, (url) => " ".repeat(url.length));
  const faults: string[] = [];
  for (const rule of frenchRules) {
    for (const match of plain.matchAll(rule.pattern)) {
      const excerpt = text.slice(Math.max(0, match.index - 15), match.index + match[0].length + 15);
      faults.push(`${rule.message} : « …${excerpt.replace(/\s+/g, " ")}… »`);
    }
  }
  return faults;
}

/** The French lint over every file of a raw pack, each fault with its file and JSON path. */
export function findFrenchProblems(raw: RawContentPack): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const key of Object.keys(contentFileNames) as ContentFileKey[]) {
    for (const [path, text] of stringsOf(raw[key])) {
      for (const fault of frenchFaults(text)) {
        problems.push({ file: contentFileNames[key], path: jsonPath(path), message: `français : ${fault}` });
      }
    }
  }
  return problems;
}
