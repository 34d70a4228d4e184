import { useId, useState } from "react";
import type { ContentIndex } from "../content/contentIndex";
import { matchesQuery } from "../content/searchText";
import { useT } from "../shell/useT";

export interface JobCatalogueProps {
  content: ContentIndex;
}

/** `#/metiers`: every trade as a link, with an accent-insensitive search. */
export function JobCatalogue({ content }: JobCatalogueProps) {
  const t = useT();
  const searchId = useId();
  const [query, setQuery] = useState("");
  const jobs = [...content.jobs]
    .sort((a, b) => a.title.localeCompare(b.title, "fr"))
    .filter((job) => matchesQuery(query, [job.title, job.rome, job.summary]));
  return (
    <div className="page job-catalogue">
      <h1>{t("navJobs")}</h1>
      <label htmlFor={searchId}>Chercher un métier</label>
      <input
        id={searchId}
        type="search"
        className="search"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        placeholder="soudeur, maintenance, H2913…"
      />
      <p role="status" className="muted">
        {jobs.length} métier{jobs.length > 1 ? "s" : ""}
      </p>
      <ul className="job-list">
        {jobs.map((job) => (
          <li key={job.id}>
            <a href={`#/metiers/${job.id}`} data-job-link={job.id}>
              <span className="job-list-title">{job.title}</span>
              <span className="job-list-rome">{job.rome}</span>
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
