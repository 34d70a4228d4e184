import type { StateCreator } from "zustand";
import type { Tour } from "../content/schema";
import type {
  ClassAnswer,
  ClassError,
  ClassQuestion,
  ClassResults,
  ClassState,
  ClassSummary,
} from "../protocol/schema";
import type { AppState } from "./appStore";

/** Where the live class that this pupil follows stands, as `resolveView` reads it. */
export interface ClassStop {
  tour: Tour;
  /** 1-based, as in URLs. */
  step: number;
  /** "Mode libre": the pupil walks around the workshop instead of looking at the stop's machine. */
  free?: boolean;
}

/** The hub connection of this window, as the screens tell it. */
export type LiveConnection = "connecting" | "connected" | "reconnecting" | "closed";

/** A refusal of the hub or of the client (`timeout`, `offline`), or `no-hub` when none serves the site. */
export type LiveProblem = ClassError | "timeout" | "offline" | "no-hub";

/** The live class this window takes part in (a teacher's projector or presenter, a pupil, a guest). */
export interface LiveClass {
  /** `guest`: a professional invited to answer the class's questions in writing. */
  role: "teacher" | "pupil" | "guest";
  code: string;
  /** The id of the tour on screen (teacher) or of the class's tour (pupil). */
  tourId: string;
  connection: LiveConnection;
  /** The class as the hub last told it; null until the first `class:state`. */
  state: ClassState | null;
  /** Tallies by step (0-based): every step for teacher windows, revealed steps for pupils. */
  results: Readonly<Record<number, ClassResults>>;
  /** Pseudonyms of the pupils connected (teacher windows only; never shown on the projector). */
  roster: readonly string[];
  /** Pupils' questions: all of them in teacher windows, those let through for pupils and guests. */
  questions: readonly ClassQuestion[];
  /** Professionals' answers: hidden ones only in teacher windows (flagged). */
  guestAnswers: readonly ClassAnswer[];
  /** How this guest's answers are signed (guest windows). */
  signature: { firstName: string; trade: string } | null;
  /** Questions this pupil said "also ask this" about (ids). */
  votes: readonly string[];
  /** The pupil's own answers by step (0-based): the choice's index. */
  answers: Readonly<Record<number, number>>;
  /** The class's summary, once it has ended (teacher windows). */
  summary: ClassSummary | null;
  /** By stop (0-based): connected pupils whose device holds that stop's model (teacher windows). */
  readiness: readonly number[];
  /** This pupil's device: the stops (0-based) whose model it holds, of how many; null before it looked. */
  deviceReady: { stops: readonly number[]; total: number } | null;
  /**
   * The class season (teacher windows): `counting` when led with « Ma classe »'s key, `not-counted`
   * when the season's database was unreachable or the key unknown, `recorded` once the end was
   * written, `lost` when it could not be; absent without a class key.
   */
  season?: LiveSeason;
}

export type LiveSeason = { status: "counting" | "not-counted" | "recorded" | "lost"; label: string };

export interface LiveSlice {
  /** Where the live class that this pupil follows stands (1-based step), or null outside a class. */
  classStop: ClassStop | null;
  /** The live class of this window, or null. */
  live: LiveClass | null;
  /** Whether a hub serves this site: unknown until asked (`GET api/classe/health`). */
  hubHealth: "unknown" | "checking" | "available" | "unavailable";
  /** The last refusal to show (join form, teacher's panel), cleared by the next attempt. */
  liveProblem: LiveProblem | null;
}

export const createLiveSlice: StateCreator<AppState, [], [], LiveSlice> = () => ({
  classStop: null,
  live: null,
  hubHealth: "unknown",
  liveProblem: null,
});
