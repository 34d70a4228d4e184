import { useId, useMemo, useState } from "react";
import type { ContentIndex } from "../content/contentIndex";
import { fewWomenThreshold } from "../content/contentRules";
import { type DiplomaLevel, diplomaLevels } from "../content/diplomaLevels";
import { useDictionary, useT } from "../i18n/useT";
import { SectorIcon } from "../ui/SectorIcon";
import { TransitionIcon } from "../ui/TransitionIcon";
import { filterJobs, isFiltering, type JobFilter, noJobFilter, sectorsOfJobs } from "./jobFilters";
import { MyTrades } from "./MyTrades";
import { OnisepLink } from "./OnisepLink";
import { tradeStrings } from "./tradeStrings";
import "./trades.css";
import { hrefOf } from "../state/route";

export interface JobCatalogueProps {
  content: ContentIndex;
}

/** Adds a value to a list, or removes it when it is there. */
function toggled<T>(list: ReadonlyArray<T>, value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

/** `#/metiers`: "Mes métiers", then every trade as a link, with search and filters by sector and diploma level. */
export function JobCatalogue({ content }: JobCatalogueProps) {
  const t = useT();
  const tf = useDictionary(tradeStrings);
  const tt = useDictionary(tradeStrings);
  const searchId = useId();
  const fewWomenHelpId = useId();
  const [filter, setFilter] = useState<JobFilter>(noJobFilter);
  const jobSectors = useMemo(() => sectorsOfJobs(content.placesByJob), [content]);
  const jobs = filterJobs(content.jobs, jobSectors, filter);
  const filtered = isFiltering(filter);
  return (
    <div className="page job-catalogue">
      <h1>{t("navJobs")}</h1>
      <MyTrades content={content} />
      <search className="job-filters" aria-label={tf("jobFilters")}>
        <label htmlFor={searchId}>{tf("searchJobs")}</label>
        <input
          id={searchId}
          type="search"
          className="search"
          value={filter.query}
          onChange={(event) => setFilter({ ...filter, query: event.target.value })}
          placeholder="soudeur, maintenance, H2913…"
        />
        <fieldset className="filter-group" data-filter="facts">
          <legend>{tt("filterFacts")}</legend>
          <label className="filter-chip">
            <input
              type="checkbox"
              data-filter-few-women=""
              aria-describedby={fewWomenHelpId}
              checked={filter.fewWomen}
              onChange={() => setFilter({ ...filter, fewWomen: !filter.fewWomen })}
            />
            {tt("filterFewWomen")}
          </label>
          <label className="filter-chip">
            <input
              type="checkbox"
              data-filter-green=""
              checked={filter.green}
              onChange={() => setFilter({ ...filter, green: !filter.green })}
            />
            <TransitionIcon /> {tt("filterGreen")}
          </label>
          <p id={fewWomenHelpId} className="muted filter-help">
            {tt("filterFewWomenHelp", { share: `${Math.round(fewWomenThreshold * 100)}\u00a0%` })}
          </p>
        </fieldset>
        <fieldset className="filter-group" data-filter="sector">
          <legend>{tf("filterSector")}</legend>
          {content.sectors.map((sector) => (
            <label key={sector.id} className="filter-chip">
              <input
                type="checkbox"
                value={sector.id}
                checked={filter.sectors.includes(sector.id)}
                onChange={() => setFilter({ ...filter, sectors: toggled(filter.sectors, sector.id) })}
              />
              <SectorIcon sectorId={sector.id} /> {sector.name}
            </label>
          ))}
        </fieldset>
        <fieldset className="filter-group" data-filter="level">
          <legend>{tf("filterLevel")}</legend>
          {diplomaLevels.map((level: DiplomaLevel) => (
            <label key={level} className="filter-chip">
              <input
                type="checkbox"
                value={level}
                checked={filter.levels.includes(level)}
                onChange={() => setFilter({ ...filter, levels: toggled(filter.levels, level) })}
              />
              {level}
            </label>
          ))}
        </fieldset>
        {filtered ? (
          <button type="button" className="clear-filters" onClick={() => setFilter(noJobFilter)}>
            {tf("clearFilters")}
          </button>
        ) : null}
      </search>
      <p role="status" className="muted job-count" data-job-count={jobs.length}>
        {jobs.length === 0
          ? t("noMatch")
          : jobs.length === 1
            ? tf("jobsCountOne")
            : tf("jobsCount", { n: jobs.length })}
      </p>
      <ul className="job-list">
        {jobs.map((job) => (
          <li key={job.id}>
            <a href={hrefOf({ view: "jobs", job: job.id })} data-job-link={job.id}>
              <span className="job-list-title">{job.title}</span>
              <span className="job-list-rome">{job.rome4?.code ?? job.rome}</span>
              {job.green ? (
                <span className="job-list-green" title={tt("filterGreen")}>
                  <TransitionIcon />
                  <span className="visually-hidden">{tt("filterGreen")}</span>
                </span>
              ) : null}
            </a>
            {job.sources?.onisep ? (
              <OnisepLink url={job.sources.onisep} tradeTitle={job.title} className="job-list-onisep" />
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
