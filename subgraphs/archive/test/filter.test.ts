import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestSubgraph, type TestSubgraph } from "@vardportal/kit/testing";
import { definition } from "../src/index.js";
import { walk } from "./helpers.js";

let t: TestSubgraph;
beforeAll(async () => {
  t = await startTestSubgraph(definition, { seed: true });
});
afterAll(async () => {
  await t.close();
});

describe("filtering the holdings", () => {
  it("held: false lists only what the archive does not keep, page by page", async () => {
    const { slugs, totalCount, pages } = await walk(t, 2, { held: false });
    expect(slugs).toEqual(["andra-regioner", "de-flesta-privata-vardgivare", "kommunala-skolor", "journaler-som-skrivs-nu", "skannade-journaler"]);
    expect([totalCount, pages]).toEqual([5, 3]);
  });

  it("held: true lists only what it keeps", async () => {
    const { totalCount } = await walk(t, 100, { held: true });
    expect(totalCount).toBe(7);
  });

  it("kind narrows to that kind, held or not", async () => {
    const { slugs, totalCount } = await walk(t, 1, { kind: "PATIENT_RECORDS" });
    expect(slugs).toEqual(["journaler-som-skrivs-nu", "skannade-journaler", "aldre-patientjournaler"]);
    expect(totalCount).toBe(3);
  });

  it("held and kind together, and the archive note only for an archivist", async () => {
    const filter = { held: true, kind: "PRIVATE_PROVIDER_RECORDS" };
    expect((await walk(t, 1, filter)).slugs).toEqual(["nedlagda-privata-vardgivare"]);
    const archivist = await walk(t, 1, filter, "archivist");
    expect(archivist.slugs).toEqual(["intern-placering-privata-vardgivare", "nedlagda-privata-vardgivare"]);
    expect(archivist.totalCount).toBe(2);
  });
});
