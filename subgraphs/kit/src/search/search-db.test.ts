import "reflect-metadata";
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DataSource, EntitySchema } from "typeorm";
import { foldForSearch } from "./fold.js";
import { runSearch } from "./run-search.js";
import { createSearchIndex, dropSearchIndex, sqlLabels, sqlWords, type SearchIndexSpec } from "./search-index.js";
import { registerSearchFunctions } from "./sql.js";
import { SearchHitType, type SearchArgs } from "./types.js";

/**
 * The kit's search against a real database, the same tests on both drivers: SQLite (FTS5) always,
 * PostgreSQL when TEST_DATABASE_URL is set (in a schema of its own, dropped at the end).
 */

interface Article {
  id: number;
  title: string;
  summary: string | null;
  body: string | null;
  kind: string;
  groupId: number;
  visible: number;
}

const ArticleEntity = new EntitySchema<Article>({
  name: "SearchTestArticle",
  tableName: "article",
  columns: {
    id: { type: "integer", primary: true },
    title: { type: "varchar" },
    summary: { type: "text", nullable: true },
    body: { type: "text", nullable: true },
    kind: { type: "varchar" },
    groupId: { type: "integer" },
    visible: { type: "integer" },
  },
});

/** Like a subgraph's spec: labels, concat_ws, replace, coalesce and a correlated subquery, and a dependency. */
const spec: SearchIndexSpec = {
  name: "article_search",
  source: "article",
  title: `r."title"`,
  keywords: sqlWords(
    `r."summary"`,
    `replace(coalesce(r."kind", ''), '_', ' ')`,
    sqlLabels(`r."kind"`, { HEALTH_CENTRE: "vårdcentral hälsocentral", EMERGENCY: "akutmottagning akuten" }),
    `(SELECT concat_ws(' ', g."name", g."region") FROM "article_group" g WHERE g."id" = r."groupId")`,
  ),
  body: `r."body"`,
  dependsOn: [{ table: "article_group", where: `r."groupId" = NEW."id"` }],
};

const DDL = [
  `CREATE TABLE "article_group" ("id" integer PRIMARY KEY, "name" varchar(100) NOT NULL, "region" varchar(50))`,
  `CREATE TABLE "article" ("id" integer PRIMARY KEY, "title" varchar(200) NOT NULL, "summary" text, "body" text, "kind" varchar(32) NOT NULL, ` +
    `"groupId" integer NOT NULL REFERENCES "article_group" ("id") ON DELETE CASCADE, "visible" integer NOT NULL DEFAULT 1)`,
];

interface Driver {
  name: string;
  postgres: boolean;
  open(): Promise<{ dataSource: DataSource; close(): Promise<void>; second(): Promise<DataSource> }>;
}

const pgUrl = process.env.TEST_DATABASE_URL || undefined;

const sqlite: Driver = {
  name: "SQLite",
  postgres: false,
  async open() {
    const dataSource = new DataSource({
      type: "better-sqlite3",
      database: ":memory:",
      entities: [ArticleEntity],
      prepareDatabase: (db: Parameters<typeof registerSearchFunctions>[0]) => registerSearchFunctions(db),
    });
    await dataSource.initialize();
    return { dataSource, close: () => dataSource.destroy(), second: async () => dataSource };
  },
};

const postgres: Driver = {
  name: "PostgreSQL",
  postgres: true,
  async open() {
    const schema = `search_helper_${randomBytes(4).toString("hex")}`;
    const make = async () => {
      const dataSource = new DataSource({
        type: "postgres",
        url: pgUrl,
        schema,
        entities: [ArticleEntity],
        extra: { options: `-c search_path=${schema}`, max: 2 },
      });
      await dataSource.initialize();
      return dataSource;
    };
    const admin = new DataSource({ type: "postgres", url: pgUrl });
    await admin.initialize();
    await admin.query(`CREATE SCHEMA "${schema}"`);
    await admin.destroy();
    const dataSource = await make();
    const others: DataSource[] = [];
    return {
      dataSource,
      second: async () => {
        const other = await make();
        others.push(other);
        return other;
      },
      async close() {
        for (const other of others) await other.destroy();
        await dataSource.query(`DROP SCHEMA "${schema}" CASCADE`);
        await dataSource.destroy();
      },
    };
  },
};

