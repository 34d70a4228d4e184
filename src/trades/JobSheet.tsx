import type { ContentIndex } from "../content/contentIndex";
import { legalMinimumSalary } from "../content/contentRules";
import type { Source } from "../content/jobFacts";
import type { Job } from "../content/schema";
import { useDictionary, useT } from "../i18n/useT";
import { useStore } from "../state/store";
import { ExternalLink } from "./ExternalLink";
import { FavouriteButton } from "./FavouriteButton";
import { JobFacts } from "./JobFacts";
import { JobPortraits } from "./JobPortraits";
import { OnisepLink } from "./OnisepLink";
import { tradeStrings } from "./tradeStrings";
import "./trades.css";

export interface JobSheetProps {
  content: ContentIndex;
  job: Job;
  /** Id given to the title, so that a dialog or page can be named by it. */
  titleId: string;
  headingLevel: 1 | 2;
  /** `panel`: portraits folded (« Rencontrer Inès »); `page`: portraits in full. */
  variant: "panel" | "page";
}

/** Formats euros the way the current language writes them, with cents only where there are some (the SMIC). */
function useEuros(): (amount: number) => string {
  const locale = useStore((s) => s.locale) === "fr" ? "fr-FR" : "en-GB";
  return (amount) =>
    new Intl.NumberFormat(locale, {
      style: "currency",
      currency: "EUR",
      minimumFractionDigits: Number.isInteger(amount) ? 0 : 2,
      maximumFractionDigits: 2,
    }).format(amount);
}

/** A source's name and year as message values (the year as text: no thousands separator). */
function sourceVars(source: Source): { label: string; year: string } {
  return { label: source.label, year: String(source.year) };
}

/**
 * A trade's facts: title, ROME codes (4.0 and v3), starting salary and its source, sourced figures,
 * summary, tasks, diplomas (apprenticeship, ONISEP), skills, fictional portraits and references.
 * Shared by the trade panel and the trade page.
 */
export function JobSheet({ content, job, titleId, headingLevel, variant }: JobSheetProps) {
  const t = useT();
  const tf = useDictionary(tradeStrings);
  const tt = useDictionary(tradeStrings);
  const euros = useEuros();
  const Title = headingLevel === 1 ? "h1" : "h2";
  const Sub = headingLevel === 1 ? "h2" : "h3";
  return (
    <div className="job-sheet">
      <div className="job-title-row">
        <Title id={titleId} className="job-title" tabIndex={-1}>
          {job.title}
        </Title>
        <FavouriteButton jobId={job.id} />
      </div>
      <p className="job-meta">
        {job.rome4 ? (
          <span className="rome" data-rome4={job.rome4.code} data-rome={job.rome}>
            {tt("rome4")} <strong>{job.rome4.code}</strong> — {job.rome4.title}
            <span className="rome-v3">
              {" "}
              · {tt("romeV3")} <strong>{job.rome}</strong>
            </span>
          </span>
        ) : (
          <span className="rome" data-rome={job.rome}>
            {t("rome")} <strong>{job.rome}</strong>
          </span>
        )}
        {job.salaryStart !== undefined ? (
          <span className="salary">
            {t("salaryStart")}&nbsp;: <strong>{euros(job.salaryStart)}</strong> {tf("salaryGrossMonthly")}
            {job.salarySource ? (
              <>
                {" "}
                (
                <ExternalLink href={job.salarySource.url}>
                  {job.salaryStart === legalMinimumSalary.monthlyGross ? (
                    <abbr title={tt("salarySmicSource", sourceVars(job.salarySource))}>
                      {tt("salarySmic")}
                    </abbr>
                  ) : (
                    tt("salarySource", sourceVars(job.salarySource))
                  )}
                </ExternalLink>
                )
              </>
            ) : null}
          </span>
        ) : null}
        {job.sources?.onisep ? <OnisepLink url={job.sources.onisep} /> : null}
      </p>
      <JobFacts job={job} />
      <p className="job-summary">{job.summary}</p>
      <Sub>{tf("tasks")}</Sub>
      <ul>
        {job.tasks.map((task) => (
          <li key={task}>{task}</li>
        ))}
      </ul>
      <Sub>{tf("diplomas")}</Sub>
      <ul className="diplomas">
        {job.diplomas.map((diploma) => (
          <li key={diploma.name} data-diploma={diploma.rncp ?? diploma.name}>
            <span className="diploma-level">{diploma.level}</span> {diploma.name}
            {diploma.apprenticeship ? (
              <>
                {" "}
                <span className="apprenticeship" title={tt("apprenticeshipHelp")} data-apprenticeship="">
                  {tt("apprenticeship")}
                </span>
              </>
            ) : null}
            {diploma.rncp ? <span className="rncp"> {diploma.rncp}</span> : null}
            {diploma.onisep ? (
              <>
                {" "}
                <ExternalLink href={diploma.onisep} className="diploma-onisep">
                  {tt("diplomaOnisep")}
                </ExternalLink>
              </>
            ) : null}
          </li>
        ))}
      </ul>
      <Sub>{tf("skills")}</Sub>
      <p>{job.skills.join(" · ")}</p>
      <JobPortraits content={content} job={job} variant={variant} headingLevel={headingLevel === 1 ? 2 : 3} />
      {job.sources ? (
        <>
          <Sub>{tt("references")}</Sub>
          <ul className="job-references">
            <li>
              <ExternalLink href={job.sources.rome} className="rome-sheet">
                {tt("franceTravailSheet")} ({job.rome4?.code ?? job.rome})
              </ExternalLink>
            </li>
          </ul>
        </>
      ) : null}
    </div>
  );
}
