import type { Tour } from "../src/content/schema";
import {
  type ClassError,
  type ClassMode,
  type ClassQuestion,
  type ClassReadiness,
  type ClassResults,
  type ClassState,
  type ClassSummary,
  limits,
  type QuestionStatus,
  stopChoices,
} from "../src/protocol/schema";
import type { AnswerRecord, GuestRecord } from "./guestRecord";

/**
 * A live class as the hub stores it (memory or Redis, as JSON), and the pure state transitions on
 * it. Secrets are kept as SHA-256 hashes only; pupils are known by a random id and a pseudonym.
 */

export interface PupilRecord {
  /** Random, internal: never sent to anyone. */
  id: string;
  name: string;
  tokenHash: string;
  /** Step (as a string) → chosen index. */
  answers: Record<string, number>;
  asked: number;
  /** Stops (0-based) whose model the pupil's device holds, as it last said (`class:ready`). */
  ready?: number[];
}

export interface QuestionRecord {
  id: string;
  text: string;
  status: QuestionStatus;
  /** Pupils (internal ids) who "also ask this". */
  voters?: string[];
}

export interface ClassRecord {
  code: string;
  keyHash: string;
  /** A shipped tour's id, or the teacher's own tour. */
  tour: string | Tour;
  /** Number of stops of the tour. */
  steps: number;
  /** Choices per step (0 for a free-text question) and the right one (-1 when none). */
  choices: number[];
  correct: number[];
  step: number;
  mode: ClassMode;
  revealed: number[];
  ended: boolean;
  createdAt: number;
  expiresAt: number;
  pupils: PupilRecord[];
  /** Ids of the pupils connected now, as last counted across hub nodes. */
  online: string[];
  questions: QuestionRecord[];
  nextQuestion: number;
  /** Professionals invited into the class (see `guestRecord.ts`); absent in older records. */
  guests?: GuestRecord[];
  answers?: AnswerRecord[];
  /** The class season: the class this session counts for (its id only, checked at creation). */
  seasonClassId?: string;
  /** Led with a class key while the season's database was down: the end says it was not counted. */
  seasonDown?: boolean;
  /** Steps shown to the class so far (the season's "stops visited"); absent in older records. */
  visited?: number[];
}

/** The result of a transition: a value for the acknowledgement, or a refusal. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: ClassError };

export const refuse = (error: ClassError): { ok: false; error: ClassError } => ({ ok: false, error });
export const accept = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });

export function newClassRecord(options: {
  code: string;
  keyHash: string;
  tour: string | Tour;
  stops: Tour["stops"];
  now: number;
}): ClassRecord {
  const questions = options.stops.map((stop) => stopChoices(stop));
  return {
    code: options.code,
    keyHash: options.keyHash,
    tour: options.tour,
    steps: options.stops.length,
    choices: questions.map((question) => question.choices.length),
    correct: questions.map((question) => question.correct ?? -1),
    step: 0,
    mode: "follow",
    revealed: [],
    ended: false,
    createdAt: options.now,
    expiresAt: options.now + limits.classTtlMs,
    pupils: [],
    online: [],
    questions: [],
    nextQuestion: 1,
  };
}

export function stateOf(record: ClassRecord): ClassState {
  return {
    tour: record.tour,
    step: record.step,
    mode: record.mode,
    revealed: record.revealed.includes(record.step),
    pupils: record.online.length,
    ended: record.ended,
  };
}

export function resultsOf(record: ClassRecord, step: number): ClassResults {
  const counts = new Array<number>(record.choices[step] ?? 0).fill(0);
  let total = 0;
  for (const pupil of record.pupils) {
    const choice = pupil.answers[step];
    if (choice === undefined || choice >= counts.length) continue;
    counts[choice] = (counts[choice] ?? 0) + 1;
    total++;
  }
  return { step, counts, total };
}

export function summaryOf(record: ClassRecord): ClassSummary {
  return {
    pupils: record.pupils.length,
    steps: Array.from({ length: record.steps }, (_, step) => {
      const { counts, total } = resultsOf(record, step);
      const right = record.correct[step] ?? -1;
      return { step, counts, total, correct: right >= 0 ? (counts[right] ?? 0) : 0 };
    }),
  };
}

/** Pseudonyms of the pupils connected now, in joining order (teacher windows only). */
export function rosterOf(record: ClassRecord): string[] {
  const online = new Set(record.online);
  return record.pupils.filter((pupil) => online.has(pupil.id)).map((pupil) => pupil.name);
}

export function questionsOf(record: ClassRecord): ClassQuestion[] {
  return record.questions.map(({ id, text, status, voters }) => ({
    id,
    text,
    status,
    votes: voters?.length ?? 0,
  }));
}

