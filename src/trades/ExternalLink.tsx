import type { ReactNode } from "react";
import { useDictionary } from "../i18n/useT";
import { tradeStrings } from "./tradeStrings";

export interface ExternalLinkProps {
  href: string;
  children: ReactNode;
  className?: string | undefined;
}

/**
 * A plain link to a public reference (ONISEP, France Travail, a statistical source) that opens a
 * new tab and says so. The app itself never fetches it; `noreferrer` sends no address.
 */
export function ExternalLink({ href, children, className }: ExternalLinkProps) {
  const t = useDictionary(tradeStrings);
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" className={className} data-external="">
      {children}
      <span aria-hidden="true"> ↗</span>
      <span className="visually-hidden"> {t("newTab")}</span>
    </a>
  );
}
