import { afterAll, beforeAll, describe, it } from "vitest";
import { Audience, ContentStore, localized, seedId } from "@vardportal/kit";
import {
  describeConnectionMatrix,
  expectData,
  expectedIds,
  expectPerPersona,
  namesOf,
  perPersona,
  startTestSubgraph,
  writeItem,
  type ItemState,
  type MatrixItem,
  shouldRead,
  type PersonaName,
  type TestSubgraph,
} from "@vardportal/kit/testing";
import { EServiceChannel } from "../src/entities/e-service-channel.js";
import { EServiceOffering } from "../src/entities/e-service-offering.entity.js";
import { EService } from "../src/entities/e-service.entity.js";
import { definition } from "../src/index.js";
import { eServiceEditorialType } from "../src/editorial.js";
import { eServiceValues } from "./editorial-values.js";
import { describeEditorialRoleMatrix } from "@vardportal/kit/testing";
import { expectSearchFindsEach } from "@vardportal/kit/testing";

/**
 * One e-service per audience and one per state that must stay hidden. Only hidden services use
 * CHAT or SMS or belong to Västerbotten, so a filter that leaked would show them; likewise only a
 * hidden service is for adults only (the age filter) and only a live public one is not for Luleå (the
 * municipality filter). The catalogue has no text search yet, so there is no text row in this matrix.
 * Every service is offered by one care unit, so `CareUnit.eServices` is checked as every persona too.
 */
interface ServiceFixture {
  key: string;
  audience: Audience;
  state: ItemState;
  slug: string;
  name: string;
  channel: EServiceChannel;
  region: string;
  minAge?: number;
  except?: string[];
}
const fixture: ServiceFixture[] = [
  { key: "public", audience: Audience.PUBLIC, state: "live", slug: "journalen", name: "Journalen", channel: EServiceChannel.WEB, region: "Norrbotten", except: ["Luleå"] },
  { key: "resident", audience: Audience.RESIDENT, state: "live", slug: "mina-recept", name: "Mina recept", channel: EServiceChannel.APP, region: "Norrbotten" },
  { key: "staff", audience: Audience.STAFF, state: "live", slug: "konsultchatt", name: "Konsultchatt för vårdpersonal", channel: EServiceChannel.CHAT, region: "Norrbotten" },
  { key: "archive", audience: Audience.ARCHIVE, state: "live", slug: "arkivbestallning", name: "Beställ ur arkivet", channel: EServiceChannel.WEB, region: "Västerbotten" },
  { key: "draft", audience: Audience.PUBLIC, state: "draft", slug: "videobesok", name: "Videobesök", channel: EServiceChannel.VIDEO, region: "Norrbotten" },
  { key: "scheduled", audience: Audience.PUBLIC, state: "scheduled", slug: "sms-paminnelse", name: "Påminnelse per sms", channel: EServiceChannel.SMS, region: "Norrbotten" },
  { key: "expired", audience: Audience.PUBLIC, state: "expired", slug: "gammal-tidbok", name: "Gamla tidboken", channel: EServiceChannel.WEB, region: "Norrbotten" },
  { key: "staff draft", audience: Audience.STAFF, state: "draft", slug: "intern-jourchatt", name: "Intern jourchatt", channel: EServiceChannel.CHAT, region: "Norrbotten", minAge: 18 },
  { key: "adults", audience: Audience.STAFF, state: "live", slug: "vuxenchatt", name: "Vuxenchatt för personal", channel: EServiceChannel.CHAT, region: "Norrbotten", minAge: 18 },
];
type Service = MatrixItem & ServiceFixture;

const LIST = `query($first: Int!, $after: String, $filter: EServiceFilter) {
  eServices(first: $first, after: $after, filter: $filter) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } }
}`;
const BY_SLUG = `query($slug: String!) { eService(slug: $slug) { id } }`;
const ELIGIBILITY = `query($slug: String!) { eServiceEligibility(slug: $slug, visitor: { age: 30 }) { eligible } }`;
const OFFERED = `query($r: [_Any!]!) { _entities(representations: $r) { ... on CareUnit { eServices { id } } } }`;
const UNIT = seedId("care-unit", "matrix-unit");


let t: TestSubgraph;
let services: Service[];
let names: Record<string, string>;
beforeAll(async () => {
  t = await startTestSubgraph(definition, { seed: false });
  const store = new ContentStore(t.subgraph.dataSource, EService, "EService");
  services = [];
  for (const f of fixture) {
    const data = { slug: f.slug, name: localized(f.name), summary: localized("Testtjänst."), channel: f.channel, region: f.region, audience: f.audience, requiresEid: false, eidMethods: [], minAge: f.minAge ?? null, exceptMunicipalities: f.except ?? null, easyToReadText: { sv: `Lättläst: ${f.name}.`, en: null } };
    const service = await writeItem(store, data, f.state, t.clock());
    services.push({ ...f, id: service.id, sortKey: f.name });
    await t.subgraph.dataSource.getRepository(EServiceOffering).insert({ id: seedId("matrix-offering", f.key), eServiceId: service.id, careUnitId: UNIT });
  }
  names = namesOf(services);
});
afterAll(async () => {
  await t.close();
});

