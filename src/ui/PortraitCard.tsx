import type { Portrait } from "../content/portraitSchema";
import { useDictionary } from "../i18n/useT";
import { storyStrings } from "./storyStrings";
import "./stories.css";

export interface PortraitCardProps {
  portrait: Portrait;
  /** The trade's title, as the pack writes it. */
  jobTitle: string;
  /** The company's name, where the portrait works in one of the pack's companies. */
  companyName?: string | undefined;
  headingLevel: 2 | 3 | 4;
  /**
   * `full`: the trade page, the trade panel, the presenter; `projector`: one strip in big type
   * (name, trade, diploma), the path and the day at work being left to the teacher's view.
   */
  variant?: "full" | "projector";
  /** Leaves the name out (when a disclosure's summary already says it). */
  hideName?: boolean;
}

/**
 * A fictional person doing a trade (« les femmes et les hommes qui font l'industrie »): always
 * marked « personnage fictif », then the path, the diploma and a day at work (on the projector,
 * one strip: name, trade and diploma).
 */
export function PortraitCard({
  portrait,
  jobTitle,
  companyName,
  headingLevel,
  variant = "full",
  hideName,
}: PortraitCardProps) {
  const t = useDictionary(storyStrings);
  const Name = `h${headingLevel}` as "h2" | "h3" | "h4";
  const Part = `h${Math.min(headingLevel + 1, 5)}` as "h3" | "h4" | "h5";
  const who = [
    jobTitle,
    portrait.age === undefined ? undefined : t("portraitAge", { n: portrait.age }),
    companyName === undefined ? undefined : t("portraitAt", { company: companyName }),
  ].filter((part) => part !== undefined);
  const initial = (
    <span className="portrait-initial" aria-hidden="true">
      {portrait.name.charAt(0)}
    </span>
  );
  const fictional = (
    <p className="portrait-fictional" data-fictional="" title={t("fictionalNote")}>
      {t("fictional")}
    </p>
  );
  if (variant === "projector") {
    // One strip above the narration, so that the scene stays in view behind the tour's panel.
    return (
      <article
        className="portrait-card portrait-projector"
        data-portrait={portrait.id}
        data-gender={portrait.gender}
      >
        <header className="portrait-head">
          {initial}
          <div>
            <div className="portrait-name-row">
              <Name className="portrait-name">{portrait.name}</Name>
              {fictional}
            </div>
            <p className="portrait-who">{[...who, portrait.diploma].join(" · ")}</p>
          </div>
        </header>
      </article>
    );
  }
  return (
    <article
      className="portrait-card portrait-full"
      data-portrait={portrait.id}
      data-gender={portrait.gender}
    >
      <header className="portrait-head">
        {initial}
        <div>
          {hideName ? null : <Name className="portrait-name">{portrait.name}</Name>}
          <p className="portrait-who">{who.join(" · ")}</p>
          {fictional}
        </div>
      </header>
      <Part>{t("portraitPath")}</Part>
      <p>{portrait.path}</p>
      <Part>{t("portraitDiploma")}</Part>
      <p>{portrait.diploma}</p>
      <Part>{t("portraitDay")}</Part>
      <p>{portrait.day}</p>
    </article>
  );
}
