import type { ClassResults } from "../protocol/schema";

export interface ResultsBarsProps {
  choices: readonly string[];
  /** The right choice's index, marked when `showCorrect`. */
  correct: number | null;
  results: ClassResults | undefined;
  showCorrect: boolean;
  /** Words for the right answer's mark and the count. */
  correctLabel: string;
  answersLabel: (n: number) => string;
}

/**
 * The anonymous bar chart of a stop's answers: one bar per choice, its count and share; the right
 * choice marked once the teacher reveals it.
 */
export function ResultsBars({
  choices,
  correct,
  results,
  showCorrect,
  correctLabel,
  answersLabel,
}: ResultsBarsProps) {
  const total = results?.total ?? 0;
  return (
    <div className="class-bars">
      <ol className="class-bars-list">
        {choices.map((choice, index) => {
          const count = results?.counts[index] ?? 0;
          const share = total > 0 ? Math.round((count / total) * 100) : 0;
          const right = showCorrect && index === correct;
          return (
            <li key={choice} className="class-bar" data-correct={right ? "" : undefined} data-count={count}>
              <span className="class-bar-label">
                {choice}
                {right ? <strong className="class-bar-right"> ✓ {correctLabel}</strong> : null}
              </span>
              <span className="class-bar-track" aria-hidden="true">
                <span className="class-bar-fill" style={{ width: `${share}%` }} />
              </span>
              <span className="class-bar-count">
                {count} ({share} %)
              </span>
            </li>
          );
        })}
      </ol>
      <p className="class-bars-total">{answersLabel(total)}</p>
    </div>
  );
}
