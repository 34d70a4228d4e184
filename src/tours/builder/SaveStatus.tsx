import { useDictionary } from "../../i18n/useT";
import { useStore } from "../../state/store";
import { builderStrings } from "./builderStrings";

/** Where the saving stands; a storage that is full or refused is an alert that says what to do. */
export function SaveStatus() {
  const t = useDictionary(builderStrings);
  const save = useStore((s) => s.ownToursSave);
  const unavailable = useStore((s) => s.ownToursUnavailable);
  if (save.status === "failed") {
    return (
      <p role="alert" className="save-status failed" data-save-status="failed">
        {t(save.error === "quota" ? "storageQuota" : "storageBlocked")}
      </p>
    );
  }
  if (unavailable) {
    return (
      <p role="alert" className="save-status failed" data-save-status="unavailable">
        {t("storageUnavailable")}
      </p>
    );
  }
  return (
    <p role="status" className="save-status" data-save-status={save.status}>
      {save.status === "saving" ? t("statusSaving") : save.status === "saved" ? `✓ ${t("statusSaved")}` : ""}
    </p>
  );
}
