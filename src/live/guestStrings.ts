import { defineMessages } from "../i18n/defineMessages";
import type { Message } from "../i18n/formatMessage";

/** Professionals in the live class: the guest's page, the answers on every screen, the invitation. */
export const guestFr = {
  guestTitle: "Répondre à une classe",
  guestIntro:
    "Vous êtes invité·e par l’enseignant·e. Vous voyez l’arrêt de la visite en cours et les questions des élèves que l’enseignant·e a laissé passer\u202f; vos réponses écrites s’affichent au projecteur et sur les écrans des élèves, signées de votre prénom et de votre métier.",
  guestSignedAs: "Vous répondez en tant que {firstName}, {trade}.",
  guestJoining: "Connexion à la classe…",
  guestStopTitle: "Arrêt en cours",
  guestStep: "Arrêt {n} sur {total}",
  guestQuestions: "Questions des élèves",
  guestQuestionsEmpty:
    "Aucune question pour l’instant\u00a0: l’enseignant·e vous fait passer celles des élèves au fil de la visite.",
  guestVotes: { one: "{n} élève pose aussi cette question", other: "{n} élèves posent aussi cette question" },
  guestChoose: "Répondre à cette question",
  guestChosen: "Question choisie",
  guestYourAnswer: "Votre réponse",
  guestAnswerFor: "Réponse à\u00a0: «\u00a0{question}\u00a0»",
  guestPickFirst: "Choisissez d’abord une question dans la liste.",
  guestConsent:
    "J’accepte que la classe garde cette question et ma réponse (le texte seul) dans son carnet de saison.",
  guestSend: "Envoyer la réponse",
  guestSending: "Envoi…",
  guestSent: "Réponse envoyée\u00a0: elle s’affiche au projecteur et chez les élèves.",
  guestAnswered: "Vous avez répondu",
  guestCount: "{n} / {max}",
  guestEnded:
    "La classe est terminée. Merci pour vos réponses\u202f! Rien de cet échange n’est gardé, sauf ce que vous avez accepté de laisser à la classe.",
  guestNoStop: "L’arrêt en cours n’est pas dans le contenu de ce site.",
  guestRules:
    "Pas de canal privé\u00a0: vous ne voyez ni les pseudos des élèves ni la liste de la classe, et l’enseignant·e peut masquer une réponse.",
  answersTitle: "Réponses d’un·e professionnel·le",
  answerBy: "{firstName}, {trade}",
  answerQuestion: "« {question} »",
  answerHide: "Masquer la réponse",
  answerKeep: "Garder dans la saison",
  answerKept: "gardée dans la saison de la classe (question et réponse, le texte seul)",
  answerHidden: "réponse masquée",
  upvote: "Moi aussi",
  upvoteLabel: "Je pose aussi cette question : {question}",
  upvoted: "Demandé",
  pupilShownTitle: "Questions au projecteur",
  inviteTitle: "Inviter un·e professionnel·le",
  inviteIntro:
    "Un lien d’invité\u00a0: la personne voit l’arrêt et les questions que vous laissez passer, et répond par écrit. Ni pseudos, ni liste de la classe.",
  inviteFirstName: "Prénom",
  inviteTrade: "Métier",
  inviteSend: "Créer le lien d’invité",
  inviteLink: "Lien d’invité (à envoyer à la personne seulement)",
  inviteCopy: "Copier le lien",
  inviteCopied: "Lien copié.",
  votesCount: { one: "+{n} élève", other: "+{n} élèves" },
} satisfies Record<string, Message>;

export type GuestStringKey = keyof typeof guestFr;

export const guestEn: Record<GuestStringKey, Message> = {
  guestTitle: "Answer a class",
  guestIntro:
    "The teacher has invited you. You see the tour's current stop and the pupils' questions the teacher let through; your written answers show on the projector and on the pupils' screens, signed with your first name and trade.",
  guestSignedAs: "You answer as {firstName}, {trade}.",
  guestJoining: "Joining the class…",
  guestStopTitle: "Current stop",
  guestStep: "Stop {n} of {total}",
  guestQuestions: "Pupils' questions",
  guestQuestionsEmpty: "No question yet: the teacher passes the pupils' questions on as the tour goes.",
  guestVotes: { one: "{n} pupil asks this too", other: "{n} pupils ask this too" },
  guestChoose: "Answer this question",
  guestChosen: "Question chosen",
  guestYourAnswer: "Your answer",
  guestAnswerFor: "Answer to: “{question}”",
  guestPickFirst: "First pick a question in the list.",
  guestConsent:
    "I agree that the class may keep this question and my answer (the text only) in its season book.",
  guestSend: "Send the answer",
  guestSending: "Sending…",
  guestSent: "Answer sent: it shows on the projector and the pupils' screens.",
  guestAnswered: "You answered",
  guestCount: "{n} / {max}",
  guestEnded:
    "The class has ended. Thank you for your answers! Nothing of this exchange is kept, except what you agreed to leave to the class.",
  guestNoStop: "The current stop is not in this site's content.",
  guestRules:
    "No private channel: you see neither the pupils' pseudonyms nor the class list, and the teacher can hide an answer.",
  answersTitle: "A professional's answers",
  answerBy: "{firstName}, {trade}",
  answerQuestion: "“{question}”",
  answerHide: "Hide the answer",
  answerKeep: "Keep in the season",
  answerKept: "kept in the class's season (question and answer, the text only)",
  answerHidden: "answer hidden",
  upvote: "Me too",
  upvoteLabel: "I ask this question too: {question}",
  upvoted: "Asked",
  pupilShownTitle: "Questions on the projector",
  inviteTitle: "Invite a professional",
  inviteIntro:
    "A guest link: the person sees the stop and the questions you let through, and answers in writing. No pseudonyms, no class list.",
  inviteFirstName: "First name",
  inviteTrade: "Trade",
  inviteSend: "Create the guest link",
  inviteLink: "Guest link (send it to that person only)",
  inviteCopy: "Copy the link",
  inviteCopied: "Link copied.",
  votesCount: { one: "+{n} pupil", other: "+{n} pupils" },
};

export const guestStrings = defineMessages(guestFr, guestEn);
