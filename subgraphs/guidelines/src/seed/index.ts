import type { DataSource } from "typeorm";
import { insertSeedContent } from "@vardportal/kit";
import { Guideline } from "../entities/guideline.entity.js";
import { formsAndContacts } from "./forms-and-contacts.js";
import { toGuideline, type GuidelineSeed } from "./guideline-seed.js";
import { kronobergGuidelines, kronobergOwner } from "./kronoberg.js";
import { skaneGuidelines, skaneOwner } from "./skane.js";

export async function seedGuidelines(dataSource: DataSource): Promise<void> {
  await insertSeedContent(dataSource, Guideline, "Guideline", [
    ...kronobergGuidelines.map((seed) => toGuideline(kronobergOwner, withLinks(seed))),
    ...skaneGuidelines.map((seed) => toGuideline(skaneOwner, withLinks(seed))),
  ]);
}

const withLinks = (seed: GuidelineSeed): GuidelineSeed => ({ ...seed, ...formsAndContacts[seed.slug] });