describeConnectionMatrix("e-services, as every persona", {
  subgraph: () => t,
  field: "eServices",
  typename: "EService",
  listDocument: LIST,
  items: () => services,
  names: () => names,
  filters: [
    ["channel", { channel: EServiceChannel.CHAT }, (s) => s.channel === EServiceChannel.CHAT],
    ["channel", { channel: EServiceChannel.SMS }, (s) => s.channel === EServiceChannel.SMS],
    ["region", { region: "Västerbotten" }, (s) => s.region === "Västerbotten"],
    ["age", { age: 10 }, (s) => !(s.minAge !== undefined && s.minAge > 10)],
    ["municipality", { municipality: "luleå" }, (s) => !s.except?.includes("Luleå")],
  ],
  lookup: { document: BY_SLUG, field: "eService", variables: (item) => ({ slug: item.slug }) },
});

const sortedExpectedIds = () => perPersona((as) => [...expectedIds(services)[as]].sort());

describe("eServiceEligibility and CareUnit.eServices, as every persona", () => {
  it("eServiceEligibility answers exactly for the services the persona may read, and is null for the rest", async () => {
    const answered = async (as: PersonaName) => {
      const ids: string[] = [];
      for (const s of services) {
        const data = expectData(await t.query<{ eServiceEligibility: { eligible: boolean } | null }>(ELIGIBILITY, { as, variables: { slug: s.slug } }));
        if (data.eServiceEligibility) ids.push(s.id);
      }
      return ids.sort();
    };
    await expectPerPersona("eServiceEligibility", answered, sortedExpectedIds(), { names });
  });

  it("CareUnit.eServices lists exactly the services the persona may read", async () => {
    const offered = async (as: PersonaName) =>
      expectData(await t.query<{ _entities: { eServices: { id: string }[] }[] }>(OFFERED, { as, variables: { r: [{ __typename: "CareUnit", id: UNIT }] } }))._entities[0]!.eServices.map((s) => s.id).sort();
    await expectPerPersona("CareUnit.eServices", offered, sortedExpectedIds(), { names });
  });
});

describe("the easy-to-read summary (issue 12), as every persona", () => {
  const expected = () => perPersona((as) => services.filter((s) => shouldRead(as, s)).map((s) => [s.id, `Lättläst: ${s.name}.`]).sort());
  type Node = { id: string; easyToRead: { sv: string } | null };
  const pairs = (nodes: Node[]) => nodes.map((n) => [n.id, n.easyToRead?.sv]).sort();

  it("eServices and eService(slug) give each persona the summary of exactly the services it may read", async () => {
    await expectPerPersona(
      "eServices { easyToRead }",
      async (as) => pairs(expectData(await t.query<{ eServices: { edges: { node: Node }[] } }>(`{ eServices(first: 100) { edges { node { id easyToRead { sv } } } } }`, { as })).eServices.edges.map((e) => e.node)),
      expected(),
      { names },
    );
    await expectPerPersona(
      "eService(slug) { easyToRead }",
      async (as) => {
        const found: Node[] = [];
        for (const s of services) {
          const node = expectData(await t.query<{ eService: Node | null }>(`query($slug: String!) { eService(slug: $slug) { id easyToRead { sv } } }`, { as, variables: { slug: s.slug } })).eService;
          if (node) found.push(node);
        }
        return pairs(found);
      },
      expected(),
      { names },
    );
  });

  it("_entities and CareUnit.eServices give each persona the summary of exactly the services it may read", async () => {
    await expectPerPersona(
      "_entities { ... on EService { easyToRead } }",
      async (as) => {
        const data = expectData(
          await t.query<{ _entities: (Node | null)[] }>(`query($r: [_Any!]!) { _entities(representations: $r) { ... on EService { id easyToRead { sv } } } }`, {
            as,
            variables: { r: services.map((s) => ({ __typename: "EService", id: s.id })) },
          }),
        );
        return pairs(data._entities.filter((e): e is Node => e !== null));
      },
      expected(),
      { names },
    );
    await expectPerPersona(
      "CareUnit.eServices { easyToRead }",
      async (as) =>
        pairs(
          expectData(await t.query<{ _entities: { eServices: Node[] }[] }>(`query($r: [_Any!]!) { _entities(representations: $r) { ... on CareUnit { eServices { id easyToRead { sv } } } } }`, { as, variables: { r: [{ __typename: "CareUnit", id: UNIT }] } }))
            ._entities[0]!.eServices,
        ),
      expected(),
      { names },
    );
  });
});

let editorialCounter = 5000;
describeEditorialRoleMatrix("the editorial API of e-services, as every persona", {
  subgraph: () => t,
  registration: eServiceEditorialType as never,
  area: "eServices",
  values: () => eServiceValues(++editorialCounter),
});

describe("search (decision 022), as every persona", () => {
  it("searchEServices finds each service by its name exactly when the persona may read it", async () => {
    await expectSearchFindsEach(t, "searchEServices", services.map((item) => ({ ...item, text: item.name })));
  });
});
