import { defineMessages } from "../i18n/defineMessages";
import type { Message } from "../i18n/formatMessage";

/** The factory's own strings (issue 13: transition stories); French first, English with the same keys. */
export const factoryStringsFr = {
  transitionSeeIt: "Voir où ça se passe\u00a0: {machine} ({workshop})",
  transitionHotspot: "Transition écologique\u00a0: {title}",
} satisfies Record<string, Message>;

export type FactoryStringKey = keyof typeof factoryStringsFr;

export const factoryStrings = defineMessages(factoryStringsFr, {
  transitionSeeIt: "See where it happens: {machine} ({workshop})",
  transitionHotspot: "Ecological transition: {title}",
});
