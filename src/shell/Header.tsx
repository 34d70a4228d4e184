import { useStore } from "../state/store";
import { useT } from "./useT";

/** The app's top bar: brand and the three ways in (town, trades, tours). */
export function Header() {
  const t = useT();
  const view = useStore((s) => s.route.view);
  const current = (views: string[]) => (views.includes(view) ? "page" : undefined);
  return (
    <header className="app-header">
      <a className="skip-link" href="#contenu">
        {t("skipToContent")}
      </a>
      <a className="brand" href="#/">
        <span aria-hidden="true" className="brand-mark">
          ⚙
        </span>
        {t("appName")}
      </a>
      <nav aria-label="Navigation principale">
        <a href="#/" aria-current={current(["town", "company", "workshop"])}>
          {t("navTown")}
        </a>
        <a href="#/metiers" aria-current={current(["jobs"])}>
          {t("navJobs")}
        </a>
        <a href="#/visites" aria-current={current(["tours", "tour"])}>
          {t("navTours")}
        </a>
      </nav>
    </header>
  );
}
