import type { Kysely } from "kysely";

/**
 * Professionals in the class: company keys (`npm run pro:invite`), the slots a company publishes
 * and a teacher books, and the questions and answers a class kept (text only, with the guest's
 * consent). A booked slot keeps no guest secret, not even hashed: the live class holds that.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("company_keys")
    .addColumn("key_hash", "text", (column) => column.primaryKey())
    .addColumn("company", "text", (column) => column.notNull())
    .addColumn("created_at", "text", (column) => column.notNull())
    .execute();

  await db.schema
    .createTable("slots")
    .addColumn("id", "text", (column) => column.primaryKey())
    .addColumn("company", "text", (column) => column.notNull())
    .addColumn("first_name", "text", (column) => column.notNull())
    .addColumn("trade", "text", (column) => column.notNull())
    .addColumn("starts_at", "text", (column) => column.notNull())
    .addColumn("minutes", "integer", (column) => column.notNull())
    .addColumn("created_at", "text", (column) => column.notNull())
    .addColumn("booked_at", "text")
    /** The season's class that booked it, when the teacher booked with a class key. */
    .addColumn("class_id", "text", (column) => column.references("classes.id").onDelete("set null"))
    .execute();
  await db.schema.createIndex("slots_by_start").on("slots").columns(["starts_at"]).execute();
  await db.schema.createIndex("slots_by_company").on("slots").columns(["company", "starts_at"]).execute();

  await db.schema
    .createTable("kept_answers")
    .addColumn("id", "text", (column) => column.primaryKey())
    .addColumn("class_id", "text", (column) => column.notNull().references("classes.id").onDelete("cascade"))
    .addColumn("question", "text", (column) => column.notNull())
    .addColumn("answer", "text", (column) => column.notNull())
    .addColumn("first_name", "text", (column) => column.notNull())
    .addColumn("trade", "text", (column) => column.notNull())
    .addColumn("kept_at", "text", (column) => column.notNull())
    .execute();
  await db.schema.createIndex("kept_answers_by_class").on("kept_answers").column("class_id").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("kept_answers").execute();
  await db.schema.dropTable("slots").execute();
  await db.schema.dropTable("company_keys").execute();
}
