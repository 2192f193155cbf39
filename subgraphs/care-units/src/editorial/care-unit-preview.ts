import { ContentStatus, localized, readEditorialPreview, type EditorialTypeRegistration, type SubgraphContext } from "@vardportal/kit";
import { withPreviewChildren } from "../care-unit-hours-store.js";
import { CareUnit } from "../entities/care-unit.entity.js";
import { ContactRoute } from "../entities/contact-route.entity.js";
import { parseHsaId } from "../rules/hsa-id.js";
import { exceptionsOf, weeklySpansOf } from "../rules/hours-input.js";
import { columnsOf } from "./care-unit-adapter.js";
import type { CareUnitValues } from "./care-unit-values.js";
import { careUnitEditorialType } from "./registration.js";

/**
 * The unit page's lookup with a preview token (decision 019): the working copy of the unit the token
 * names, shown as the unit, hours and routes included — only to the editor the token was made for,
 * and only when the HSA-id asked for is the working copy's. Null otherwise: the page then reads the
 * published unit as everyone does.
 */
export async function previewCareUnit(ctx: SubgraphContext, hsaId: string): Promise<CareUnit | null> {
  const preview = await readEditorialPreview(ctx, careUnitEditorialType as unknown as EditorialTypeRegistration);
  if (!preview) return null;
  const values = preview.values as CareUnitValues & { audience: CareUnit["audience"]; region: string };
  if (parseHsaId(values.hsaId) !== hsaId) return null;
  const unit = Object.assign(new CareUnit(), {
    id: preview.id,
    audience: values.audience,
    // A working copy has no row state of its own to show: it reads as the draft it is.
    status: ContentStatus.DRAFT,
    version: 0,
    publishAt: null,
    unpublishAt: null,
    createdAt: ctx.now,
    updatedAt: ctx.now,
    region: values.region,
    ...columnsOf(values),
    hsaId,
  });
  const exceptions = exceptionsOf(values.hoursExceptions).map((exception, i) => ({ ...exception, id: i + 1 }));
  const routes = values.contactRoutes.map((route, position) =>
    Object.assign(new ContactRoute(), {
      id: position + 1,
      unitId: preview.id,
      position,
      kind: route.kind,
      label: localized(route.label.sv, route.label.en),
      value: route.value,
      hoursSv: route.hours?.sv ?? null,
      hoursEn: route.hours?.en ?? null,
    }),
  );
  return withPreviewChildren(unit, { weekly: weeklySpansOf(values.openingHours), exceptions }, routes);
}
