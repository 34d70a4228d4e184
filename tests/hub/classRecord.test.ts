import { describe, expect, it } from "vitest";
import {
  addPupil,
  answer,
  ask,
  type ClassRecord,
  endClass,
  goTo,
  moderate,
  newClassRecord,
  resultsOf,
  reveal,
  rosterOf,
  stateOf,
  summaryOf,
} from "../../server/classRecord";
import type { Tour } from "../../src/content/schema";
import { limits } from "../../src/protocol/schema";

const stop = (choices?: string[], correct?: number): Tour["stops"][number] => ({
  company: "a",
  workshop: "b",
  machine: "c",
  narration: "0123456789",
  notes: "0123456789",
  question: {
    prompt: "Une question ?",
    answer: "Une réponse.",
    ...(choices ? { choices } : {}),
    ...(correct !== undefined ? { correct } : {}),
  },
});

function freshClass(now = 1_000): ClassRecord {
  return newClassRecord({
    code: "ABCDEF",
    keyHash: "k",
    tour: "t",
    stops: [stop(["a", "b", "c"], 1), stop(["a", "b", "c", "d"], 3), stop()],
    now,
  });
}

function join(record: ClassRecord, name: string, id = name) {
  const outcome = addPupil(record, { id, name, tokenHash: `h-${id}` });
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome.value;
}

describe("a class", () => {
  it("starts at step 0, following, nothing revealed, and expires after 4 hours", () => {
    const record = freshClass(5_000);
    expect(stateOf(record)).toEqual({
      tour: "t",
      step: 0,
      mode: "follow",
      revealed: false,
      pupils: 0,
      ended: false,
    });
    expect(record.expiresAt).toBe(5_000 + 4 * 3600_000);
    expect(record.choices).toEqual([3, 4, 0]);
    expect(record.correct).toEqual([1, 3, -1]);
  });

  it("suffixes duplicate pseudonyms", () => {
    const record = freshClass();
    expect(join(record, "Léa", "1").name).toBe("Léa");
    expect(join(record, "léa", "2").name).toBe("léa 2");
    expect(join(record, "Léa", "3").name).toBe("Léa 3");
    const long = "x".repeat(24);
    join(record, long, "4");
    const suffixed = join(record, long, "5").name;
    expect(suffixed).toBe(`${"x".repeat(22)} 2`);
    expect([...suffixed].length).toBeLessThanOrEqual(24);
  });

  it("holds at most 60 pupils", () => {
    const record = freshClass();
    for (let i = 0; i < limits.maxPupils; i++) join(record, `Élève ${i}`, String(i));
    expect(addPupil(record, { id: "x", name: "Un de trop", tokenHash: "x" })).toEqual({
      ok: false,
      error: "class-full",
    });
  });

  it("counts the last answer before the reveal, then refuses as too late", () => {
    const record = freshClass();
    const lea = join(record, "Léa");
    const tom = join(record, "Tom");
    expect(answer(record, lea, 0, 0).ok).toBe(true);
    expect(answer(record, lea, 0, 1).ok).toBe(true);
    expect(answer(record, tom, 0, 1).ok).toBe(true);
    expect(resultsOf(record, 0)).toEqual({ step: 0, counts: [0, 2, 0], total: 2 });
    expect(reveal(record, 0).ok).toBe(true);
    expect(stateOf(record).revealed).toBe(true);
    expect(answer(record, lea, 0, 2)).toEqual({ ok: false, error: "too-late" });
    expect(resultsOf(record, 0).counts).toEqual([0, 2, 0]);
  });

  it("reports `revealed` about the current step only", () => {
    const record = freshClass();
    reveal(record, 0);
    goTo(record, 1);
    expect(stateOf(record).revealed).toBe(false);
    goTo(record, 0);
    expect(stateOf(record).revealed).toBe(true);
  });

  it("refuses answers to another step, out-of-range choices, and a free-text step", () => {
    const record = freshClass();
    const lea = join(record, "Léa");
    expect(answer(record, lea, 1, 0)).toEqual({ ok: false, error: "bad-payload" });
    expect(answer(record, lea, 0, 3)).toEqual({ ok: false, error: "bad-payload" });
    goTo(record, 2);
    expect(answer(record, lea, 0, 0)).toEqual({ ok: false, error: "too-late" });
    expect(answer(record, lea, 2, 0)).toEqual({ ok: false, error: "bad-payload" });
    expect(resultsOf(record, 2)).toEqual({ step: 2, counts: [], total: 0 });
  });

  it("refuses a step beyond the tour", () => {
    const record = freshClass();
    expect(goTo(record, 3)).toEqual({ ok: false, error: "bad-payload" });
    expect(record.step).toBe(0);
  });

  it("queues questions and moderates them", () => {
    const record = freshClass();
    const lea = join(record, "Léa");
    const asked = ask(record, lea, "Combien gagne un soudeur ?");
    expect(asked.ok && asked.value).toEqual({ id: "1", text: "Combien gagne un soudeur ?", status: "new" });
    expect(moderate(record, "1", "show").ok).toBe(true);
    expect(record.questions[0]?.status).toBe("shown");
    expect(moderate(record, "1", "hide").ok).toBe(true);
    expect(record.questions[0]?.status).toBe("hidden");
    expect(moderate(record, "1", "done").ok).toBe(true);
    expect(record.questions[0]?.status).toBe("done");
    expect(moderate(record, "2", "show")).toEqual({ ok: false, error: "bad-payload" });
    for (let i = 1; i < limits.questionsPerPupil; i++)
      expect(ask(record, lea, `Question ${i}`).ok).toBe(true);
    expect(ask(record, lea, "Encore une")).toEqual({ ok: false, error: "too-many-attempts" });
  });

  it("shows the roster of connected pupils only", () => {
    const record = freshClass();
    join(record, "Léa", "a");
    join(record, "Tom", "b");
    record.online = ["b"];
    expect(rosterOf(record)).toEqual(["Tom"]);
    expect(stateOf(record).pupils).toBe(1);
  });

  it("ends with a summary, then refuses everything as ended, and expires sooner", () => {
    const record = freshClass(0);
    const lea = join(record, "Léa");
    const tom = join(record, "Tom");
    answer(record, lea, 0, 1);
    answer(record, tom, 0, 2);
    goTo(record, 1);
    answer(record, lea, 1, 3);
    const ended = endClass(record, 60_000);
    expect(ended).toEqual({
      ok: true,
      value: {
        pupils: 2,
        steps: [
          { step: 0, counts: [0, 1, 1], total: 2, correct: 1 },
          { step: 1, counts: [0, 0, 0, 1], total: 1, correct: 1 },
          { step: 2, counts: [], total: 0, correct: 0 },
        ],
      },
    });
    expect(summaryOf(record).pupils).toBe(2);
    expect(stateOf(record).ended).toBe(true);
    expect(record.expiresAt).toBe(60_000 + limits.endedTtlMs);
    for (const outcome of [
      goTo(record, 0),
      reveal(record, 0),
      answer(record, lea, 1, 0),
      ask(record, lea, "Encore ?"),
      addPupil(record, { id: "z", name: "Zoé", tokenHash: "z" }),
      endClass(record, 61_000),
    ])
      expect(outcome).toEqual({ ok: false, error: "class-ended" });
  });
});
