import { describe, expect, it } from "vitest";
import { QueryFailedError } from "typeorm";
import { loggable } from "../src/server/format-error.js";

describe("what an unexpected error leaves in the log", () => {
  it("a failed statement keeps its SQL and the driver's message, never its parameters", () => {
    const error = new QueryFailedError("INSERT INTO payment (personnummer) VALUES (?)", ["198505172828"], Object.assign(new Error("SQLITE_CONSTRAINT: UNIQUE constraint failed"), { code: "SQLITE_CONSTRAINT" }));
    const logged = loggable(error);
    expect(JSON.stringify(logged)).not.toContain("198505172828");
    expect(logged).toMatchObject({ query: "INSERT INTO payment (personnummer) VALUES (?)", driverCode: "SQLITE_CONSTRAINT" });
  });

  it("any other error is logged as it is", () => {
    const error = new TypeError("x is undefined");
    expect(loggable(error)).toBe(error);
  });
});
