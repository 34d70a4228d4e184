import type { Interest, Job } from "../content/schema";
import type { QuizQuestion } from "./quizQuestions";

export type InterestScores = Partial<Record<Interest, number>>;

/** One proposed trade and how well it fits. */
export interface ScoredJob {
  job: Job;
  score: number;
}

/** Sums the weights of the chosen answers (question id → answer id), interest by interest. */
export function interestScores(
  questions: ReadonlyArray<QuizQuestion>,
  chosen: Readonly<Record<string, string>>,
): InterestScores {
  const scores: InterestScores = {};
  for (const question of questions) {
    const answer = question.answers.find((a) => a.id === chosen[question.id]);
    if (!answer) continue;
    for (const [interest, weight] of Object.entries(answer.weights) as [Interest, number][]) {
      scores[interest] = (scores[interest] ?? 0) + weight;
    }
  }
  return scores;
}

/**
 * The trades that fit best: a trade scores the sum of its interests' scores, divided by the square
 * root of how many interests it has (so a trade listing every interest does not always win).
 * Trades scoring nothing are left out; ties go to the title in French alphabetical order, then the id.
 */
export function scoreJobs(jobs: ReadonlyArray<Job>, scores: InterestScores, count = 5): ScoredJob[] {
  return jobs
    .map((job) => {
      const sum = job.interests.reduce((total, interest) => total + (scores[interest] ?? 0), 0);
      return { job, score: job.interests.length > 0 ? sum / Math.sqrt(job.interests.length) : 0 };
    })
    .filter(({ score }) => score > 0)
    .sort(
      (a, b) =>
        b.score - a.score || a.job.title.localeCompare(b.job.title, "fr") || (a.job.id < b.job.id ? -1 : 1),
    )
    .slice(0, count);
}
