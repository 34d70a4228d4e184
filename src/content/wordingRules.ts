import { type ContentFileKey, contentFileNames } from "./contentFileNames";
import type { RawContentPack } from "./contentFiles";
import { type ContentProblem, jsonPath } from "./contentProblem";
import { stringsOf } from "./contentRules";

/**
 * Mixité in the words (issue 27): the pack speaks of the people at work without a masculine
 * generic (« les opérateurs », « le commandant », « les parfumeurs ») nor a gendered split
 * (« coupeurs et couturières »). It writes both forms (« les opératrices et opérateurs »), an
 * epicene word (« l’équipe de conduite », « les chimistes ») or a plain « on ». Text inside « »
 * is a quotation (a statistical family's official name, someone's words) and is left as it is.
 */

/** A trade word: its masculine form (singular and plural) and the feminine forms that pair with it. */
interface TradeWord {
  masculine: string;
  masculinePlural: string;
  feminine: string;
  femininePlural: string;
}

function word(
  masculine: string,
  feminine: string,
  masculinePlural = `${masculine}s`,
  femininePlural = `${feminine}s`,
): TradeWord {
  return { masculine, masculinePlural, feminine, femininePlural };
}

/** The trade words the lint knows; a word missing here is not checked. */
export const tradeWords: readonly TradeWord[] = [
  word("opérateur", "opératrice"),
  word("technicien", "technicienne"),
  word("ingénieur", "ingénieure"),
  word("parfumeur", "parfumeuse"),
  word("monteur", "monteuse"),
  word("soudeur", "soudeuse"),
  word("électricien", "électricienne"),
  word("mécanicien", "mécanicienne"),
  word("formulateur", "formulatrice"),
  word("aromaticien", "aromaticienne"),
  word("conducteur", "conductrice"),
  word("contrôleur", "contrôleuse"),
  word("commandant", "commandante"),
  word("ouvrier", "ouvrière"),
  word("salarié", "salariée"),
  word("chercheur", "chercheuse"),
  word("préparateur", "préparatrice"),
  word("régleur", "régleuse"),
  word("usineur", "usineuse"),
  word("tuyauteur", "tuyauteuse"),
  word("chaudronnier", "chaudronnière"),
  word("employé", "employée"),
  word("agent", "agente"),
  word("matelot", "matelote"),
  word("officier", "officière"),
  word("coupeur", "coupeuse"),
  word("couturier", "couturière"),
  word("tisserand", "tisserande"),
  word("grutier", "grutière"),
  word("portiqueur", "portiqueuse"),
  word("cariste", "cariste"),
  word("magasinier", "magasinière"),
  word("laborantin", "laborantine"),
  word("dessinateur", "dessinatrice"),
  word("cuisinier", "cuisinière"),
];

/**
 * Places where a masculine form is right: a proper name, a defined term. Each entry is an exact
 * excerpt of the text (as the lint quotes it) and why it stays.
 */
export const wordingAllowList: ReadonlyArray<{ excerpt: string; why: string }> = [];

/** Determiners that make a trade word a generic about people (« les opérateurs », « le commandant »). */
const determiners = "les|des|aux|ces|nos|vos|leurs|ses|le|un|du|au|ce";
/** The same, feminine too: what may stand before the paired form (« le technicien ou la technicienne »). */
const pairDeterminers = `${determiners}|la|une|sa|cette|à la|de la`;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The text with every «…» quotation blanked (same length, so places stay true). */
function withoutQuotations(text: string): string {
  return text.replace(/«[^»]*»/g, (quote) => " ".repeat(quote.length));
}

/** One wording fault: the excerpt and what to write instead. */
export interface WordingFault {
  excerpt: string;
  message: string;
}

/** The masculine generics and gendered splits of `text`, outside quotations and the allow-list. */
export function wordingFaults(text: string): WordingFault[] {
  const plain = withoutQuotations(text);
  const faults: WordingFault[] = [];
  for (const w of tradeWords) {
    if (w.masculine === w.feminine) continue;
    for (const [form, pairs] of [
      [w.masculinePlural, [w.femininePlural]],
      [w.masculine, [w.feminine]],
    ] as const) {
      const pattern = new RegExp(
        `(?<![\\p{L}])(${determiners})\\s+(${escapeRegExp(form)})(?![\\p{L}·-])`,
        "giu",
      );
      for (const match of plain.matchAll(pattern)) {
        const after = plain.slice(match.index + match[0].length, match.index + match[0].length + 40);
        const before = plain.slice(Math.max(0, match.index - 40), match.index);
        const paired = pairs.some(
          (f) =>
            new RegExp(
              `^\\s+(et|ou)\\s+((?:${pairDeterminers})\\s+)?${escapeRegExp(f)}(?![\\p{L}])`,
              "iu",
            ).test(after) ||
            new RegExp(`${escapeRegExp(f)}\\s+(et|ou)\\s+(?:${pairDeterminers})?\\s*$`, "iu").test(before),
        );
        if (paired) continue;
        const excerpt = text.slice(match.index, match.index + match[0].length);
        if (wordingAllowList.some((a) => text.includes(a.excerpt) && a.excerpt.includes(excerpt))) continue;
        faults.push({
          excerpt,
          message: `générique masculin « ${excerpt} » : écrire les deux formes (« ${
            form === w.masculinePlural
              ? `${w.femininePlural} et ${w.masculinePlural}`
              : `la ${w.feminine} ou le ${w.masculine}`
          } ») ou un mot épicène (l’équipe, on…)`,
        });
      }
    }
  }
  // A split by gender: men cut, women sew.
  for (const match of plain.matchAll(/\b(\p{L}+eurs)\s+et\s+(\p{L}+(?:ières|euses|rices|iennes))\b/giu)) {
    const [, first, second] = match;
    if (first === undefined || second === undefined) continue;
    const mascRoot = tradeWords.find((w) => w.masculinePlural.toLowerCase() === first.toLowerCase());
    if (mascRoot && mascRoot.femininePlural.toLowerCase() === second.toLowerCase()) continue;
    faults.push({
      excerpt: match[0],
      message: `« ${match[0]} » range un métier par sexe : nommer chaque métier sous ses deux formes`,
    });
  }
  return faults;
}

/** The wording lint over the pack's texts (the portraits, each about one person, are left out). */
export function findWordingProblems(raw: RawContentPack): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const keys: ContentFileKey[] = ["sectors", "companies", "jobs", "tours"];
  for (const key of keys) {
    for (const [path, text] of stringsOf(raw[key])) {
      for (const fault of wordingFaults(text)) {
        problems.push({
          file: contentFileNames[key],
          path: jsonPath(path),
          message: `mixité : ${fault.message}`,
        });
      }
    }
  }
  return problems;
}
