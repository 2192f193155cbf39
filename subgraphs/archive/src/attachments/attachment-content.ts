import type { DataSource, EntityManager } from "typeorm";

/**
 * An attachment's bytes, in `release_attachment_content` beside its row (decision 011, "The bytes in the
 * database"), so every archive instance on the database reads what any of them stored.
 *
 * Not a TypeORM entity: the column is `blob` on SQLite and `bytea` on PostgreSQL, and no column type an
 * entity can declare maps to both (TypeORM refuses an unsupported type at start-up). So the table is made by
 * its migration and reached with these two statements; `release_attachment` stays free of the bytes, and
 * listing attachments never loads them. The foreign key (ON DELETE CASCADE) removes the bytes with the row.
 */
export const CONTENT_TABLE = "release_attachment_content";

/** `?` placeholders, numbered `$1…` on PostgreSQL. */
function statement(dataSource: DataSource, sql: string): string {
  if (dataSource.options.type !== "postgres") return sql;
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

/** Inside the upload's transaction, right after its row. */
export async function insertAttachmentContent(manager: EntityManager, attachmentId: string, content: Buffer): Promise<void> {
  try {
    await manager.query(statement(manager.connection, `INSERT INTO "${CONTENT_TABLE}" ("attachmentId", "content") VALUES (?, ?)`), [attachmentId, content]);
  } catch (error) {
    // TypeORM's QueryFailedError carries the parameters, and the kit logs a failed request's error: not the
    // document itself (personal data, up to 10 MB written out as a list of numbers).
    if (error && typeof error === "object" && "parameters" in error) (error as { parameters: unknown }).parameters = [attachmentId, `<${content.length} bytes>`];
    throw error;
  }
}

/** The bytes, or null for an attachment stored before they moved into the database (a file on disk). */
export async function readAttachmentContent(dataSource: DataSource, attachmentId: string): Promise<Buffer | null> {
  // DataSource.query (not the manager's): a read, so on SQLite it runs beside other reads (decision 023).
  const rows: { content: Buffer | Uint8Array }[] = await dataSource.query(statement(dataSource, `SELECT "content" FROM "${CONTENT_TABLE}" WHERE "attachmentId" = ?`), [attachmentId]);
  const content = rows[0]?.content;
  if (content === undefined || content === null) return null;
  return Buffer.isBuffer(content) ? content : Buffer.from(content);
}
