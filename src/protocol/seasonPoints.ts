/**
 * How a live session led with a class key turns into points for the class's season and its
 * challenges. Written here once: the hub counts with it and the challenge page states it.
 */
export const seasonPoints = {
  /** The class's share of right answers, in per cent, counts as that many points (0 to 100). */
  perRightSharePercent: 1,
  /** A tour followed to its last stop. */
  tourCompleted: 50,
  /** Each trade the class meets for the first time. */
  newTrade: 10,
} as const;

export interface SessionForPoints {
  /** Class share of right answers over the session's questions, 0 to 100; null without question. */
  rightShare: number | null;
  completed: boolean;
  /** Trades met for the first time by the class in this session. */
  newTrades: number;
}

export function pointsOfSession(session: SessionForPoints): number {
  return (
    Math.round((session.rightShare ?? 0) * seasonPoints.perRightSharePercent) +
    (session.completed ? seasonPoints.tourCompleted : 0) +
    session.newTrades * seasonPoints.newTrade
  );
}

/** Competition ranking: classes with equal points share a rank, the next rank skips (1, 1, 3). */
export function ranksOf(points: readonly number[]): number[] {
  return points.map((mine) => 1 + points.filter((theirs) => theirs > mine).length);
}
