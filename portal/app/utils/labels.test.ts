import { describe, expect, it } from "vitest";
import { careUnitKindLabel, eServiceChannelLabel, feeQuoteReasonLabel } from "./labels";

describe("careUnitKindLabel", () => {
  it("names every kind of care unit in Swedish", () => {
    expect(
      ["HEALTH_CENTRE", "HOSPITAL_CLINIC", "DENTAL_CARE", "YOUTH_CLINIC", "PSYCHIATRY", "EMERGENCY_DEPARTMENT", "OTHER"].map(
        careUnitKindLabel,
      ),
    ).toEqual(["Vårdcentral", "Sjukhusklinik", "Tandvård", "Ungdomsmottagning", "Psykiatri", "Akutmottagning", "Övrigt"]);
  });

  it("calls a kind it does not know Övrigt", () => {
    expect(careUnitKindLabel("FIELD_HOSPITAL")).toBe("Övrigt");
  });
});

describe("eServiceChannelLabel", () => {
  it("names every channel in Swedish", () => {
    expect(["WEB", "APP", "CHAT", "VIDEO", "SMS"].map(eServiceChannelLabel)).toEqual(["Webb", "App", "Chatt", "Video", "Sms"]);
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
