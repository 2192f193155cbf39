import { Audience, ContentStatus, localized, type ContentStore } from "@vardportal/kit";
import { personas, startTestSubgraph, type TestSubgraph } from "@vardportal/kit/testing";
import { careUnitStore } from "../src/care-unit-store.js";
import { CareUnitKind } from "../src/entities/care-unit-kind.js";
import type { CareUnit } from "../src/entities/care-unit.entity.js";
import { definition } from "../src/index.js";

export const startCareUnits = (options: { seed?: boolean } = {}) => startTestSubgraph(definition, { seed: options.seed ?? true });

type UnitData = Parameters<ContentStore<CareUnit>["create"]>[0];

/** Writes a unit the way an editor does (DRAFT, with a revision), optionally publishing it. */
export async function createUnit(t: TestSubgraph, data: UnitData, options: { publish?: boolean } = {}): Promise<CareUnit> {
  const store = careUnitStore(t.subgraph.dataSource);
  const ctx = { viewer: personas.editor };
  const unit = await store.create(
    {
      region: "Norrbotten",
      kind: CareUnitKind.HEALTH_CENTRE,
      municipality: "Luleå",
      address: null,
      phone: null,
      webUrl: null,
      internalPhone: null,
      audience: Audience.PUBLIC,
      description: localized("Testenhet."),
      ...data,
    },
    ctx,
  );
  return options.publish ? store.transition(unit.id, unit.version, ContentStatus.PUBLISHED, ctx) : unit;
}
