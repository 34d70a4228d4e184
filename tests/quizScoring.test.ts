import { describe, expect, it } from "vitest";
import type { Interest, Job } from "../src/content/schema";
import { type QuizQuestion, quizQuestions } from "../src/trades/quizQuestions";
import { interestScores, scoreJobs } from "../src/trades/quizScoring";

function job(id: string, interests: Interest[], title = id): Job {
  return {
    id,
    title,
    rome: "H2913",
    summary: "Résumé",
    tasks: ["a", "b", "c"],
    skills: ["x"],
    diplomas: [{ level: "CAP", name: "CAP" }],
    salaryStart: 1800,
    interests,
  };
}

const questions: QuizQuestion[] = [
  {
    id: "q1",
    prompt: "?",
    answers: [
      { id: "mer", label: "Mer", weights: { mer: 3, exterieur: 1 } },
      { id: "atelier", label: "Atelier", weights: { fabriquer: 2 } },
    ],
  },
  { id: "q2", prompt: "?", answers: [{ id: "dehors", label: "Dehors", weights: { exterieur: 2 } }] },
];

describe("interestScores", () => {
  it("adds the weights of the chosen answers and ignores unanswered or unknown ones", () => {
    expect(interestScores(questions, { q1: "mer", q2: "dehors" })).toEqual({ mer: 3, exterieur: 3 });
    expect(interestScores(questions, { q1: "nope" })).toEqual({});
  });
});

describe("scoreJobs", () => {
  const jobs = [
    job("marin", ["mer", "exterieur"]),
    job("soudeur", ["fabriquer"]),
    job("docker", ["mer", "exterieur"], "Agent·e portuaire"),
    job("chimiste", ["analyser"]),
  ];

  it("ranks the trades whose interests were chosen, best first, and leaves out those scoring nothing", () => {
    const top = scoreJobs(jobs, { mer: 3, exterieur: 3, fabriquer: 1 });
    expect(top.map((s) => s.job.id)).toEqual(["docker", "marin", "soudeur"]);
    expect(top[0]?.score).toBeCloseTo(6 / Math.SQRT2);
  });

  it("breaks ties by French title, so the same answers always give the same list", () => {
    const a = scoreJobs(jobs, { mer: 1 });
    const b = scoreJobs([...jobs].reverse(), { mer: 1 });
    expect(a.map((s) => s.job.id)).toEqual(["docker", "marin"]);
    expect(b.map((s) => s.job.id)).toEqual(a.map((s) => s.job.id));
  });

  it("returns five trades at most", () => {
    const many = Array.from({ length: 12 }, (_, i) => job(`j${String(i).padStart(2, "0")}`, ["bouger"]));
    expect(scoreJobs(many, { bouger: 1 })).toHaveLength(5);
  });

  it("proposes nothing before any answer", () => {
    expect(scoreJobs(jobs, {})).toEqual([]);
  });
});

describe("the quiz's questions", () => {
  it("ask 6 to 10 questions, each with at least two answers pointing to some interest", () => {
    expect(quizQuestions.length).toBeGreaterThanOrEqual(6);
    expect(quizQuestions.length).toBeLessThanOrEqual(10);
    for (const q of quizQuestions) {
      expect(q.answers.length).toBeGreaterThanOrEqual(2);
      for (const a of q.answers) expect(Object.keys(a.weights).length).toBeGreaterThan(0);
    }
  });

  it("reach every centre of interest", () => {
    const reached = new Set(quizQuestions.flatMap((q) => q.answers.flatMap((a) => Object.keys(a.weights))));
    expect(reached.size).toBe(12);
  });
});
