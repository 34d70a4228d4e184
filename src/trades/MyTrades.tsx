import type { ContentIndex } from "../content/contentIndex";
import { useDictionary } from "../i18n/useT";
import { useStore } from "../state/store";
import { FavouriteButton } from "./FavouriteButton";
import { tradeStrings } from "./tradeStrings";
import "./trades.css";
import { hrefOf } from "../state/route";

export interface MyTradesProps {
  content: ContentIndex;
}

/** "Mes métiers": the starred trades, kept in this browser only. */
export function MyTrades({ content }: MyTradesProps) {
  const t = useDictionary(tradeStrings);
  const favourites = useStore((s) => s.favourites);
  // A favourite whose trade left the content pack is skipped, not shown broken.
  const jobs = favourites.flatMap((id) => content.jobById.get(id) ?? []);
  return (
    <section className="my-trades" aria-labelledby="my-trades-title" data-my-trades="">
      <h2 id="my-trades-title">
        <span aria-hidden="true">★ </span>
        {t("myTrades")}
      </h2>
      {jobs.length === 0 ? (
        <p className="muted">{t("myTradesEmpty")}</p>
      ) : (
        <ul className="my-trades-list">
          {jobs.map((job) => (
            <li key={job.id} data-favourite-job={job.id}>
              <a href={hrefOf({ view: "jobs", job: job.id })}>
                <span className="job-list-title">{job.title}</span>
                <span className="job-list-rome">{job.rome}</span>
              </a>
              <FavouriteButton jobId={job.id} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
