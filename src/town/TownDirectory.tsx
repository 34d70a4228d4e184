import { useId, useState } from "react";
import type { ContentIndex } from "../content/contentIndex";
import { matchesQuery } from "../content/searchText";
import { useDictionary, useT } from "../i18n/useT";
import { setHoveredCompany } from "../state/actions";
import { hrefOf } from "../state/route";
import { useStore } from "../state/store";
import { InventedMark } from "../ui/InventedMark";
import { SectorIcon } from "../ui/SectorIcon";
import { storyStrings } from "../ui/storyStrings";
import { townStrings } from "./townStrings";
import "./town.css";

export interface TownDirectoryProps {
  content: ContentIndex;
}

/** The town as an accessible list: every sector (even an empty one) and its companies, with a search box. */
export function TownDirectory({ content }: TownDirectoryProps) {
  const t = useT();
  const tf = useDictionary(townStrings);
  const tt = useDictionary(townStrings);
  const st = useDictionary(storyStrings);
  // The building under the pointer in the town lights its line up here too.
  const hovered = useStore((s) => s.hoveredCompany);
  const [query, setQuery] = useState("");
  const [sectorFilter, setSectorFilter] = useState("");
  const searchId = useId();
  const matches = content.companies.filter((company) => {
    const sector = content.sectorById.get(company.sector);
    return matchesQuery(query, [company.name, company.town, sector?.name ?? "", ...company.products]);
  });
  const searching = query.trim().length > 0 || sectorFilter !== "";
  return (
    <aside className="town-directory" aria-labelledby={`${searchId}-title`}>
      <h1 id={`${searchId}-title`} className="directory-title">
        {tf("tagline")}
      </h1>
      <label htmlFor={searchId} className="visually-hidden">
        {tf("searchTown")}
      </label>
      <input
        id={searchId}
        type="search"
        className="search"
        placeholder={tf("searchTown")}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      <label htmlFor={`${searchId}-sector`} className="visually-hidden">
        {tf("sectorFilter")}
      </label>
      <select
        id={`${searchId}-sector`}
        className="search sector-filter"
        value={sectorFilter}
        onChange={(event) => setSectorFilter(event.target.value)}
      >
        <option value="">{tf("allSectors")}</option>
        {content.sectors.map((sector) => (
          <option key={sector.id} value={sector.id}>
            {sector.name}
          </option>
        ))}
      </select>
      {content.companies.some((company) => company.invented) ? (
        <p className="muted directory-invented">{st("inventedDirectory")}</p>
      ) : null}
      {searching && matches.length === 0 ? <p role="status">{t("noMatch")}</p> : null}
      <ul className="sector-list" aria-label={t("sectors")}>
        {content.sectors.map((sector) => {
          if (sectorFilter !== "" && sector.id !== sectorFilter) return null;
          const companies = matches.filter((c) => c.sector === sector.id);
          if (searching && companies.length === 0) return null;
          return (
            <li
              key={sector.id}
              data-sector={sector.id}
              className="sector-item"
              style={{ "--sector": sector.color } as React.CSSProperties}
            >
              <h2 className="sector-name">
                <SectorIcon sectorId={sector.id} /> {sector.name}
              </h2>
              {companies.length === 0 ? (
                <p className="muted">{tf("noCompanyYet")}</p>
              ) : (
                <ul className="company-list">
                  {companies.map((company) => (
                    <li key={company.id}>
                      <a
                        href={hrefOf({ view: "company", company: company.id })}
                        data-company={company.id}
                        data-highlighted={hovered === company.id ? "" : undefined}
                        onMouseEnter={() => setHoveredCompany(company.id)}
                        onMouseLeave={() => setHoveredCompany(null)}
                        onFocus={() => setHoveredCompany(company.id)}
                        onBlur={() => setHoveredCompany(null)}
                      >
                        <span className="company-name">
                          {company.name}
                          {company.invented ? (
                            <>
                              {" "}
                              <InventedMark variant="short" />
                            </>
                          ) : null}
                        </span>
                        <span className="company-town">{company.town}</span>
                      </a>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
      <p className="company-invite">
        {tt("companyInvite")} <a href={hrefOf({ view: "editor" })}>{tt("companyInviteLink")}</a>
      </p>
    </aside>
  );
}
