import { describe, expect, it } from "vitest";
import { findCompanyRuleProblems } from "../src/content/companyRules";
import type { RawContentPack } from "../src/content/contentFiles";
import {
  findJobRuleProblems,
  findTypographyProblems,
  fixTypography,
  typographyFaults,
} from "../src/content/contentRules";
import { findFrenchProblems, frenchFaults } from "../src/content/frenchRules";
import {
  findOnisepLinkProblems,
  onisepLinkKind,
  onisepSearchQuery,
  onisepSearchUrl,
} from "../src/content/onisepLink";
import type { Company, Job } from "../src/content/schema";
import { validatePack } from "../src/content/validatePack";
import { findWordingProblems, wordingFaults } from "../src/content/wordingRules";
import { minimalPack } from "./fixtures/minimalPack";

/** The check:content lints of issue 27, each with a sample it must refuse and one it must accept. */

function jobsOf(raw: RawContentPack): Job[] {
  const result = validatePack(raw);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.pack.jobs;
}

function companiesOf(raw: RawContentPack): Company[] {
  const result = validatePack(raw);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.pack.companies;
}

describe("ONISEP link lint", () => {
  it("accepts a confirmed sheet and the search for the trade's own name", () => {
    expect(findOnisepLinkProblems(jobsOf(minimalPack()))).toEqual([]);
  });

  it("tells a sheet from a search by its address", () => {
    expect(onisepLinkKind("https://www.onisep.fr/ressources/univers-metier/metiers/soudeur-soudeuse")).toBe(
      "sheet",
    );
    expect(onisepLinkKind(onisepSearchUrl("Soudeur·se"))).toBe("search");
    expect(onisepLinkKind("https://www.onisep.fr/soudeur")).toBeUndefined();
  });

  it("searches the trade's name without its inclusive endings", () => {
    expect(onisepSearchQuery("Opérateur·rice de haut fourneau")).toBe("Opérateur de haut fourneau");
    expect(onisepSearchUrl("Chaudronnier·ère")).toBe(
      "https://www.onisep.fr/recherche?context=metier&text=Chaudronnier",
    );
  });

  it("refuses a trade without a link, a link elsewhere, and the search for another name", () => {
    const pack = minimalPack();
    const [soudeur, chaudronnier] = pack.jobs as [Record<string, unknown>, Record<string, unknown>];
    pack.jobs[0] = {
      ...soudeur,
      sources: { rome: "https://candidat.francetravail.fr/metierscope/fiche-metier/H2913" },
    };
    pack.jobs[1] = {
      ...chaudronnier,
      sources: {
        rome: "https://candidat.francetravail.fr/metierscope/fiche-metier/H2902",
        onisep: onisepSearchUrl("Soudeur·se"),
      },
    };
    expect(findOnisepLinkProblems(jobsOf(pack))).toEqual([
      expect.objectContaining({ path: "$[0].sources.onisep", message: expect.stringContaining("manquant") }),
      expect.objectContaining({
        path: "$[1].sources.onisep",
        message: expect.stringContaining("nom du métier"),
      }),
    ]);
    pack.jobs[1] = {
      ...chaudronnier,
      sources: {
        rome: "https://candidat.francetravail.fr/metierscope/fiche-metier/H2902",
        onisep: "https://www.example.org/chaudronnier",
      },
    };
    expect(findOnisepLinkProblems(jobsOf(pack))).toContainEqual(
      expect.objectContaining({ path: "$[1].sources.onisep", message: expect.stringContaining("inattendu") }),
    );
  });
});

describe("a source on every number", () => {
  it("refuses a salary without its source, and accepts a trade with no salary at all", () => {
    const pack = minimalPack();
    const { salarySource: _dropped, ...unsourced } = pack.jobs[0] as Record<string, unknown>;
    const {
      salaryStart: _gone,
      salarySource: _alsoGone,
      ...noSalary
    } = pack.jobs[1] as Record<string, unknown>;
    pack.jobs[0] = unsourced;
    pack.jobs[1] = noSalary;
    expect(findJobRuleProblems(jobsOf(pack))).toEqual([
      expect.objectContaining({ path: "$[0].salarySource", message: expect.stringContaining("sans source") }),
    ]);
  });
});

