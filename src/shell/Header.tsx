import { useT } from "../i18n/useT";
import { setLocale } from "../state/actions";
import type { Locale } from "../state/preferencesSlice";
import { hrefOf } from "../state/route";
import { useStore } from "../state/store";

/** The app's top bar: brand and the three ways in (town, trades, tours). */
export function Header() {
  const t = useT();
  const view = useStore((s) => s.route.view);
  const locale = useStore((s) => s.locale);
  const current = (views: string[]) => (views.includes(view) ? "page" : undefined);
  return (
    <header className="app-header">
      <a className="skip-link" href="#contenu">
        {t("skipToContent")}
      </a>
      <a className="brand" href={hrefOf({ view: "town" })}>
        <span aria-hidden="true" className="brand-mark">
          ⚙
        </span>
        {t("appName")}
      </a>
      <nav aria-label={t("mainNavigation")}>
        <a href={hrefOf({ view: "town" })} aria-current={current(["town", "company", "workshop"])}>
          {t("navTown")}
        </a>
        <a href={hrefOf({ view: "jobs" })} aria-current={current(["jobs"])}>
          {t("navJobs")}
        </a>
        <a href={hrefOf({ view: "quiz" })} aria-current={current(["quiz"])}>
          {t("navQuiz")}
        </a>
        <a href={hrefOf({ view: "tours" })} aria-current={current(["tours", "tour"])}>
          {t("navTours")}
        </a>
      </nav>
      <select
        className="language-switch"
        aria-label={t("language")}
        value={locale}
        onChange={(event) => setLocale(event.target.value as Locale)}
        data-language-switch=""
      >
        <option value="fr" lang="fr">
          Français
        </option>
        <option value="en" lang="en">
          English
        </option>
      </select>
    </header>
  );
}
