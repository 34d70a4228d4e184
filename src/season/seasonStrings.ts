import { defineMessages } from "../i18n/defineMessages";
import type { Message } from "../i18n/formatMessage";

/** The class season's words: « Ma classe », the passport, the challenge. */
const seasonFr = {
  myClassTitle: "Ma classe",
  myClassIntro:
    "Gardez le parcours de votre classe au fil de l’année\u00a0: les métiers et secteurs découverts, les entreprises visitées, les bonnes réponses de la classe. Aucun compte, aucun nom d’élève\u00a0: seulement la classe.",
  createTitle: "Créer la classe",
  school: "Établissement",
  town: "Commune",
  departement: "Département (si la commune n’est pas dans la liste)",
  level: "Niveau",
  label: "Nom de la classe",
  labelHint: "Par exemple «\u00a04e B\u00a0»\u00a0: pas de nom d’élève ni d’enseignant.",
  create: "Créer la classe",
  creating: "Création…",
  openTitle: "Ouvrir une classe déjà créée",
  openHint: "Collez le texte de la carte de la classe (sous son QR code), ou scannez ce QR code.",
  cardText: "Texte de la carte",
  open: "Ouvrir",
  badCard: "Ce texte n’est pas celui d’une carte de classe.",
  cardTitle: "Carte de la classe",
  cardHint:
    "Imprimez-la ou photographiez-la\u00a0: elle ouvre la classe sur un autre ordinateur. Gardez-la comme une clé\u00a0: qui l’a peut ajouter des séances à la saison.",
  cardQr: "QR code de la carte de la classe",
  printCard: "Imprimer la carte",
  seasonTitle: "La saison de la classe",
  sessions: { one: "{n} séance en direct", other: "{n} séances en direct" },
  stops: { one: "{n} arrêt visité", other: "{n} arrêts visités" },
  trades: { one: "{n} métier découvert", other: "{n} métiers découverts" },
  sectors: { one: "{n} secteur sur 13", other: "{n} secteurs sur 13" },
  score: "{n} points",
  howToCount:
    "Pour qu’une séance compte\u00a0: lancez «\u00a0Classe en direct\u00a0» depuis une visite, dans ce navigateur. La séance s’ajoute à la saison quand vous la terminez.",
  toursLink: "Choisir une visite",
  passportLink: "Voir le passeport de la classe",
  defiTitle: "Rejoindre un défi",
  defiHint: "Le code du défi est donné par son organisateur.",
  defiCode: "Code du défi",
  join: "Rejoindre",
  joined: "La classe participe au défi {code}.",
  defisJoined: "Défis de la classe\u00a0:",
  deleteTitle: "Supprimer la classe",
  deleteHint: "Efface la classe et toute sa saison de la base de données. C’est définitif.",
  deleteConfirm: "Supprimer définitivement «\u00a0{label}\u00a0» et toute sa saison\u202f?",
  delete: "Supprimer la classe",
  forget: "Oublier dans ce navigateur",
  loading: "Chargement de la saison…",
  errorUnavailable:
    "La saison des classes est indisponible pour le moment (base de données injoignable)\u00a0: réessayez plus tard.",
  errorBadKey: "Cette classe n’existe plus ou sa clé n’est pas la bonne.",
  errorBadPayload:
    "Vérifiez les champs\u00a0: lettres, chiffres et ponctuation simple\u202f; commune de la région ou département.",
  errorTooMany: "Trop d’essais\u00a0: attendez quelques minutes.",
  errorUnknownDefi: "Aucun défi ne porte ce code.",
  errorTooLate: "Ce défi est terminé.",
  errorOffline: "Le serveur ne répond pas\u00a0: vérifiez la connexion et réessayez.",
  noHub: "Ce site est servi sans serveur de classe\u00a0: la saison des classes n’est pas disponible ici.",
  passportTitle: "Passeport de la classe",
  passportFor: "{label} · {school}, {town} · {level}",
  passportDates: "Du {from} au {to}",
  passportNone: "Aucune séance encore\u00a0: la classe n’a pas de parcours à imprimer.",
  passportNoClass: "Aucune classe dans ce navigateur.",
  passportCreate: "Créer ou ouvrir la classe",
  passportTrades: "Métiers rencontrés",
  passportMetOn: "le {date}",
  passportSectors: "Les 13 secteurs\u00a0: ce qui reste à découvrir",
  sectorMet: "découvert",
  sectorLeft: "à découvrir",
  passportCompanies: "Entreprises visitées",
  passportSessions: "Séances",
  passportTour: "Visite",
  passportDate: "Date",
  passportPupils: "Élèves",
  passportShare: "Bonnes réponses",
  passportPoints: "Points",
  print: "Imprimer (une page)",
  csv: "Exporter en CSV",
  passportNote:
    "À coller dans le suivi «\u00a0découverte des métiers\u00a0» / Parcours Avenir. Aucune donnée d’élève\u00a0: la classe seulement.",
  defiPageTitle: "Défi des classes",
  defiRules: "Règles",
  ruleShare:
    "Chaque séance en direct d’une visite du défi rapporte autant de points que le pourcentage de bonnes réponses de la classe (0 à 100).",
  ruleCompleted: "+{n} points quand la visite est menée jusqu’à son dernier arrêt.",
  ruleTrade: "+{n} points par métier que la classe découvre pour la première fois.",
  ruleDates: "Seules comptent les séances du {from} au {to} (jours de France).",
  ruleTies:
    "Ex æquo\u00a0: même rang (le suivant saute un rang)\u202f; la classe arrivée la première à ce total est listée d’abord.",
  ruleLate: "Une classe qui rejoint en cours de route garde les séances déjà menées pendant le défi.",
  rankingAll: "Toutes les classes",
  rankingByLevel: "Par niveau",
  rankingByDepartement: "Par département",
  rank: "Rang",
  className: "Classe",
  points: "Points",
  rankingEmpty: "Aucune classe classée pour l’instant.",
  updatedAt: "Mis à jour à {time}, toutes les 15 secondes.",
  tie: "ex æquo",
  departementName: "Département {d}",
  organiserTitle: "Organisation",
  organiserHint:
    "Avec la clé d’organisation (donnée par npm run defi\u00a0:create), masquez une classe du classement.",
  organiserKey: "Clé d’organisation",
  organiserOpen: "Ouvrir",
  hide: "Masquer",
  show: "Afficher",
  hidden: "masquée",
  defiUnknown: "Aucun défi ne porte ce code.",
} satisfies Record<string, Message>;

