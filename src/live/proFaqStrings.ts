import { defineMessages } from "../i18n/defineMessages";
import type { Message } from "../i18n/formatMessage";

/** « Questions fréquentes » on the company's page `#/pro`. */
export const proFaqFr = {
  faqTitle: "Questions fréquentes",
  faqIntro:
    "Gardez sur les panneaux de vos métiers les réponses de vos professionnel·les aux questions que les classes posent souvent\u00a0: une classe sans créneau les lit quand même. Relisez le texte avant de le publier\u00a0: il est signé d’un prénom et du métier, sans nom de famille.",
  faqTrade: "Métier du panneau",
  faqFirstName: "Prénom de la personne qui répond",
  faqQuestion: "Question",
  faqAnswer: "Réponse, relue par l’entreprise",
  faqCount: "{n} / {max} caractères",
  faqPublish: "Publier sur le panneau du métier",
  faqPublished: "Publié sur le panneau du métier.",
  faqListTitle: "Vos questions fréquentes",
  faqEmpty: "Aucune question fréquente pour l’instant.",
  faqBy: "{firstName}, {trade}",
  faqRemove: "Retirer",
  faqRemoveLabel: "Retirer «\u00a0{question}\u00a0»",
  faqRemoved: "Retiré.",
} satisfies Record<string, Message>;

export const proFaqStrings = defineMessages(proFaqFr, {
  faqTitle: "Frequent questions",
  faqIntro:
    "Keep on your trades' panels your professionals' answers to the questions classes often ask: a class with no slot still reads them. Review the text before you publish it: it is signed with a first name and the trade, no surname.",
  faqTrade: "Trade of the panel",
  faqFirstName: "First name of the person who answers",
  faqQuestion: "Question",
  faqAnswer: "Answer, reviewed by the company",
  faqCount: "{n} / {max} characters",
  faqPublish: "Publish on the trade's panel",
  faqPublished: "Published on the trade's panel.",
  faqListTitle: "Your frequent questions",
  faqEmpty: "No frequent question yet.",
  faqBy: "{firstName}, {trade}",
  faqRemove: "Remove",
  faqRemoveLabel: "Remove “{question}”",
  faqRemoved: "Removed.",
});
