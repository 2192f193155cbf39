import { afterAll, beforeAll } from "vitest";
import { Audience, ContentStore, localized } from "@vardportal/kit";
import {
  describeConnectionMatrix,
  namesOf,
  startTestSubgraph,
  writeItem,
  type ItemState,
  type MatrixItem,
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
  ],
  lookup: { document: BY_SLUG, field: "eService", variables: (item) => ({ slug: item.slug }) },
});
