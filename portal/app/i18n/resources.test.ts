import { describe, expect, it } from "vitest";
import en from "~/locales/en";
import sv from "~/locales/sv";
import { namespaces } from "./namespaces";

type Tree = { [key: string]: string | Tree };

/** Every leaf key with its text: `nav.findCare` → "Hitta vård". */
function leaves(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

/** A plural key's base: `errorSummary_one` and `errorSummary_other` are one key; languages may differ in forms. */
const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, "");
const variables = (text: string) => [...text.matchAll(/\{\{\s*([\w.]+)/g)].map((m) => m[1]).sort();
const tags = (text: string) => [...text.matchAll(/<(\w+)\s*\/?>/g)].map((m) => m[1]!).sort();

describe("the string files", () => {
  it("have one file per namespace in both languages", () => {
    expect(Object.keys(sv).sort()).toEqual([...namespaces].sort());
    expect(Object.keys(en).sort()).toEqual([...namespaces].sort());
  });

  for (const ns of namespaces) {
    describe(ns, () => {
      const svKeys = leaves(sv[ns] as Tree);
      const enKeys = leaves(en[ns] as Tree);

      it("have the same keys in Swedish and English", () => {
        expect([...new Set([...enKeys.keys()].map(base))].sort()).toEqual([...new Set([...svKeys.keys()].map(base))].sort());
      });

      it("name no <tag> after an empty HTML element (Trans would render <link>text</link> as an empty <link>)", () => {
        const voidElements = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"]);
        for (const [key, text] of [...svKeys, ...enKeys]) {
          for (const tag of tags(text)) expect(voidElements.has(tag), `${ns}:${key} uses <${tag}>`).toBe(false);
        }
      });

      it("use the same {{variables}} and <tags> in both languages, and no empty text", () => {
        for (const [key, svText] of svKeys) {
          const enText = enKeys.get(key) ?? enKeys.get(`${base(key)}_other`);
          if (enText === undefined) continue;
          expect(svText.trim(), `${ns}:${key} (sv)`).not.toBe("");
          expect(enText.trim(), `${ns}:${key} (en)`).not.toBe("");
          expect(variables(enText), `${ns}:${key}`).toEqual(variables(svText));
          expect(tags(enText), `${ns}:${key}`).toEqual(tags(svText));
        }
      });
    });
  }
});
