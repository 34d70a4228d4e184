import type { StringKey } from "../i18n/strings";
import { useT } from "../i18n/useT";
import { setLocale } from "../state/actions";
import type { Locale } from "../state/preferencesSlice";
import { hrefOf, type Route } from "../state/route";
import { useStore } from "../state/store";

/** The ways in, each one tap away on any screen: a long label on a wide screen, a short one on a phone. */
const destinations: ReadonlyArray<{
  route: Route;
  views: Route["view"][];
  long: StringKey;
  short: StringKey;
}> = [
  { route: { view: "town" }, views: ["town", "company", "workshop"], long: "navTown", short: "navTownShort" },
  { route: { view: "jobs" }, views: ["jobs"], long: "navJobs", short: "navJobsShort" },
  { route: { view: "quiz" }, views: ["quiz"], long: "navQuiz", short: "navQuizShort" },
  {
    route: { view: "tours" },
    views: ["tours", "tour", "worksheet", "tourBuilder", "myTours", "sharedTour"],
    long: "navTours",
    short: "navToursShort",
  },
  { route: { view: "class" }, views: ["class"], long: "navClass", short: "navClassShort" },
];

/** The app's top bar: brand, the ways in (town, trades, quiz, tours, live class) and the language. */
export function Header() {
  const t = useT();
  const view = useStore((s) => s.route.view);
  const locale = useStore((s) => s.locale);
  const current = (views: ReadonlyArray<string>) => (views.includes(view) ? "page" : undefined);
  return (
    <header className="app-header">
      <a className="skip-link" href="#contenu">
        {t("skipToContent")}
      </a>
      <a className="brand" href={hrefOf({ view: "town" })}>
        <img className="brand-mark" src="favicon.svg" alt="" width="28" height="28" />
        <span className="brand-name">{t("appName")}</span>
      </a>
      <nav aria-label={t("mainNavigation")}>
        {destinations.map(({ route, views, long, short }) => (
          <a key={long} href={hrefOf(route)} aria-current={current(views)}>
            {/* One label shows: the long one on a wide screen, the short one on a phone (its accessible name too). */}
            <span className="nav-long">{t(long)}</span>
            <span className="nav-short">{t(short)}</span>
          </a>
        ))}
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
