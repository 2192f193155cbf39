/**
 * The print view of a guideline: no header, navigation, footer or table of contents, and every link
 * followed by its full address, since paper cannot be clicked. `origin` makes the portal's own
 * relative links absolute. The CSS is a constant apart from the origin, which is the page's own URL.
 */
export function GuidelinePrintStyle({ origin }: { origin: string }) {
  const safeOrigin = origin.replace(/[^a-zA-Z0-9:/.\-_]/g, "");
  const css = `@media print {
  body > header, body header, nav, footer, [data-print="hide"] { display: none !important; }
  main { max-width: none !important; padding: 0 !important; }
  .guideline-body a[href^="http"]::after, .guideline-body a[href^="mailto:"]::after, .guideline-body a[href^="tel:"]::after { content: " (" attr(href) ")"; }
  .guideline-body a[href^="/"]::after { content: " (${safeOrigin}" attr(href) ")"; }
  h2, h3 { break-after: avoid; }
  table, li { break-inside: avoid; }
}`;
  return <style>{css}</style>;
}
