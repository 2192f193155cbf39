import { describe, expect, it } from "vitest";
import { readSmsConfig } from "./config.js";

describe("the SMS settings", () => {
  it("default to the local portal and a minute", () => {
    expect(readSmsConfig({})).toEqual({ checkInUrl: "http://localhost:3000/checka-in", intervalMs: 60_000 });
    expect(readSmsConfig({ PORTAL_URL: "https://vard.example.se", SMS_INTERVAL_SECONDS: "0" })).toEqual({ checkInUrl: "https://vard.example.se/checka-in", intervalMs: 0 });
  });

  it("refuse a bad value, naming every one", () => {
    expect(() => readSmsConfig({ PORTAL_URL: "javascript:alert(1)", SMS_INTERVAL_SECONDS: "-5" })).toThrow(/PORTAL_URL.*SMS_INTERVAL_SECONDS/);
  });
});
