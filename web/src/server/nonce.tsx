import { createContext, useContext, type ReactNode } from "react";

/**
 * The Content-Security-Policy nonce of the document being rendered. The server entry provides it; the root
 * layout reads it for `<Scripts>`, `<ScrollRestoration>` and any inline `<style>`. In the browser there is no
 * provider: the scripts have run by then and browsers hide a nonce from the DOM, so "" is what hydration sees.
 * Safe to import in browser code (no Node modules): `@vardportal/web/nonce`.
 */
const NonceContext = createContext("");

export function NonceProvider({ nonce, children }: { nonce: string; children: ReactNode }) {
  return <NonceContext.Provider value={nonce}>{children}</NonceContext.Provider>;
}

export const useNonce = (): string => useContext(NonceContext);
