import type { Job } from "../content/schema";
import { useFormatEuros, useT } from "../i18n/useT";
import { FavouriteButton } from "./FavouriteButton";
import "./trades.css";

export interface JobSheetProps {
  job: Job;
  /** Id given to the title, so that a dialog or page can be named by it. */
  titleId: string;
  headingLevel: 1 | 2;
}

/** A trade's facts: title, ROME code, summary, tasks, diplomas, starting salary. Shared by panel and catalogue. */
export function JobSheet({ job, titleId, headingLevel }: JobSheetProps) {
  const t = useT();
  const euros = useFormatEuros();
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
        <span className="rome">
          {t("rome")} <strong>{job.rome}</strong>
        </span>
        <span className="salary">
          {t("salaryStart")} : <strong>{euros(job.salaryStart)}</strong> {t("salaryGrossMonthly")}
        </span>
      </p>
      <p className="job-summary">{job.summary}</p>
      <Sub>{t("tasks")}</Sub>
      <ul>
        {job.tasks.map((task) => (
          <li key={task}>{task}</li>
        ))}
      </ul>
      <Sub>{t("diplomas")}</Sub>
      <ul className="diplomas">
        {job.diplomas.map((diploma) => (
          <li key={diploma.name}>
            <span className="diploma-level">{diploma.level}</span> {diploma.name}
          </li>
        ))}
      </ul>
      <Sub>{t("skills")}</Sub>
      <p>{job.skills.join(" · ")}</p>
    </div>
  );
}
