import { describe, expect, it } from "vitest";
import { noticeBody, noticeDueAt, noticeIsDue } from "./sms-notice.js";

const startsAt = new Date("2026-06-15T12:00:00Z"); // 14:00 Swedish summer time
const visit = { startsAt, smsConsent: true, smsNumber: "+46700000001" };

describe("the SMS reminder", () => {
  it("is due two hours before the visit, not a minute earlier", () => {
    expect(noticeDueAt(startsAt).toISOString()).toBe("2026-06-15T10:00:00.000Z");
    expect(noticeIsDue(visit, new Date("2026-06-15T09:59:00Z"))).toBe(false);
    expect(noticeIsDue(visit, new Date("2026-06-15T10:00:00Z"))).toBe(true);
  });

  it("goes only with consent and a number, and never once the visit has started", () => {
    const now = new Date("2026-06-15T11:00:00Z");
    expect(noticeIsDue({ ...visit, smsConsent: false }, now)).toBe(false);
    expect(noticeIsDue({ ...visit, smsNumber: null }, now)).toBe(false);
    expect(noticeIsDue(visit, new Date("2026-06-15T12:00:00Z"))).toBe(false);
  });

  it("says the visit's time and when check-in opens on a Swedish clock, with the link", () => {
    const body = noticeBody({ ...visit, careUnitName: "Hälsocentralen Exempelby", video: false, checkInOpensAt: new Date("2026-06-15T11:30:00Z") }, "https://vard.example/checka-in");
    expect(body).toBe("Påminnelse: du har en tid kl. 14.00 hos Hälsocentralen Exempelby. Checka in och betala från kl. 13.30: https://vard.example/checka-in Välkommen!");
  });
});
