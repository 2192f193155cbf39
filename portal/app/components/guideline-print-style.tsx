import { useNonce } from "@vardportal/web/nonce";

/**
 * The print view of a guideline: no header, navigation, footer or table of contents, and every link
 * followed by its full address, since paper cannot be clicked. `origin` makes the portal's own
 * relative links absolute. The CSS is a constant apart from the origin, which is the page's own URL.
 */
export function GuidelinePrintStyle({ origin }: { origin: string }) {
  // An inline style element: the CSP allows it through this document's nonce (no 'unsafe-inline' for styles).
  const nonce = useNonce();
  const safeOrigin = origin.replace(/[^a-zA-Z0-9:/.\-_]/g, "");
  const css = `@media print {
  body > header, body header, nav, footer, [data-print="hide"] { display: none !important; }
  main { max-width: none !important; padding: 0 !important; }
  .guideline-body a[href^="http"]::after, .guideline-body a[href^="mailto:"]::after, .guideline-body a[href^="tel:"]::after { content: " (" attr(href) ")"; }
  .guideline-body a[href^="/"]::after { content: " (${safeOrigin}" attr(href) ")"; }
  h2, h3 { break-after: avoid; }
  table, li { break-inside: avoid; }
}`;
  // As HTML, not a text child: React escapes text ("body &gt; header"), which a <style> does not unescape, so the
  // server's CSS was broken and the browser's text differed (a hydration mismatch, then an element without the
  // nonce, blocked by the CSP). `css` holds no "<": the origin is reduced to [a-zA-Z0-9:/.-_] above.
  return <style nonce={nonce || undefined} dangerouslySetInnerHTML={{ __html: css }} />;
}
