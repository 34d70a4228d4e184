/**
 * `npm run pro:invite -- <company>`: makes a company key and prints it once. The company types it
 * on `#/pro` to publish its professionals' slots. Only the key's SHA-256 is kept, in the class
 * season's database (DATABASE_URL for PostgreSQL, else SQLite in DATABASE_FILE or data/usine.db).
 */
import { createHash, randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defaultDatabaseFile, openDatabase } from "./db/openDatabase";
import { addCompanyKey } from "./db/slotStore";

const company = process.argv[2];
const companiesFile = fileURLToPath(new URL("../public/content/companies.json", import.meta.url));
const companies = (JSON.parse(readFileSync(companiesFile, "utf8")) as { id: string; name: string }[]).map(
  (entry) => entry.id,
);
if (!company || !companies.includes(company)) {
  console.error(
    company
      ? `Entreprise inconnue : « ${company} ». Identifiants possibles (public/content/companies.json) :\n  ${companies.join("\n  ")}`
      : "Usage : npm run pro:invite -- <identifiant de l’entreprise>   (ex. acierie-du-golfe)",
  );
  process.exit(1);
}

const database = openDatabase(
  process.env.DATABASE_URL
    ? { url: process.env.DATABASE_URL }
    : { file: process.env.DATABASE_FILE ?? defaultDatabaseFile },
);
try {
  await database.migrate();
  const key = randomBytes(32).toString("base64url");
  await addCompanyKey(database.db, company, createHash("sha256").update(key).digest("hex"), new Date());
  console.log(
    `Clé d’entreprise pour ${company} (à donner à l’entreprise, elle ne sera plus affichée) :\n${key}`,
  );
  console.log("Sur le site : #/pro, puis « Clé d’entreprise ».");
} finally {
  await database.close();
}
