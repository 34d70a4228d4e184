import { type FormEvent, useCallback, useEffect, useId, useState } from "react";
import type { Job } from "../content/schema";
import { useDictionary } from "../i18n/useT";
import { type FaqEntry, faqLimits, faqListSchema, faqPath } from "../protocol/faqSchema";
import { showLiveProblem } from "../state/liveActions";
import { hubRequest } from "./liveClient";
import { proFaqStrings } from "./proFaqStrings";
import { useTradeTitle } from "./useTradeTitle";

export interface ProFaqSectionProps {
  /** The company opened with its key. */
  company: string;
  companyKey: string;
  /** The company's trades (from its machines), as the trade list offers them. */
  jobs: readonly Job[];
}

/** The company's entries, as anyone reads them, fresh (not the minute a cache may keep). */
async function readEntries(company: string): Promise<FaqEntry[] | null> {
  try {
    const response = await fetch(faqPath(company), { cache: "no-store" });
    if (!response.ok) return null;
    const parsed = faqListSchema.safeParse(await response.json());
    return parsed.success ? parsed.data.entries : null;
  } catch {
    return null;
  }
}

/**
 * `#/pro`, once the company is open: « Questions fréquentes ». The company writes (or pastes) a
 * question and the answer it reviewed, picks the trade's panel and the first name that signs it;
 * it sees its entries and removes one. DOM: `[data-faq-entry]` on each entry.
 */
export function ProFaqSection({ company, companyKey, jobs }: ProFaqSectionProps) {
  const t = useDictionary(proFaqStrings);
  const tradeTitle = useTradeTitle();
  const ids = { trade: useId(), name: useId(), question: useId(), answer: useId(), title: useId() };
  const [entries, setEntries] = useState<FaqEntry[]>([]);
  const [trade, setTrade] = useState("");
  const [firstName, setFirstName] = useState("");
  const [question, setQuestion] = useState("");
  const [answer, setAnswer] = useState("");
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<"published" | "removed" | null>(null);

  const refresh = useCallback(async () => {
    const found = await readEntries(company);
    if (found) setEntries(found);
  }, [company]);
  useEffect(() => {
    void refresh();
  }, [refresh]);

  const publish = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    const reply = await hubRequest("faq:publish", {
      companyKey,
      company,
      trade,
      question,
      answer,
      firstName,
    });
    setBusy(false);
    showLiveProblem(reply.ok ? null : reply.error);
    setDone(reply.ok ? "published" : null);
    if (!reply.ok) return;
    setQuestion("");
    setAnswer("");
    await refresh();
  };

  const remove = async (faqId: string) => {
    const reply = await hubRequest("faq:remove", { companyKey, company, faqId });
    showLiveProblem(reply.ok ? null : reply.error);
    setDone(reply.ok ? "removed" : null);
    if (reply.ok) setEntries((list) => list.filter((entry) => entry.faqId !== faqId));
  };

  const ready = trade !== "" && firstName.trim() !== "" && question.trim() !== "" && answer.trim() !== "";
  return (
    <section className="pro-faq" aria-labelledby={ids.title}>
      <h3 id={ids.title}>{t("faqTitle")}</h3>
      <p className="muted">{t("faqIntro")}</p>
      <form className="class-join-form pro-faq-form" onSubmit={(event) => void publish(event)}>
        <label htmlFor={ids.trade}>{t("faqTrade")}</label>
        <select id={ids.trade} required value={trade} onChange={(event) => setTrade(event.target.value)}>
          <option value="">—</option>
          {jobs.map((job) => (
            <option key={job.id} value={job.id}>
              {job.title}
            </option>
          ))}
        </select>
        <label htmlFor={ids.name}>{t("faqFirstName")}</label>
        <input
          id={ids.name}
          required
          maxLength={40}
          autoComplete="off"
          value={firstName}
          onChange={(event) => setFirstName(event.target.value)}
        />
        <label htmlFor={ids.question}>{t("faqQuestion")}</label>
        <textarea
          id={ids.question}
          required
          rows={2}
          maxLength={faqLimits.questionMax}
          value={question}
          onChange={(event) => setQuestion(event.target.value)}
        />
        <p className="muted pro-faq-count">
          {t("faqCount", { n: question.length, max: faqLimits.questionMax })}
        </p>
        <label htmlFor={ids.answer}>{t("faqAnswer")}</label>
        <textarea
          id={ids.answer}
          required
          rows={6}
          maxLength={faqLimits.answerMax}
          value={answer}
          onChange={(event) => setAnswer(event.target.value)}
        />
        <p className="muted pro-faq-count">{t("faqCount", { n: answer.length, max: faqLimits.answerMax })}</p>
        <button type="submit" className="button" disabled={busy || !ready}>
          {t("faqPublish")}
        </button>
        {done ? <p role="status">{t(done === "published" ? "faqPublished" : "faqRemoved")}</p> : null}
      </form>
      <h3>{t("faqListTitle")}</h3>
      {entries.length === 0 ? <p className="muted">{t("faqEmpty")}</p> : null}
      <ul className="pro-faq-list">
        {entries.map((entry) => (
          <li key={entry.faqId} data-faq-entry={entry.faqId}>
            <p>
              <strong>{entry.question}</strong>
            </p>
            <p className="pro-faq-answer">{entry.answer}</p>
            <p className="muted">
              — {t("faqBy", { firstName: entry.firstName, trade: tradeTitle(entry.trade) })}
            </p>
            <button
              type="button"
              className="button secondary"
              aria-label={t("faqRemoveLabel", { question: entry.question })}
              onClick={() => void remove(entry.faqId)}
            >
              {t("faqRemove")}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