/** A name not yet taken in the class: "Léa", then "Léa 2", "Léa 3"… (compared case-insensitively). */
export function uniqueName(record: ClassRecord, name: string): string {
  const taken = new Set(record.pupils.map((pupil) => pupil.name.toLocaleLowerCase("fr")));
  if (!taken.has(name.toLocaleLowerCase("fr"))) return name;
  for (let n = 2; ; n++) {
    const suffix = ` ${n}`;
    const base = [...name].slice(0, limits.nameMax - suffix.length).join("");
    const candidate = `${base}${suffix}`;
    if (!taken.has(candidate.toLocaleLowerCase("fr"))) return candidate;
  }
}

export function addPupil(
  record: ClassRecord,
  pupil: { id: string; name: string; tokenHash: string },
): Outcome<PupilRecord> {
  if (record.ended) return refuse("class-ended");
  if (record.pupils.length >= limits.maxPupils) return refuse("class-full");
  const added: PupilRecord = { ...pupil, name: uniqueName(record, pupil.name), answers: {}, asked: 0 };
  record.pupils.push(added);
  return accept(added);
}

export function goTo(record: ClassRecord, step: number): Outcome<null> {
  if (record.ended) return refuse("class-ended");
  if (step >= record.steps) return refuse("bad-payload");
  record.step = step;
  record.visited = [...new Set([...(record.visited ?? [0]), step])].sort((a, b) => a - b);
  return accept(null);
}

export function setMode(record: ClassRecord, mode: ClassMode): Outcome<null> {
  if (record.ended) return refuse("class-ended");
  record.mode = mode;
  return accept(null);
}

export function reveal(record: ClassRecord, step: number): Outcome<null> {
  if (record.ended) return refuse("class-ended");
  if (step >= record.steps) return refuse("bad-payload");
  if (!record.revealed.includes(step)) record.revealed.push(step);
  return accept(null);
}

/** Records a pupil's answer; the last one before the reveal counts. */
export function answer(record: ClassRecord, pupil: PupilRecord, step: number, choice: number): Outcome<null> {
  if (record.ended) return refuse("class-ended");
  if (step < record.step || record.revealed.includes(step)) return refuse("too-late");
  if (step > record.step) return refuse("bad-payload");
  if (choice >= (record.choices[step] ?? 0)) return refuse("bad-payload");
  pupil.answers[step] = choice;
  return accept(null);
}

export function ask(record: ClassRecord, pupil: PupilRecord, text: string): Outcome<QuestionRecord> {
  if (record.ended) return refuse("class-ended");
  if (record.questions.length >= limits.questionsPerClass || pupil.asked >= limits.questionsPerPupil)
    return refuse("too-many-attempts");
  const question: QuestionRecord = { id: String(record.nextQuestion++), text, status: "new" };
  record.questions.push(question);
  pupil.asked++;
  return accept(question);
}

const statusOfAction = { show: "shown", hide: "hidden", done: "done" } as const;

/** Show, hide or mark done a pupil's question (a guest's answer is hidden in `guestRecord.ts`). */
export function moderate(
  record: ClassRecord,
  questionId: string,
  action: keyof typeof statusOfAction,
): Outcome<null> {
  if (record.ended) return refuse("class-ended");
  const question = record.questions.find((candidate) => candidate.id === questionId);
  if (!question) return refuse("bad-payload");
  question.status = statusOfAction[action];
  return accept(null);
}

export function endClass(record: ClassRecord, now: number): Outcome<ClassSummary> {
  if (record.ended) return refuse("class-ended");
  record.ended = true;
  record.mode = "follow";
  record.expiresAt = Math.min(record.expiresAt, now + limits.endedTtlMs);
  return accept(summaryOf(record));
}

/** A pupil's device says which stops' models it holds (unknown stops are dropped). */
export function markReady(record: ClassRecord, pupil: PupilRecord, stops: readonly number[]): Outcome<null> {
  const ready = [...new Set(stops)].filter((stop) => stop < record.steps).sort((a, b) => a - b);
  if (pupil.ready && pupil.ready.length === ready.length && pupil.ready.every((stop, i) => stop === ready[i]))
    return refuse("bad-payload");
  pupil.ready = ready;
  return accept(null);
}

/** For each stop, how many connected pupils' devices hold its model. */
export function readinessOf(record: ClassRecord): ClassReadiness {
  const ready = Array.from({ length: record.steps }, () => 0);
  const online = new Set(record.online);
  for (const pupil of record.pupils) {
    if (!online.has(pupil.id)) continue;
    for (const stop of pupil.ready ?? []) ready[stop] = (ready[stop] ?? 0) + 1;
  }
  return { ready };
}