const drivers = [sqlite, ...(pgUrl ? [postgres] : [])];

describe.each(drivers)("search on $name", (driver) => {
  let db: Awaited<ReturnType<Driver["open"]>>;
  let ds: DataSource;
  let nextId = 1;
  const ids: Record<string, number> = {};

  /** `?` placeholders on both drivers. */
  const sql = (text: string, params: unknown[] = []) => {
    let n = 0;
    return ds.query(driver.postgres ? text.replace(/\?/g, () => `$${++n}`) : text, params);
  };
  const add = async (key: string, row: Partial<Article> & { title: string }) => {
    const id = nextId++;
    ids[key] = id;
    await sql(`INSERT INTO "article" ("id", "title", "summary", "body", "kind", "groupId", "visible") VALUES (?, ?, ?, ?, ?, ?, ?)`, [
      id,
      row.title,
      row.summary ?? null,
      row.body ?? null,
      row.kind ?? "OTHER",
      row.groupId ?? 1,
      row.visible ?? 1,
    ]);
    return id;
  };
  const search = (text: string, args: Partial<SearchArgs> = {}, dataSource = ds) =>
    runSearch({
      dataSource,
      index: spec,
      query: dataSource.getRepository(ArticleEntity).createQueryBuilder("a").where("a.visible = 1"),
      keyColumn: "a.id",
      keyOf: (article) => article.id,
      toHit: (article) => ({
        type: SearchHitType.GUIDELINE,
        id: String(article.id),
        title: article.title,
        snippetFrom: [article.body, article.summary],
        path: `/artikel/${article.id}`,
        region: "Test",
      }),
      args: { text, first: 10, ...args },
    });
  const keys = async (text: string, args: Partial<SearchArgs> = {}) => {
    const byId = new Map(Object.entries(ids).map(([key, id]) => [String(id), key]));
    return (await search(text, args)).hits.map((hit) => byId.get(hit.id) ?? hit.id);
  };
  const indexed = async () => Number((await sql(`SELECT count(*) AS n FROM "article_search"`))[0].n);

  beforeAll(async () => {
    db = await driver.open();
    ds = db.dataSource;
    for (const statement of DDL) await ds.query(statement);
    await sql(`INSERT INTO "article_group" ("id", "name", "region") VALUES (?, ?, ?), (?, ?, ?)`, [1, "Norrbottens vårdguide", "Norrbotten", 2, "Kronobergs sidor", "Kronoberg"]);
    // Rows there before the index: the migration's fill indexes them.
    await add("årsta", { title: "Vårdcentral Årstaviken", summary: "Luleå", kind: "HEALTH_CENTRE" });
    await add("arsta", { title: "Hälsocentral Arstaberg", summary: "Boden", body: "Mottagning för vuxna.", kind: "HEALTH_CENTRE" });
    const runner = ds.createQueryRunner();
    try {
      await createSearchIndex(runner, spec);
    } finally {
      await runner.release();
    }
    // Rows after: the triggers index them.
    await add("régine", { title: "Kuratorsmottagning Café Régine", summary: "Piteå" });
    await add("teleborg", { title: "Vårdcentral Teleborg", summary: "Växjö", kind: "HEALTH_CENTRE", groupId: 2 });
    await add("akut", { title: "Sunderby sjukhus", summary: "Luleå", kind: "EMERGENCY" });
    await add("title", { title: "Sjömanskyrkans mottagning", summary: "Kiruna" });
    await add("body", {
      title: "Hamnens hälsocentral",
      summary: "Kiruna",
      kind: "HEALTH_CENTRE",
      body: "Vi finns i hamnen, granne med sjömanskyrkan, och tar emot både besökare och boende i hamnområdet.",
    });
    await add("web", { title: "Rådgivning dygnet runt", body: "Ring 1177 eller gå in på www.1177.se; e-tjänster för receptförnyelse." });
    await add("hidden", { title: "Hemlighetsfulla enheten", visible: 0 });
  });
  afterAll(async () => {
    await db?.close();
  });

  it("indexed the rows already there when the index was made, and every row after", async () => {
    expect(await indexed()).toBe(Object.keys(ids).length);
    expect(await keys("årstaviken")).toEqual(["årsta"]);
  });

  it("keeps å, ä and ö as letters: 'årsta' is not 'arsta'", async () => {
    expect(await keys("årsta")).toEqual(["årsta"]);
    expect(await keys("arsta")).toEqual(["arsta"]);
    expect(await keys("ÅRSTAVIKEN")).toEqual(["årsta"]);
  });

  it("folds other accents and case: 'cafe', 'regine' and 'RÉGINE' find Café Régine", async () => {
    for (const text of ["cafe", "café", "regine", "Régine", "RÉGINE"]) expect(await keys(text), text).toEqual(["régine"]);
  });

  it("matches prefixes, needs every word, and splits words where FTS5 does", async () => {
    const vardc = await keys("vårdc");
    expect(new Set(vardc.slice(0, 2))).toEqual(new Set(["årsta", "teleborg"]));
    expect(new Set(vardc.slice(2))).toEqual(new Set(["arsta", "body"]));
    expect(await keys("vårdcentral växjö")).toEqual(["teleborg"]);
    expect((await search("teleborg kiruna")).totalCount).toBe(0);
    for (const text of ["1177", "1177.se", "www", "se", "tjänster", "e-tjänster", "receptförnyelse;"]) expect(await keys(text), text).toEqual(["web"]);
  });

  it("finds the words of labels, replace(), and the correlated subquery", async () => {
    expect(await keys("akutmottagning")).toEqual(["akut"]);
    expect(await keys("health centre teleborg")).toEqual(["teleborg"]);
    expect(await keys("kronobergs")).toEqual(["teleborg"]);
  });

  it("treats query syntax of either engine as separators, never as an error", async () => {
    for (const text of ['"', "*", "NEAR(", "OR", "-", ":", "^", "årsta* & | ! <-> :* 'x' \\", 'årsta" OR "x', "title:årsta", "((", "a:*B", "årsta & !arsta"]) {
      expect((await search(text)).totalCount, text).toBeGreaterThanOrEqual(0);
    }
    expect(await keys("-årsta")).toEqual(["årsta"]);
    expect(await keys("årsta & !arsta")).toEqual([]);
  });

  it("ranks a title hit above a body hit, and scores it higher", async () => {
    const data = await search("sjömanskyrkan");
    expect(data.hits.map((hit) => hit.id)).toEqual([String(ids.title), String(ids.body)]);
    expect(data.hits[0]!.score).toBeGreaterThan(data.hits[1]!.score);
    expect(data.hits[0]!.title.highlights).toEqual([{ start: 0, length: "Sjömanskyrkans".length }]);
  });

  it("pages with a cursor, scores relative to the best hit of the whole search", async () => {
    const all = await search("vårdc");
    const first = await search("vårdc", { first: 3 });
    expect(first.totalCount).toBe(4);
    const second = await search("vårdc", { first: 3, after: first.pageInfo.endCursor });
    expect([...first.hits, ...second.hits].map((hit) => hit.id)).toEqual(all.hits.map((hit) => hit.id));
    expect(second.hits[0]!.score).toBe(all.hits[3]!.score);
  });

  it("corrects a misspelling from the vocabulary and says so", async () => {
    for (const [typed, meant] of [
      ["vårdcentarl", "vårdcentral"],
      ["sunderbi", "sunderby"],
      ["vaxjo", "växjö"],
    ] as const) {
      const data = await search(typed);
      expect(data.didYouMean, typed).toBe(meant);
      expect(data.totalCount).toBeGreaterThan(0);
    }
    expect((await search("teleborg")).didYouMean).toBeNull();
    expect(await search("xyzzyqwerty")).toMatchObject({ totalCount: 0, didYouMean: null });
  });

  it("never finds or corrects towards what the query may not show", async () => {
    expect((await search("hemlighetsfulla")).totalCount).toBe(0);
    expect(await search("hemlighetsfula")).toMatchObject({ totalCount: 0, didYouMean: null });
  });

  it("follows inserts, updates and deletes of the content table", async () => {
    const id = await add("moved", { title: "Flyttenheten Gammelstad" });
    expect(await keys("gammelstad")).toEqual(["moved"]);
    await sql(`UPDATE "article" SET "title" = ? WHERE "id" = ?`, ["Flyttenheten Nystad", id]);
    expect((await search("gammelstad")).totalCount).toBe(0);
    expect(await keys("nystad")).toEqual(["moved"]);
    await sql(`DELETE FROM "article" WHERE "id" = ?`, [id]);
    delete ids.moved;
    expect((await search("nystad")).totalCount).toBe(0);
    expect(await indexed()).toBe(Object.keys(ids).length);
  });

  it("indexes a row again when a table it depends on changes (dependsOn)", async () => {
    expect(await keys("sidor")).toEqual(["teleborg"]);
    await sql(`UPDATE "article_group" SET "name" = ? WHERE "id" = ?`, ["Smålands webbplats", 2]);
    expect(await search("sidor")).toMatchObject({ totalCount: 0, didYouMean: null });
    expect(await keys("smålands webbpl")).toEqual(["teleborg"]);
    expect(await indexed()).toBe(Object.keys(ids).length);
  });

  it.runIf(driver.postgres)("PostgreSQL: vp_search_fold folds every BMP character exactly as foldForSearch", async () => {
    let all = "";
    for (let code = 1; code <= 0xffff; code++) if (code < 0xd800 || code > 0xdfff) all += String.fromCharCode(code);
    all += "😀 𝐀 e\u0301";
    const [{ folded }] = await ds.query(`SELECT vp_search_fold($1) AS folded`, [all]);
    expect(folded === foldForSearch(all)).toBe(true);
    const [{ empty }] = await ds.query(`SELECT vp_search_fold(NULL) AS empty`);
    expect(empty).toBe("");
  });

  it.runIf(driver.postgres)("PostgreSQL: a dropped trigger is made again and the index rebuilt on the next connection", async () => {
    await ds.query(`DROP TRIGGER "article_search_au" ON "article"`);
    await sql(`UPDATE "article" SET "title" = ? WHERE "id" = ?`, ["Sunderby länssjukhus", ids.akut]);
    const other = await db.second();
    const found = await search("länssjukhus", {}, other);
    expect(found.hits.map((hit) => hit.id)).toEqual([String(ids.akut)]);
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM pg_trigger WHERE tgname = 'article_search_au'`);
    expect(n).toBe(1);
    await sql(`UPDATE "article" SET "title" = ? WHERE "id" = ?`, ["Sunderby sjukhus", ids.akut]);
    expect(await keys("länssjukhus")).toEqual([]);
  });

  it.runIf(driver.postgres)("PostgreSQL: the triggers work from a connection with another search_path", async () => {
    const schema = String((ds.options as { schema?: string }).schema);
    const runner = ds.createQueryRunner();
    try {
      await runner.query(`SET search_path = public`);
      await runner.query(`UPDATE "${schema}"."article" SET "body" = 'Nattöppet' WHERE "id" = $1`, [ids.akut]);
    } finally {
      await runner.query(`SET search_path = "${schema}"`);
      await runner.release();
    }
    expect(await keys("nattöppet")).toEqual(["akut"]);
  });

  it("drops the index and its triggers, and makes it again", async () => {
    const runner = ds.createQueryRunner();
    try {
      await dropSearchIndex(runner, spec);
      await sql(`UPDATE "article" SET "title" = ? WHERE "id" = ?`, ["Sunderby sjukhus", ids.akut]);
      await createSearchIndex(runner, spec);
    } finally {
      await runner.release();
    }
    expect(await indexed()).toBe(Object.keys(ids).length);
    expect(await keys("sunderby")).toEqual(["akut"]);
  });

  it.runIf(driver.postgres)("PostgreSQL: TRUNCATE of the content table empties the index", async () => {
    await ds.query(`TRUNCATE "article"`);
    expect(await indexed()).toBe(0);
  });
});
