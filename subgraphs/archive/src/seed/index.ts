import type { DataSource } from "typeorm";
import { insertSeedContent, seedId } from "@vardportal/kit";
import { ArchiveHolding } from "../entities/archive-holding.entity.js";
import { RecordIndexEntry } from "../entities/record-index-entry.entity.js";
import { ReleaseStatus } from "../entities/release-enums.js";
import { ReleaseRequestEvent } from "../entities/release-request-event.entity.js";
import { ReleaseRequest } from "../entities/release-request.entity.js";
import { holdingSeed } from "./holdings.js";
import { recordIndexSeed } from "./record-index.js";
import { sampleRequests } from "./sample-requests.js";

/** The holdings (content, through the kit), then the invented record-index entries and requests. */
export async function seedArchive(dataSource: DataSource, now: Date): Promise<void> {
  await insertSeedContent(dataSource, ArchiveHolding, "ArchiveHolding", holdingSeed);
  await dataSource.transaction(async (manager) => {
    await manager.insert(RecordIndexEntry, recordIndexSeed);
    const requests = sampleRequests(now);
    for (const request of requests) {
      await manager.insert(ReleaseRequest, request);
      await manager.insert(ReleaseRequestEvent, {
        id: seedId("release-request-event", request.id!),
        requestId: request.id!,
        seq: 1,
        at: request.receivedAt!,
        action: "RECEIVED",
        fromStatus: null,
        toStatus: ReleaseStatus.RECEIVED,
        actorSubject: "seed",
        note: "Exempeldata.",
      });
    }
  });
}
