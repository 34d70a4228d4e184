import { defineMessages } from "../i18n/defineMessages";
import type { Message } from "../i18n/formatMessage";

/** The town's own strings (French first; English with the same keys). */
export const townStringsFr = {
  townMap: "Plan de la ville",
  townMapHint: "Plan de la ville\u00a0: choisis un bâtiment pour entrer dans l’usine.",
  enterCompany: "{name}, {town}\u00a0: entrer dans l’usine",
  companyInvite: "Vous êtes une entreprise de la région\u202f?",
  companyInviteLink: "Ajoutez votre usine avec l’éditeur",
  tagline: "Découvre les métiers de l’industrie en Provence-Alpes-Côte d’Azur",
  searchTown: "Chercher une entreprise, une ville, un secteur",
  sectorFilter: "Filtrer par secteur",
  allSectors: "Tous les secteurs",
  noCompanyYet: "Pas encore d’entreprise dans ce secteur",
} satisfies Record<string, Message>;

export type TownStringKey = keyof typeof townStringsFr;

export const townStrings = defineMessages(townStringsFr, {
  townMap: "Town map",
  townMapHint: "Town map: pick a building to walk into the factory.",
  enterCompany: "{name}, {town}: enter the factory",
  companyInvite: "A company of the region?",
  companyInviteLink: "Add your factory with the editor",
  tagline: "Discover industrial trades in Provence-Alpes-Côte d'Azur",
  searchTown: "Search a company, a town, a sector",
  sectorFilter: "Filter by sector",
  allSectors: "All sectors",
  noCompanyYet: "No company in this sector yet",
});
