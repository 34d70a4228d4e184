import { type ContentFileKey, contentFiles } from "./contentFiles";
import { type ContentProblem, jsonPath } from "./contentProblem";
import type { ContentPack } from "./validatePack";

/**
 * Rules for the pack's stories: the companies' transition stories, the portraits, the tours'
 * questions. Two kinds:
 * - `findStoryProblems`: references that must resolve for the app to show the story at all
 *   (run by `validatePack`, so by the app and by `check:content`);
 * - `findStoryGaps`: what a shipped pack must hold (a transition story per company, a woman and a
 *   man portrayed per sector, a question with choices at every stop of a shipped tour), run by
 *   `check:content` only, so that a draft still loads in the app.
 */

type Add = (key: ContentFileKey, path: ReadonlyArray<PropertyKey>, message: string) => void;

function collector(): { problems: ContentProblem[]; add: Add } {
  const problems: ContentProblem[] = [];
  const add: Add = (key, path, message) =>
    problems.push({ file: contentFiles[key].file, path: jsonPath(path), message });
  return { problems, add };
}

/** Ids of the trades seen at the machines of one company. */
function jobsOf(company: ContentPack["companies"][number]): Set<string> {
  return new Set(company.workshops.flatMap((w) => w.machines.flatMap((m) => m.jobs)));
}

/**
 * References of the stories: transition machines; portraits' sector, company, trade and diploma;
 * the portrait a tour stop presents, whose trade must be practised at that stop's machine.
 */
export function findStoryProblems(pack: ContentPack): ContentProblem[] {
  const { problems, add } = collector();

  pack.companies.forEach((company, c) => {
    const machine = company.transition?.machine;
    if (machine === undefined) return;
    if (!company.workshops.some((w) => w.machines.some((m) => m.id === machine))) {
      add("companies", [c, "transition", "machine"], `machine inconnue chez ${company.id} : « ${machine} »`);
    }
  });

  const sectorIds = new Set(pack.sectors.map((s) => s.id));
  const jobById = new Map(pack.jobs.map((j) => [j.id, j]));
  const companyById = new Map(pack.companies.map((company) => [company.id, company]));
  const seen = new Set<string>();
  pack.portraits.forEach((portrait, p) => {
    if (seen.has(portrait.id)) add("portraits", [p, "id"], `identifiant en double : « ${portrait.id} »`);
    seen.add(portrait.id);
    if (!sectorIds.has(portrait.sector)) {
      add("portraits", [p, "sector"], `secteur inconnu : « ${portrait.sector} »`);
    }
    const job = jobById.get(portrait.job);
    if (job === undefined) {
      add("portraits", [p, "job"], `métier inconnu : « ${portrait.job} »`);
    } else if (!job.diplomas.some((d) => d.name === portrait.diploma)) {
      add(
        "portraits",
        [p, "diploma"],
        `diplôme absent des diplômes du métier ${job.id} : « ${portrait.diploma} »`,
      );
    }
    if (portrait.company !== undefined) {
      const company = companyById.get(portrait.company);
      if (company === undefined) {
        add("portraits", [p, "company"], `entreprise inconnue : « ${portrait.company} »`);
      } else if (company.sector !== portrait.sector) {
        add("portraits", [p, "company"], `${company.id} n’est pas du secteur « ${portrait.sector} »`);
      } else if (job !== undefined && !jobsOf(company).has(job.id)) {
        add(
          "portraits",
          [p, "job"],
          `le métier « ${job.id} » n’est exercé à aucune machine de ${company.id}`,
        );
      } else if (portrait.machine !== undefined) {
        const machine = company.workshops.flatMap((w) => w.machines).find((m) => m.id === portrait.machine);
        if (machine === undefined) {
          add("portraits", [p, "machine"], `machine inconnue chez ${company.id} : « ${portrait.machine} »`);
        } else if (job !== undefined && !machine.jobs.includes(job.id)) {
          add(
            "portraits",
            [p, "machine"],
            `le métier « ${job.id} » n’est pas exercé à la machine ${machine.id}`,
          );
        }
      }
    } else if (portrait.machine !== undefined) {
      add("portraits", [p, "machine"], "une machine sans entreprise (« company ») ne peut pas être trouvée");
    } else if (
      job !== undefined &&
      !pack.companies.some((company) => company.sector === portrait.sector && jobsOf(company).has(job.id))
    ) {
      add(
        "portraits",
        [p, "job"],
        `le métier « ${job.id} » n’est exercé à aucune machine du secteur « ${portrait.sector} »`,
      );
    }
  });

  const portraitById = new Map(pack.portraits.map((portrait) => [portrait.id, portrait]));
  pack.tours.forEach((tour, t) => {
    tour.stops.forEach((stop, s) => {
      if (stop.portrait === undefined) return;
      const portrait = portraitById.get(stop.portrait);
      if (portrait === undefined) {
        add("tours", [t, "stops", s, "portrait"], `portrait inconnu : « ${stop.portrait} »`);
        return;
      }
      const machine = companyById
        .get(stop.company)
        ?.workshops.find((w) => w.id === stop.workshop)
        ?.machines.find((m) => m.id === stop.machine);
      if (machine !== undefined && !machine.jobs.includes(portrait.job)) {
        add(
          "tours",
          [t, "stops", s, "portrait"],
          `le métier de ${portrait.id} (« ${portrait.job} ») n’est pas exercé à la machine ${stop.machine}`,
        );
      }
    });
  });
  return problems;
}

/** What a shipped pack must hold beyond valid references (run by `check:content`). */
export function findStoryGaps(pack: ContentPack): ContentProblem[] {
  const { problems, add } = collector();

  pack.companies.forEach((company, c) => {
    if (company.transition === undefined) {
      add("companies", [c, "transition"], `récit de transition manquant pour ${company.id}`);
    }
  });

  for (const sector of pack.sectors) {
    const portraits = pack.portraits.filter((p) => p.sector === sector.id);
    for (const gender of ["femme", "homme"] as const) {
      if (!portraits.some((p) => p.gender === gender)) {
        add(
          "portraits",
          [],
          `secteur « ${sector.id} » : il manque le portrait d’${gender === "femme" ? "une femme" : "un homme"}`,
        );
      }
    }
  }

  pack.tours.forEach((tour, t) => {
    tour.stops.forEach((stop, s) => {
      if (stop.question?.choices === undefined) {
        add(
          "tours",
          [t, "stops", s, "question"],
          "question à choix attendue à chaque arrêt d’une visite livrée (la classe en direct y répond)",
        );
      }
    });
  });
  return problems;
}
