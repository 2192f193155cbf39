import { describe, expect, it } from "vitest";
import { formatIsoDate, formatKronor, formatPeriod, formatSek, formatValidity } from "./format";

// Swedish groups thousands with a no-break space; comparing with plain spaces keeps the tests readable.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("formatSek", () => {
  it("shows a fee in kronor", () => {
    expect(formatSek(300)).toBe("300 kr");
  });

  it("groups thousands the Swedish way", () => {
    expect(plain(formatSek(1450))).toBe("1 450 kr");
  });

  it("says a visit that costs nothing is free of charge", () => {
    expect(formatSek(0)).toBe("Avgiftsfritt");
  });

  it("uses a decimal comma for öre", () => {
    expect(formatSek(12.5)).toBe("12,5 kr");
  });
});

describe("formatIsoDate", () => {
  it("writes a calendar date in Swedish", () => {
    expect(formatIsoDate("2025-01-01")).toBe("1 januari 2025");
    expect(formatIsoDate("2024-12-31")).toBe("31 december 2024");
  });

  it("refuses what is not a date", () => {
    expect(() => formatIsoDate("31/12/2024")).toThrow(RangeError);
  });
});

describe("formatValidity", () => {
  it("says from when an open-ended schedule applies", () => {
    expect(formatValidity("2025-01-01", null)).toBe("Gäller från 1 januari 2025");
  });

  it("gives both ends of a closed period", () => {
    expect(formatValidity("2024-01-01", "2024-12-31")).toBe("Gäller 1 januari 2024 – 31 december 2024");
  });
});

describe("formatKronor", () => {
  it("shows nothing to pay as 0 kr, for running totals", () => {
    expect(formatKronor(0)).toBe("0 kr");
    expect(plain(formatKronor(1450))).toBe("1 450 kr");
  });
});

describe("formatPeriod", () => {
  it("gives both days of a period", () => {
    expect(formatPeriod("2025-12-17", "2026-12-16")).toBe("17 december 2025 – 16 december 2026");
  });
});

describe("in English", () => {
  it("writes a fee the British way: SEK first, thousands with a comma, nothing to pay as free of charge", () => {
    expect(formatSek(300, "en")).toBe("SEK 300");
    expect(plain(formatSek(1450, "en"))).toBe("SEK 1,450");
    expect(formatSek(12.5, "en")).toBe("SEK 12.5");
    expect(formatSek(0, "en")).toBe("Free of charge");
    expect(formatKronor(0, "en")).toBe("SEK 0");
  });

  it("writes a calendar date day, month, year", () => {
    expect(formatIsoDate("2025-01-01", "en")).toBe("1 January 2025");
    expect(formatIsoDate("2024-12-31", "en")).toBe("31 December 2024");
  });

  it("says when a schedule applies, and gives a period's days", () => {
    expect(formatValidity("2025-01-01", null, "en")).toBe("Valid from 1 January 2025");
    expect(formatValidity("2024-01-01", "2024-12-31", "en")).toBe("Valid 1 January 2024 – 31 December 2024");
    expect(formatPeriod("2025-12-17", "2026-12-16", "en")).toBe("17 December 2025 – 16 December 2026");
  });
});
