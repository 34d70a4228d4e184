import { defineMessages } from "../i18n/defineMessages";
import type { Message } from "../i18n/formatMessage";
import type { LiveProblem } from "../state/liveSlice";

/** The live class's own strings, French first; English has the same keys (checked by type). */
export const liveFr = {
  liveStart: "Classe en direct",
  liveStarting: "Création de la classe…",
  liveNoHub:
    "La classe en direct a besoin du serveur de l’application (le «\u00a0hub\u00a0», lancé par «\u00a0npm start\u00a0»). Ce site est servi sans lui\u00a0: la visite guidée fonctionne, mais pas la classe en direct.",
  liveNoHubPupil:
    "La classe en direct n’est pas disponible sur ce site\u00a0: il lui faut le serveur de la classe, qui ne répond pas ici. Demande l’adresse à ton professeur.",
  liveClassLabel: "Classe en direct",
  liveCodeLabel: "Code de la classe",
  liveJoinAt: "Pour rejoindre la classe\u00a0: ouvre",
  liveJoinCode: "et tape le code",
  liveQrLabel: "QR code de l’adresse pour rejoindre la classe",
  livePupils: { one: "{n} élève connecté", other: "{n} élèves connectés" },
  livePupilsWord: { one: "élève connecté", other: "élèves connectés" },
  liveHideCode: "Masquer le code",
  liveShowCode: "Afficher le code",
  liveShowResults: "Afficher les résultats",
  liveFreeMode: "Mode libre",
  liveRecall: "Rappel",
  liveEnd: "Terminer",
  liveResultsTitle: "Réponses de la classe",
  liveAnswers: { one: "{n} réponse", other: "{n} réponses" },
  liveOpenQuestion: "Question ouverte\u00a0: pas de choix à compter.",
  liveNoQuestion: "Pas de question à cet arrêt.",
  liveRoster: "Élèves connectés (pseudos, jamais au projecteur)",
  liveRosterEmpty: "Personne pour l’instant.",
  liveQuestions: "Questions des élèves",
  liveQuestionsEmpty: "Aucune question pour l’instant.",
  liveQuestionShow: "Afficher au projecteur",
  liveQuestionHide: "Masquer",
  liveQuestionDone: "Traitée",
  liveStatusNew: "nouvelle",
  liveStatusShown: "au projecteur",
  liveStatusHidden: "masquée",
  liveStatusDone: "traitée",
  liveModeFree: "Mode libre\u00a0: les élèves se promènent dans l’atelier.",
  liveModeFollow: "Les élèves suivent la visite.",
  liveRevealedNote: "Résultats affichés pour cet arrêt.",
  liveSummaryTitle: "Bilan de la classe",
  liveSummaryPupils: { one: "{n} élève a participé.", other: "{n} élèves ont participé." },
  liveSummaryStop: "Arrêt",
  liveSummaryQuestion: "Question",
  liveSummaryAnswers: "Réponses",
  liveSummaryCorrect: "Bonnes réponses",
  liveSummaryRate: "Réussite",
  liveSummaryNote: "Rien n’est conservé\u00a0: ce bilan disparaît quand vous le fermez.",
  livePrint: "Imprimer",
  liveClose: "Fermer",
  liveReconnecting: "reconnexion…",
  liveDeviceReady: "Visite prête hors ligne\u202f: {n}/{total}",
  liveDevicesReadyNext: "Appareils prêts pour l’étape suivante\u202f: {n}/{total}",
  liveClassEnded: "La classe est terminée. Merci d’avoir participé\u202f!",
  liveJoinTitle: "Rejoindre la classe en direct",
  liveJoinIntro:
    "Tape le code affiché au tableau et choisis un pseudo (pas ton vrai nom). Pas de compte, pas d’e-mail.",
  livePseudo: "Pseudo",
  liveJoin: "Rejoindre",
  liveJoining: "Connexion…",
  liveChecking: "Recherche du serveur de la classe…",
  liveRetryHub: "Chercher encore",
  liveAsk: "Poser une question",
  liveAskSend: "Envoyer",
  liveAskSent: "Question envoyée au professeur.",
  liveAskCount: "{n} / {max}",
  liveAnswerKept: "Réponse enregistrée\u00a0: tu peux la changer jusqu’à l’affichage des résultats.",
  liveAnswerPrompt: "Choisis ta réponse\u00a0:",
  liveCorrect: "bonne réponse",
  liveYourChoice: "ton choix",
  liveFreeWalk: "Mode libre\u00a0: promène-toi dans l’atelier (flèches, ZQSD ou glisser).",
  liveLeave: "Quitter la classe",
  liveWaiting: "Connexion à la classe…",
  liveStopMissing: "Cet arrêt de la visite n’existe pas dans ce site.",
  liveShownQuestions: "Vos questions",
  liveShowPanel: "Afficher le texte",
  liveHidePanel: "Masquer le texte",
  liveProblemUnknownCode: "Code inconnu\u00a0: aucune classe ne porte ce code. Vérifie-le au tableau.",
  liveProblemClassFull: "Classe complète\u00a0: 60 élèves l’ont déjà rejointe.",
  liveProblemBadName:
    "Pseudo invalide\u00a0: il faut entre 2 et 24 caractères, sans caractères spéciaux invisibles.",
  liveProblemBadKey: "Accès refusé\u00a0: cette session de classe n’est plus valable.",
  liveProblemTooMany: "Trop de tentatives\u00a0: attends quelques minutes avant de réessayer.",
  liveProblemBadPayload: "Code mal formé\u00a0: 6 lettres et chiffres, sans 0, O, 1, I ni L.",
  liveProblemEnded: "Cette classe est terminée.",
  liveProblemTooLate: "Trop tard\u00a0: les résultats de cet arrêt sont déjà affichés.",
  liveProblemBadClassKey:
    "Cette clé de classe n’est pas reconnue (classe supprimée\u202f?)\u00a0: ouvrez «\u00a0Ma classe\u00a0» pour la vérifier.",
  liveProblemSeasonUnavailable:
    "La saison des classes est indisponible pour le moment\u00a0: réessayez plus tard.",
  liveSeasonCounting: "Cette séance compte pour la saison de «\u00a0{label}\u00a0».",
  liveSeasonNotCounted:
    "La saison des classes est indisponible\u00a0: la classe fonctionne, mais cette séance ne sera pas comptée pour «\u00a0{label}\u00a0».",
  liveSeasonRecorded: "Séance ajoutée à la saison de «\u00a0{label}\u00a0» (voir Ma classe).",
  liveSeasonLost:
    "La séance n’a pas pu être ajoutée à la saison de «\u00a0{label}\u00a0»\u00a0: la base de données ne répond pas.",
  liveSeasonNone:
    "Séance non comptée dans une saison\u00a0: créez «\u00a0Ma classe\u00a0» pour garder le parcours de la classe.",
  liveMyClassLink: "Ma classe",
  liveProblemTimeout: "Le serveur de la classe ne répond pas. Réessaie dans un instant.",
  liveProblemOffline: "Pas de connexion au serveur de la classe.",
} satisfies Record<string, Message>;

