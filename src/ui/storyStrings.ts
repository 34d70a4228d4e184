import type { TransitionTheme } from "../content/schema";
import type { Message } from "../i18n/formatMessage";

/** Strings of the shared story cards (portraits, transition stories); French first, English with the same keys. */
export const storyStringsFr = {
  fictional: "personnage fictif",
  fictionalNote:
    "Personnage inventé, comme les entreprises de la ville\u202f; son métier et son diplôme sont réels.",
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

export const storyStrings: Record<"fr" | "en", Record<StoryStringKey, Message>> = {
  fr: storyStringsFr,
  en: {
    fictional: "fictional character",
    fictionalNote: "An invented character, like the town's companies; the trade and the diploma are real.",
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
  },
};

/** The key of a transition theme's label. */
export function themeKey(theme: TransitionTheme): StoryStringKey {
  return `theme-${theme}`;
}
