import path from "node:path";
import { editorialResolvers, repoRoot, type SubgraphDefinition } from "@vardportal/kit";
import { editorial } from "./editorial.js";
import { attachmentRoute } from "./attachments/attachment-route.js";
import { ArchiveHolding } from "./entities/archive-holding.entity.js";
import { RecordIndexAccess } from "./entities/record-index-access.entity.js";
import { RecordIndexEntry } from "./entities/record-index-entry.entity.js";
import { ReleaseAttachment } from "./entities/release-attachment.entity.js";
import { ReleaseRequestEvent } from "./entities/release-request-event.entity.js";
import { ReleaseRequest } from "./entities/release-request.entity.js";
import { CreateArchiveHolding1700000004000 } from "./migrations/1700000004000-create-archive-holding.js";
import { ReleaseRequestsAndRecordIndex1700000004001 } from "./migrations/1700000004001-release-requests-and-record-index.js";
import { ArchiveHoldingSearch1700000004100 } from "./migrations/1700000004100-archive-holding-search.js";
import { RecordIndexAccessBigint1700000004200 } from "./migrations/1700000004200-record-index-access-bigint.js";
import { ReleaseAttachmentContent1700000004300 } from "./migrations/1700000004300-release-attachment-content.js";
import { ArchiveHoldingSearchResolver } from "./resolvers/archive-holding-search.resolver.js";
import { resolveArchiveHoldingReferences } from "./resolvers/archive-holding.references.js";
import { ArchiveHoldingResolver } from "./resolvers/archive-holding.resolver.js";
import { RecordCopyAdviceResolver } from "./resolvers/record-copy-advice.resolver.js";
import { RecordIndexResolver } from "./resolvers/record-index.resolver.js";
import { ReleaseQueueResolver } from "./resolvers/release-queue.resolver.js";
import { ReleaseRequestEventResolver } from "./resolvers/release-request-event.resolver.js";
import { ReleaseRequestResolver } from "./resolvers/release-request.resolver.js";
import { seedArchive } from "./seed/index.js";

export interface ArchiveOptions {
  /** `$DATA_DIR/archive-attachments`: files of attachments uploaded before their bytes moved into the database (decision 011), read and removed, never written. */
  attachmentsDir: string;
}

export function archiveDefinition(options: ArchiveOptions): SubgraphDefinition {
  return {
    name: "archive",
    defaultPort: 4004,
    entities: [ArchiveHolding, ReleaseRequest, ReleaseRequestEvent, ReleaseAttachment, RecordIndexEntry, RecordIndexAccess],
    migrations: [CreateArchiveHolding1700000004000, ReleaseRequestsAndRecordIndex1700000004001, ArchiveHoldingSearch1700000004100, RecordIndexAccessBigint1700000004200, ReleaseAttachmentContent1700000004300],
    resolvers: [
      ArchiveHoldingResolver,
      ArchiveHoldingSearchResolver,
      RecordCopyAdviceResolver,
      ReleaseRequestResolver,
      ReleaseRequestEventResolver,
      ReleaseQueueResolver,
      RecordIndexResolver,
      ...editorialResolvers(editorial),
    ],
    editorial,
    references: { ArchiveHolding: resolveArchiveHoldingReferences },
    seed: seedArchive,
    routes: { "/attachments": attachmentRoute(options.attachmentsDir) },
  };
}

/** With the default data directory: for the schema printer and tests that upload nothing. */
export const definition = archiveDefinition({ attachmentsDir: path.join(repoRoot, "data", "archive-attachments") });
