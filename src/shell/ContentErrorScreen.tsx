import type { ContentProblem } from "../content/contentProblem";
import { useT } from "../i18n/useT";
import { loadContent } from "./loadContent";

export interface ContentErrorScreenProps {
  problems: ContentProblem[];
}

/** Shown instead of the app when the content pack cannot be read or fails validation. */
export function ContentErrorScreen({ problems }: ContentErrorScreenProps) {
  const t = useT();
  return (
    <div className="page content-error" role="alert">
      <h1>{t("contentErrorTitle")}</h1>
      <p>{t("contentErrorIntro")}</p>
      <ul className="problem-list">
        {problems.slice(0, 50).map((problem) => (
          <li key={`${problem.file}${problem.path}${problem.message}`}>
            <code>{problem.file}</code> <code>{problem.path}</code> : {problem.message}
          </li>
        ))}
      </ul>
      {problems.length > 50 ? <p>{t("moreProblems", { n: problems.length - 50 })}</p> : null}
      <button type="button" className="button" onClick={() => void loadContent()}>
        {t("retry")}
      </button>
    </div>
  );
}
