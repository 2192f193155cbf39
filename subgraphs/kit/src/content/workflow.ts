import { ContentStatus } from "./enums.js";

/** The publishing workflow as data; anything not listed is refused. */
const allowed: Record<ContentStatus, ContentStatus[]> = {
  [ContentStatus.DRAFT]: [ContentStatus.IN_REVIEW, ContentStatus.PUBLISHED, ContentStatus.ARCHIVED],
  [ContentStatus.IN_REVIEW]: [ContentStatus.DRAFT, ContentStatus.PUBLISHED, ContentStatus.ARCHIVED],
  [ContentStatus.PUBLISHED]: [ContentStatus.DRAFT, ContentStatus.ARCHIVED],
  [ContentStatus.ARCHIVED]: [ContentStatus.DRAFT],
};

export function canTransition(from: ContentStatus, to: ContentStatus): boolean {
  return allowed[from].includes(to);
}
