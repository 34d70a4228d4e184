import { useId } from "react";
import { communes } from "../content/communes";
import type { Sector, TransitionTheme } from "../content/schema";
import { transitionThemes } from "../content/schema";
import { useDictionary } from "../i18n/useT";
import type { DraftCompany } from "./draft";
import { type EditorStringKey, editorStrings } from "./editorStrings";

export interface CompanyFormProps {
  company: DraftCompany;
  sectors: readonly Sector[];
  onChange(company: DraftCompany): void;
}

const themeKeys: Record<TransitionTheme, EditorStringKey> = {
  decarbonation: "themeDecarbonation",
  energie: "themeEnergie",
  eau: "themeEau",
  "economie-circulaire": "themeEconomieCirculaire",
  relocalisation: "themeRelocalisation",
};

const byName = [...communes].sort((a, b) => a.name.localeCompare(b.name, "fr"));

/** The company's own fields: name, sector, town (with its coordinates), texts, headcount, products. */
export function CompanyForm({ company, sectors, onChange }: CompanyFormProps) {
  const t = useDictionary(editorStrings);
  const id = useId();
  const set = (patch: Partial<DraftCompany>) => onChange({ ...company, ...patch });
  const setTransition = (patch: Partial<DraftCompany["transition"]>) =>
    set({ transition: { ...company.transition, ...patch } });
  return (
    <div className="editor-form">
      <label htmlFor={`${id}-name`}>{t("fieldName")}</label>
      <input id={`${id}-name`} value={company.name} onChange={(e) => set({ name: e.target.value })} />
      <label htmlFor={`${id}-sector`}>{t("fieldSector")}</label>
      <select id={`${id}-sector`} value={company.sector} onChange={(e) => set({ sector: e.target.value })}>
        <option value="">{t("chooseSector")}</option>
        {sectors.map((s) => (
          <option key={s.id} value={s.id} lang="fr">
            {s.name}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-town`}>{t("fieldTown")}</label>
      <select
        id={`${id}-town`}
        value={company.town}
        onChange={(e) => {
          const commune = communes.find((c) => c.name === e.target.value);
          set({ town: commune?.name ?? "", lat: commune?.lat ?? null, lon: commune?.lon ?? null });
        }}
      >
        <option value="">{t("chooseTown")}</option>
        {byName.map((c) => (
          <option key={c.name} value={c.name} lang="fr">
            {c.name} ({c.department})
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-description`}>{t("fieldDescription")}</label>
      <textarea
        id={`${id}-description`}
        rows={3}
        value={company.description}
        onChange={(e) => set({ description: e.target.value })}
      />
      <label htmlFor={`${id}-headcount`}>{t("fieldHeadcount")}</label>
      <input
        id={`${id}-headcount`}
        type="number"
        min={1}
        inputMode="numeric"
        value={company.headcount ?? ""}
        onChange={(e) =>
          set({ headcount: e.target.value === "" ? null : Math.round(Number(e.target.value)) })
        }
      />
      <label className="editor-check">
        <input
          type="checkbox"
          checked={company.invented ?? true}
          onChange={(e) => set({ invented: e.target.checked })}
        />{" "}
        {t("fieldInvented")}
      </label>
      <label htmlFor={`${id}-products`}>{t("fieldProducts")}</label>
      <textarea
        id={`${id}-products`}
        rows={3}
        value={company.products.join("\n")}
        onChange={(e) => set({ products: e.target.value.split("\n") })}
      />
      <fieldset>
        <legend>{t("transitionLegend")}</legend>
        <label htmlFor={`${id}-theme`}>{t("fieldTheme")}</label>
        <select
          id={`${id}-theme`}
          value={company.transition.theme}
          onChange={(e) => setTransition({ theme: e.target.value as TransitionTheme | "" })}
        >
          <option value="">{t("chooseTheme")}</option>
          {transitionThemes.map((theme) => (
            <option key={theme} value={theme}>
              {t(themeKeys[theme])}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-ttitle`}>{t("fieldTransitionTitle")}</label>
        <input
          id={`${id}-ttitle`}
          maxLength={90}
          value={company.transition.title}
          onChange={(e) => setTransition({ title: e.target.value })}
        />
        <label htmlFor={`${id}-ttext`}>{t("fieldTransitionText")}</label>
        <textarea
          id={`${id}-ttext`}
          rows={3}
          maxLength={400}
          value={company.transition.text}
          onChange={(e) => setTransition({ text: e.target.value })}
        />
      </fieldset>
    </div>
  );
}
