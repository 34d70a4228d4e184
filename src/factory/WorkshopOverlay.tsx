import { useEffect } from "react";
import type { Company, Workshop } from "../content/schema";
import { useDictionary, useT } from "../i18n/useT";
import { occludeStage } from "../stage/screenOccluders";
import { setOverview } from "../state/actions";
import { hrefOf } from "../state/route";
import { useStore } from "../state/store";
import { factoryStrings } from "./factoryStrings";
import { HotspotLayer } from "./HotspotLayer";
import { Minimap } from "./Minimap";
import { OverviewHallButtons } from "./OverviewHallButtons";
import { QualitySelect } from "./QualitySelect";
import "./factory.css";

export interface WorkshopOverlayProps {
  company: Company;
  workshop: Workshop;
}

/**
 * Drawn over the workshop scene: where you are, the doors to the other workshops, the overview
 * switch, the minimap, and the machines' hotspots (or the halls' buttons in the overview).
 */
export function WorkshopOverlay({ company, workshop }: WorkshopOverlayProps) {
  const t = useT();
  const tf = useDictionary(factoryStrings);
  const overview = useStore((s) => s.overview);

  useEffect(() => {
    if (!overview) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") setOverview(false);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [overview]);

  return (
    <>
      <div className="workshop-overlay" ref={occludeStage}>
        <nav aria-label={t("breadcrumb")} className="breadcrumb">
          <a href={hrefOf({ view: "town" })}>{t("navTown")}</a> ›{" "}
          <a href={hrefOf({ view: "company", company: company.id })}>{company.name}</a> ›{" "}
          <span aria-current="page">{workshop.name}</span>
        </nav>
        <h1 className="workshop-title">{workshop.name}</h1>
        <p className="workshop-description">{workshop.description}</p>
        {company.workshops.length > 1 ? (
          <nav aria-label={tf("otherWorkshops")} className="workshop-tabs">
            {company.workshops.map((other) => (
              <a
                key={other.id}
                href={hrefOf({ view: "workshop", company: company.id, workshop: other.id })}
                aria-current={other.id === workshop.id ? "page" : undefined}
              >
                {other.name}
              </a>
            ))}
          </nav>
        ) : null}
        <p className="walk-help">{tf("walkHelp")}</p>
      </div>
      <div className="workshop-tools" ref={occludeStage}>
        <button
          type="button"
          className="button secondary"
          aria-pressed={overview}
          onClick={() => setOverview(!overview)}
        >
          {overview ? tf("backToWalking") : tf("overview")}
        </button>
        <QualitySelect />
        <Minimap company={company} workshop={workshop} />
      </div>
      {overview ? (
        <OverviewHallButtons company={company} currentWorkshopId={workshop.id} />
      ) : (
        <HotspotLayer company={company} workshop={workshop} />
      )}
    </>
  );
}
