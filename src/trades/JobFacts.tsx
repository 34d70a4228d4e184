import type { GreenKind } from "../content/jobFacts";
import type { Job } from "../content/schema";
import { useDictionary } from "../i18n/useT";
import { useStore } from "../state/store";
import { ExternalLink } from "./ExternalLink";
import { tradeStrings, type tradeStringsFr } from "./tradeStrings";

export interface JobFactsProps {
  job: Job;
}

/** Formats shares (0 to 1, as a percentage with one decimal) and counts the way the current language writes them. */
function useNumbers(): { percent: (share: number) => string; count: (n: number) => string } {
  const locale = useStore((s) => s.locale) === "fr" ? "fr-FR" : "en-GB";
  const percent = new Intl.NumberFormat(locale, {
    style: "percent",
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  const count = new Intl.NumberFormat(locale);
  return { percent: (share) => percent.format(share), count: (n) => count.format(n) };
}

/** The text with its first letter upper-case, to open a sentence. */
function capitalised(text: string): string {
  return text.charAt(0).toLocaleUpperCase("fr-FR") + text.slice(1);
}

/**
 * A trade's sourced figures (issue 13): the green-trade badge, the share of women and the regional
 * recruitment outlook, each with its source and year. No figure in the pack, nothing shown.
 */
/** The badge's words for each of the transition's kinds. */
const greenLabel = {
  vert: "green",
  strategique: "greenStrategic",
  verdissant: "verdissant",
} as const satisfies Record<GreenKind, keyof typeof tradeStringsFr>;

export function JobFacts({ job }: JobFactsProps) {
  const t = useDictionary(tradeStrings);
  const { percent, count } = useNumbers();
  const { women, green, outlook } = job;
  if (!women && !green && !outlook) return null;
  return (
    <div className="job-facts">
      {green ? (
        <p className="job-green" data-green={green.kind}>
          <span className="green-badge">
            <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" className="green-leaf">
              <path d="M5 19C5 10 11 4 20 4c0 9-6 15-15 15z" />
              <path d="M5 19 14 10" fill="none" />
            </svg>
            {t(greenLabel[green.kind])}
          </span>{" "}
          <span className="fact-source">
            {t("greenHelp")}. {t("sourceLine")}{" "}
            <ExternalLink href={green.source.url}>
              {green.source.label}, {green.source.year}
            </ExternalLink>
          </span>
        </p>
      ) : null}
      {women ? (
        <p className="job-women" data-women-share={women.share}>
          {t("womenShare")} <strong>{percent(women.share)}</strong>{" "}
          <span className="fact-source">
            {t("womenScope", { scope: capitalised(women.scope) })} {t("sourceLine")}{" "}
            <ExternalLink href={women.source.url}>
              {women.source.label}, {women.source.year}
            </ExternalLink>
          </span>
        </p>
      ) : null}
      {outlook ? (
        <p className="job-outlook">
          {t("outlook")} <strong>{count(outlook.projects)}</strong>
          {outlook.difficultyShare === undefined
            ? null
            : ` (${t("outlookDifficult", { share: percent(outlook.difficultyShare) })})`}{" "}
          <span className="fact-source">
            {capitalised(outlook.scope)}. {t("sourceLine")}{" "}
            <ExternalLink href={outlook.source.url}>
              {outlook.source.label}, {outlook.source.year}
            </ExternalLink>
          </span>
        </p>
      ) : null}
    </div>
  );
}
