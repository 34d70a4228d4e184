import { useEffect, useRef } from "react";
import type { Tour } from "../content/schema";
import { useDictionary } from "../i18n/useT";
import { stopChoices } from "../protocol/classRules";
import type { ClassSummary } from "../protocol/schema";
import { liveStrings } from "./liveStrings";

export interface ClassSummaryViewProps {
  tour: Tour;
  summary: ClassSummary;
  onClose: () => void;
}

/**
 * "Terminer"'s summary: pupils who took part, answers per stop, success rate. Printable (only
 * the summary goes to paper); nothing of it is kept once closed.
 */
export function ClassSummaryView({ tour, summary, onClose }: ClassSummaryViewProps) {
  const t = useDictionary(liveStrings);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="class-summary" data-class-summary="" aria-labelledby="class-summary-title">
      <h2 id="class-summary-title" ref={heading} tabIndex={-1}>
        {t("liveSummaryTitle")} — {tour.title}
      </h2>
      <p data-class-summary-pupils={summary.pupils}>{t("liveSummaryPupils", { n: summary.pupils })}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t("liveSummaryStop")}</th>
            <th scope="col">{t("liveSummaryQuestion")}</th>
            <th scope="col">{t("liveSummaryAnswers")}</th>
            <th scope="col">{t("liveSummaryCorrect")}</th>
            <th scope="col">{t("liveSummaryRate")}</th>
          </tr>
        </thead>
        <tbody>
          {tour.stops.map((stop, index) => {
            const row = summary.steps.find((s) => s.step === index);
            const { choices } = stopChoices(stop);
            const total = row?.total ?? 0;
            const counted = choices.length > 0;
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: a tour's stops are its steps, in order.
              <tr key={index} data-summary-step={index + 1}>
                <td>{index + 1}</td>
                <td>{stop.question?.prompt ?? "—"}</td>
                <td>{total}</td>
                <td>{counted ? (row?.correct ?? 0) : "—"}</td>
                <td>{counted && total > 0 ? `${Math.round(((row?.correct ?? 0) / total) * 100)} %` : "—"}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="muted">{t("liveSummaryNote")}</p>
      <div className="button-row">
        <button type="button" className="button" onClick={() => window.print()}>
          {t("livePrint")}
        </button>
        <button type="button" className="button secondary" onClick={onClose}>
          {t("liveClose")}
        </button>
      </div>
    </section>
  );
}
