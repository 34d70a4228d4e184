import { type ClassAnswer, type ClassQuestion, limits } from "../src/protocol/schema";
import { accept, type ClassRecord, type Outcome, type PupilRecord, refuse } from "./classRecord";

/**
 * Professionals in a live class, as the hub stores them beside the class: guests (a first name, a
 * trade, a hashed secret), their written answers, and the pupils' "also ask this" votes. Pure
 * transitions, like `classRecord.ts`. A guest never reaches a pseudonym: questions carry no asker,
 * votes are pupils' internal ids and only their count leaves the hub.
 */

export interface GuestRecord {
  /** Random, internal. */
  id: string;
  tokenHash: string;
  firstName: string;
  /** A trade of the catalogue, by id. */
  trade: string;
  /** The company that published the slot, when the guest came from one. */
  company?: string;
  /** The class season's class that booked the slot: answers kept (with consent) go to its season. */
  seasonClassId?: string;
  replies: number;
}

export interface AnswerRecord {
  question: string;
  text: string;
  guest: string;
  hidden: boolean;
  /** The guest ticked "the class may keep this question and answer". */
  consent: boolean;
  /** Kept in the class's season by the teacher. */
  kept?: boolean;
}

/** A question and answer to write in a class's season. */
export interface KeptAnswer {
  classId: string;
  question: string;
  answer: string;
  firstName: string;
  trade: string;
}

/** Guests of a class (none in a record written before guests existed). */
export function guestsOf(record: ClassRecord): GuestRecord[] {
  record.guests ??= [];
  return record.guests;
}

export function answersOfRecord(record: ClassRecord): AnswerRecord[] {
  record.answers ??= [];
  return record.answers;
}

export function addGuest(record: ClassRecord, guest: Omit<GuestRecord, "replies">): Outcome<GuestRecord> {
  if (record.ended) return refuse("class-ended");
  const guests = guestsOf(record);
  if (guests.length >= limits.guestsPerClass) return refuse("class-full");
  const added: GuestRecord = { ...guest, replies: 0 };
  guests.push(added);
  return accept(added);
}

/**
 * A guest's answer to a question the teacher let through (`shown`). A second answer of the same
 * guest to the same question replaces the first (a correction), unless the teacher hid it.
 */
export function reply(
  record: ClassRecord,
  guest: GuestRecord,
  questionId: string,
  text: string,
  consent: boolean,
): Outcome<AnswerRecord> {
  if (record.ended) return refuse("class-ended");
  const question = record.questions.find((candidate) => candidate.id === questionId);
  // A question the teacher did not let through does not exist for a guest.
  if (question?.status !== "shown") return refuse("bad-payload");
  if (guest.replies >= limits.repliesPerGuest) return refuse("too-many-attempts");
  const answers = answersOfRecord(record);
  const previous = answers.find((answer) => answer.question === questionId && answer.guest === guest.id);
  if (previous?.hidden) return refuse("too-late");
  guest.replies++;
  if (previous) {
    previous.text = text;
    previous.consent = consent;
    return accept(previous);
  }
  const added: AnswerRecord = { question: questionId, text, guest: guest.id, hidden: false, consent };
  answers.push(added);
  return accept(added);
}

/** The teacher hides every answer to a question: gone from every screen. */
export function hideAnswers(record: ClassRecord, questionId: string): Outcome<null> {
  if (record.ended) return refuse("class-ended");
  const answers = answersOfRecord(record).filter((answer) => answer.question === questionId);
  if (answers.length === 0) return refuse("bad-payload");
  for (const answer of answers) answer.hidden = true;
  return accept(null);
}

/**
 * The teacher keeps a question and its answers in the class's season: only the visible answers
 * whose guest consented and came from a slot booked with the class key. None is `bad-payload`.
 */
export function keepAnswers(record: ClassRecord, questionId: string, kept = true): Outcome<KeptAnswer[]> {
  if (record.ended) return refuse("class-ended");
  const question = record.questions.find((candidate) => candidate.id === questionId);
  const guests = new Map(guestsOf(record).map((guest) => [guest.id, guest]));
  const chosen = answersOfRecord(record).filter(
    (answer) =>
      answer.question === questionId &&
      (kept ? !answer.hidden && answer.consent && !answer.kept : answer.kept) &&
      guests.get(answer.guest)?.seasonClassId !== undefined,
  );
  if (!question || chosen.length === 0) return refuse("bad-payload");
  for (const answer of chosen) answer.kept = kept;
  return accept(
    chosen.map((answer) => {
      const guest = guests.get(answer.guest);
      return {
        classId: guest?.seasonClassId ?? "",
        question: question.text,
        answer: answer.text,
        firstName: guest?.firstName ?? "",
        trade: guest?.trade ?? "",
      };
    }),
  );
}

/** "Also ask this": one vote per pupil and question, on a question let through; a second is a no-op. */
export function upvote(record: ClassRecord, pupil: PupilRecord, questionId: string): Outcome<null> {
  if (record.ended) return refuse("class-ended");
  const question = record.questions.find((candidate) => candidate.id === questionId);
  if (question?.status !== "shown") return refuse("bad-payload");
  question.voters ??= [];
  if (!question.voters.includes(pupil.id)) question.voters.push(pupil.id);
  return accept(null);
}

/** The questions a guest and the pupils see: those let through, with their votes. */
export function shownQuestionsOf(record: ClassRecord): ClassQuestion[] {
  return record.questions
    .filter((question) => question.status === "shown")
    .map(({ id, text, status, voters }) => ({ id, text, status, votes: voters?.length ?? 0 }));
}

/**
 * Answers as sent: every one to teacher windows; to the others, the visible ones (an answer hidden,
 * or to a question the teacher hid, is dropped).
 */
export function answersOf(record: ClassRecord, audience: "teacher" | "class"): ClassAnswer[] {
  const guests = new Map(guestsOf(record).map((guest) => [guest.id, guest]));
  const texts = new Map(record.questions.map((question) => [question.id, question.text]));
  const hiddenQuestions = new Set(
    record.questions.filter((question) => question.status === "hidden").map((question) => question.id),
  );
  return answersOfRecord(record)
    .filter((answer) => audience === "teacher" || !(answer.hidden || hiddenQuestions.has(answer.question)))
    .map((answer) => {
      const guest = guests.get(answer.guest);
      const sent: ClassAnswer = {
        question: answer.question,
        asked: texts.get(answer.question) ?? "",
        text: answer.text,
        by: { firstName: guest?.firstName ?? "", trade: guest?.trade ?? "" },
        hidden: answer.hidden,
      };
      if (audience === "teacher") {
        sent.keepable = answer.consent && !answer.hidden && guest?.seasonClassId !== undefined;
        sent.kept = answer.kept === true;
      }
      return sent;
    });
}
