import type { Page } from "playwright-core";

export type Leftover = { text: string; where: string };

/**
 * Swedish interface words on an English page: å, ä or ö in any text (or aria-label, title, alt, placeholder,
 * button value) outside an element marked `lang="sv"` (Swedish content and names) or `data-content` (content
 * the API gave in English, which may name Swedish places: "Folktandvården's chat"). A heuristic, but an
 * untranslated Swedish sentence nearly always has one of the three letters.
 */
export async function swedishLeftovers(page: Page, visitorWords: string[] = []): Promise<Leftover[]> {
  return page.evaluate((visitorWords) => {
    const swedish = /[åäöÅÄÖ]/;
    const inSwedish = (el: Element | null) => {
      if (el?.closest("[data-content]")) return true;
      const lang = el?.closest("[lang]")?.getAttribute("lang") ?? "";
      return lang.toLowerCase().startsWith("sv");
    };
    const where = (el: Element) => {
      const parts: string[] = [];
      for (let node: Element | null = el; node && node !== document.body && parts.length < 4; node = node.parentElement) {
        parts.unshift(node.tagName.toLowerCase() + (node.id ? `#${node.id}` : ""));
      }
      return parts.join(" > ");
    };
    // What the visitor typed (a search echoed back: "Search without the text “tandvård”") is not our wording.
    const ours = (text: string) => visitorWords.reduce((rest, word) => (word ? rest.split(word).join("") : rest), text);
    const found: { text: string; where: string }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || ["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE"].includes(parent.tagName)) continue;
      const text = node.textContent ?? "";
      if (swedish.test(ours(text)) && !inSwedish(parent)) found.push({ text: text.trim().slice(0, 120), where: where(parent) });
    }
    for (const el of Array.from(document.querySelectorAll("[aria-label],[title],[alt],[placeholder],input[type=submit][value],input[type=button][value]"))) {
      for (const name of ["aria-label", "title", "alt", "placeholder", "value"]) {
        if (name === "value" && !(el instanceof HTMLInputElement && (el.type === "submit" || el.type === "button"))) continue;
        const value = el.getAttribute(name);
        if (value && swedish.test(ours(value)) && !inSwedish(el)) found.push({ text: `${name}="${value.slice(0, 100)}"`, where: where(el) });
      }
    }
    // Not the <title>: it joins our words with a content name ("Arjeplogs hälsocentral — …"), which cannot be marked.
    return found;
  }, visitorWords);
}
