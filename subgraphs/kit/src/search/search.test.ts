import { describe, expect, it } from "vitest";
import { foldForSearch, searchTerms, withoutSwedishLetters } from "./fold.js";
import { allowedDistance, checkSearchArgs, matchExpression, relevance } from "./run-search.js";
import { searchIndexStatements } from "./search-index.js";
import { postgresRankSql, postgresSearchIndexStatements, postgresTriggerNames, tsQueryExpression } from "./postgres.js";
import { matchRanges, plainText, snippetOf, SNIPPET_LENGTH } from "./snippet.js";

describe("foldForSearch", () => {
  it("keeps å, ä and ö (lower-cased) and folds every other accent", () => {
    expect(foldForSearch("ÅR Ärende Öppet")).toBe("år ärende öppet");
    expect(foldForSearch("Café Müller à la crème, Señor Ångström")).toBe("cafe muller a la creme, senor ångström");
  });

  it("keeps the length, so offsets in the folded text are offsets in the original", () => {
    for (const text of ["Désirée Ögonklinik", "Ü ß İ ﬁ 😀 Å", "e\u0301 (decomposed)"]) expect(foldForSearch(text)).toHaveLength(text.length);
  });

  it("is empty for null and undefined", () => {
    expect(foldForSearch(null)).toBe("");
    expect(foldForSearch(undefined)).toBe("");
  });
});

describe("searchTerms and matchExpression", () => {
  it("splits on anything that is not a letter or digit, so FTS5 syntax is only a separator", () => {
    expect(searchTerms('vård" OR "x* NEAR(a b) -c title:d ^e')).toEqual(["vård", "or", "x", "near", "a", "b", "c", "title", "d", "e"]);
    expect(searchTerms('"*^:-()')).toEqual([]);
    expect(searchTerms("Vård vård VÅRD")).toEqual(["vård"]);
  });

  it("quotes every word and makes it a prefix", () => {
    expect(matchExpression(["vårdc", "or"])).toBe('"vårdc"* "or"*');
  });
});

describe("checkSearchArgs", () => {
  const code = (fn: () => unknown) => {
    try {
      fn();
    } catch (error) {
      return (error as { extensions: { code: string; field?: string } }).extensions;
    }
    return null;
  };
  it("refuses empty and over-long text, too many words, a bad page size and a foreign cursor", () => {
    expect(code(() => checkSearchArgs({ text: "  ", first: 10 }))).toMatchObject({ code: "BAD_USER_INPUT", field: "text" });
    expect(code(() => checkSearchArgs({ text: "a".repeat(201), first: 10 }))).toMatchObject({ code: "BAD_USER_INPUT", field: "text" });
    expect(code(() => checkSearchArgs({ text: Array.from({ length: 13 }, (_, i) => `w${i}`).join(" "), first: 10 }))).toMatchObject({ field: "text" });
    expect(code(() => checkSearchArgs({ text: "a", first: 0 }))).toMatchObject({ code: "VALIDATION_FAILED" });
    expect(code(() => checkSearchArgs({ text: "a", first: 10, after: "eyJvIjotMX0" }))).toMatchObject({ code: "BAD_USER_INPUT", field: "after" });
    expect(checkSearchArgs({ text: "a", first: 10, after: Buffer.from('{"o":20}').toString("base64url") }).offset).toBe(20);
  });
});

describe("corrections", () => {
  it("allow no change to 1–2 letters, one up to 6 letters, two from 7", () => {
    expect([allowedDistance("ar"), allowedDistance("journl"), allowedDistance("vårdcentarl")]).toEqual([0, 1, 2]);
  });

  it("know the spelling without a Swedish keyboard", () => {
    expect(withoutSwedishLetters("växjö åby")).toBe("vaxjo aby");
  });
});

describe("relevance", () => {
  it("is 0..1: the best hit with every word in its title is 1; a body-only hit half as good is 0.3", () => {
    expect(relevance(-8, -8, 1)).toBe(1);
    expect(relevance(-4, -8, 0)).toBe(0.3);
    expect(relevance(-1e-6, -1e-6, 0)).toBe(0.6);
  });
});

