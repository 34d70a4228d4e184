import { useRef, useState } from "react";
import type { ContentIndex } from "../content/contentIndex";
import { useDictionary, useT } from "../i18n/useT";
import { quizQuestions } from "./quizQuestions";
import { interestScores, type ScoredJob, scoreJobs } from "./quizScoring";
import { tradeStrings } from "./tradeStrings";
import "./trades.css";
import { hrefOf } from "../state/route";

export interface TradeQuizProps {
  content: ContentIndex;
}

/**
 * `#/quiz`, "Quel métier pour moi ?": a few questions on tastes (native radio groups, so arrows,
 * Tab and Space work and touch targets are whole rows), then the five trades that fit best, each
 * with its sheet and the machines where to see it. Answers stay in the page: nothing is stored.
 */
export function TradeQuiz({ content }: TradeQuizProps) {
  const t = useT();
  const tf = useDictionary(tradeStrings);
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const [results, setResults] = useState<ScoredJob[] | null>(null);
  const resultsRef = useRef<HTMLHeadingElement>(null);
  const answered = quizQuestions.filter((q) => chosen[q.id] !== undefined).length;

  const showResults = () => {
    setResults(scoreJobs(content.jobs, interestScores(quizQuestions, chosen)));
    // NOTE: focus after React has drawn the results, so a screen reader reads them next.
    requestAnimationFrame(() => resultsRef.current?.focus());
  };
  const restart = () => {
    setChosen({});
    setResults(null);
  };

  return (
    <div className="page trade-quiz">
      <h1>{t("navQuiz")}</h1>
      <p>{tf("quizIntro", { n: quizQuestions.length })}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          showResults();
        }}
      >
        <ol className="quiz-questions">
          {quizQuestions.map((question) => (
            <li key={question.id}>
              <fieldset className="quiz-question" data-question={question.id}>
                <legend>{question.prompt}</legend>
                {question.answers.map((answer) => (
                  <label key={answer.id} className="quiz-answer">
                    <input
                      type="radio"
                      name={`quiz-${question.id}`}
                      value={answer.id}
                      checked={chosen[question.id] === answer.id}
                      onChange={() => setChosen({ ...chosen, [question.id]: answer.id })}
                    />
                    <span>{answer.label}</span>
                  </label>
                ))}
              </fieldset>
            </li>
          ))}
        </ol>
        <p className="quiz-actions">
          <span className="muted" data-quiz-progress="">
            {tf("quizProgress", { done: answered, total: quizQuestions.length })}
          </span>
          <button type="submit" className="quiz-submit">
            {tf("quizSeeResults")}
          </button>
          <button type="button" className="quiz-restart" onClick={restart}>
            {tf("quizRestart")}
          </button>
        </p>
      </form>
      {results === null ? null : (
        <section className="quiz-results" aria-labelledby="quiz-results-title" data-quiz-results="">
          <h2 id="quiz-results-title" ref={resultsRef} tabIndex={-1}>
            {tf("quizResults")}
          </h2>
          {results.length === 0 ? (
            <p role="status">{tf("quizNoResult")}</p>
          ) : (
            <ol className="quiz-result-list">
              {results.map(({ job }) => {
                const places = content.placesByJob.get(job.id) ?? [];
                return (
                  <li key={job.id} data-quiz-job={job.id}>
                    <h3>
                      {/* The title is the link to the sheet: five "see the sheet" links would all sound alike. */}
                      <a href={hrefOf({ view: "jobs", job: job.id })} data-job-link={job.id}>
                        {job.title}
                      </a>{" "}
                      <span className="job-list-rome">
                        {t("rome")} {job.rome}
                      </span>
                    </h3>
                    {places.length > 0 ? (
                      <>
                        <p className="quiz-where">{tf("quizWhereToSee")}</p>
                        <ul className="places">
                          {places.map(({ company, workshop, machine }) => (
                            <li key={`${company.id}/${workshop.id}/${machine.id}`}>
                              <a
                                href={hrefOf({
                                  view: "workshop",
                                  company: company.id,
                                  workshop: workshop.id,
                                  machine: machine.id,
                                })}
                                data-machine-link=""
                              >
                                {machine.name} — {company.name} ({company.town})
                              </a>
                            </li>
                          ))}
                        </ul>
                      </>
                    ) : null}
                  </li>
                );
              })}
            </ol>
          )}
        </section>
      )}
    </div>
  );
}
