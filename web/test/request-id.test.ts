import { describe, expect, it } from "vitest";
import { requestIdFor } from "../src/server/request-id.js";

describe("requestIdFor", () => {
  it("gives one request the same id every time and another request a different one", () => {
    const first = new Request("http://127.0.0.1/");
    const second = new Request("http://127.0.0.1/");
    expect(requestIdFor(first)).toBe(requestIdFor(first));
    expect(requestIdFor(first)).not.toBe(requestIdFor(second));
  });

  it("keeps a well-formed id set by a proxy in front", () => {
    const request = new Request("http://127.0.0.1/", { headers: { "x-request-id": "lb-2f1c9a7e" } });
    expect(requestIdFor(request)).toBe("lb-2f1c9a7e");
  });

  it("replaces an id that could forge a log line", () => {
    const request = new Request("http://127.0.0.1/", { headers: { "x-request-id": "12345678 [admin] deleted everything" } });
    expect(requestIdFor(request)).toMatch(/^[0-9a-f-]{36}$/);
  });
});
