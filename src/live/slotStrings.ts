import { defineMessages } from "../i18n/defineMessages";
import type { Message } from "../i18n/formatMessage";

/** Professionals' slots: the company's page `#/pro` and the teacher's booking. */
export const slotFr = {
  proTitle: "Espace entreprise\u00a0: créneaux de professionnel·les",
  proIntro:
    "Publiez les moments où l’un·e de vos professionnel·les peut répondre par écrit aux questions d’une classe en direct. Un prénom et un métier suffisent\u00a0: pas de nom de famille. La clé d’entreprise vous est donnée par l’organisateur (npm run pro\u00a0:invite).",
  proCompany: "Entreprise",
  proKey: "Clé d’entreprise",
  proOpen: "Ouvrir",
  proOpening: "Vérification…",
  proPublishTitle: "Publier un créneau",
  proDate: "Date",
  proTime: "Heure de début",
  proMinutes: "Durée",
  proMinutesValue: "{n}\u00a0min",
  proFirstName: "Prénom du ou de la professionnel·le",
  proTrade: "Métier",
  proPublish: "Publier le créneau",
  proPublished: "Créneau publié.",
  proSlotsTitle: "Vos créneaux",
  proSlotsEmpty: "Aucun créneau à venir.",
  proBooked: "réservé par une classe",
  proOpenSlot: "ouvert",
  proIcs: "Rappel (.ics)",
  proBookedNote:
    "Quand une classe réserve, l’enseignant·e reçoit le lien d’invité et vous le transmet\u00a0: il ouvre la classe pour votre professionnel·le à l’heure dite.",
  proNoHub:
    "Cet espace a besoin du serveur de l’application (le hub, «\u00a0npm start\u00a0») et de sa base de données\u202f; il ne fonctionne pas sur un site statique.",
  slotWhen: "{date}, {time} ({minutes}\u00a0min)",
  slotWho: "{firstName}, {trade} — {company}",
  slotsTitle: "Créneaux de professionnel·les",
  slotsIntro:
    "Réservez un créneau\u00a0: la personne rejoint cette classe par un lien d’invité et répond par écrit.",
  slotsShow: "Voir les créneaux ouverts",
  slotsLoading: "Chargement des créneaux…",
  slotsEmpty: "Aucun créneau ouvert pour l’instant.",
  slotBook: "Réserver pour cette classe",
  slotBooked: "Créneau réservé",
  slotReminder: "Rappel\u00a0: {who}, {when}. Envoyez ce lien d’invité à l’entreprise\u00a0:",
  slotIcs: "Télécharger le rappel (.ics)",
  slotIcsSummary: "Classe en direct\u00a0: {firstName} ({trade}) répond à la classe",
  slotIcsDescription: "Lien d’invité pour {firstName}\u00a0: {link}",
  slotIcsCompanySummary: "{firstName} ({trade}) répond à une classe en direct",
  slotIcsCompanyDescription: "L’enseignant·e vous transmet le lien d’invité. Page entreprise\u00a0: {link}",
  myClassLive:
    "La classe en direct {code} tourne dans ce navigateur\u00a0: un créneau réservé ici l’est pour elle, et les réponses gardées vont dans la saison de cette classe.",
  myClassNoLive:
    "Pour réserver, lancez d’abord une classe en direct dans ce navigateur\u00a0: ouvrez une visite, puis «\u00a0Classe en direct\u00a0». Revenez ici (ou réservez depuis la fenêtre du présentateur).",
  myClassStartLive: "Choisir une visite pour lancer la classe",
  myClassBook: "Réserver pour la classe {code}",
} satisfies Record<string, Message>;

export type SlotStringKey = keyof typeof slotFr;

export const slotEn: Record<SlotStringKey, Message> = {
  proTitle: "Company space: professionals' slots",
  proIntro:
    "Publish the times when one of your professionals can answer a live class's questions in writing. A first name and a trade are enough: no surname. The company key is given by the organiser (npm run pro:invite).",
  proCompany: "Company",
  proKey: "Company key",
  proOpen: "Open",
  proOpening: "Checking…",
  proPublishTitle: "Publish a slot",
  proDate: "Date",
  proTime: "Start time",
  proMinutes: "Length",
  proMinutesValue: "{n} min",
  proFirstName: "The professional's first name",
  proTrade: "Trade",
  proPublish: "Publish the slot",
  proPublished: "Slot published.",
  proSlotsTitle: "Your slots",
  proSlotsEmpty: "No slot to come.",
  proBooked: "booked by a class",
  proOpenSlot: "open",
  proIcs: "Reminder (.ics)",
  proBookedNote:
    "When a class books, the teacher receives the guest link and sends it to you: it opens the class for your professional at the time set.",
  proNoHub:
    "This space needs the application's server (the hub, `npm start`) and its database; it does not work on a static site.",
  slotWhen: "{date}, {time} ({minutes} min)",
  slotWho: "{firstName}, {trade} — {company}",
  slotsTitle: "Professionals' slots",
  slotsIntro: "Book a slot: the person joins this class with a guest link and answers in writing.",
  slotsShow: "See the open slots",
  slotsLoading: "Loading the slots…",
  slotsEmpty: "No open slot for now.",
  slotBook: "Book for this class",
  slotBooked: "Slot booked",
  slotReminder: "Reminder: {who}, {when}. Send this guest link to the company:",
  slotIcs: "Download the reminder (.ics)",
  slotIcsSummary: "Live class: {firstName} ({trade}) answers the class",
  slotIcsDescription: "Guest link for {firstName}: {link}",
  slotIcsCompanySummary: "{firstName} ({trade}) answers a live class",
  slotIcsCompanyDescription: "The teacher sends you the guest link. Company page: {link}",
  myClassLive:
    "The live class {code} is running in this browser: a slot booked here is booked for it, and the answers kept go to this class's season.",
  myClassNoLive:
    "To book, first start a live class in this browser: open a tour, then “Classe en direct”. Come back here (or book from the presenter's window).",
  myClassStartLive: "Choose a tour to start the class",
  myClassBook: "Book for the class {code}",
};

export const slotStrings = defineMessages(slotFr, slotEn);
