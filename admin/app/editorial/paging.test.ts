import { describe, expect, it } from "vitest";
import { pageLinks, readPageParams } from "./paging";

const links = (query: string, hasNextPage: boolean, endCursor: string | null) => {
  const params = new URLSearchParams(query);
  return pageLinks(params, readPageParams(params), { hasNextPage, endCursor });
};

describe("cursor pagination links", () => {
  it("the first page links forward only, keeping the filters", () => {
    expect(links("q=vaccin&status=DRAFT", true, "c20")).toEqual({ next: "?q=vaccin&status=DRAFT&efter=c20&fore=-", previous: null });
  });

  it("the second page links back to the first and on to the third", () => {
    const { next, previous } = links("q=vaccin&efter=c20&fore=-", true, "c40");
    expect(previous).toBe("?q=vaccin");
    expect(next).toBe("?q=vaccin&efter=c40&fore=-%2Cc20");
  });

  it("the third page links back to the second; the last page has no next", () => {
    const { next, previous } = links("efter=c40&fore=-%2Cc20", false, "c47");
    expect(previous).toBe("?efter=c20&fore=-");
    expect(next).toBeNull();
  });

  it("ignores cursors that are not cursors", () => {
    expect(readPageParams(new URLSearchParams("efter=%3Cscript%3E&fore=a,b"))).toEqual({ after: null, trail: [] });
  });
});
