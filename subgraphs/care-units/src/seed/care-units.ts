import { norrbottenSample } from "./norrbotten-sample.js";
import { sourceUnits } from "./source-units.js";
import type { UnitSeed } from "./unit-seed.js";

export { MUNICIPALITY_CENTRES, NORRBOTTEN_SWITCHBOARD } from "./norrbotten-sample.js";

/**
 * Every seeded unit: the units and routes the sources name, and a sample across Norrbotten's 14
 * municipalities, marked as sample data. Exceptions are written relative to the seed's date (this
 * summer and the next, a closed day a few weeks on), so a fresh database always has some to show.
 */
export function careUnitSeed(now: Date): UnitSeed[] {
  return [...norrbottenSample(now), ...sourceUnits];
}
