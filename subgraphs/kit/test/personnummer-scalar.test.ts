import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requirePersonnummer } from "../src/index.js";
import { personnummerFor, personnummerMessages } from "../src/personnummer.js";
import { expectBadUserInput, expectData, startTestSubgraph, type TestSubgraph } from "../src/testing/index.js";
import { personnummerSubgraph } from "./fixture/personnummer.js";

const RECEIVED = `query($p: Personnummer!) { received(personnummer: $p) }`;
const ECHO = `query($p: Personnummer!) { echo(personnummer: $p) }`;

let t: TestSubgraph;
beforeAll(async () => {
  t = await startTestSubgraph(personnummerSubgraph);
});
afterAll(async () => {
  await t.close();
});

const refusal = (problem: keyof typeof personnummerMessages, field = "personnummer") => ({
  message: `${personnummerMessages[problem].sv} / ${personnummerMessages[problem].en}`,
  extensions: { code: "BAD_USER_INPUT", field, problem, messages: personnummerMessages[problem] },
});

describe("the Personnummer scalar", () => {
  it.each(["19121212-1212", "191212121212", "121212+1212", " 19121212 1212 "])("takes %j and hands the resolver twelve digits", async (p) => {
    expect(expectData(await t.query<{ received: string }>(RECEIVED, { variables: { p } })).received).toBe("191212121212");
  });

  it("takes a samordningsnummer too, and serialises what a resolver returns as twelve digits", async () => {
    expect(expectData(await t.query<{ echo: string }>(ECHO, { variables: { p: "701063-2391" } })).echo).toBe("197010632391");
    const child = personnummerFor("2017-05-09", 123);
    expect(expectData(await t.query<{ echo: string }>(ECHO, { variables: { p: `${child.slice(2, 8)}-${child.slice(8)}` } })).echo).toBe(child);
  });

  it.each([
    ["a wrong check digit", "19121212-1213", "INVALID"],
    ["a date that does not exist", "19121312-1212", "INVALID"],
    ["the wrong shape", "1212-12", "FORMAT"],
    ["an empty text", "  ", "EMPTY"],
    ["a number instead of text", 191212121212, "FORMAT"],
  ] as const)("refuses %s in a variable with BAD_USER_INPUT, the Swedish and English text and the field", async (_, p, problem) => {
    const result = await t.query(RECEIVED, { variables: { p } });
    expect(result.status).toBe(400);
    expect(result.errors).toMatchObject([refusal(problem)]);
  });

  it("does not repeat the refused number in the message", async () => {
    const result = await t.query(RECEIVED, { variables: { p: "19121212-1213" } });
    expect(JSON.stringify(result.errors)).not.toContain("1213");
  });

  it("refuses a literal in the query the same way", async () => {
    for (const [literal, problem] of [['"19121212-1213"', "INVALID"], ["191212121212", "FORMAT"]] as const) {
      const result = await t.query(`{ received(personnummer: ${literal}) }`);
      expect(result.errors).toMatchObject([refusal(problem)]);
    }
  });

  it("a stored value that is not a personnummer is our bug: an apology, not the client's fault", async () => {
    const result = await t.query(`{ stored(text: "not a number") }`);
    expect(result.data).toEqual({ stored: null });
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual(["INTERNAL_SERVER_ERROR"]);
  });
});

describe("requirePersonnummer, for a String argument or an input field", () => {
  it("gives twelve digits for any accepted form", () => {
    expect(requirePersonnummer("121212-1212")).toBe("201212121212");
  });

  it("names the field it was given in the coded refusal", async () => {
    const result = await t.query(`{ dependant(text: "") }`);
    expectBadUserInput(result, ["dependant"]);
    expect(result.errors).toMatchObject([refusal("EMPTY", "dependant.personnummer")]);
  });
});
