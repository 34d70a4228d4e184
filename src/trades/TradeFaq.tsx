import { useEffect, useId, useState } from "react";
import { useDictionary } from "../i18n/useT";
import type { FaqEntry } from "../protocol/faqSchema";
import { useStore } from "../state/store";
import { companyFaq } from "./companyFaq";
import { tradeStrings } from "./tradeStrings";

export interface TradeFaqProps {
  /** The company whose panel this is. */
  company: string;
  /** The trade shown (a job id). */
  trade: string;
  /** The trade's title, as each answer is signed. */
  tradeTitle: string;
}

/**
 * « Questions fréquentes » on a trade panel: a company's professionals answer the questions classes
 * ask most (text the company reviewed), each signed « Prénom, métier ». Nothing at all without
 * entries or without a hub. DOM: `[data-trade-faq]` on each entry.
 */
export function TradeFaq({ company, trade, tradeTitle }: TradeFaqProps) {
  const t = useDictionary(tradeStrings);
  const titleId = useId();
  const noHub = useStore((s) => s.hubHealth === "unavailable");
  const [entries, setEntries] = useState<FaqEntry[]>([]);

  useEffect(() => {
    if (noHub) return;
    let current = true;
    void companyFaq(company).then((all) => {
      if (current) setEntries(all);
    });
    return () => {
      current = false;
    };
  }, [company, noHub]);

  const mine = entries.filter((entry) => entry.trade === trade);
  if (mine.length === 0) return null;
  return (
    <section className="trade-faq" aria-labelledby={titleId}>
      <h3 id={titleId}>{t("faqHeading")}</h3>
      <p className="trade-faq-intro">{t("faqIntro")}</p>
      {mine.map((entry) => (
        <article key={entry.faqId} className="trade-faq-entry" data-trade-faq={entry.faqId}>
          <h4>{entry.question}</h4>
          <p className="trade-faq-answer">{entry.answer}</p>
          <p className="trade-faq-by">— {t("faqBy", { firstName: entry.firstName, trade: tradeTitle })}</p>
        </article>
      ))}
    </section>
  );
}
