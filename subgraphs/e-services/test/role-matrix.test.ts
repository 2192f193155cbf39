import { afterAll, beforeAll, describe, it } from "vitest";
import { Audience, ContentStore, localized } from "@vardportal/kit";
import {
  errorCodeAt,
  expectData,
  expectPerPersona,
  expectedAfter,
  expectedIds,
  expectedInListOrder,
  expectedSlots,
  forgeCursor,
  malformedCursors,
  namesOf,
  perPersona,
  startTestSubgraph,
  walkPages,
  writeItem,
  type ItemState,
  type MatrixItem,
  type PersonaName,
  type TestSubgraph,
} from "@vardportal/kit/testing";
import { EServiceChannel } from "../src/entities/e-service-channel.js";
import { EService } from "../src/entities/e-service.entity.js";
import { definition } from "../src/index.js";

/**
 * One e-service per audience and one per state that must stay hidden. Only hidden services use
 * CHAT or SMS or belong to Västerbotten, so a filter that leaked would show them. The catalogue
 * has no text search yet, so there is no text row in this matrix.
 */
interface ServiceFixture {
  key: string;
  audience: Audience;
  state: ItemState;
  slug: string;
  name: string;
  channel: EServiceChannel;
  region: string;
}
const fixture: ServiceFixture[] = [
  { key: "public", audience: Audience.PUBLIC, state: "live", slug: "journalen", name: "Journalen", channel: EServiceChannel.WEB, region: "Norrbotten" },
  { key: "resident", audience: Audience.RESIDENT, state: "live", slug: "mina-recept", name: "Mina recept", channel: EServiceChannel.APP, region: "Norrbotten" },
  { key: "staff", audience: Audience.STAFF, state: "live", slug: "konsultchatt", name: "Konsultchatt för vårdpersonal", channel: EServiceChannel.CHAT, region: "Norrbotten" },
  { key: "archive", audience: Audience.ARCHIVE, state: "live", slug: "arkivbestallning", name: "Beställ ur arkivet", channel: EServiceChannel.WEB, region: "Västerbotten" },
  { key: "draft", audience: Audience.PUBLIC, state: "draft", slug: "videobesok", name: "Videobesök", channel: EServiceChannel.VIDEO, region: "Norrbotten" },
  { key: "scheduled", audience: Audience.PUBLIC, state: "scheduled", slug: "sms-paminnelse", name: "Påminnelse per sms", channel: EServiceChannel.SMS, region: "Norrbotten" },
  { key: "expired", audience: Audience.PUBLIC, state: "expired", slug: "gammal-tidbok", name: "Gamla tidboken", channel: EServiceChannel.WEB, region: "Norrbotten" },
  { key: "staff draft", audience: Audience.STAFF, state: "draft", slug: "intern-jourchatt", name: "Intern jourchatt", channel: EServiceChannel.CHAT, region: "Norrbotten" },
];
type Service = MatrixItem & ServiceFixture;

const LIST = `query($first: Int!, $after: String, $filter: EServiceFilter) {
  eServices(first: $first, after: $after, filter: $filter) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } }
}`;
const BY_SLUG = `query($slug: String!) { eService(slug: $slug) { id } }`;
const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on EService { id } } }`;

interface ListData {
  eServices: { totalCount: number; edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

let t: TestSubgraph;
let services: Service[];
let names: Record<string, string>;
beforeAll(async () => {
  t = await startTestSubgraph(definition, { seed: false });
  const store = new ContentStore(t.subgraph.dataSource, EService, "EService");
  services = [];
  for (const f of fixture) {
    const data = { slug: f.slug, name: localized(f.name), summary: localized("Testtjänst."), channel: f.channel, region: f.region, audience: f.audience, requiresEid: false, eidMethods: [] };
    const service = await writeItem(store, data, f.state, t.clock());
    services.push({ ...f, id: service.id, sortKey: f.name });
  }
  names = namesOf(services);
});
afterAll(async () => {
  await t.close();
});

async function list(as: PersonaName, variables: { first?: number; after?: string | null; filter?: Record<string, unknown> } = {}) {
  const { eServices } = expectData(await t.query<ListData>(LIST, { as, variables: { first: 100, ...variables } }));
  return { ids: eServices.edges.map((e) => e.node.id), totalCount: eServices.totalCount, ...eServices.pageInfo };
}
const listed = async (as: PersonaName, filter?: Record<string, unknown>) => {
  const { ids, totalCount } = await list(as, { filter });
  return { ids: [...ids].sort(), totalCount };
};
const expectListed = (subset: Service[]) => perPersona((as) => ({ ids: [...expectedIds(subset)[as]].sort(), totalCount: expectedIds(subset)[as].length }));

describe("e-services, as every persona", () => {
  it("list", async () => {
    await expectPerPersona("eServices", (as) => listed(as), expectListed(services), { names });
  });

  it("lookup by slug of every e-service, hidden ones included", async () => {
    await expectPerPersona(
      "eService(slug)",
      async (as) => {
        const found: string[] = [];
        for (const s of services) {
          const service = expectData(await t.query<{ eService: { id: string } | null }>(BY_SLUG, { as, variables: { slug: s.slug } })).eService;
          if (service) found.push(service.id);
        }
        return found;
      },
      expectedIds(services),
      { names },
    );
  });

  it.each([
    ["channel", { channel: EServiceChannel.CHAT }, (s: Service) => s.channel === EServiceChannel.CHAT],
    ["channel", { channel: EServiceChannel.SMS }, (s: Service) => s.channel === EServiceChannel.SMS],
    ["region", { region: "Västerbotten" }, (s: Service) => s.region === "Västerbotten"],
  ] as const)("a filter on %s that only hidden e-services match (%j)", async (_, filter, matches) => {
    await expectPerPersona(`eServices(filter: ${JSON.stringify(filter)})`, (as) => listed(as, filter), expectListed(services.filter(matches)), { names });
  });

  it("_entities for every e-service's key, and an unknown one", async () => {
    const r = [...services.map((s) => ({ __typename: "EService", id: s.id })), { __typename: "EService", id: "no-such-service" }];
    await expectPerPersona(
      "_entities(EService)",
      async (as) => expectData(await t.query<{ _entities: ({ id: string } | null)[] }>(ENTITIES, { as, variables: { r } }))._entities.map((s) => s?.id ?? null),
      perPersona((as) => [...expectedSlots(services)[as], null]),
      { names },
    );
  });

  it("next page by cursor, first: 1, from the first e-service to the last", async () => {
    await expectPerPersona("eServices walked one by one", (as) => walkPages((after) => list(as, { first: 1, after })), expectedInListOrder(services), { names });
  });

  it("a cursor forged from a hidden e-service's name and id gives what follows that position and nothing of the service", async () => {
    for (const hidden of services.filter((s) => s.audience !== Audience.PUBLIC || s.state !== "live")) {
      await expectPerPersona(`eServices(after: forged from ${hidden.key})`, async (as) => (await list(as, { after: forgeCursor(hidden) })).ids, expectedAfter(services, hidden), { names });
    }
  });

  it("a malformed cursor is BAD_USER_INPUT for everyone", async () => {
    await expectPerPersona(
      "eServices(after: malformed)",
      async (as) => {
        const codes: Record<string, string | null> = {};
        for (const [what, after] of Object.entries(malformedCursors)) codes[what] = errorCodeAt(await t.query(LIST, { as, variables: { first: 5, after } }), ["eServices"]);
        return codes;
      },
      perPersona(() => Object.fromEntries(Object.keys(malformedCursors).map((what) => [what, "BAD_USER_INPUT"]))),
    );
  });
});
