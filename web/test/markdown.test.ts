import { describe, expect, it } from "vitest";
import { markdownToText, renderMarkdown } from "../src/markdown/render.js";

describe("Markdown from editors", () => {
  it("renders headings, lists, emphasis, links and tables", () => {
    const html = renderMarkdown("# Spärr\n\nDu kan **spärra** din journal.\n\n- hel\n- en enhet\n\n[1177](https://www.1177.se)\n\n| a | b |\n|---|---|\n| 1 | 2 |");
    expect(html).toContain("<h2>Spärr</h2>");
    expect(html).toContain("<strong>spärra</strong>");
    expect(html).toContain("<li>hel</li>");
    expect(html).toContain('<a href="https://www.1177.se" rel="noopener noreferrer">1177</a>');
    expect(html).toContain('<th scope="col">a</th>');
  });

  it.each([
    ["a script tag", "<script>alert(1)</script>Text", /<script|alert\(1\)<\/script/],
    ["an iframe", '<iframe src="https://evil.example"></iframe>', /<iframe/],
    ["an event handler", '<img src=x onerror="alert(1)">', /onerror|<img/],
    ["a javascript: link", "[klicka](javascript:alert(1))", /javascript:/],
    ["a javascript: link in HTML", '<a href="javascript:alert(1)">x</a>', /javascript:/],
    ["a data: link", "[x](data:text/html;base64,PHNjcmlwdD4=)", /data:/],
    ["a style attribute", '<p style="position:fixed">x</p>', /style=/],
    ["a form", '<form action="https://evil.example"><input name="pnr"></form>', /<form|<input/],
    ["an SVG with script", '<svg onload="alert(1)"><script>1</script></svg>', /<svg|onload/],
  ])("removes %s", (_, markdown, forbidden) => {
    expect(renderMarkdown(markdown)).not.toMatch(forbidden);
  });

  it("keeps tel: and mailto: links, the routes staff use", () => {
    expect(renderMarkdown("[Ring](tel:0920284000) eller [mejla](mailto:arkiv@example.se)")).toBe(
      '<p><a href="tel:0920284000">Ring</a> eller <a href="mailto:arkiv@example.se">mejla</a></p>\n',
    );
  });

  it("gives the plain text of a body", () => {
    expect(markdownToText("## Rubrik\n\nEn **fet** text.")).toBe("Rubrik En fet text.");
  });
});
