import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { buildCompanyGlb } from "./companyModel";
import { projectRoot, readCompanies, readPortraits, readSectorColors } from "./contentFiles";
import { sectorColorOf } from "./sectorColor";
import { writeTownModel } from "./town/generateTown";
import { castWorkers } from "./workers/cast";

/**
 * `npm run models`: writes public/<model> (public/models/<company>.glb) for every company of
 * public/content/companies.json, or only for the company ids given as arguments; then, when no
 * id is given, the town (public/models/town.glb).
 */
async function main(): Promise<void> {
  const only = new Set(process.argv.slice(2));
  const companies = await readCompanies();
  const colors = await readSectorColors();
  // Cast over the whole visit (parity per sector), even when only some models are rebuilt.
  const roles = castWorkers(companies, await readPortraits());
  for (const company of companies) {
    if (only.size > 0 && !only.has(company.id)) continue;
    const bytes = await buildCompanyGlb(company, sectorColorOf(company.sector, colors), { roles });
    const file = path.join(projectRoot, "public", company.model);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, bytes);
    console.log(`${company.model}  ${(bytes.byteLength / 1024).toFixed(0)} KB`);
  }
  if (only.size === 0) console.log(await writeTownModel());
}

await main();
