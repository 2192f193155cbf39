import { hkdfSync } from "node:crypto";
import { EncryptJWT, jwtDecrypt, type JWTPayload } from "jose";

/**
 * Cookie values sealed with AES-256-GCM (a JWE with direct encryption): unreadable and
 * tamper-evident in the browser. Each purpose derives its own key from the app's secrets, so a
 * cookie sealed for one purpose (or one app) never opens as another.
 */
export class CookieSealer {
  private readonly keys: Uint8Array[];

  constructor(
    secrets: string[],
    purpose: string,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.keys = secrets.map((secret) => new Uint8Array(hkdfSync("sha256", secret, "vardportal-cookie", purpose, 32)));
  }

  seal(payload: JWTPayload, expiresAt: Date): Promise<string> {
    return new EncryptJWT(payload)
      .setProtectedHeader({ alg: "dir", enc: "A256GCM" })
      .setIssuedAt(this.now())
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .encrypt(this.keys[0]!);
  }

  /** The payload, or the reason it cannot be trusted. An expired seal is told apart from a bad one. */
  async open(value: string): Promise<{ ok: true; payload: JWTPayload } | { ok: false; reason: "expired" | "invalid" }> {
    let expired = false;
    for (const key of this.keys) {
      try {
        const { payload } = await jwtDecrypt(value, key, {
          keyManagementAlgorithms: ["dir"],
          contentEncryptionAlgorithms: ["A256GCM"],
          currentDate: this.now(),
        });
        return { ok: true, payload };
      } catch (error) {
        if ((error as { code?: string }).code === "ERR_JWT_EXPIRED") expired = true;
      }
    }
    return { ok: false, reason: expired ? "expired" : "invalid" };
  }
}

export type CookieOptions = { name: string; path: string; secure: boolean; maxAgeSeconds?: number };

/** A Set-Cookie header value: httpOnly and SameSite=Lax always; Secure when served over https. */
export function serializeCookie(value: string, options: CookieOptions): string {
  const parts = [`${options.name}=${value}`, `Path=${options.path}`, "HttpOnly", "SameSite=Lax"];
  if (options.secure) parts.push("Secure");
  if (options.maxAgeSeconds !== undefined) parts.push(`Max-Age=${Math.max(0, Math.floor(options.maxAgeSeconds))}`);
  return parts.join("; ");
}

export function clearCookie(options: Omit<CookieOptions, "maxAgeSeconds">): string {
  return `${serializeCookie("", { ...options, maxAgeSeconds: 0 })}; Expires=Thu, 01 Jan 1970 00:00:00 GMT`;
}

export function readCookie(request: Request, name: string): string | undefined {
  const header = request.headers.get("cookie");
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const index = part.indexOf("=");
    if (index < 0) continue;
    if (part.slice(0, index).trim() === name) return part.slice(index + 1).trim();
  }
  return undefined;
}
