import { IDENTITY_TOKEN_TTL_SECONDS, signIdentity, subgraphAudience, type SigningKey, type Viewer } from "@vardportal/kit/identity";

export interface IdentityTokenOptions {
  signingKey: SigningKey;
  /**
   * How long one token is handed out again for the same viewer and subgraph (ms). At most half the token's
   * lifetime, so a subgraph always gets one with at least half its life left. Default 30 s.
   */
  reuseMs?: number;
  /** Viewer-and-subgraph pairs kept; the oldest goes first. Default 2 000. */
  maxEntries?: number;
  /** Milliseconds since the epoch; injectable in tests. */
  now?: () => number;
}

/** The identity token for one subgraph (its own audience) vouching for this viewer. */
export type IdentityTokens = (viewer: Viewer | null, subgraph: string) => Promise<string>;

/**
 * The gateway's identity tokens (decision 004), signed once per viewer and subgraph and handed out again for
 * a short while instead of once per client request and subgraph (decision 025). A token says only who the
 * viewer is (exactly the claims the key is made of), for which subgraph, until when: two requests of the same
 * viewer to the same subgraph within `reuseMs` get the same one. The audience per subgraph stays, so a token
 * taken from one subgraph's traffic is still refused by every other, and a token still lives 60 s from when it
 * was signed. The request id travels in its own header (`x-request-id`), not in the token.
 */
export function createIdentityTokens(options: IdentityTokenOptions): IdentityTokens {
  const reuseMs = options.reuseMs ?? 30_000;
  if (!(reuseMs >= 0 && reuseMs <= (IDENTITY_TOKEN_TTL_SECONDS * 1_000) / 2)) {
    throw new RangeError(`reuseMs must be from 0 to half the identity token's lifetime (${(IDENTITY_TOKEN_TTL_SECONDS * 1_000) / 2} ms).`);
  }
  const maxEntries = options.maxEntries ?? 2_000;
  const now = options.now ?? Date.now;
  const tokens = new Map<string, { token: Promise<string>; until: number }>();

  return (viewer, subgraph) => {
    // The key is everything the token says about the viewer: the same key is the same claims.
    const key = `${subgraph}\n${viewer === null ? "anonymous" : JSON.stringify(viewer)}`;
    const at = now();
    const kept = tokens.get(key);
    if (kept && at < kept.until) return kept.token;
    if (kept) tokens.delete(key);
    const token = signIdentity(options.signingKey, { viewer }, { audience: subgraphAudience(subgraph), now: new Date(at) });
    const entry = { token, until: at + reuseMs };
    tokens.set(key, entry);
    // A failed signature is not handed out again.
    token.catch(() => {
      if (tokens.get(key) === entry) tokens.delete(key);
    });
    while (tokens.size > maxEntries) tokens.delete(tokens.keys().next().value!);
    return token;
  };
}
