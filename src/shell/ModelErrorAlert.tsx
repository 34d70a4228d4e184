import { useT } from "../i18n/useT";
import { retryModel } from "../state/actions";
import { hrefOf } from "../state/route";

export interface ModelErrorAlertProps {
  companyId: string;
  /** Clears the cached failure before trying again. */
  onRetry: () => void;
}

/** A model missing or corrupt: say so in French, offer to retry or go back. */
export function ModelErrorAlert({ companyId, onRetry }: ModelErrorAlertProps) {
  const t = useT();
  return (
    <div className="stage-alert" role="alert">
      <h2>{t("modelErrorTitle")}</h2>
      <p>{t("modelErrorText")}</p>
      <div className="button-row">
        <button
          type="button"
          className="button"
          onClick={() => {
            onRetry();
            retryModel();
          }}
        >
          {t("retry")}
        </button>
        <a className="button secondary" href={hrefOf({ view: "company", company: companyId })}>
          {t("backToCompany")}
        </a>
        <a className="button secondary" href={hrefOf({ view: "town" })}>
          {t("backToTown")}
        </a>
      </div>
    </div>
  );
}
