import type { ContentIndex } from "../content/contentIndex";
import type { Job } from "../content/schema";
import { useDictionary, useT } from "../i18n/useT";
import { hrefOf } from "../state/route";
import { JobSheet } from "./JobSheet";
import { tradeStrings } from "./tradeStrings";
import "./trades.css";

export interface JobPageProps {
  content: ContentIndex;
  job: Job;
}

/** `#/metiers/:job`: the whole trade sheet, and every machine where the trade is seen. */
export function JobPage({ content, job }: JobPageProps) {
  const t = useT();
  const tf = useDictionary(tradeStrings);
  const places = content.placesByJob.get(job.id) ?? [];
  return (
    <article className="page job-page">
      <nav aria-label={t("breadcrumb")} className="breadcrumb">
        <a href={hrefOf({ view: "jobs" })}>{t("navJobs")}</a> › <span aria-current="page">{job.title}</span>
      </nav>
      <JobSheet content={content} job={job} titleId={`job-${job.id}`} headingLevel={1} variant="page" />
      <h2>{tf("seenOn")}</h2>
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
            >
              {machine.name} — {workshop.name}, {company.name} ({company.town})
            </a>
          </li>
        ))}
      </ul>
    </article>
  );
}
