import { type Kysely, sql } from "kysely";

/**
 * The class season: classes, their sessions (aggregates), what they met, challenges and the
 * classes in them. Deleting a class deletes its rows (foreign keys, `on delete cascade`).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("classes")
    .addColumn("id", "text", (column) => column.primaryKey())
    .addColumn("key_hash", "text", (column) => column.notNull())
    .addColumn("school", "text", (column) => column.notNull())
    .addColumn("town", "text", (column) => column.notNull())
    .addColumn("departement", "text", (column) => column.notNull())
    .addColumn("level", "text", (column) => column.notNull())
    .addColumn("label", "text", (column) => column.notNull())
    .addColumn("created_at", "text", (column) => column.notNull())
    .execute();

  await db.schema
    .createTable("sessions")
    .addColumn("id", "text", (column) => column.primaryKey())
    .addColumn("class_id", "text", (column) => column.notNull().references("classes.id").onDelete("cascade"))
    .addColumn("tour", "text", (column) => column.notNull())
    .addColumn("ended_at", "text", (column) => column.notNull())
    .addColumn("ended_on", "text", (column) => column.notNull())
    .addColumn("pupils", "integer", (column) => column.notNull())
    .addColumn("stops", "integer", (column) => column.notNull())
    .addColumn("completed", "integer", (column) => column.notNull())
    .addColumn("right_share", "integer")
    .addColumn("new_trades", "integer", (column) => column.notNull())
    .addColumn("points", "integer", (column) => column.notNull())
    .execute();
  await db.schema.createIndex("sessions_by_class").on("sessions").columns(["class_id", "ended_at"]).execute();

  await db.schema
    .createTable("session_answers")
    .addColumn("session_id", "text", (column) =>
      column.notNull().references("sessions.id").onDelete("cascade"),
    )
    .addColumn("class_id", "text", (column) => column.notNull().references("classes.id").onDelete("cascade"))
    .addColumn("step", "integer", (column) => column.notNull())
    .addColumn("correct", "integer", (column) => column.notNull())
    .addColumn("total", "integer", (column) => column.notNull())
    .addPrimaryKeyConstraint("session_answers_key", ["session_id", "step"])
    .execute();
  await db.schema.createIndex("session_answers_by_class").on("session_answers").column("class_id").execute();

  for (const [table, column] of [
    ["class_trades", "trade"],
    ["class_sectors", "sector"],
    ["class_companies", "company"],
  ] as const) {
    await db.schema
      .createTable(table)
      .addColumn("class_id", "text", (c) => c.notNull().references("classes.id").onDelete("cascade"))
      .addColumn(column, "text", (c) => c.notNull())
      .addColumn("first_at", "text", (c) => c.notNull())
      .addPrimaryKeyConstraint(`${table}_key`, ["class_id", column])
      .execute();
  }

  await db.schema
    .createTable("defis")
    .addColumn("code", "text", (column) => column.primaryKey())
    .addColumn("title", "text", (column) => column.notNull())
    .addColumn("starts_on", "text", (column) => column.notNull())
    .addColumn("ends_on", "text", (column) => column.notNull())
    .addColumn("tours", "text", (column) => column.notNull())
    .addColumn("organiser_key_hash", "text", (column) => column.notNull())
    .addColumn("created_at", "text", (column) => column.notNull())
    .execute();

  await db.schema
    .createTable("defi_classes")
    .addColumn("defi_code", "text", (column) => column.notNull().references("defis.code").onDelete("cascade"))
    .addColumn("class_id", "text", (column) => column.notNull().references("classes.id").onDelete("cascade"))
    .addColumn("joined_at", "text", (column) => column.notNull())
    .addColumn("hidden", "integer", (column) => column.notNull().defaultTo(0))
    .addColumn("points", "integer", (column) => column.notNull().defaultTo(0))
    .addColumn("points_at", "text", (column) => column.notNull())
    .addPrimaryKeyConstraint("defi_classes_key", ["defi_code", "class_id"])
    .execute();
  // The ranking is one read of this index: a challenge's classes by points, earliest first on a tie.
  await db.schema
    .createIndex("defi_classes_ranking")
    .on("defi_classes")
    .expression(sql`defi_code, points desc, points_at, class_id`)
    .execute();
  await db.schema.createIndex("defi_classes_by_class").on("defi_classes").column("class_id").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    "defi_classes",
    "defis",
    "class_companies",
    "class_sectors",
    "class_trades",
    "session_answers",
    "sessions",
    "classes",
  ])
    await db.schema.dropTable(table).ifExists().execute();
}
