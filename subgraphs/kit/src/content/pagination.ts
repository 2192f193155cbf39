import { Field, Int, ObjectType, ArgsType, Directive, type ClassType } from "type-graphql";
import { Brackets, type ObjectLiteral, type SelectQueryBuilder } from "typeorm";
import { Max, Min } from "class-validator";
import { badUserInput, validationFailed } from "../errors.js";

@ObjectType()
@Directive("@shareable")
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: `How many items, 1 to ${MAX_PAGE_SIZE}.` })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first: number = 20;

  @Field(() => String, { nullable: true, description: "The endCursor of the previous page." })
  after?: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

/** A Relay connection type per node type; type-graphql builds one GraphQL type per call. */
export function Connection<T extends object>(node: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field(() => String)
    cursor!: string;

    @Field(() => node)
    node!: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionType {
    @Field(() => [EdgeType])
    edges!: Edge<T>[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: "How many items match, across all pages." })
    totalCount!: number;
  }
  return ConnectionType;
}

export interface CursorKey {
  v: string | number | null;
  id: string;
}

/** Long enough for any cursor we issue (a sort value of a few hundred characters and an id). */
const MAX_CURSOR_LENGTH = 2_048;

/** A cursor is (sort value, id) as base64url JSON; exported for tests that forge one. */
export const encodeCursor = (key: CursorKey) => Buffer.from(JSON.stringify(key)).toString("base64url");

const invalidCursor = () => badUserInput("This cursor is not valid. Start again from the first page.", "after");

const isSortValue = (v: unknown) => v === null || typeof v === "string" || (typeof v === "number" && Number.isFinite(v));

/**
 * Anyone can write a cursor, so it is checked as strictly as any other input: exactly a sort value
 * (text, a finite number or null) and an id. An object or an array would otherwise reach the SQL
 * parameters, and 1e999 parses to Infinity, which TypeORM writes into the SQL text.
 */
function decodeCursor(cursor: string): CursorKey {
  if (cursor.length > MAX_CURSOR_LENGTH) throw invalidCursor();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw invalidCursor();
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw invalidCursor();
  const { v, id, ...rest } = parsed as Record<string, unknown>;
  if (!("v" in parsed) || !isSortValue(v) || typeof id !== "string" || id === "" || Object.keys(rest).length > 0) throw invalidCursor();
  return { v: v as CursorKey["v"], id };
}

function checkPageSize(first: number) {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw validationFailed({ first: [`Must be between 1 and ${MAX_PAGE_SIZE}.`] });
  }
}

/** Narrows a page query to what follows the cursor's position on (sort, id). */
function whereAfter<T extends ObjectLiteral>(page: SelectQueryBuilder<T>, alias: string, sort: string, key: CursorKey) {
  page.andWhere(
    new Brackets((b) =>
      b.where(`${sort} > :afterValue`, { afterValue: key.v }).orWhere(`(${sort} = :afterValue AND ${alias}.id > :afterId)`, { afterId: key.id }),
    ),
  );
}

/**
 * Keyset pagination on (sortColumn, id): stable under inserts, and the cursor only narrows a
 * query that is already access-filtered, so it can never reach a row the viewer may not see. A
 * cursor forged from a hidden row's key is just a position: the page after it is the same whether
 * that row exists or not.
 */
export async function paginate<T extends ObjectLiteral & { id: string }>(
  qb: SelectQueryBuilder<T>,
  alias: string,
  sortColumn: string,
  args: { first: number; after?: string | null },
  sortValue: (item: T) => string | number | null,
): Promise<{ edges: Edge<T>[]; pageInfo: PageInfo; totalCount: number }> {
  checkPageSize(args.first);
  const totalCount = await qb.clone().getCount();
  const page = qb.clone();
  if (args.after) whereAfter(page, alias, `${alias}.${sortColumn}`, decodeCursor(args.after));
  const rows = await page
    .orderBy(`${alias}.${sortColumn}`, "ASC")
    .addOrderBy(`${alias}.id`, "ASC")
    .take(args.first + 1)
    .getMany();
  const hasNextPage = rows.length > args.first;
  const nodes = rows.slice(0, args.first);
  const edges = nodes.map((node) => ({ node, cursor: encodeCursor({ v: sortValue(node), id: node.id }) }));
  return { edges, totalCount, pageInfo: { hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
}

/**
 * The same keyset pagination, ordered by a numeric SQL expression rather than a column: a distance
 * from a point given in the query, say. The expression must never be NULL, and its parameters must be
 * set on `qb`. Each cursor carries the value the database computed for its row, so the next page
 * continues exactly where this one ended, whatever floating-point rounding the code would have done.
 */
export async function paginateByExpression<T extends ObjectLiteral & { id: string }>(
  qb: SelectQueryBuilder<T>,
  alias: string,
  expression: string,
  args: { first: number; after?: string | null },
): Promise<{ edges: Edge<T>[]; pageInfo: PageInfo; totalCount: number }> {
  checkPageSize(args.first);
  const totalCount = await qb.clone().getCount();
  const page = qb.clone();
  if (args.after) {
    const key = decodeCursor(args.after);
    // A cursor from another ordering (a name where a number belongs) is not a position in this one.
    if (typeof key.v !== "number") throw invalidCursor();
    whereAfter(page, alias, `(${expression})`, key);
  }
  const { entities, raw } = await page
    .addSelect(`(${expression})`, "keyset_sort")
    .orderBy(`(${expression})`, "ASC")
    .addOrderBy(`${alias}.id`, "ASC")
    .take(args.first + 1)
    .getRawAndEntities();
  const sortById = new Map((raw as Record<string, unknown>[]).map((row) => [String(row[`${alias}_id`]), Number(row.keyset_sort)]));
  const hasNextPage = entities.length > args.first;
  const nodes = entities.slice(0, args.first);
  const edges = nodes.map((node) => ({ node, cursor: encodeCursor({ v: sortById.get(node.id) ?? null, id: node.id }) }));
  return { edges, totalCount, pageInfo: { hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
}
