import type sv from "~/locales/sv";

/**
 * The string files, one per part of the portal, so that each part's strings are edited in one place
 * (decision 024). `common` holds the site's frame (header, footer, errors, notices); `labels` the names of
 * the API's enum values.
 */
export const namespaces = ["common", "labels", "account", "accessibility", "home", "careUnits", "fees", "checkIn", "eServices", "journal", "guidelines", "journalAccess", "staff", "archive", "recordCopy", "search"] as const;
export type Namespace = (typeof namespaces)[number];

/** The shape of one language's strings: the Swedish files are the reference. */
export type Resources = typeof sv;
