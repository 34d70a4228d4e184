import { defineMessages } from "../i18n/defineMessages";
import type { Message } from "../i18n/formatMessage";

/** The factory's own strings (issue 13: transition stories); French first, English with the same keys. */
export const factoryStringsFr = {
  transitionSeeIt: "Voir où ça se passe\u00a0: {machine} ({workshop})",
  transitionHotspot: "Transition écologique\u00a0: {title}",
  companyHeadcount: "salariés",
  companyProducts: "Ce qu’on y fabrique",
  companyWorkshops: "Les ateliers",
  visitWorkshop: "Visiter l’atelier",
  machinesInWorkshop: "Machines de l’atelier",
  otherWorkshops: "Autres ateliers",
  walkHelp: "Flèches ou ZQSD pour marcher, glisser pour regarder, clic au sol pour y aller.",
  overview: "Vue d’ensemble",
  backToWalking: "Revenir à la visite",
  qualityAuto: "Automatique",
  qualityHigh: "Haute",
  qualityEco: "Économe",
  qualityEcoSoftware:
    "Automatique\u00a0: économe, car cet ordinateur dessine la 3D sans carte graphique (rendu logiciel). Lumière simple, machines à l’arrêt.",
  qualityEcoSlow:
    "Automatique\u00a0: économe, car les images venaient lentement sur cet ordinateur. Lumière simple, machines à l’arrêt.",
  minimapCaption: "Plan de l’usine\u00a0: clique pour t’y rendre",
  minimapOf: "Plan de l’usine",
  machinesCount: { one: "{n} machine\u00a0:", other: "{n} machines\u00a0:" },
  machineList: "Les machines de l’atelier\u00a0: choisis-en une pour voir son métier",
} satisfies Record<string, Message>;

export type FactoryStringKey = keyof typeof factoryStringsFr;

export const factoryStrings = defineMessages(factoryStringsFr, {
  transitionSeeIt: "See where it happens: {machine} ({workshop})",
  transitionHotspot: "Ecological transition: {title}",
  companyHeadcount: "employees",
  companyProducts: "What is made here",
  companyWorkshops: "Workshops",
  visitWorkshop: "Visit the workshop",
  machinesInWorkshop: "Machines in this workshop",
  otherWorkshops: "Other workshops",
  walkHelp: "Arrows or WASD to walk, drag to look around, click the floor to go there.",
  overview: "Overview",
  backToWalking: "Back to the visit",
  qualityAuto: "Automatic",
  qualityHigh: "High",
  qualityEco: "Light",
  qualityEcoSoftware:
    "Automatic: light, because this computer draws 3D without a graphics card (software rendering). Simple lighting, machines at rest.",
  qualityEcoSlow:
    "Automatic: light, because frames came slowly on this computer. Simple lighting, machines at rest.",
  minimapCaption: "Map of the factory: click to go there",
  minimapOf: "Map of the factory",
  machinesCount: { one: "{n} machine:", other: "{n} machines:" },
  machineList: "The workshop's machines: pick one to see its trade",
});
