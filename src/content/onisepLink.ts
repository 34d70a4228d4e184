import { contentFileNames } from "./contentFileNames";
import { type ContentProblem, jsonPath } from "./contentProblem";
import type { Job } from "./schema";

/**
 * A trade's ONISEP link (issue 27): either the trade's own ONISEP sheet, confirmed to exist, or,
 * where no sheet could be confirmed, the ONISEP search for the trade's name, shown as a search
 * (« Rechercher sur l’Onisep ») so that it promises nothing it does not hold. The URL says which
 * one it is; no other field can disagree with it.
 */

/** Where ONISEP keeps its trade sheets: `…/metiers/<slug>`. */
const sheetPrefix = "https://www.onisep.fr/ressources/univers-metier/metiers/";
const sheetPattern =
  /^https:\/\/www\.onisep\.fr\/ressources\/univers-metier\/metiers\/[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** ONISEP's search, among its trade sheets (`context=metier`). */
const searchPrefix = "https://www.onisep.fr/recherche?context=metier&text=";

export type OnisepLinkKind = "sheet" | "search";

/**
 * The trade's name as typed into a search: its title with the inclusive endings taken off
 * (« Opérateur·rice de haut fourneau » → « Opérateur de haut fourneau »), as ONISEP names its
 * sheets by both forms and finds either.
 */
export function onisepSearchQuery(title: string): string {
  return title
    .replace(/·\p{L}+(?:·\p{L}+)?/gu, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** The ONISEP search for a trade's name. */
export function onisepSearchUrl(title: string): string {
  return `${searchPrefix}${encodeURIComponent(onisepSearchQuery(title))}`;
}

/** A sheet's URL from its slug (as ONISEP writes it: `soudeur-soudeuse`). */
export function onisepSheetUrl(slug: string): string {
  return `${sheetPrefix}${slug}`;
}

/** Which kind of ONISEP link `url` is; undefined where it is neither a sheet nor the search. */
export function onisepLinkKind(url: string): OnisepLinkKind | undefined {
  if (sheetPattern.test(url)) return "sheet";
  if (url.startsWith(searchPrefix)) return "search";
  return undefined;
}

/**
 * check:content's ONISEP rule: every trade has a link, which is a sheet of ONISEP's trade sheets
 * or the search for that very trade's name (not another trade's, not a hand-written query).
 */
export function findOnisepLinkProblems(jobs: readonly Job[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  jobs.forEach((job, j) => {
    const url = job.sources?.onisep;
    const path = jsonPath([j, "sources", "onisep"]);
    const file = contentFileNames.jobs;
    if (url === undefined) {
      problems.push({
        file,
        path,
        message: `lien Onisep manquant pour ${job.id} : la fiche métier confirmée, ou à défaut ${onisepSearchUrl(job.title)}`,
      });
      return;
    }
    const kind = onisepLinkKind(url);
    if (kind === undefined) {
      problems.push({
        file,
        path,
        message: `lien Onisep inattendu : ni une fiche (${sheetPrefix}…) ni la recherche Onisep (${searchPrefix}…)`,
      });
    } else if (kind === "search" && url !== onisepSearchUrl(job.title)) {
      problems.push({
        file,
        path,
        message: `la recherche Onisep doit porter sur le nom du métier : ${onisepSearchUrl(job.title)}`,
      });
    }
  });
  return problems;
}
