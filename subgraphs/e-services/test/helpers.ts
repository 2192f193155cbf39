import { Audience, ContentStatus, insertSeedContent, localized, seedId } from "@vardportal/kit";
import type { GraphqlResult, TestSubgraph } from "@vardportal/kit/testing";
import { EServiceChannel } from "../src/entities/e-service-channel.js";
import { EService } from "../src/entities/e-service.entity.js";

/** Writes one extra e-service straight to the test database, the way an editor's saved item looks. */
export async function insertEService(t: TestSubgraph, slug: string, fields: Partial<EService> = {}): Promise<string> {
  const id = seedId("test-e-service", slug);
  await insertSeedContent(t.subgraph.dataSource, EService, "EService", [
    {
      id,
      slug,
      name: localized(`Testtjänst ${slug}`),
      summary: localized("Exempeltjänst för test."),
      channel: EServiceChannel.WEB,
      requiresEid: false,
      eidMethods: [],
      region: "Norrbotten",
      audience: Audience.PUBLIC,
      status: ContentStatus.PUBLISHED,
      ...fields,
    },
  ]);
  return id;
}

export interface ServiceNode {
  id: string;
  slug: string;
  name: { sv: string };
  channel: string;
}

export interface ServicePage {
  eServices: {
    totalCount: number;
    edges: { cursor: string; node: ServiceNode }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

export const LIST = `query($filter: EServiceFilter, $first: Int!, $after: String) {
  eServices(filter: $filter, first: $first, after: $after) {
    totalCount
    edges { cursor node { id slug name { sv } channel } }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** Every item a viewer gets by walking the pages `first` at a time. */
export async function walk(t: TestSubgraph, first: number, filter: Record<string, unknown> | null = null): Promise<{ slugs: string[]; pages: number; totalCount: number }> {
  const slugs: string[] = [];
  let after: string | null = null;
  let pages = 0;
  let totalCount = 0;
  for (;;) {
    const result: GraphqlResult<ServicePage> = await t.query<ServicePage>(LIST, { variables: { filter, first, after } });
    if (result.errors?.length || !result.data) throw new Error(JSON.stringify(result.errors));
    const page = result.data.eServices;
    pages += 1;
    totalCount = page.totalCount;
    slugs.push(...page.edges.map((e) => e.node.slug));
    if (!page.pageInfo.hasNextPage) return { slugs, pages, totalCount };
    after = page.pageInfo.endCursor;
  }
}
