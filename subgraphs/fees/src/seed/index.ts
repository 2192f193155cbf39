import type { DataSource } from "typeorm";
import { insertSeedContent } from "@vardportal/kit";
import { FeeItem } from "../entities/fee-item.entity.js";
import { FeeSchedule } from "../entities/fee-schedule.entity.js";
import { HighCostPayment } from "../entities/high-cost-payment.entity.js";
import { feeScheduleSeed } from "./fee-schedules.js";
import { samplePayments } from "./sample-payments.js";

/**
 * The kit writes the schedules and their first revisions; the lines go in afterwards because its
 * insert does not follow relations (so the seed revision's snapshot holds no lines either). Then the
 * sample payments, dated from `now`.
 */
export async function seedFees(dataSource: DataSource, now: Date): Promise<void> {
  await insertSeedContent(dataSource, FeeSchedule, "FeeSchedule", feeScheduleSeed.map((seed) => seed.schedule));
  const lines = feeScheduleSeed.flatMap((seed) => seed.items.map((item, position) => ({ ...item, position, scheduleId: seed.schedule.id! })));
  await dataSource.getRepository(FeeItem).insert(lines);
  await dataSource.getRepository(HighCostPayment).insert(samplePayments(now));
}
