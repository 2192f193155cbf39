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

/** Whether a PUBLISHED item is visible at `now` given its schedule. */
export function isLive(item: { status: ContentStatus; publishAt: Date | null; unpublishAt: Date | null }, now: Date): boolean {
  if (item.status !== ContentStatus.PUBLISHED) return false;
  if (item.publishAt && item.publishAt.getTime() > now.getTime()) return false;
  if (item.unpublishAt && item.unpublishAt.getTime() <= now.getTime()) return false;
  return true;
}
