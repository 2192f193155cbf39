import { describe, expect, it } from "vitest";
import { checkInWindow, settingsFor, swedishDate, swedishTime, visitListBounds } from "./check-in-window.js";

const norrbotten = settingsFor("Norrbotten");
// 14:00 Swedish summer time (UTC+2).
const startsAt = new Date("2026-06-15T12:00:00Z");

describe("the check-in window", () => {
  it("opens 30 minutes before a visit in Norrbotten", () => {
    expect(norrbotten).toEqual({ opensMinutesBefore: 30, closesMinutesAfter: 15 });
  });

  it("one minute before it opens is too early, and says when it opens", () => {
    const window = checkInWindow(startsAt, new Date("2026-06-15T11:29:00Z"), norrbotten);
    expect(window.state).toBe("NOT_YET_OPEN");
    expect(window.opensAt.toISOString()).toBe("2026-06-15T11:30:00.000Z");
    expect(swedishTime(window.opensAt, new Date("2026-06-15T11:29:00Z")).sv).toBe("kl. 13:30");
  });

  it("at the opening minute it is open", () => {
    expect(checkInWindow(startsAt, new Date("2026-06-15T11:30:00Z"), norrbotten).state).toBe("OPEN");
  });

  it("is open until 15 minutes after the start, and closed from then", () => {
    expect(checkInWindow(startsAt, new Date("2026-06-15T12:14:59Z"), norrbotten).state).toBe("OPEN");
    expect(checkInWindow(startsAt, new Date("2026-06-15T12:15:00Z"), norrbotten).state).toBe("CLOSED");
  });

  it("tells times and days in Europe/Stockholm, winter and summer", () => {
    expect(swedishTime(new Date("2026-01-15T07:30:00Z"), new Date("2026-01-15T07:00:00Z")).sv).toBe("kl. 08:30");
    expect(swedishTime(new Date("2026-06-16T07:30:00Z"), new Date("2026-06-15T07:00:00Z")).sv).toBe("16 juni kl. 09:30");
    // 23:30 UTC on 14 June is already 15 June in Sweden.
    expect(swedishDate(new Date("2026-06-14T23:30:00Z"))).toBe("2026-06-15");
  });
});

describe("the visits on Checka in", () => {
  it("are the Swedish day's, from midnight to midnight, in the daytime", () => {
    const bounds = visitListBounds(new Date("2026-11-21T10:00:00Z"));
    expect(bounds).toEqual({ from: new Date("2026-11-20T23:00:00Z"), to: new Date("2026-11-21T23:00:00Z") });
  });

  it("reach three hours past midnight late in the evening, so a visit at 00:20 shows at 23:55", () => {
    const at = new Date("2026-11-21T22:55:00Z"); // 23:55 in Stockholm
    const bounds = visitListBounds(at);
    expect(bounds.from).toEqual(new Date("2026-11-20T23:00:00Z"));
    expect(bounds.to).toEqual(new Date("2026-11-22T01:55:00Z"));
    expect(new Date("2026-11-21T23:20:00Z") < bounds.to).toBe(true);
  });
});
