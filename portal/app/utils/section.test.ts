import { z } from "zod";
import { describe, expect, it } from "vitest";
import { mapSection, readSection } from "./section";

const Count = z.object({ totalCount: z.number() });
const Maybe = z.object({ id: z.string() }).nullable();

describe("readSection", () => {
  it("reads a field the gateway answered", () => {
    const result = { data: { units: { totalCount: 3 } }, errors: [] };
    expect(readSection(result, "units", Count)).toEqual({ status: "ok", data: { totalCount: 3 } });
  });

  it("marks a field unavailable when an error's path starts with it", () => {
    const result = { data: { units: null, other: { id: "a" } }, errors: [{ message: "down", path: ["units"] }] };
    expect(readSection(result, "units", Count.nullable())).toEqual({ status: "unavailable" });
    expect(readSection(result, "other", Maybe)).toEqual({ status: "ok", data: { id: "a" } });
  });

  it("keeps a null the schema allows when no error is about it", () => {
    const result = { data: { schedule: null }, errors: [{ message: "elsewhere", path: ["units"] }] };
    expect(readSection(result, "schedule", Maybe)).toEqual({ status: "ok", data: null });
  });

  it("marks a null field unavailable when a whole subgraph fetch failed (an error with no path)", () => {
    const result = { data: { schedule: null, units: { totalCount: 2 } }, errors: [{ message: "down", extensions: { code: "SERVICE_UNAVAILABLE" } }] };
    expect(readSection(result, "schedule", Maybe)).toEqual({ status: "unavailable" });
    expect(readSection(result, "units", Count)).toEqual({ status: "ok", data: { totalCount: 2 } });
  });

  it("marks every field unavailable when there is no data at all", () => {
    const result = { data: null, errors: [{ message: "unreachable", extensions: { code: "GATEWAY_UNAVAILABLE" } }] };
    expect(readSection(result, "units", Count)).toEqual({ status: "unavailable" });
    expect(readSection(result, "schedule", Maybe)).toEqual({ status: "unavailable" });
  });

  it("marks a field unavailable when it is missing or has the wrong shape", () => {
    expect(readSection({ data: {}, errors: [] }, "units", Count)).toEqual({ status: "unavailable" });
    expect(readSection({ data: { units: { totalCount: "3" } }, errors: [] }, "units", Count)).toEqual({
      status: "unavailable",
    });
  });
});

describe("mapSection", () => {
  it("maps the data of an available section and leaves an unavailable one alone", () => {
    expect(mapSection({ status: "ok", data: 2 }, (n) => n * 2)).toEqual({ status: "ok", data: 4 });
    expect(mapSection({ status: "unavailable" }, (n: number) => n * 2)).toEqual({ status: "unavailable" });
  });
});
