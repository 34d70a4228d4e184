import type { ReactNode } from "react";
import type { Transition } from "../content/schema";
import { useDictionary } from "../i18n/useT";
import { storyStrings, themeKey } from "./storyStrings";
import { TransitionIcon } from "./TransitionIcon";
import "./stories.css";

export interface TransitionStoryProps {
  transition: Transition;
  /** Heading level of the story's title (its section heading is one level above, when shown). */
  headingLevel: 2 | 3;
  /** Shows « Inventer un avenir durable » above the story (on the entrance; not in a trade panel). */
  withHeading?: boolean;
  /** What follows the text (e.g. a link to the machine where it happens). */
  children?: ReactNode;
}

/**
 * A company's transition story (« Inventer un avenir durable »): its theme, a title and a short
 * text. Shared by the company's entrance and the trade panel of its "transition" machine.
 */
export function TransitionStory({ transition, headingLevel, withHeading, children }: TransitionStoryProps) {
  const t = useDictionary(storyStrings);
  const Title = headingLevel === 2 ? "h2" : "h3";
  return (
    <section className="transition-story" data-transition-story={transition.theme}>
      {withHeading ? <p className="transition-kicker">{t("transitionHeading")}</p> : null}
      <p className="transition-theme">
        <TransitionIcon theme={transition.theme} />
        {t(themeKey(transition.theme))}
      </p>
      <Title className="transition-title">{transition.title}</Title>
      <p className="transition-text">{transition.text}</p>
      {children}
    </section>
  );
}
