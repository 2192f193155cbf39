import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { codeOf, gql, type Answer } from "./support/client.js";

/**
 * One resident reaching another's release request, appointment or check-in gets exactly what a missing one gets;
 * a resident reaching staff or archive content finds it filtered out or FORBIDDEN, as decision 004's table says.
 * Through the stack's gateway with real access tokens (anna and gustav are residents, nils staff, erik an editor).
 */
const OWN_REQUEST = {
  subject: "SELF",
  periodFrom: "2001-01-01",
  periodTo: "2003-12-31",
  injuryOrCause: "Knäskada efter fall",
  careUnit: "Ortopedkliniken",
  legalBasis: "PATIENT_OWN_RECORD",
  deliveryWanted: "E_SERVICE_1177",
};

/** What a refusal looks like to the caller, without the id it names. */
const shape = (answer: Answer, id: string) => ({
  status: answer.status,
  data: answer.data,
  errors: answer.errors?.map((e) => ({ code: e.extensions?.code, path: e.path, message: e.message.replaceAll(id, "<id>") })),
});

let annasRequest: string;
let annasVisits: { id: string; checkIn: { id: string } | null }[];
let annasCheckIn: string | undefined;

beforeAll(async () => {
  const submitted = await gql<{ submitReleaseRequest: { id: string } }>(`mutation($input: ReleaseRequestInput!) { submitReleaseRequest(input: $input) { id } }`, {
    as: "anna",
    variables: { input: OWN_REQUEST },
  });
  expect(submitted.errors).toBeUndefined();
  annasRequest = submitted.data!.submitReleaseRequest.id;
  const visits = await gql<{ myVisitsToday: { id: string; checkInOpensAt: string; checkIn: { id: string } | null }[] }>(`{ myVisitsToday { id checkInOpensAt checkIn { id } } }`, { as: "anna" });
  expect(visits.errors).toBeUndefined();
  annasVisits = visits.data!.myVisitsToday;
  const open = visits.data!.myVisitsToday.find((v) => new Date(v.checkInOpensAt) <= new Date() && !v.checkIn);
  if (open) {
    const checkedIn = await gql<{ checkIn: { id: string } }>(`mutation($id: String!) { checkIn(appointmentId: $id, payment: INVOICE) { id } }`, { as: "anna", variables: { id: open.id } });
    annasCheckIn = checkedIn.data?.checkIn.id;
  }
});

describe("one resident and another's records", () => {
  it("anna reads her own release request (the control)", async () => {
    const own = await gql(`query($id: ID!) { releaseRequest(id: $id) { id } }`, { as: "anna", variables: { id: annasRequest } });
    expect(own.errors).toBeUndefined();
  });

  it("gustav asking for anna's release request gets NOT_FOUND, exactly as for one that does not exist", async () => {
    const query = `query($id: ID!) { releaseRequest(id: $id) { id patientPersonnummer injuryOrCause } }`;
    const missing = randomUUID();
    const others = await gql(query, { as: "gustav", variables: { id: annasRequest } });
    const none = await gql(query, { as: "gustav", variables: { id: missing } });
    expect(codeOf(others)).toBe("NOT_FOUND");
    expect(shape(others, annasRequest)).toEqual(shape(none, missing));
    expect(others.text).not.toContain("Knäskada");
  });

  it("gustav's list of requests does not hold anna's", async () => {
    const list = await gql<{ myReleaseRequests: { edges: { node: { id: string } }[] } }>(`{ myReleaseRequests(first: 100) { edges { node { id } } } }`, { as: "gustav" });
    expect(list.data!.myReleaseRequests.edges.map((e) => e.node.id)).not.toContain(annasRequest);
  });

  it("gustav asking for anna's appointment gets what a missing appointment gets", async () => {
    expect(annasVisits.length).toBeGreaterThan(0);
    const query = `query($id: String!) { appointment(id: $id) { id patientName startsAt } }`;
    const own = await gql(query, { as: "anna", variables: { id: annasVisits[0]!.id } });
    expect(own.errors).toBeUndefined();
    for (const visit of annasVisits) {
      const others = await gql(query, { as: "gustav", variables: { id: visit.id } });
      const missing = randomUUID();
      const none = await gql(query, { as: "gustav", variables: { id: missing } });
      expect(shape(others, visit.id)).toEqual(shape(none, missing));
      expect(others.text).not.toContain("Anna");
    }
  });

  it("gustav asking for anna's check-in receipt gets what a missing receipt gets; checking in to her visit is refused the same way", async () => {
    const query = `query($id: String!) { checkInReceipt(id: $id) { id amountSek } }`;
    expect(annasCheckIn, "anna's visit due soon is open for check-in (seeded 20 minutes after the stack started)").toBeDefined();
    if (annasCheckIn) {
      const own = await gql(query, { as: "anna", variables: { id: annasCheckIn } });
      expect(own.errors).toBeUndefined();
      const others = await gql(query, { as: "gustav", variables: { id: annasCheckIn } });
      const missing = randomUUID();
      expect(shape(others, annasCheckIn)).toEqual(shape(await gql(query, { as: "gustav", variables: { id: missing } }), missing));
    }
    const mutation = `mutation($id: String!) { checkIn(appointmentId: $id, payment: INVOICE) { id } }`;
    const visit = annasVisits.find((v) => !v.checkIn)?.id ?? annasVisits[0]!.id;
    const others = await gql(mutation, { as: "gustav", variables: { id: visit } });
    const missing = randomUUID();
    const none = await gql(mutation, { as: "gustav", variables: { id: missing } });
    expect(codeOf(others)).toBe("NOT_FOUND");
    expect(shape(others, visit)).toEqual(shape(none, missing));
  });
});

