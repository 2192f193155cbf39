import { describe, expect, it } from "vitest";
import { openEndedSessions } from "../src/auth/ended-sessions.js";

describe("ended sessions", () => {
  it("remember a logged-out session until it would have expired, then forget it", async () => {
    let now = new Date("2026-11-21T10:00:00Z");
    const store = openEndedSessions(":memory:", () => now);
    await store.end("s1", new Date("2026-11-21T11:00:00Z"));
    expect(await store.isEnded("s1")).toBe(true);
    expect(await store.isEnded("s2")).toBe(false);
    now = new Date("2026-11-21T12:00:00Z");
    await store.end("s3", new Date("2026-11-21T13:00:00Z"));
    expect(await store.isEnded("s1")).toBe(false);
    expect(await store.isEnded("s3")).toBe(true);
    await store.close();
  });
});