export type SeasonStringKey = keyof typeof seasonFr;

const seasonEn: Record<SeasonStringKey, Message> = {
  myClassTitle: "My class",
  myClassIntro:
    "Keep your class's journey through the year: the trades and sectors discovered, the companies visited, the class's right answers. No account, no pupil's name: only the class.",
  createTitle: "Create the class",
  school: "School",
  town: "Town",
  departement: "Département (if the town is not in the list)",
  level: "Level",
  label: "Class name",
  labelHint: "For example “4e B”: no pupil's or teacher's name.",
  create: "Create the class",
  creating: "Creating…",
  openTitle: "Open a class created before",
  openHint: "Paste the text of the class card (under its QR code), or scan that QR code.",
  cardText: "Card text",
  open: "Open",
  badCard: "This text is not a class card's.",
  cardTitle: "Class card",
  cardHint:
    "Print it or take a photo: it opens the class on another computer. Keep it like a key: whoever has it can add sessions to the season.",
  cardQr: "QR code of the class card",
  printCard: "Print the card",
  seasonTitle: "The class's season",
  sessions: { one: "{n} live session", other: "{n} live sessions" },
  stops: { one: "{n} stop visited", other: "{n} stops visited" },
  trades: { one: "{n} trade discovered", other: "{n} trades discovered" },
  sectors: { one: "{n} sector out of 13", other: "{n} sectors out of 13" },
  score: "{n} points",
  howToCount:
    "For a session to count: start “Classe en direct” from a tour, in this browser. The session is added to the season when you end it.",
  toursLink: "Choose a tour",
  passportLink: "See the class passport",
  defiTitle: "Join a challenge",
  defiHint: "The challenge's code is given by its organiser.",
  defiCode: "Challenge code",
  join: "Join",
  joined: "The class takes part in challenge {code}.",
  defisJoined: "The class's challenges:",
  deleteTitle: "Delete the class",
  deleteHint: "Erases the class and its whole season from the database. This cannot be undone.",
  deleteConfirm: "Delete “{label}” and its whole season for good?",
  delete: "Delete the class",
  forget: "Forget in this browser",
  loading: "Loading the season…",
  errorUnavailable: "The class season is unavailable for now (database unreachable): try again later.",
  errorBadKey: "This class no longer exists or its key is wrong.",
  errorBadPayload:
    "Check the fields: letters, digits and simple punctuation; a town of the region or a département.",
  errorTooMany: "Too many attempts: wait a few minutes.",
  errorUnknownDefi: "No challenge has this code.",
  errorTooLate: "This challenge is over.",
  errorOffline: "The server does not answer: check the connection and try again.",
  noHub: "This site is served without a class server: the class season is not available here.",
  passportTitle: "Class passport",
  passportFor: "{label} · {school}, {town} · {level}",
  passportDates: "From {from} to {to}",
  passportNone: "No session yet: the class has no journey to print.",
  passportNoClass: "No class in this browser.",
  passportCreate: "Create or open the class",
  passportTrades: "Trades met",
  passportMetOn: "on {date}",
  passportSectors: "The 13 sectors: what is left to discover",
  sectorMet: "discovered",
  sectorLeft: "to discover",
  passportCompanies: "Companies visited",
  passportSessions: "Sessions",
  passportTour: "Tour",
  passportDate: "Date",
  passportPupils: "Pupils",
  passportShare: "Right answers",
  passportPoints: "Points",
  print: "Print (one page)",
  csv: "Export as CSV",
  passportNote:
    "Ready for the “découverte des métiers” / Parcours Avenir log. No pupil data: the class only.",
  defiPageTitle: "Class challenge",
  defiRules: "Rules",
  ruleShare:
    "Each live session of one of the challenge's tours earns as many points as the class's percentage of right answers (0 to 100).",
  ruleCompleted: "+{n} points when the tour is led to its last stop.",
  ruleTrade: "+{n} points for each trade the class discovers for the first time.",
  ruleDates: "Only sessions from {from} to {to} count (days in France).",
  ruleTies: "Ties share a rank (the next one skips); the class that reached the total first is listed first.",
  ruleLate: "A class that joins late keeps the sessions it already led during the challenge.",
  rankingAll: "All classes",
  rankingByLevel: "By level",
  rankingByDepartement: "By département",
  rank: "Rank",
  className: "Class",
  points: "Points",
  rankingEmpty: "No class ranked yet.",
  updatedAt: "Updated at {time}, every 15 seconds.",
  tie: "tie",
  departementName: "Département {d}",
  organiserTitle: "Organisers",
  organiserHint: "With the organiser key (given by npm run defi:create), hide a class from the ranking.",
  organiserKey: "Organiser key",
  organiserOpen: "Open",
  hide: "Hide",
  show: "Show",
  hidden: "hidden",
  defiUnknown: "No challenge has this code.",
};

export const seasonStrings = defineMessages(seasonFr, seasonEn);

/** The message for a refusal of the hub (or of the client). */
export function seasonErrorKey(error: string): SeasonStringKey {
  switch (error) {
    case "season-unavailable":
      return "errorUnavailable";
    case "bad-class-key":
      return "errorBadKey";
    case "bad-payload":
      return "errorBadPayload";
    case "too-many-attempts":
      return "errorTooMany";
    case "unknown-code":
      return "errorUnknownDefi";
    case "too-late":
      return "errorTooLate";
    default:
      return "errorOffline";
  }
}
