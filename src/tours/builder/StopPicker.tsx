import { useId, useMemo, useState } from "react";
import type { ContentIndex } from "../../content/contentIndex";
import type { Company, Machine, Workshop } from "../../content/schema";
import { matchesQuery } from "../../content/searchText";
import { useDictionary } from "../../i18n/useT";
import { hrefOf } from "../../state/route";
import { builderStrings } from "./builderStrings";

export interface StopPickerProps {
  content: ContentIndex;
  onPick: (company: Company, workshop: Workshop, machine: Machine) => void;
  /** Adding is refused (the tour has the most stops allowed). */
  full: boolean;
}

/** Searchable companies → workshops → machines, each machine with an "Ajouter" button. */
export function StopPicker({ content, onPick, full }: StopPickerProps) {
  const t = useDictionary(builderStrings);
  const searchId = useId();
  const [query, setQuery] = useState("");
  const companies = useMemo(() => {
    return content.companies
      .map((company) => ({
        company,
        workshops: company.workshops
          .map((workshop) => ({
            workshop,
            machines: workshop.machines.filter((machine) =>
              matchesQuery(query, [
                company.name,
                company.town,
                workshop.name,
                machine.name,
                ...machine.jobs.map((id) => content.jobById.get(id)?.title ?? ""),
              ]),
            ),
          }))
          .filter((w) => w.machines.length > 0),
      }))
      .filter((c) => c.workshops.length > 0);
  }, [content, query]);
  const searching = query.trim().length > 0;

  return (
    <section className="stop-picker" aria-labelledby={`${searchId}-title`}>
      <h2 id={`${searchId}-title`}>{t("pickerTitle")}</h2>
      <p className="muted">
        {t("pickerIn3d")}{" "}
        <a href={hrefOf({ view: "town" })} data-builder-open-town="">
          {t("pickerOpenTown")}
        </a>
      </p>
      <label htmlFor={searchId}>{t("pickerSearch")}</label>
      <input
        id={searchId}
        className="search"
        type="search"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        data-stop-search=""
        data-field="stops"
      />
      {full ? <p className="field-error">{t("full")}</p> : null}
      {companies.length === 0 ? <p className="muted">{t("pickerNoMatch", { q: query })}</p> : null}
      <ul className="picker-companies">
        {companies.map(({ company, workshops }) => (
          <li key={company.id}>
            <details open={searching}>
              <summary>
                <strong>{company.name}</strong>{" "}
                <span className="muted">
                  {company.town} ·{" "}
                  {t("pickerMachines", { n: workshops.reduce((sum, w) => sum + w.machines.length, 0) })}
                </span>
              </summary>
              {workshops.map(({ workshop, machines }) => (
                <div key={workshop.id} className="picker-workshop">
                  <p className="picker-workshop-name">
                    {workshop.name}{" "}
                    <a
                      className="muted"
                      href={hrefOf({ view: "workshop", company: company.id, workshop: workshop.id })}
                    >
                      {t("pickerSeeIn3d")}
                    </a>
                  </p>
                  <ul className="picker-machines">
                    {machines.map((machine) => (
                      <li key={machine.id}>
                        <span>{machine.name}</span>
                        <button
                          type="button"
                          className="button secondary small"
                          disabled={full}
                          data-pick-machine={`${company.id}/${workshop.id}/${machine.id}`}
                          aria-label={t("pickerAddNamed", { machine: machine.name })}
                          onClick={() => onPick(company, workshop, machine)}
                        >
                          {t("pickerAdd")}
                        </button>
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
