import type { TransitionTheme } from "../content/schema";
import { defineMessages } from "../i18n/defineMessages";
import type { Message } from "../i18n/formatMessage";

/** Strings of the shared story cards (portraits, transition stories, imagined companies); French first, English with the same keys. */
export const storyStringsFr = {
  fictional: "personnage fictif",
  fictionalNote:
    "Personnage inventé, comme les entreprises de la ville\u202f; son métier et son diplôme sont réels.",
  invented: "entreprise imaginée",
  inventedShort: "imaginée",
  inventedNote:
    "Entreprise imaginée pour l’application, sur le modèle des usines réelles de la région\u202f; ses métiers, ses diplômes et les chiffres sourcés sont réels.",
  inventedDirectory:
    "Les entreprises de cette ville sont imaginées, sur le modèle des usines réelles de la région.",
  portraitAge: "{n} ans",
  portraitAt: "chez {company}",
  portraitPath: "Son parcours",
  portraitDiploma: "Son diplôme",
  portraitDay: "Une journée de travail",
  transitionHeading: "Inventer un avenir durable",
  transitionMark: "Transition écologique",
  "theme-decarbonation": "Décarbonation",
  "theme-energie": "Énergie",
  "theme-eau": "Eau",
  "theme-economie-circulaire": "Économie circulaire",
  "theme-relocalisation": "Relocalisation",
} satisfies Record<string, Message>;

export type StoryStringKey = keyof typeof storyStringsFr;

export const storyStrings = defineMessages(storyStringsFr, {
  fictional: "fictional character",
  fictionalNote: "An invented character, like the town’s companies; the trade and the diploma are real.",
  invented: "imagined company",
  inventedShort: "imagined",
  inventedNote:
    "A company imagined for the app, modelled on the region’s real plants; its trades, diplomas and sourced figures are real.",
  inventedDirectory: "The companies of this town are imagined, modelled on the region’s real plants.",
  portraitAge: "{n} years old",
  portraitAt: "at {company}",
  portraitPath: "How they got there",
  portraitDiploma: "Diploma",
  portraitDay: "A day at work",
  transitionHeading: "Building a sustainable future",
  transitionMark: "Ecological transition",
  "theme-decarbonation": "Decarbonisation",
  "theme-energie": "Energy",
  "theme-eau": "Water",
  "theme-economie-circulaire": "Circular economy",
  "theme-relocalisation": "Relocation",
});

/** The key of a transition theme's label. */
export function themeKey(theme: TransitionTheme): StoryStringKey {
  return `theme-${theme}`;
}
