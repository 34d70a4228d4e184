import { contentFileNames } from "./contentFileNames";
import { type ContentProblem, jsonPath } from "./contentProblem";
import type { Company } from "./schema";

/**
 * The companies' rules for a shipped pack (issue 27), run by `check:content` only: every company
 * says whether it is imagined (`invented`: all the shipped ones are, shown at their entrance and in
 * the town directory; one a real plant adds with the editor may say false), and no two companies
 * stand on the same point (each sits on the kind of site it describes).
 */
export function findCompanyRuleProblems(companies: readonly Company[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const file = contentFileNames.companies;
  const seenAt = new Map<string, string>();
  companies.forEach((company, c) => {
    if (company.invented === undefined) {
      problems.push({
        file,
        path: jsonPath([c, "invented"]),
        message: `${company.id} : dire si l’entreprise est imaginée (« invented » : true) ou réelle (false)`,
      });
    }
    const point = `${company.lat.toFixed(4)},${company.lon.toFixed(4)}`;
    const other = seenAt.get(point);
    if (other !== undefined) {
      problems.push({
        file,
        path: jsonPath([c, "lat"]),
        message: `${company.id} est au même point que ${other} (${point}) : placer chacune sur son site`,
      });
    } else {
      seenAt.set(point, company.id);
    }
  });
  return problems;
}
