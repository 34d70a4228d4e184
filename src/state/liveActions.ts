import type { Tour } from "../content/schema";
import type {
  ClassAnswer,
  ClassQuestion,
  ClassReadiness,
  ClassResults,
  ClassRoster,
  ClassState,
  ClassSummary,
} from "../protocol/schema";
import { appStore } from "./appStore";
import type { ClassStop, LiveClass, LiveConnection, LiveProblem, LiveSeason, LiveSlice } from "./liveSlice";

/**
 * The live class in the store: what the hub said, as plain actions (no socket, no React). The
 * socket side (`src/live/`) calls them on each event, and the tests call them directly.
 */

const { setState, getState } = appStore;

/** The health check started, or answered: a hub serves this site or not. */
export function hubHealthChanged(hubHealth: LiveSlice["hubHealth"]): void {
  if (getState().hubHealth !== hubHealth) setState({ hubHealth });
}

/** Shows a refusal (or clears it with null). */
export function showLiveProblem(problem: LiveProblem | null): void {
  if (getState().liveProblem !== problem) setState({ liveProblem: problem });
}

/** This window now takes part in a class (before its first state arrives). */
export function liveStarted(
  role: LiveClass["role"],
  code: string,
  tourId: string,
  answers: Readonly<Record<number, number>> = {},
): void {
  setState({
    live: {
      role,
      code,
      tourId,
      connection: "connected",
      state: null,
      results: {},
      roster: [],
      questions: [],
      guestAnswers: [],
      votes: [],
      signature: null,
      answers,
      summary: null,
      readiness: [],
      deviceReady: null,
    },
    liveProblem: null,
  });
}

function updateLive(change: (live: LiveClass) => Partial<LiveClass> | null): void {
  const { live } = getState();
  if (!live) return;
  const patch = change(live);
  if (patch) setState({ live: { ...live, ...patch } });
}

export function liveConnectionChanged(connection: LiveConnection): void {
  updateLive((live) => (live.connection === connection ? null : { connection }));
}

/**
 * The tour a class state names: the pack's, the teacher's own (by id), or the object sent whole.
 * A tour sent whole comes again with every state (each pupil who joins, each move): while it says
 * the same, the pupil's stop keeps the object it has, so what keys on the tour (the stage, the
 * prefetch of its models) does not start again.
 */
export function tourOfState(state: ClassState): Tour | undefined {
  if (typeof state.tour !== "string") {
    const shown = getState().classStop?.tour;
    const same = shown?.id === state.tour.id && JSON.stringify(shown) === JSON.stringify(state.tour);
    return same && shown ? shown : state.tour;
  }
  const { content, ownTours } = getState();
  const pack = content.status === "ready" ? content.content.tourById.get(state.tour) : undefined;
  return pack ?? ownTours.get(state.tour);
}

/** Where a pupil's screen stands for a class state: the stop (1-based), or null once ended. */
export function classStopOf(state: ClassState, tour: Tour | undefined): ClassStop | null {
  if (!tour || state.ended) return null;
  return { tour, step: Math.min(state.step, tour.stops.length - 1) + 1, free: state.mode === "free" };
}

function sameStop(a: ClassStop | null, b: ClassStop | null): boolean {
  return a === b || (a !== null && b !== null && a.tour === b.tour && a.step === b.step && a.free === b.free);
}

/** A `class:state`: kept, and for a pupil the stage moves to the class's stop. */
export function classStateReceived(state: ClassState): void {
  const { live, classStop } = getState();
  if (!live) return;
  const tour = tourOfState(state);
  const tourId = typeof state.tour === "string" ? state.tour : state.tour.id;
  const next: Partial<LiveSlice> = { live: { ...live, state, tourId } };
  if (live.role === "pupil") {
    const stop = classStopOf(state, tour);
    if (!sameStop(stop, classStop)) next.classStop = stop;
  }
  setState(next);
}

export function classResultsReceived(results: ClassResults): void {
  updateLive((live) => ({ results: { ...live.results, [results.step]: results } }));
}

export function classRosterReceived(roster: ClassRoster): void {
  updateLive(() => ({ roster: roster.names }));
}

export function classQuestionsReceived(questions: ClassQuestion[]): void {
  updateLive(() => ({ questions }));
}

export function classAnswersReceived(guestAnswers: ClassAnswer[]): void {
  updateLive(() => ({ guestAnswers }));
}

/** A guest joined: how its answers are signed. */
export function guestSigned(signature: { firstName: string; trade: string }): void {
  updateLive(() => ({ signature }));
}

/** The pupil said "also ask this" about a question. */
export function questionVoted(question: string): void {
  updateLive((live) => (live.votes.includes(question) ? null : { votes: [...live.votes, question] }));
}

export function classReadinessReceived(readiness: ClassReadiness): void {
  updateLive(() => ({ readiness: readiness.ready }));
}

/** The pupil's device now holds the models of `stops` (0-based) out of `total` stops. */
export function deviceReadyChanged(stops: readonly number[], total: number): void {
  updateLive((live) => {
    const before = live.deviceReady;
    if (
      before &&
      before.total === total &&
      before.stops.length === stops.length &&
      before.stops.every((s, i) => s === stops[i])
    )
      return null;
    return { deviceReady: { stops: [...stops], total } };
  });
}

export function classSummaryReceived(summary: ClassSummary): void {
  updateLive(() => ({ summary }));
}

/** The pupil's answer to a step (0-based), or its withdrawal (null) when the hub refused it. */
export function answerChosen(step: number, choice: number | null): void {
  updateLive((live) => {
    const answers = { ...live.answers };
    if (choice === null) delete answers[step];
    else answers[step] = choice;
    return { answers };
  });
}

/** This window leaves the class: nothing of it is kept. */
export function liveCleared(): void {
  setState({ live: null, classStop: null });
}

/** What becomes of this session in the class's season (see `LiveClass.season`). */
export function liveSeasonChanged(season: LiveSeason): void {
  updateLive(() => ({ season }));
}
