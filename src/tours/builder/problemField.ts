import type { Translate } from "../../i18n/useT";
import type { BuilderStringKey } from "./builderStrings";

const topLevel: Readonly<Record<string, BuilderStringKey>> = {
  title: "fieldTitle",
  audience: "fieldAudience",
  minutes: "fieldMinutes",
  description: "fieldDescription",
  stops: "fieldStops",
};

const inStop: Readonly<Record<string, BuilderStringKey>> = {
  narration: "fieldNarration",
  notes: "fieldNotes",
  machine: "fieldMachine",
  company: "fieldMachine",
  workshop: "fieldMachine",
  question: "questionLegend",
  "question.prompt": "fieldPrompt",
  "question.choices": "choicesLegend",
  "question.correct": "choicesLegend",
  "question.answer": "fieldAnswer",
  "question.explanation": "fieldExplanation",
};

/**
 * The name a teacher knows a problem's field by (`stops.2.narration` → « Étape 3 : Ce que vous
 * direz… »), from the keys of `tourProblems`.
 */
export function problemFieldLabel(field: string, t: Translate<BuilderStringKey>): string {
  const top = topLevel[field];
  if (top) return t(top);
  const stop = /^stops\.(\d+)\.(.+)$/.exec(field);
  if (stop) {
    const rest = stop[2] ?? "";
    const choice = /^question\.choices\.(\d+)/.exec(rest);
    const key =
      inStop[rest] ?? inStop[rest.split(".").slice(0, 2).join(".")] ?? inStop[rest.split(".")[0] ?? ""];
    const name = choice ? t("fieldChoice", { n: Number(choice[1]) + 1 }) : key ? t(key) : rest;
    return t("stopField", { n: Number(stop[1]) + 1, field: name });
  }
  return field;
}
