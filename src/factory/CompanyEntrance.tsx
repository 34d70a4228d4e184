import type { ContentIndex } from "../content/contentIndex";
import type { Company } from "../content/schema";
import { transitionOf } from "../content/transitionAt";
import { useDictionary, useT } from "../i18n/useT";
import { hrefOf } from "../state/route";
import { useStore } from "../state/store";
import { TransitionIcon } from "../ui/TransitionIcon";
import { TransitionStory } from "../ui/TransitionStory";
import { factoryStrings } from "./factoryStrings";
import "./factory.css";
import { InventedMark } from "../ui/InventedMark";
import { SectorIcon } from "../ui/SectorIcon";

export interface CompanyEntranceProps {
  content: ContentIndex;
  company: Company;
}

/**
 * A company's entrance (2D): what it makes, where, how many people, its transition story (with a
 * link to the machine that tells it in the workshop), and its workshops.
 */
export function CompanyEntrance({ content, company }: CompanyEntranceProps) {
  const t = useT();
  const tf = useDictionary(factoryStrings);
  const ft = useDictionary(factoryStrings);
  const sector = content.sectorById.get(company.sector);
  const transition = transitionOf(company);
  const locale = useStore((s) => s.locale);
  const headcount = new Intl.NumberFormat(locale === "fr" ? "fr-FR" : "en-GB").format(company.headcount);
  return (
    <article className="page company-entrance" style={{ "--sector": sector?.color } as React.CSSProperties}>
      <nav aria-label={t("breadcrumb")} className="breadcrumb">
        <a href={hrefOf({ view: "town" })}>{t("navTown")}</a> ›{" "}
        <span aria-current="page">{company.name}</span>
      </nav>
      <header className="company-header">
        <p className="sector-tag">
          <SectorIcon sectorId={company.sector} /> {sector?.name}
        </p>
        <h1>{company.name}</h1>
        <p className="company-facts">
          {company.town} · {headcount} {tf("companyHeadcount")}
        </p>
        {company.invented ? <InventedMark variant="full" /> : null}
      </header>
      <p className="lead">{company.description}</p>
      {transition ? (
        <TransitionStory transition={transition.transition} headingLevel={2} withHeading>
          {transition.workshop && transition.machine ? (
            <a
              className="button transition-link"
              data-transition-link={transition.machine.id}
              href={hrefOf({
                view: "workshop",
                company: company.id,
                workshop: transition.workshop.id,
                machine: transition.machine.id,
              })}
            >
              <TransitionIcon />
              {ft("transitionSeeIt", {
                machine: transition.machine.name,
                workshop: transition.workshop.name,
              })}
            </a>
          ) : null}
        </TransitionStory>
      ) : null}
      <h2>{tf("companyProducts")}</h2>
      <ul className="products">
        {company.products.map((product) => (
          <li key={product}>{product}</li>
        ))}
      </ul>
      <h2>{tf("companyWorkshops")}</h2>
      <ul className="workshop-cards">
        {company.workshops.map((workshop) => (
          <li key={workshop.id} className="workshop-card">
            <h3>{workshop.name}</h3>
            <p>{workshop.description}</p>
            <p className="muted">
              {tf("machinesCount", { n: workshop.machines.length })}{" "}
              {workshop.machines.map((m) => m.name).join(", ")}
            </p>
            <a
              className="button"
              href={hrefOf({ view: "workshop", company: company.id, workshop: workshop.id })}
              data-workshop={workshop.id}
            >
              {tf("visitWorkshop")}
            </a>
          </li>
        ))}
      </ul>
    </article>
  );
}
