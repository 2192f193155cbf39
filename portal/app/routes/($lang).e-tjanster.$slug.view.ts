import { z } from "zod";
import { renderMarkdown } from "@vardportal/web/markdown";
import { defaultLang, type Lang } from "~/i18n/languages";
import { pickOptional, type PickedText } from "~/i18n/localized";
import type { GatewayResult } from "~/utils/gateway.server";
import { readSection } from "~/utils/section";
import { EServiceNode, toEServiceCard, type EServiceCardView } from "./($lang).e-tjanster.service.view";

const Text = z.object({ sv: z.string(), en: z.string().nullish() });
const Page = EServiceNode.extend({
  description: Text.nullish(),
  eligibility: Text.nullish(),
  availability: Text.nullish(),
  webUrl: z.string().nullish(),
  easyToRead: Text.nullish(),
}).nullable();

export type EServicePageView = EServiceCardView & {
  /** Sanitised HTML from renderMarkdown (the only HTML the page inserts), in the language it is written in. */
  description: { html: string; lang: Lang; fallback: boolean } | null;
  whoText: PickedText | null;
  whereText: PickedText | null;
  webUrl: string | null;
  /** The easy-to-read (lättläst) summary: paragraphs, each a list of lines; null where none is written. */
  easyToRead: { paragraphs: string[][]; lang: Lang; fallback: boolean } | null;
};

export type EServicePageOutcome = { status: "ok"; view: EServicePageView } | { status: "not-found" } | { status: "unavailable" };

/** Plain text as the API writes it: an empty line starts a paragraph, a single line break is kept. */
export function plainParagraphs(text: string): string[][] {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t]*\n+/)
    .map((paragraph) => paragraph.split("\n").map((line) => line.trim()).filter(Boolean))
    .filter((lines) => lines.length > 0);
}

/** Only links to the web are shown; anything else the API might hold is left out. */
const safeUrl = (url: string | null | undefined) => (url && /^https:\/\//.test(url) ? url : null);

export function toEServicePage(result: GatewayResult, now: string, lang: Lang = defaultLang): EServicePageOutcome {
  const section = readSection(result, "eService", Page);
  if (section.status === "unavailable") return { status: "unavailable" };
  const node = section.data;
  if (!node) return { status: "not-found" };
  const description = pickOptional(node.description, lang);
  const easyToRead = pickOptional(node.easyToRead, lang);
  const easyParagraphs = easyToRead ? plainParagraphs(easyToRead.text) : [];
  return {
    status: "ok",
    view: {
      ...toEServiceCard(node, now, lang),
      description: description ? { html: renderMarkdown(description.text), lang: description.lang, fallback: description.fallback } : null,
      whoText: pickOptional(node.eligibility, lang),
      whereText: pickOptional(node.availability, lang),
      webUrl: safeUrl(node.webUrl),
      easyToRead: easyToRead && easyParagraphs.length ? { paragraphs: easyParagraphs, lang: easyToRead.lang, fallback: easyToRead.fallback } : null,
    },
  };
}
