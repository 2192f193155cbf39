/** Which files a release request may carry, decided from the bytes, never from the name alone. */

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
/** Uploaded but never used by a request: removed after this long. */
export const UNUSED_ATTACHMENT_TTL_MS = 24 * 60 * 60 * 1000;

export const allowedTypes = {
  "application/pdf": ["pdf"],
  "image/jpeg": ["jpg", "jpeg"],
  "image/png": ["png"],
} as const satisfies Record<string, readonly string[]>;
export type AllowedMediaType = keyof typeof allowedTypes;

export type AttachmentProblem = "EMPTY" | "TOO_LARGE" | "NAME" | "TYPE_NOT_ALLOWED" | "NAME_MISMATCH";

export const attachmentMessages: Record<AttachmentProblem, { sv: string; en: string }> = {
  EMPTY: { sv: "Filen är tom.", en: "The file is empty." },
  TOO_LARGE: { sv: "Filen är större än 10 MB.", en: "The file is larger than 10 MB." },
  NAME: { sv: "Filen behöver ett namn som slutar på .pdf, .jpg, .jpeg eller .png.", en: "The file needs a name ending in .pdf, .jpg, .jpeg or .png." },
  TYPE_NOT_ALLOWED: { sv: "Filen är inte en PDF, JPEG eller PNG.", en: "The file is not a PDF, JPEG or PNG." },
  NAME_MISMATCH: { sv: "Filen är inte det som namnet säger: innehållet är av en annan typ.", en: "The file is not what its name says: its content is of another type." },
};

/** A name fit to store and show: no path, no control characters, at most 200 characters. */
export function cleanFileName(raw: string): string | null {
  const base = raw.split(/[\\/]/).at(-1) ?? "";
  // eslint-disable-next-line no-control-regex
  const name = base.replace(/[\u0000-\u001f\u007f]/g, "").trim();
  if (!name || name.length > 200 || !/\.[A-Za-z0-9]+$/.test(name)) return null;
  return name;
}

/** The content's type (from file-type) checked against the allow-list and against the name's extension. */
export function checkAttachment(name: string | null, detectedMime: string | undefined, size: number): { ok: true; mediaType: AllowedMediaType } | { ok: false; problem: AttachmentProblem } {
  if (size === 0) return { ok: false, problem: "EMPTY" };
  if (size > MAX_ATTACHMENT_BYTES) return { ok: false, problem: "TOO_LARGE" };
  if (!name) return { ok: false, problem: "NAME" };
  if (!detectedMime || !Object.hasOwn(allowedTypes, detectedMime)) return { ok: false, problem: "TYPE_NOT_ALLOWED" };
  const mediaType = detectedMime as AllowedMediaType;
  const extension = name.slice(name.lastIndexOf(".") + 1).toLowerCase();
  if (!(allowedTypes[mediaType] as readonly string[]).includes(extension)) return { ok: false, problem: "NAME_MISMATCH" };
  return { ok: true, mediaType };
}
