/**
 * `npm run check:content`: validates the content pack (schema and references), the kit names the
 * model generator reads, and every model (node names, glTF validator, budgets); the trades' rules
 * (a source beside every number, salary at least the SMIC, references, an ONISEP link), the
 * companies' (said to be imagined, each on its own point), the French typography of every text
 * (apostrophes too), French usage (`frenchRules.ts`) and mixité in the words (`wordingRules.ts`). Prints each problem with its file and JSON path, and exits
 * non-zero if there is any.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { findCompanyRuleProblems } from "../src/content/companyRules";
import { type ContentFileKey, contentFiles, type RawContentPack } from "../src/content/contentFiles";
import { type ContentProblem, formatProblem, jsonPath } from "../src/content/contentProblem";
import { findJobRuleProblems, findTypographyProblems } from "../src/content/contentRules";
import { findFrenchProblems } from "../src/content/frenchRules";
import { findOnisepLinkProblems } from "../src/content/onisepLink";
import { findStoryGaps } from "../src/content/storyRules";
import { validatePack } from "../src/content/validatePack";
import { findWordingProblems } from "../src/content/wordingRules";
import { kitNames } from "./models/kitNames";
import { validateModels } from "./models/validateModels";

/** The pack's folder: `public/`, or another given as `--public <dir>` (add:company's tests use a copy). */
function publicDirFromArgs(): URL {
  const at = process.argv.indexOf("--public");
  const dir = at >= 0 ? process.argv[at + 1] : undefined;
  return dir ? pathToFileURL(`${resolve(dir)}/`) : new URL("../public/", import.meta.url);
}

const publicDir = publicDirFromArgs();

function readPack(problems: ContentProblem[]): RawContentPack | undefined {
  const raw: Partial<RawContentPack> = {};
  for (const key of Object.keys(contentFiles) as ContentFileKey[]) {
    const file = contentFiles[key].file;
    try {
      raw[key] = JSON.parse(readFileSync(new URL(file, publicDir), "utf8")) as unknown;
    } catch (error) {
      problems.push({ file, path: "$", message: `illisible : ${(error as Error).message}` });
    }
  }
  return problems.length === 0 ? (raw as RawContentPack) : undefined;
}

async function main(): Promise<number> {
  const problems: ContentProblem[] = [];
  const raw = readPack(problems);
  const validation = raw ? validatePack(raw) : undefined;
  if (validation && !validation.ok) problems.push(...validation.problems);
  // French typography of every text (fix a file with scripts/content/fixTypography.ts).
  // French usage and mixité in the words (issue 27).
  if (raw)
    problems.push(...findTypographyProblems(raw), ...findFrenchProblems(raw), ...findWordingProblems(raw));
  if (validation?.ok) {
    const { pack } = validation;
    problems.push(...findJobRuleProblems(pack.jobs));
    problems.push(...findOnisepLinkProblems(pack.jobs));
    problems.push(...findCompanyRuleProblems(pack.companies));
    problems.push(...findStoryGaps(pack));
    const kits = new Set<string>(kitNames);
    for (const [c, company] of pack.companies.entries()) {
      for (const [w, workshop] of company.workshops.entries()) {
        for (const [m, machine] of workshop.machines.entries()) {
          if (machine.kit === undefined || kits.has(machine.kit)) continue;
          problems.push({
            file: contentFiles.companies.file,
            path: jsonPath([c, "workshops", w, "machines", m, "kit"]),
            message: `forme de machine inconnue du générateur : « ${machine.kit} »`,
          });
        }
      }
    }
    problems.push(...(await validateModels(pack.companies, publicDir)));
    const machines = pack.companies.reduce(
      (n, c) => n + c.workshops.reduce((k, w) => k + w.machines.length, 0),
      0,
    );
    if (problems.length === 0) {
      console.log(
        `Contenu valide : ${pack.sectors.length} secteurs, ${pack.companies.length} entreprises, ` +
          `${machines} machines, ${pack.jobs.length} métiers, ${pack.tours.length} visites, ` +
          `${pack.portraits.length} portraits ; ` +
          `${pack.companies.length} modèles 3D vérifiés.`,
      );
      return 0;
    }
  }
  for (const problem of problems) console.error(formatProblem(problem));
  console.error(`\n${problems.length} problème${problems.length > 1 ? "s" : ""} dans le contenu.`);
  return 1;
}

process.exitCode = await main();
