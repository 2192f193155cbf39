import { Marked } from "marked";
import sanitizeHtml from "sanitize-html";

/**
 * Markdown written by editors, as HTML safe to put in a page: parsed with marked, then sanitised
 * with an allow-list. No script, style, iframe, form or embed survives; no event-handler attribute;
 * links only to http(s), mailto and tel (so no `javascript:` or `data:`); raw HTML in the Markdown is
 * escaped by the allow-list like anything else. Links to other sites get rel="noopener noreferrer".
 */
const marked = new Marked({ gfm: true, breaks: false, async: false });

const allowed: sanitizeHtml.IOptions = {
  allowedTags: [
    "p", "br", "strong", "em", "del", "code", "pre", "blockquote", "hr",
    "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "a",
    "table", "thead", "tbody", "tr", "th", "td",
  ],
  allowedAttributes: { a: ["href", "title", "rel"], th: ["scope", "align"], td: ["align"], ol: ["start"] },
  allowedSchemes: ["http", "https", "mailto", "tel"],
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  transformTags: {
    // A page has one h1 (its title): a Markdown "# Heading" becomes the next level down.
    h1: "h2",
    a: (tagName, attribs) => {
      const external = /^https?:\/\//i.test(attribs.href ?? "");
      return { tagName, attribs: external ? { ...attribs, rel: "noopener noreferrer" } : attribs };
    },
    th: (tagName, attribs) => ({ tagName, attribs: { ...attribs, scope: attribs.scope ?? "col" } }),
  },
};

export function renderMarkdown(markdown: string): string {
  const html = marked.parse(markdown) as string;
  return sanitizeHtml(html, allowed);
}

/** The text of a Markdown body without markup, e.g. for a summary or a search index. */
export function markdownToText(markdown: string): string {
  return sanitizeHtml(marked.parse(markdown) as string, { allowedTags: [], allowedAttributes: {} })
    .replace(/\s+/g, " ")
    .trim();
}
