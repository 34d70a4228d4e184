import type { Interest } from "../content/schema";

/** One answer of the quiz and the centres of interest it points to (weight 1 to 3). */
export interface QuizAnswer {
  id: string;
  label: string;
  weights: Partial<Record<Interest, number>>;
}

export interface QuizQuestion {
  id: string;
  prompt: string;
  answers: ReadonlyArray<QuizAnswer>;
}

/**
 * "Quel métier pour moi ?": tastes only, never personal data. French, like the content.
 * Each answer adds its weights to the interests of the trades (see `scoreJobs`).
 */
export const quizQuestions: ReadonlyArray<QuizQuestion> = [
  {
    id: "mains",
    prompt: "Ce que tu préfères faire de tes mains…",
    answers: [
      { id: "monter", label: "Monter, assembler, fabriquer un objet", weights: { fabriquer: 3, creer: 1 } },
      {
        id: "reparer",
        label: "Démonter et réparer ce qui est en panne",
        weights: { reparer: 3, analyser: 1 },
      },
      { id: "dessiner", label: "Dessiner, imaginer comment ce sera", weights: { concevoir: 3, creer: 2 } },
      { id: "clavier", label: "Plutôt un clavier et un écran", weights: { numerique: 3, analyser: 1 } },
    ],
  },
  {
    id: "lieu",
    prompt: "Où te verrais-tu travailler ?",
    answers: [
      {
        id: "atelier",
        label: "Dans un atelier, au milieu des machines",
        weights: { fabriquer: 2, piloter: 2 },
      },
      { id: "dehors", label: "Dehors, sur un chantier ou un site", weights: { exterieur: 3, bouger: 1 } },
      { id: "port", label: "Sur un port, un bateau, au bord de la mer", weights: { mer: 3, exterieur: 1 } },
      {
        id: "labo",
        label: "Dans un laboratoire ou un bureau d’études",
        weights: { analyser: 2, concevoir: 2 },
      },
    ],
  },
  {
    id: "ecole",
    prompt: "En cours, ce qui te plaît le plus…",
    answers: [
      { id: "sciences", label: "Les expériences de sciences", weights: { analyser: 3 } },
      { id: "techno", label: "La technologie et l’informatique", weights: { numerique: 3, concevoir: 1 } },
      { id: "arts", label: "Les arts plastiques", weights: { creer: 3, concevoir: 1 } },
      { id: "sport", label: "Le sport", weights: { bouger: 3, equipe: 1 } },
    ],
  },
  {
    id: "groupe",
    prompt: "Pour un projet, tu aimes…",
    answers: [
      { id: "equipe", label: "Travailler en équipe et s’organiser ensemble", weights: { equipe: 3 } },
      { id: "mener", label: "Prendre les commandes et tout coordonner", weights: { piloter: 3, equipe: 1 } },
      { id: "seul", label: "Avancer seul·e et chercher la solution", weights: { analyser: 2, reparer: 1 } },
    ],
  },
  {
    id: "machine",
    prompt: "Devant une grosse machine, tu as envie…",
    answers: [
      { id: "conduire", label: "De la conduire et de la régler", weights: { piloter: 3 } },
      { id: "comprendre", label: "De comprendre comment elle marche", weights: { analyser: 2, reparer: 2 } },
      { id: "ameliorer", label: "D’en inventer une meilleure", weights: { concevoir: 3, numerique: 1 } },
      { id: "produit", label: "De voir ce qu’elle fabrique", weights: { fabriquer: 2, creer: 1 } },
    ],
  },
  {
    id: "planete",
    prompt: "Ce qui compte le plus pour toi dans un métier…",
    answers: [
      { id: "environnement", label: "Protéger l’environnement", weights: { environnement: 3 } },
      { id: "beau", label: "Faire quelque chose de beau", weights: { creer: 3 } },
      { id: "utile", label: "Que ça marche et que ce soit solide", weights: { fabriquer: 2, reparer: 2 } },
      { id: "avenir", label: "Les technologies d’avenir", weights: { numerique: 2, concevoir: 2 } },
    ],
  },
  {
    id: "journee",
    prompt: "Ta journée idéale…",
    answers: [
      { id: "bouger", label: "Je bouge tout le temps, jamais assis·e", weights: { bouger: 3, exterieur: 1 } },
      { id: "calme", label: "Concentré·e sur une tâche précise", weights: { analyser: 1, fabriquer: 2 } },
      { id: "variee", label: "Chaque jour un problème différent à régler", weights: { reparer: 3 } },
    ],
  },
  {
    id: "vacances",
    prompt: "Pendant les vacances, tu choisirais…",
    answers: [
      { id: "voile", label: "Un stage de voile ou de plongée", weights: { mer: 3, bouger: 1 } },
      { id: "rando", label: "Une randonnée en montagne", weights: { exterieur: 2, environnement: 2 } },
      { id: "jeu", label: "Créer un jeu vidéo ou un robot", weights: { numerique: 3, concevoir: 1 } },
      {
        id: "bricolage",
        label: "Bricoler, customiser un vélo ou des vêtements",
        weights: { fabriquer: 2, creer: 2 },
      },
    ],
  },
];
