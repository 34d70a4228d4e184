/**
 * `npm run add:company <usine-x.zip> [--public <dir>]`: merges a company exported by the factory
 * editor (`#/editeur`) into the content pack — `content/company-<id>.json` joins (or replaces the
 * company of the same id in) `public/content/companies.json`, `models/<id>.glb` goes to
 * `public/models/` — then runs `check:content` on the result. `--public` works on another copy of
 * the pack (the tests use a temporary one).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { companySchema } from "../src/content/schema";

function argument(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

function fail(message: string): never {
  console.error(`add:company : ${message}`);
  process.exit(1);
}

const zipPath = process.argv
  .slice(2)
  .find((arg, i, all) => !arg.startsWith("--") && all[i - 1] !== "--public");
if (!zipPath) fail("usage : npm run add:company <usine-x.zip> [--public <dossier>]");
const publicDir = resolve(argument("--public") ?? "public");

let files: Record<string, Uint8Array>;
try {
  files = unzipSync(new Uint8Array(readFileSync(zipPath)));
} catch (error) {
  fail(`${zipPath} n'est pas un zip lisible (${(error as Error).message})`);
}
const contentName = Object.keys(files).find((name) => /^content\/company-[a-z0-9-]+\.json$/.test(name));
if (!contentName) fail(`${zipPath} ne contient pas de content/company-<id>.json`);
let company: ReturnType<typeof companySchema.parse>;
try {
  company = companySchema.parse(JSON.parse(strFromU8(files[contentName] as Uint8Array)));
} catch (error) {
  fail(`${contentName} n'est pas une entreprise valide : ${(error as Error).message}`);
}
const model = files[company.model];
if (!model) fail(`${zipPath} ne contient pas le modèle ${company.model}`);

const companiesFile = join(publicDir, "content", "companies.json");
const companies = JSON.parse(readFileSync(companiesFile, "utf8")) as { id: string }[];
const existing = companies.findIndex((c) => c.id === company.id);
if (existing >= 0) companies[existing] = company;
else companies.push(company);
writeFileSync(companiesFile, `${JSON.stringify(companies, null, 2)}\n`);
const modelFile = join(publicDir, company.model);
mkdirSync(dirname(modelFile), { recursive: true });
writeFileSync(modelFile, model);
console.log(
  `${existing >= 0 ? "Remplacée" : "Ajoutée"} : ${company.name} (${company.id}) → ${companiesFile}, ${modelFile}`,
);
// Keeps the pack's layout (Biome formats JSON); a copy outside the project is left as written.
try {
  execFileSync("npx", ["biome", "format", "--write", companiesFile], { stdio: "ignore" });
} catch {
  // not formatted: still valid JSON
}

const check = spawnSync("npx", ["tsx", "scripts/checkContent.ts", "--public", publicDir], {
  stdio: "inherit",
});
process.exitCode = check.status ?? 1;