describe("wording lint (mixité)", () => {
  it("catches the masculine generics the reviewers found", () => {
    expect(wordingFaults("Derrière les vitres, les opérateurs suivent les coulées.")).toHaveLength(1);
    expect(wordingFaults("Le commandant pilote le remorqueur.")).toHaveLength(1);
    expect(wordingFaults("Les parfumeurs y choisissent les notes.")).toHaveLength(1);
    expect(wordingFaults("modélistes, coupeurs et couturières y travaillent")).toEqual([
      expect.objectContaining({ excerpt: "coupeurs et couturières" }),
    ]);
  });

  it("accepts both forms, an epicene word, inclusive endings and quotations", () => {
    expect(wordingFaults("Les opératrices et opérateurs suivent les coulées.")).toEqual([]);
    expect(wordingFaults("Le technicien ou la technicienne vérifie la pièce.")).toEqual([]);
    expect(wordingFaults("Les soudeurs et soudeuses assemblent la coque.")).toEqual([]);
    expect(wordingFaults("L’équipe de conduite y pilote les réacteurs.")).toEqual([]);
    expect(wordingFaults("avec les chaudronnier·ères et les tuyauteur·ses")).toEqual([]);
    expect(
      wordingFaults("famille professionnelle « Ouvriers qualifiés, techniciens de l’industrie »"),
    ).toEqual([]);
  });

  it("reports each fault with its file and path", () => {
    const pack = minimalPack();
    pack.sectors[0] = {
      ...(pack.sectors[0] as object),
      description: "Ici, les techniciens règlent les machines.",
    };
    expect(findWordingProblems(pack)).toEqual([
      expect.objectContaining({ file: "content/sectors.json", path: "$[0].description" }),
    ]);
  });
});

describe("French lint", () => {
  it.each([
    ["Des métiers à tissage entrecroisent les fils.", "métier à tisser"],
    ["contrôlés coutures par coutures", "couture par couture"],
    ["du papier isolant entre chaque couche", "entre chaque"],
    ["un meuble où sont rangées des centaines de flacons", "sont rangés"],
    ["Modifier les plans suite aux essais", "suite à"],
    ["accessible avec la MC Technicien·ne en réseaux", "MC"],
    ["Haut fourneau n°1", "nº 1"],
    ["Haut fourneau nº1", "nº"],
  ])("refuses « %s »", (text, hint) => {
    expect(frenchFaults(text)).toEqual([expect.stringContaining(hint)]);
  });

  it("accepts the right forms and leaves URLs alone", () => {
    for (const text of [
      "Des métiers à tisser entrecroisent les fils.",
      "contrôlés couture par couture",
      "du papier isolant entre deux couches",
      "un meuble où sont rangés des centaines de flacons",
      "Modifier les plans après les essais, à la suite des mesures",
      "Haut fourneau nº\u00a01",
      "voir https://www.example.org/MC/suite-aux-essais pour le détail",
    ]) {
      expect(frenchFaults(text), text).toEqual([]);
    }
  });

  it("reports each fault with its file and path", () => {
    const pack = minimalPack();
    pack.tours[0] = { ...(pack.tours[0] as object), title: "Visite suite aux travaux" };
    expect(findFrenchProblems(pack)).toEqual([
      expect.objectContaining({ file: "content/tours.json", path: "$[0].title" }),
    ]);
  });
});

describe("typography lint: apostrophes", () => {
  it("refuses a straight apostrophe in prose and fixes it", () => {
    expect(typographyFaults("Technicien de laboratoire d'analyse industrielle")).toEqual([
      expect.stringContaining("apostrophe"),
    ]);
    expect(fixTypography("l'usine d'à côté")).toBe("l’usine d’à côté");
  });

  it("leaves identifiers and URLs as they are", () => {
    expect(typographyFaults("https://www.example.org/l'usine")).toEqual([]);
    expect(fixTypography("voir https://www.example.org/l'usine d'ici")).toBe(
      "voir https://www.example.org/l'usine d’ici",
    );
  });

  it("finds a straight apostrophe anywhere in the pack", () => {
    const pack = minimalPack();
    pack.tours[0] = { ...(pack.tours[0] as object), title: "Visite de l'usine" };
    expect(findTypographyProblems(pack)).toEqual([
      expect.objectContaining({ file: "content/tours.json", path: "$[0].title" }),
    ]);
  });
});

describe("company rules", () => {
  it("accepts imagined companies on their own points", () => {
    const pack = minimalPack();
    pack.companies = (pack.companies as object[]).map((c) => ({ ...c, invented: true }));
    expect(findCompanyRuleProblems(companiesOf(pack))).toEqual([]);
  });

  it("refuses a company that does not say whether it is imagined, and two companies on one point", () => {
    const pack = minimalPack();
    const [first] = pack.companies as [Record<string, unknown>];
    pack.companies = [
      { ...first, invented: true },
      { ...first, id: "voisine" },
    ];
    expect(findCompanyRuleProblems(companiesOf(pack))).toEqual([
      expect.objectContaining({ path: "$[1].invented" }),
      expect.objectContaining({ path: "$[1].lat", message: expect.stringContaining("même point") }),
    ]);
  });
});
