import type { Kysely } from "kysely";

/**
 * « Questions fréquentes »: a professional's answers that a company keeps on its trade panels,
 * text the company reviewed. A first name and a trade sign each answer: no surname, nothing of a
 * pupil or a class.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("faq_entries")
    .addColumn("id", "text", (column) => column.primaryKey())
    .addColumn("company", "text", (column) => column.notNull())
    .addColumn("trade", "text", (column) => column.notNull())
    .addColumn("question", "text", (column) => column.notNull())
    .addColumn("answer", "text", (column) => column.notNull())
    .addColumn("first_name", "text", (column) => column.notNull())
    .addColumn("published_at", "text", (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex("faq_entries_by_company")
    .on("faq_entries")
    .columns(["company", "published_at"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("faq_entries").execute();
}
