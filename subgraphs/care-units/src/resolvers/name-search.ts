import type { ObjectLiteral, SelectQueryBuilder } from "typeorm";

/**
 * SQLite's LOWER() and LIKE fold ASCII letters only, so "älvsbyn" would miss "Älvsbyn". The
 * capitals of the region's place names are folded explicitly; on PostgreSQL the REPLACEs are
 * harmless no-ops after LOWER().
 */
const NON_ASCII_CAPITALS = ["Å", "Ä", "Ö", "É", "Ü", "Á"];

function foldedColumn(column: string): string {
  return NON_ASCII_CAPITALS.reduce((sql, capital) => `REPLACE(${sql}, '${capital}', '${capital.toLowerCase()}')`, `LOWER(${column})`);
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Narrows the query to rows where any of the columns contains the text, in any letter case,
 * wildcards taken literally. A NULL column simply does not match.
 */
export function whereContains<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, columns: string[], text: string): SelectQueryBuilder<T> {
  const conditions = columns.map((column) => `${foldedColumn(column)} LIKE :containsText ESCAPE '\\'`);
  return qb.andWhere(`(${conditions.join(" OR ")})`, {
    containsText: `%${escapeLike(text.toLocaleLowerCase("sv-SE"))}%`,
  });
}
