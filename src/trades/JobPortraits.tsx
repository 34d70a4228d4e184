import type { ContentIndex } from "../content/contentIndex";
import type { Job } from "../content/schema";
import { useDictionary } from "../i18n/useT";
import { PortraitCard } from "../ui/PortraitCard";
import { storyStrings } from "../ui/storyStrings";
import { tradeStrings } from "./tradeStrings";

export interface JobPortraitsProps {
  content: ContentIndex;
  job: Job;
  /** `panel`: one disclosure per person (« Rencontrer Inès, 23 ans »); `page`: every card open. */
  variant: "panel" | "page";
  /** Heading level of the section; the cards' names are one level below. */
  headingLevel: 2 | 3;
}

/** The fictional people of the pack who do this trade, each marked « personnage fictif ». */
export function JobPortraits({ content, job, variant, headingLevel }: JobPortraitsProps) {
  const t = useDictionary(tradeStrings);
  const story = useDictionary(storyStrings);
  const portraits = content.portraitsByJob.get(job.id) ?? [];
  if (portraits.length === 0) return null;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const cardLevel = headingLevel === 2 ? 3 : 4;
  const companyName = (id: string | undefined) =>
    id === undefined ? undefined : content.companyById.get(id)?.name;
  return (
    <section className={`job-portraits job-portraits-${variant}`} data-job-portraits="">
      <Heading>{t("portraitsHeading")}</Heading>
      {portraits.map((portrait) =>
        variant === "panel" ? (
          <details key={portrait.id} className="portrait-disclosure">
            <summary>
              {portrait.age === undefined
                ? t("meet", { name: portrait.name })
                : t("meetAge", { name: portrait.name, age: portrait.age })}{" "}
              <span className="summary-fictional">({story("fictional")})</span>
            </summary>
            <PortraitCard
              portrait={portrait}
              jobTitle={job.title}
              companyName={companyName(portrait.company)}
              headingLevel={cardLevel}
              hideName
            />
          </details>
        ) : (
          <PortraitCard
            key={portrait.id}
            portrait={portrait}
            jobTitle={job.title}
            companyName={companyName(portrait.company)}
            headingLevel={cardLevel}
          />
        ),
      )}
    </section>
  );
}