describe("snippets", () => {
  it("highlights whole words that start with a term, as offsets into plain text", () => {
    const text = "Vårdcentralen i Öjebyn och vårdcentral Norr";
    const ranges = matchRanges(text, ["vårdc"]);
    expect(ranges.map((r) => text.slice(r.start, r.start + r.length))).toEqual(["Vårdcentralen", "vårdcentral"]);
  });

  it("turns Markdown into plain words", () => {
    expect(plainText("## Rubrik\n\n* **Fet** [länk](https://x.se) <b>tag</b>")).toBe("Rubrik Fet länk tag");
  });

  it("cuts a long text around the first match, at spaces, with ellipses, offsets adjusted", () => {
    const text = `${"ord ".repeat(60)}spärrmarkering ${"mer ".repeat(60)}`;
    const snippet = snippetOf([null, "", text], ["spärr"])!;
    expect(snippet.text.startsWith("…")).toBe(true);
    expect(snippet.text.endsWith("…")).toBe(true);
    expect(snippet.text.length).toBeLessThanOrEqual(SNIPPET_LENGTH + 2);
    const [range] = snippet.highlights;
    expect(snippet.text.slice(range!.start, range!.start + range!.length)).toBe("spärrmarkering");
  });

  it("falls back to the start of the first text when nothing in them matched, and null with no text", () => {
    expect(snippetOf(["Luleå", "Beskrivning"], ["vårdcentral"])).toEqual({ text: "Luleå", highlights: [] });
    expect(snippetOf([null, ""], ["x"])).toBeNull();
  });
});

describe("searchIndexStatements", () => {
  it("creates the FTS5 table with å/ä/ö-keeping tokenizer, the vocabulary, the fill and three triggers", () => {
    const statements = searchIndexStatements({ name: "x_search", source: "x", title: `r."name"` });
    expect(statements[0]).toContain("unicode61 remove_diacritics 0");
    expect(statements[1]).toContain("fts5vocab");
    expect(statements.filter((s) => s.includes("CREATE TRIGGER"))).toHaveLength(3);
    expect(statements.join("\n")).toContain(`vp_search_fold(r."name")`);
  });
});

describe("PostgreSQL statements", () => {
  const spec = { name: "x_search", source: "x", title: `r."name"`, dependsOn: [{ table: "y", where: `r."yId" = NEW."id"` }] };

  it("quotes every word of the tsquery and makes it a prefix, ANDed", () => {
    expect(tsQueryExpression(["vårdc", "o'b", "a\\b"])).toBe("'vårdc':* & 'o''b':* & 'a\\\\b':*");
  });

  it("ranks with weights relative to the largest, lower is better", () => {
    expect(postgresRankSql("x_search", { title: 10, keywords: 4, body: 1 }, "q")).toBe("-ts_rank(CAST('{0,0.1,0.4,1}' AS real[]), x_search.vector, q)");
  });

  it("creates the functions, the table with a generated tsvector and GIN index, the fill, and the SQLite trigger names plus TRUNCATE", () => {
    const statements = postgresSearchIndexStatements(spec).join("\n");
    expect(statements).toContain("CREATE OR REPLACE FUNCTION vp_search_fold(t text)");
    expect(statements).toContain("GENERATED ALWAYS AS (setweight(to_tsvector('simple'::regconfig, vp_search_words(\"title\")), 'A')");
    expect(statements).toContain(`USING gin ("vector")`);
    expect(statements).toContain(`SELECT CAST(r."id" AS text), vp_search_fold(r."name"), '', '' FROM "x" r WHERE true`);
    expect(postgresTriggerNames(spec)).toEqual(["x_search_ai", "x_search_ad", "x_search_au", "x_search_dep0", "x_search_at"]);
    for (const name of postgresTriggerNames(spec)) expect(statements).toContain(`CREATE TRIGGER "${name}"`);
    expect(statements).toContain(`CREATE TRIGGER "x_search_dep0" AFTER UPDATE ON "y"`);
  });
});
