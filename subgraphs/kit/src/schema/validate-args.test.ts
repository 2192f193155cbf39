import { MaxLength, Min } from "class-validator";
import { ArgumentValidationError } from "type-graphql";
import { withTsxModuleHooks } from "../testing/tsx-hooks.js";
import { describe, expect, it } from "vitest";
import { validateArgs } from "./validate-args.js";

class Filter {
  @MaxLength(5)
  text?: string;

  @Min(1)
  first?: number;
}

const filter = (values: Partial<Filter>) => Object.assign(new Filter(), values);
const validate = (value: unknown) => validateArgs(value, Filter, {} as never);

/** Settles `work`, or says "a turn passed" if a macrotask (setImmediate) ran first. */
async function withinThisTurn(work: unknown): Promise<string> {
  let turned = false;
  const turn = setImmediate(() => (turned = true));
  try {
    await work;
  } catch {
    // the outcome is checked elsewhere; only the timing here
  }
  clearImmediate(turn);
  return turned ? "a turn passed" : "settled in this turn";
}

describe("argument validation (validate: true without type-graphql's per-call import)", () => {
  it("refuses an input object that breaks its rules, as type-graphql's ArgumentValidationError naming the properties", async () => {
    const error = await Promise.resolve(validate(filter({ text: "sexton", first: 0 }))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ArgumentValidationError);
    const issues = (error as ArgumentValidationError).extensions.validationErrors;
    expect(issues.map((i) => i.property).sort()).toEqual(["first", "text"]);
    expect(Object.keys(issues.find((i) => i.property === "text")!.constraints ?? {})).toEqual(["maxLength"]);
  });

  it("checks each object of a list, and passes valid ones and missing properties", async () => {
    await expect(Promise.resolve(validate([filter({ text: "ok" }), filter({ first: 0 })]))).rejects.toBeInstanceOf(ArgumentValidationError);
    await expect(Promise.resolve(validate([filter({ text: "ok" }), filter({})]))).resolves.toBeUndefined();
    await expect(Promise.resolve(validate(filter({ first: 3 })))).resolves.toBeUndefined();
  });

  it("leaves scalars alone: null, text, numbers and a Date (the openingStatus `at` of every unit on a page)", () => {
    for (const value of [null, undefined, "x".repeat(50), 0, new Date("2026-03-02T09:00:00+01:00")]) expect(validate(value)).toBeUndefined();
  });

  // The services run under tsx, whose module hooks answer a dynamic import() some event-loop turns later.
  withTsxModuleHooks();

  it("takes no event-loop turn, passing or failing, so a page's DataLoader calls stay one batch", async () => {
    expect(await withinThisTurn(validate(filter({ text: "ok" })))).toBe("settled in this turn");
    expect(await withinThisTurn(validate(filter({ text: "för lång" })))).toBe("settled in this turn");
    expect(await withinThisTurn(validate([filter({}), filter({ first: 2 })]))).toBe("settled in this turn");
  });
});