export type LiveStringKey = keyof typeof liveFr;

export const liveEn: Record<LiveStringKey, Message> = {
  liveStart: "Live class",
  liveStarting: "Creating the class…",
  liveNoHub:
    "The live class needs the application's server (the hub, started by `npm start`). This site is served without it: the guided tour works, the live class does not.",
  liveNoHubPupil:
    "The live class is not available on this site: it needs the class server, which does not answer here. Ask your teacher for the address.",
  liveClassLabel: "Live class",
  liveCodeLabel: "Class code",
  liveJoinAt: "To join the class: open",
  liveJoinCode: "and type the code",
  liveQrLabel: "QR code of the address to join the class",
  livePupils: { one: "{n} pupil connected", other: "{n} pupils connected" },
  livePupilsWord: { one: "pupil connected", other: "pupils connected" },
  liveHideCode: "Hide the code",
  liveShowCode: "Show the code",
  liveShowResults: "Show the results",
  liveFreeMode: "Free mode",
  liveRecall: "Recall",
  liveEnd: "End",
  liveResultsTitle: "The class's answers",
  liveAnswers: { one: "{n} answer", other: "{n} answers" },
  liveOpenQuestion: "Open question: no choices to count.",
  liveNoQuestion: "No question at this stop.",
  liveRoster: "Pupils connected (pseudonyms, never on the projector)",
  liveRosterEmpty: "Nobody yet.",
  liveQuestions: "Pupils' questions",
  liveQuestionsEmpty: "No question yet.",
  liveQuestionShow: "Show on the projector",
  liveQuestionHide: "Hide",
  liveQuestionDone: "Done",
  liveStatusNew: "new",
  liveStatusShown: "on the projector",
  liveStatusHidden: "hidden",
  liveStatusDone: "done",
  liveModeFree: "Free mode: pupils walk around the workshop.",
  liveModeFollow: "Pupils follow the tour.",
  liveRevealedNote: "Results shown for this stop.",
  liveSummaryTitle: "Class summary",
  liveSummaryPupils: { one: "{n} pupil took part.", other: "{n} pupils took part." },
  liveSummaryStop: "Stop",
  liveSummaryQuestion: "Question",
  liveSummaryAnswers: "Answers",
  liveSummaryCorrect: "Right answers",
  liveSummaryRate: "Success",
  liveSummaryNote: "Nothing is kept: this summary is gone once you close it.",
  livePrint: "Print",
  liveClose: "Close",
  liveReconnecting: "reconnecting…",
  liveDeviceReady: "Tour ready offline: {n}/{total}",
  liveDevicesReadyNext: "Devices ready for the next stop: {n}/{total}",
  liveClassEnded: "The class has ended. Thank you for taking part!",
  liveJoinTitle: "Join the live class",
  liveJoinIntro:
    "Type the code shown on the board and pick a pseudonym (not your real name). No account, no e-mail.",
  livePseudo: "Pseudonym",
  liveJoin: "Join",
  liveJoining: "Connecting…",
  liveChecking: "Looking for the class server…",
  liveRetryHub: "Look again",
  liveAsk: "Ask a question",
  liveAskSend: "Send",
  liveAskSent: "Question sent to the teacher.",
  liveAskCount: "{n} / {max}",
  liveAnswerKept: "Answer saved: you can change it until the results are shown.",
  liveAnswerPrompt: "Pick your answer:",
  liveCorrect: "right answer",
  liveYourChoice: "your choice",
  liveFreeWalk: "Free mode: walk around the workshop (arrows, WASD or drag).",
  liveLeave: "Leave the class",
  liveWaiting: "Connecting to the class…",
  liveStopMissing: "This stop of the tour does not exist on this site.",
  liveShownQuestions: "Your questions",
  liveShowPanel: "Show the text",
  liveHidePanel: "Hide the text",
  liveProblemUnknownCode: "Unknown code: no class has this code. Check it on the board.",
  liveProblemClassFull: "Class full: 60 pupils have already joined it.",
  liveProblemBadName: "Invalid pseudonym: 2 to 24 characters, no invisible special characters.",
  liveProblemBadKey: "Access refused: this class session is no longer valid.",
  liveProblemTooMany: "Too many attempts: wait a few minutes before trying again.",
  liveProblemBadPayload: "Malformed code: 6 letters and digits, without 0, O, 1, I or L.",
  liveProblemEnded: "This class has ended.",
  liveProblemTooLate: "Too late: this stop's results are already shown.",
  liveProblemBadClassKey: "This class key is not recognised (class deleted?): open “My class” to check it.",
  liveProblemSeasonUnavailable: "The class season is unavailable for now: try again later.",
  liveSeasonCounting: "This session counts for the season of “{label}”.",
  liveSeasonNotCounted:
    "The class season is unavailable: the class runs, but this session will not count for “{label}”.",
  liveSeasonRecorded: "Session added to the season of “{label}” (see My class).",
  liveSeasonLost: "The session could not be added to the season of “{label}”: the database does not answer.",
  liveSeasonNone: "Session not counted in a season: create “My class” to keep the class's journey.",
  liveMyClassLink: "My class",
  liveProblemTimeout: "The class server does not answer. Try again in a moment.",
  liveProblemOffline: "No connection to the class server.",
};

export const liveStrings = defineMessages(liveFr, liveEn);

/** The message that explains a refusal. */
export function problemKey(problem: LiveProblem, audience: "teacher" | "pupil"): LiveStringKey {
  switch (problem) {
    case "unknown-code":
      return "liveProblemUnknownCode";
    case "class-full":
      return "liveProblemClassFull";
    case "bad-name":
      return "liveProblemBadName";
    case "bad-key":
      return "liveProblemBadKey";
    case "too-many-attempts":
      return "liveProblemTooMany";
    case "bad-payload":
      return "liveProblemBadPayload";
    case "class-ended":
      return "liveProblemEnded";
    case "too-late":
      return "liveProblemTooLate";
    case "bad-class-key":
      return "liveProblemBadClassKey";
    case "season-unavailable":
      return "liveProblemSeasonUnavailable";
    case "timeout":
      return "liveProblemTimeout";
    case "offline":
      return "liveProblemOffline";
    case "no-hub":
      return audience === "teacher" ? "liveNoHub" : "liveNoHubPupil";
  }
}
