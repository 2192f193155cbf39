import { describe, expect, it } from "vitest";
import { previewTokenOf, readPreview } from "./preview";

describe("preview links", () => {
  it("reads the token of ?forhandsvisning=", () => {
    expect(readPreview("http://portal/riktlinjer/x?forhandsvisning=abc.DEF-123_x")).toEqual({ status: "valid", token: "abc.DEF-123_x" });
    expect(previewTokenOf("http://portal/riktlinjer/x?forhandsvisning=abc.DEF-123_x")).toBe("abc.DEF-123_x");
  });

  it("a page without the parameter is no preview", () => {
    expect(readPreview("http://portal/riktlinjer/x?q=1")).toEqual({ status: "none" });
    expect(previewTokenOf("http://portal/riktlinjer/x")).toBeNull();
  });

  it("an empty or odd value is a malformed preview, and nothing is sent on", () => {
    for (const value of ["", "short", "has space in it", "<script>alert(1)</script>", "a".repeat(2049)]) {
      const url = `http://portal/x?forhandsvisning=${encodeURIComponent(value)}`;
      expect(readPreview(url)).toEqual({ status: "malformed" });
      expect(previewTokenOf(url)).toBeNull();
    }
  });
});
