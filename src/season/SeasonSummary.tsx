import type { ContentIndex } from "../content/contentIndex";
import { useDictionary } from "../i18n/useT";
import type { SeasonView } from "../protocol/seasonSchema";
import { SectorMap } from "./SectorMap";
import { seasonStrings } from "./seasonStrings";

/** The season in figures, and the 13 sectors met or left. */
export function SeasonSummary({ content, season }: { content: ContentIndex; season: SeasonView }) {
  const t = useDictionary(seasonStrings);
  return (
    <section className="season-card season-summary" aria-labelledby="season-summary-title" data-season="">
      <h2 id="season-summary-title">
        {t("seasonTitle")}
        {season.class ? ` — ${season.class.label}, ${season.class.school}` : ""}
      </h2>
      <ul className="season-figures">
        <li data-season-sessions={season.sessions}>{t("sessions", { n: season.sessions })}</li>
        <li>{t("stops", { n: season.stops })}</li>
        <li>{t("trades", { n: season.trades.length })}</li>
        <li>{t("sectors", { n: season.sectors.length })}</li>
        <li data-season-score={season.score}>{t("score", { n: season.score })}</li>
      </ul>
      <SectorMap content={content} met={season.sectors} />
    </section>
  );
}