describe("a resident and staff or archive content", () => {
  type Item = { id: string; slug: string; audience: string };
  const list = (field: string) => `{ ${field}(first: 100) { edges { node { id slug audience } } } }`;

  it("staff guidelines and archive-only holdings are filtered out of lists and searches, and their pages are missing", async () => {
    for (const field of ["guidelines", "archiveHoldings"]) {
      const everything = (await gql<Record<string, { edges: { node: Item }[] }>>(list(field), { as: "erik" })).data![field]!.edges.map((e) => e.node);
      const hidden = everything.filter((i) => i.audience === "STAFF" || i.audience === "ARCHIVE");
      expect(hidden.length, `${field} has restricted items in the seed`).toBeGreaterThan(0);
      const seen = (await gql<Record<string, { edges: { node: Item }[] }>>(list(field), { as: "anna" })).data![field]!.edges.map((e) => e.node);
      expect(seen.every((i) => i.audience === "PUBLIC" || i.audience === "RESIDENT")).toBe(true);
      const single = field === "guidelines" ? "guideline" : "archiveHolding";
      for (const item of hidden.slice(0, 3)) {
        const page = await gql(`query($slug: String!) { ${single}(slug: $slug) { id } }`, { as: "anna", variables: { slug: item.slug } });
        const none = await gql(`query($slug: String!) { ${single}(slug: $slug) { id } }`, { as: "anna", variables: { slug: "no-such-slug" } });
        expect(shape(page, item.slug)).toEqual(shape(none, "no-such-slug"));
      }
    }
    const staffSearch = await gql<{ searchGuidelines: { totalCount: number } }>(`{ searchGuidelines(text: "vård") { totalCount } }`, { as: "nils" });
    const residentSearch = await gql<{ searchGuidelines: { totalCount: number } }>(`{ searchGuidelines(text: "vård") { totalCount } }`, { as: "anna" });
    expect(residentSearch.data!.searchGuidelines.totalCount).toBeLessThan(staffSearch.data!.searchGuidelines.totalCount);
  });

  it("a staff-only field is FORBIDDEN on its path, the rest of the answer intact", async () => {
    const answer = await gql<{ careUnits: { edges: { node: { name: string; internalPhone: string | null } }[] } }>(`{ careUnits(first: 3) { edges { node { name internalPhone } } } }`, { as: "anna" });
    expect(answer.errors?.every((e) => e.extensions?.code === "FORBIDDEN" && e.path?.includes("internalPhone"))).toBe(true);
    expect(answer.errors?.length).toBeGreaterThan(0);
    expect(answer.data!.careUnits.edges.every((e) => e.node.internalPhone === null && e.node.name.length > 0)).toBe(true);
  });

  it.each([
    ["the release queue", `{ releaseRequestQueue(first: 5) { totalCount } }`],
    ["the record index", `{ recordIndexSearch(input: { purpose: "x", name: "Andersson" }) { totalCount } }`],
    ["the record index access log", `{ recordIndexAccessLog(first: 5) { totalCount } }`],
    ["the editorial list", `{ editorialGuidelines(first: 5) { totalCount } }`],
  ])("%s is FORBIDDEN to a resident", async (_name, query) => {
    const answer = await gql(query, { as: "anna" });
    expect(answer.errors?.map((e) => e.extensions?.code)).toContain("FORBIDDEN");
    expect(answer.data ?? null).toBeNull();
  });
});
