import { defineMessages } from "../i18n/defineMessages";
import type { Message } from "../i18n/formatMessage";

/**
 * The trades' own strings (issue 13: sources, mixité, transition, training); French first, English
 * with the same keys. French typography: a no-break space before « : », a narrow one before « ; ! ? ».
 */
export const tradeStringsFr = {
  rome4: "ROME 4.0",
  romeV3: "ROME v3",
  salarySmic: "SMIC",
  salarySmicSource: "Source du SMIC\u00a0: {label}, {year}",
  salarySource: "source\u00a0: {label}, {year}",
  womenShare: "Part des femmes\u00a0:",
  womenScope: "{scope}.",
  sourceLine: "Source\u00a0:",
  green: "Métier vert",
  verdissant: "Métier verdissant",
  greenHelp: "Un métier de la transition écologique",
  outlook: "Projets de recrutement en Provence-Alpes-Côte d’Azur\u00a0:",
  outlookDifficult: "dont {share} jugés difficiles",
  apprenticeship: "en apprentissage",
  apprenticeshipHelp: "Ce diplôme peut se préparer en apprentissage.",
  diplomaOnisep: "Fiche ONISEP du diplôme",
  references: "Pour aller plus loin",
  onisepSheet: "Fiche Onisep",
  onisepSearch: "Rechercher sur l’Onisep",
  franceTravailSheet: "Fiche métier France Travail",
  newTab: "(s’ouvre dans un nouvel onglet)",
  portraitsHeading: "Elles et ils font ce métier",
  meet: "Rencontrer {name}",
  meetAge: "Rencontrer {name}, {age}\u00a0ans",
  transitionHere: "Cette machine et la transition écologique",
  filterFacts: "Repères",
  filterFewWomen: "Métiers où les femmes sont encore peu nombreuses",
  filterFewWomenHelp: "moins de {share} de femmes, selon les chiffres de la Dares",
  filterGreen: "Métiers de la transition écologique",
} satisfies Record<string, Message>;

export type TradeStringKey = keyof typeof tradeStringsFr;

export const tradeStrings = defineMessages(tradeStringsFr, {
  rome4: "ROME 4.0",
  romeV3: "ROME v3",
  salarySmic: "minimum wage (SMIC)",
  salarySmicSource: "Minimum wage source: {label}, {year}",
  salarySource: "source: {label}, {year}",
  womenShare: "Share of women:",
  womenScope: "{scope}.",
  sourceLine: "Source:",
  green: "Green trade",
  verdissant: "Greening trade",
  greenHelp: "A trade of the ecological transition",
  outlook: "Recruitment projects in Provence-Alpes-Côte d’Azur:",
  outlookDifficult: "of which {share} expected to be hard to fill",
  apprenticeship: "apprenticeship",
  apprenticeshipHelp: "This diploma can be prepared through an apprenticeship.",
  diplomaOnisep: "ONISEP page of the diploma",
  references: "Find out more",
  onisepSheet: "ONISEP sheet",
  onisepSearch: "Search ONISEP",
  franceTravailSheet: "France Travail trade sheet",
  newTab: "(opens in a new tab)",
  portraitsHeading: "Women and men in this trade",
  meet: "Meet {name}",
  meetAge: "Meet {name}, {age}",
  transitionHere: "This machine and the ecological transition",
  filterFacts: "Highlights",
  filterFewWomen: "Trades where women are still few",
  filterFewWomenHelp: "under {share} women, according to Dares figures",
  filterGreen: "Trades of the ecological transition",
});
