/**
 * `npm run defi:create -- --title "Défi des Bouches-du-Rhône" --from 2027-01-11 --to 2027-01-15
 * --tours decouverte-industries-provence,id`: opens a challenge in the class season's database
 * (DATABASE_URL, else SQLite in DATABASE_FILE or data/usine.db) and prints its code and the
 * organiser key. The key is shown once: only its hash is kept.
 */
import { parseArgs } from "node:util";
import { defaultDatabaseFile, openDatabase } from "../server/db/openDatabase";
import { defiProblems, newDefi } from "../server/newDefi";
import { loadTours } from "../server/startHub";

const { values } = parseArgs({
  options: {
    title: { type: "string", default: "" },
    from: { type: "string", default: "" },
    to: { type: "string", default: "" },
    tours: { type: "string", default: "" },
  },
});
const request = {
  title: values.title,
  from: values.from,
  to: values.to,
  tours: values.tours
    .split(",")
    .map((tour) => tour.trim())
    .filter(Boolean),
};
const known = new Set(loadTours(new URL("../public/content/tours.json", import.meta.url).pathname).keys());
const problems = defiProblems(request, known);
if (problems.length > 0) {
  console.error(`Défi non créé :\n- ${problems.join("\n- ")}`);
  process.exit(1);
}
const database = process.env.DATABASE_URL
  ? openDatabase({ url: process.env.DATABASE_URL })
  : openDatabase({ file: process.env.DATABASE_FILE ?? defaultDatabaseFile });
try {
  await database.migrate();
  const { code, organiserKey } = await newDefi(database.db, request);
  console.log(`Défi « ${request.title} » du ${request.from} au ${request.to} (${database.engine})`);
  console.log(`Code du défi (à donner aux classes) : ${code}`);
  console.log(`Classement : /#/defi/${code}`);
  console.log(`Clé d’organisation (à garder secrète, montrée une seule fois) : ${organiserKey}`);
} finally {
  await database.close();
}
