import { describe, expect, it } from "vitest";
import { careUnitKindLabel, eServiceChannelLabel, feeQuoteReasonLabel } from "./labels";

describe("careUnitKindLabel", () => {
  it("names every kind of care unit in Swedish", () => {
    expect(
      ["HEALTH_CENTRE", "HOSPITAL_CLINIC", "DENTAL_CARE", "YOUTH_CLINIC", "PSYCHIATRY", "EMERGENCY_DEPARTMENT", "OTHER"].map((kind) =>
        careUnitKindLabel(kind),
      ),
    ).toEqual(["Vårdcentral", "Sjukhusklinik", "Tandvård", "Ungdomsmottagning", "Psykiatri", "Akutmottagning", "Övrigt"]);
  });

  it("calls a kind it does not know Övrigt", () => {
    expect(careUnitKindLabel("FIELD_HOSPITAL")).toBe("Övrigt");
  });
});

describe("eServiceChannelLabel", () => {
  it("names every channel in Swedish", () => {
    expect(["WEB", "APP", "CHAT", "VIDEO", "SMS"].map((channel) => eServiceChannelLabel(channel))).toEqual(["Webb", "App", "Chatt", "Video", "Sms"]);
  });

  it("leaves out a channel it does not know", () => {
    expect(eServiceChannelLabel("FAX")).toBeNull();
  });
});

describe("feeQuoteReasonLabel", () => {
  it("names every reason a quote can give", () => {
    for (const reason of ["STANDARD", "FREE_BY_AGE", "FREE_SERVICE", "HIGH_COST_LIMIT_REACHED", "REACHES_HIGH_COST_LIMIT", "MISSED_VISIT", "MISSED_VISIT_NOT_CHARGED"]) {
      expect(feeQuoteReasonLabel(reason)).toMatch(/^[A-ZÅÄÖ]/);
    }
  });

  it("leaves out a reason it does not know", () => {
    expect(feeQuoteReasonLabel("SOMETHING_NEW")).toBeNull();
  });
});

describe("in English", () => {
  it("names kinds, channels and reasons in English, with the same fallbacks", () => {
    expect(careUnitKindLabel("EMERGENCY_DEPARTMENT", "en")).toBe("Emergency department");
    expect(careUnitKindLabel("FIELD_HOSPITAL", "en")).toBe("Other");
    expect(eServiceChannelLabel("SMS", "en")).toBe("Text message");
    expect(eServiceChannelLabel("FAX", "en")).toBeNull();
    expect(feeQuoteReasonLabel("FREE_BY_AGE", "en")).toBe("Free of charge because of age");
  });
});
