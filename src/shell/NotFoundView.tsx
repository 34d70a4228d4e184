import { useT } from "../i18n/useT";
import { hrefOf } from "../state/route";

/** An address that leads nowhere: say so, and offer the way home. */
export function NotFoundView() {
  const t = useT();
  return (
    <div className="page not-found" data-view-not-found="">
      <h1>{t("notFoundTitle")}</h1>
      <p>{t("notFoundText")}</p>
      <a className="button" href={hrefOf({ view: "town" })}>
        {t("backToTown")}
      </a>
    </div>
  );
}
