import { describe, expect, it } from "vitest";
import { readYear, toStatisticsView } from "./($lang).arkiv.statistik.view";

describe("the statistics page", () => {
  it("reads a four-digit year or falls back to this year", () => {
    expect(readYear(new URLSearchParams("ar=2024"), 2026)).toBe(2024);
    expect(readYear(new URLSearchParams("ar=24; drop"), 2026)).toBe(2026);
  });

  it("gives each channel its Swedish name and share, in the shape of Kronoberg's figures", () => {
    const view = toStatisticsView({
      data: {
        releaseStatisticsYears: [2025],
        releaseStatistics: { year: 2025, cases: 100, sentByRegisteredMail: 56, sentDigitally: 13, refused: 3, byIncomingChannel: [{ channel: "POST", count: 38 }], byDeliveryChannel: [{ channel: "REGISTERED_MAIL", count: 56 }, { channel: "E_SERVICE_1177", count: 8 }, { channel: "DIGITAL_MAILBOX", count: 5 }] },
      },
      errors: [],
    });
    expect(view.years).toEqual([2025]);
    expect(view.stats.status === "ok" && view.stats.data.incoming).toEqual([{ label: "Post", count: 38, share: "38 %" }]);
    expect(view.stats.status === "ok" && view.stats.data.delivery[0]).toEqual({ label: "Rekommenderat brev", count: 56, share: "81 %" });
  });

  it("names the channels in English on an English page, with the share written the English way", () => {
    const view = toStatisticsView({
      data: { releaseStatisticsYears: [2025], releaseStatistics: { year: 2025, cases: 4, sentByRegisteredMail: 1, sentDigitally: 1, refused: 0, byIncomingChannel: [{ channel: "PORTAL", count: 3 }, { channel: "NEW_CHANNEL", count: 1 }], byDeliveryChannel: [{ channel: "DIGITAL_MAILBOX", count: 1 }] } },
      errors: [],
    }, "en");
    expect(view.stats.status === "ok" && view.stats.data.incoming).toEqual([{ label: "This portal", count: 3, share: "75%" }, { label: "NEW_CHANNEL", count: 1, share: "25%" }]);
    expect(view.stats.status === "ok" && view.stats.data.delivery).toEqual([{ label: "Secure digital mailbox", count: 1, share: "100%" }]);
  });
});
