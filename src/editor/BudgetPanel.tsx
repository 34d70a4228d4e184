import { useDictionary } from "../i18n/useT";
import { useStore } from "../state/store";
import { megabytesOf } from "./editorMessage";
import { editorStrings } from "./editorStrings";
import { type BudgetHint, editorBudgets, type ModelBudget } from "./modelDocument";

export interface BudgetPanelProps {
  budget: ModelBudget | null;
  hints: readonly BudgetHint[];
}

/** Formats bytes the way the officer reads them, in the page's language: "1,2 Mo", "1.2 MB", "340 ko". */
export function useFormatBytes(): (bytes: number) => string {
  const t = useDictionary(editorStrings);
  return (bytes) =>
    bytes >= 1024 * 1024
      ? t("megabytes", { n: megabytesOf(bytes) })
      : t("kilobytes", { n: Math.max(1, Math.round(bytes / 1024)) });
}

function Meter({ label, value, limit, text }: { label: string; value: number; limit: number; text: string }) {
  const over = value > limit;
  return (
    <div className={`editor-meter${over ? " editor-meter-over" : ""}`} data-over={over}>
      <span className="editor-meter-label">{label}</span>
      <meter min={0} max={limit} high={limit * 0.8} optimum={0} value={Math.min(value, limit)} />
      <span className="editor-meter-value">{text}</span>
    </div>
  );
}

/** Bytes, triangles, draw calls per workshop and textures, live, against the project's budgets. */
export function BudgetPanel({ budget, hints }: BudgetPanelProps) {
  const t = useDictionary(editorStrings);
  const bytes = useFormatBytes();
  const locale = useStore((s) => s.locale);
  const n = (value: number) => value.toLocaleString(locale === "fr" ? "fr-FR" : "en-GB");
  if (!budget) {
    return (
      <div data-editor-budget>
        <p className="editor-muted">{t("budgetEmpty")}</p>
      </div>
    );
  }
  const views = budget.workshops.length > 0 ? budget.workshops : [{ id: "", name: "", ...budget }];
  return (
    <div data-editor-budget aria-live="polite">
      <Meter
        label={t("budgetBytes")}
        value={budget.bytes}
        limit={editorBudgets.fileBytes}
        text={`${bytes(budget.bytes)} / ${bytes(editorBudgets.fileBytes)}`}
      />
      {views.map((view) => (
        <div key={view.id} className="editor-budget-view">
          {view.name ? (
            <p className="editor-budget-name">{t("budgetWorkshop", { name: view.name })}</p>
          ) : null}
          <Meter
            label={t("budgetTriangles")}
            value={view.triangles}
            limit={editorBudgets.trianglesPerWorkshop}
            text={`${n(view.triangles)} / ${n(editorBudgets.trianglesPerWorkshop)}`}
          />
          <Meter
            label={t("budgetDrawCalls")}
            value={view.drawCalls}
            limit={editorBudgets.drawCallsPerWorkshop}
            text={`${n(view.drawCalls)} / ${n(editorBudgets.drawCallsPerWorkshop)}`}
          />
        </div>
      ))}
      <p className="editor-budget-textures">
        {t("budgetTexturesList", {
          list:
            budget.textures.length === 0
              ? t("texturesNone")
              : budget.textures
                  .map((tex) => `${tex.width}×${tex.height} ${tex.mimeType.replace("image/", "")}`)
                  .join(", "),
        })}
      </p>
      {hints.length === 0 ? (
        <p className="editor-ok">{t("budgetOk")}</p>
      ) : (
        <ul className="editor-hints">
          {hints.map((hint) => (
            <li key={hint.message} data-editor-hint={hint.kind}>
              {hint.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
