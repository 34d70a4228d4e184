import type { Generated, Insertable, Selectable } from "kysely";

/**
 * The class season's tables, as Kysely sees them. Both engines (SQLite, PostgreSQL) hold the same
 * columns: dates are ISO text (`2026-12-06T02:40:00.000Z`, days `2026-12-06`), flags are 0/1
 * integers, lists are JSON text, so every query reads the same on both.
 *
 * What is never here: a pupil's pseudonym, a pupil's answer, an address or its hash. A class is a
 * school, a town, a level and a label chosen by the teacher; a session is aggregates only.
 */
export interface Database {
  classes: ClassesTable;
  sessions: SessionsTable;
  session_answers: SessionAnswersTable;
  class_trades: DiscoveryTable<"trade">;
  class_sectors: DiscoveryTable<"sector">;
  class_companies: DiscoveryTable<"company">;
  defis: DefisTable;
  defi_classes: DefiClassesTable;
  company_keys: CompanyKeysTable;
  slots: SlotsTable;
  kept_answers: KeptAnswersTable;
  faq_entries: FaqEntriesTable;
}

export interface ClassesTable {
  /** Public id (shown in the class card), 10 characters. */
  id: string;
  /** SHA-256 of the class key: the key itself is only in the teacher's browser. */
  key_hash: string;
  school: string;
  town: string;
  /** Département number (`13`, `2A`…) from the town, for the ranking. */
  departement: string;
  level: string;
  label: string;
  created_at: string;
}

/** One live session led with the class key, ended: aggregates only. */
export interface SessionsTable {
  id: string;
  class_id: string;
  tour: string;
  ended_at: string;
  /** The day it ended in France (`YYYY-MM-DD`, Europe/Paris), for the challenges' dates. */
  ended_on: string;
  /** How many pupils took part (a count, no name). */
  pupils: number;
  /** Stops shown to the class during the session. */
  stops: number;
  /** 1 when the last stop of the tour was reached. */
  completed: number;
  /** Class share of right answers over the session's questions, in per cent (0 to 100), or null without question. */
  right_share: number | null;
  /** Trades met for the first time by this class in this session. */
  new_trades: number;
  /** Points of the session (rules in seasonRules.ts). */
  points: number;
}

/** The class's share of right answers to one question of a session. */
export interface SessionAnswersTable {
  session_id: string;
  class_id: string;
  step: number;
  correct: number;
  total: number;
}

/** What a class met, once per thing, with the date it was first met. */
export type DiscoveryTable<K extends string> = { class_id: string; first_at: string } & {
  [key in K]: string;
};

export interface DefisTable {
  /** The challenge's public code (6 characters, the live class alphabet). */
  code: string;
  title: string;
  /** First and last day, inclusive (`YYYY-MM-DD`, Europe/Paris days). */
  starts_on: string;
  ends_on: string;
  /** JSON array of tour ids. */
  tours: string;
  organiser_key_hash: string;
  created_at: string;
}

/** A class in a challenge, with its points kept up to date in the session's write. */
export interface DefiClassesTable {
  defi_code: string;
  class_id: string;
  joined_at: string;
  /** 1 when the organiser hid the class from the ranking. */
  hidden: Generated<number>;
  points: Generated<number>;
  /** When the points last changed: the earlier class ranks first on a tie of points. */
  points_at: string;
}

export type ClassRow = Selectable<ClassesTable>;
export type NewClass = Insertable<ClassesTable>;
export type SessionRow = Selectable<SessionsTable>;
export type DefiRow = Selectable<DefisTable>;

/** A company's key (`npm run pro:invite -- <company>`), kept as its SHA-256 only. */
export interface CompanyKeysTable {
  key_hash: string;
  company: string;
  created_at: string;
}

/** A time when one of a company's professionals can answer a class, open or booked. */
export interface SlotsTable {
  id: string;
  company: string;
  /** A first name only: no surname is asked. */
  first_name: string;
  /** A trade of the catalogue, by id. */
  trade: string;
  starts_at: string;
  minutes: number;
  created_at: string;
  booked_at: string | null;
  class_id: string | null;
}

/** A question and a professional's answer that a class kept, with the professional's consent. */
export interface KeptAnswersTable {
  id: string;
  class_id: string;
  question: string;
  answer: string;
  first_name: string;
  trade: string;
  kept_at: string;
}

export type SlotRow = Selectable<SlotsTable>;
export type KeptAnswerRow = Selectable<KeptAnswersTable>;

/** « Questions fréquentes »: a professional's answer a company keeps on one of its trades' panels. */
export interface FaqEntriesTable {
  id: string;
  company: string;
  /** A trade of the company's machines, by id. */
  trade: string;
  question: string;
  answer: string;
  /** A first name only: no surname is asked. */
  first_name: string;
  published_at: string;
}

export type FaqEntryRow = Selectable<FaqEntriesTable>;
