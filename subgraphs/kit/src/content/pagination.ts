import { Field, Int, ObjectType, ArgsType, Directive, type ClassType } from "type-graphql";
import { Brackets, type ObjectLiteral, type SelectQueryBuilder } from "typeorm";
import { Max, Min } from "class-validator";
import { validationFailed } from "../errors.js";

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

interface CursorKey {
  v: string | number | null;
  id: string;
}

const encode = (key: CursorKey) => Buffer.from(JSON.stringify(key)).toString("base64url");

function decode(cursor: string): CursorKey {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as CursorKey;
    if (typeof parsed?.id !== "string") throw new Error("no id");
    return parsed;
  } catch {
    throw validationFailed({ after: ["This cursor is not valid. Start again from the first page."] });
  }
}

/**
 * Keyset pagination on (sortColumn, id): stable under inserts, and the cursor only narrows a
 * query that is already access-filtered, so it can never reach a row the viewer may not see.
 */
export async function paginate<T extends ObjectLiteral & { id: string }>(
  qb: SelectQueryBuilder<T>,
  alias: string,
  sortColumn: string,
  args: { first: number; after?: string | null },
  sortValue: (item: T) => string | number | null,
): Promise<{ edges: Edge<T>[]; pageInfo: PageInfo; totalCount: number }> {
  if (!Number.isInteger(args.first) || args.first < 1 || args.first > MAX_PAGE_SIZE) {
    throw validationFailed({ first: [`Must be between 1 and ${MAX_PAGE_SIZE}.`] });
  }
  const totalCount = await qb.clone().getCount();
  const page = qb.clone();
  if (args.after) {
    const key = decode(args.after);
    page.andWhere(
      new Brackets((b) =>
        b
          .where(`${alias}.${sortColumn} > :afterValue`, { afterValue: key.v })
          .orWhere(`(${alias}.${sortColumn} = :afterValue AND ${alias}.id > :afterId)`, { afterId: key.id }),
      ),
    );
  }
  const rows = await page
    .orderBy(`${alias}.${sortColumn}`, "ASC")
    .addOrderBy(`${alias}.id`, "ASC")
    .take(args.first + 1)
    .getMany();
  const hasNextPage = rows.length > args.first;
  const nodes = rows.slice(0, args.first);
  const edges = nodes.map((node) => ({ node, cursor: encode({ v: sortValue(node), id: node.id }) }));
  return { edges, totalCount, pageInfo: { hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
}
