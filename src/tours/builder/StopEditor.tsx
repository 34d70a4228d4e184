import { useId } from "react";
import type { TourQuestion, TourStop } from "../../content/schema";
import { useDictionary } from "../../i18n/useT";
import { BuilderField } from "./BuilderField";
import { builderStrings } from "./builderStrings";

export interface StopEditorProps {
  stop: TourStop;
  /** 0-based. */
  index: number;
  machineName: string;
  /** This stop's problems, by path relative to the stop (`narration`, `question.choices.1`). */
  problems: ReadonlyMap<string, string>;
  /** Whether a field's problem shows yet (after the teacher left it, or asked what is missing). */
  shows: (field: string) => boolean;
  onTouch: (field: string) => void;
  onChange: (stop: TourStop) => void;
}

type QuestionKind = "none" | "choices" | "free";

function kindOf(question: TourQuestion | undefined): QuestionKind {
  if (!question) return "none";
  return question.choices ? "choices" : "free";
}

/** Narration, notes and the question of one stop: a choice question (2–4 choices, one right) or an open one. */
export function StopEditor({
  stop,
  index,
  machineName,
  problems,
  shows,
  onTouch,
  onChange,
}: StopEditorProps) {
  const t = useDictionary(builderStrings);
  const radioName = useId();
  const prefix = `stops.${index}.`;
  const errorOf = (field: string) => (shows(prefix + field) ? problems.get(field) : undefined);
  const question = stop.question;
  const kind = kindOf(question);

  const setQuestion = (next: TourQuestion | undefined) => {
    const { question: _old, ...rest } = stop;
    onChange(next ? { ...rest, question: next } : rest);
  };
  const setKind = (next: QuestionKind) => {
    const prompt = question?.prompt ?? "";
    const answer = question?.answer ?? "";
    if (next === "none") setQuestion(undefined);
    else if (next === "free") setQuestion({ prompt, answer });
    else
      setQuestion({
        prompt,
        answer,
        choices: question?.choices ?? ["", ""],
        correct: question?.correct ?? 0,
      });
  };
  const choices = question?.choices ?? [];
  const setChoices = (next: string[], correct = question?.correct ?? 0) => {
    if (!question) return;
    setQuestion({ ...question, choices: next, correct: Math.min(correct, next.length - 1) });
  };

  return (
    <section className="stop-editor" data-stop-editor={index}>
      <h3>{t("stopEditorTitle", { n: index + 1, machine: machineName })}</h3>
      <BuilderField
        field={`${prefix}narration`}
        label={t("fieldNarration")}
        value={stop.narration}
        multiline
        rows={4}
        error={errorOf("narration")}
        onBlur={() => onTouch(`${prefix}narration`)}
        onChange={(narration) => onChange({ ...stop, narration })}
      />
      <BuilderField
        field={`${prefix}notes`}
        label={t("fieldNotes")}
        value={stop.notes}
        multiline
        rows={3}
        error={errorOf("notes")}
        onBlur={() => onTouch(`${prefix}notes`)}
        onChange={(notes) => onChange({ ...stop, notes })}
      />
      <fieldset className="question-kind">
        <legend>{t("questionLegend")}</legend>
        {(["none", "choices", "free"] as const).map((option) => (
          <label key={option} className="radio">
            <input
              type="radio"
              name={`${radioName}-kind`}
              value={option}
              checked={kind === option}
              onChange={() => setKind(option)}
            />
            {t(
              option === "none" ? "questionNone" : option === "choices" ? "questionChoices" : "questionFree",
            )}
          </label>
        ))}
      </fieldset>
      {question ? (
        <div className="question-editor">
          <BuilderField
            field={`${prefix}question.prompt`}
            label={t("fieldPrompt")}
            value={question.prompt}
            error={errorOf("question.prompt")}
            onBlur={() => onTouch(`${prefix}question.prompt`)}
            onChange={(prompt) => setQuestion({ ...question, prompt })}
          />
          {kind === "choices" ? (
            <fieldset className="choices">
              <legend>{t("choicesLegend")}</legend>
              {choices.map((choice, c) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a choice is its position; typing must not remount it.
                <div key={c} className="choice-row">
                  <BuilderField
                    field={`${prefix}question.choices.${c}`}
                    label={t("fieldChoice", { n: c + 1 })}
                    value={choice}
                    error={errorOf(`question.choices.${c}`)}
                    onBlur={() => onTouch(`${prefix}question.choices.${c}`)}
                    onChange={(text) => setChoices(choices.map((old, i) => (i === c ? text : old)))}
                  />
                  <label className="radio correct-choice">
                    <input
                      type="radio"
                      name={`${radioName}-correct`}
                      checked={question.correct === c}
                      aria-label={t("correctChoiceNamed", { n: c + 1 })}
                      onChange={() => setChoices(choices, c)}
                    />
                    <span aria-hidden="true">{t("correctChoice")}</span>
                  </label>
                  {choices.length > 2 ? (
                    <button
                      type="button"
                      className="icon-button danger"
                      aria-label={t("removeChoice", { n: c + 1 })}
                      onClick={() => {
                        const correct = question.correct ?? 0;
                        setChoices(
                          choices.filter((_, i) => i !== c),
                          correct > c ? correct - 1 : correct === c ? 0 : correct,
                        );
                      }}
                    >
                      ✕
                    </button>
                  ) : null}
                </div>
              ))}
              {errorOf("question.choices") || errorOf("question.correct") ? (
                <p className="field-error">{errorOf("question.choices") ?? errorOf("question.correct")}</p>
              ) : null}
              {choices.length < 4 ? (
                <button
                  type="button"
                  className="button secondary"
                  onClick={() => setChoices([...choices, ""])}
                >
                  {t("addChoice")}
                </button>
              ) : null}
            </fieldset>
          ) : (
            <p className="muted field-hint">{t("choicesFreeNote")}</p>
          )}
          <BuilderField
            field={`${prefix}question.answer`}
            label={kind === "choices" ? t("fieldExplanation") : t("fieldAnswer")}
            value={question.answer}
            multiline
            rows={2}
            error={errorOf("question.answer")}
            onBlur={() => onTouch(`${prefix}question.answer`)}
            onChange={(answer) => setQuestion({ ...question, answer })}
          />
        </div>
      ) : null}
    </section>
  );
}
