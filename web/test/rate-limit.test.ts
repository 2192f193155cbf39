import { describe, expect, it } from "vitest";
import { CLIENT_IP_HEADER, clientAddressOf, createLoginRateLimit } from "../src/auth/rate-limit.js";

const from = (address: string) => new Request("http://127.0.0.1/auth/login", { headers: { [CLIENT_IP_HEADER]: address } });

describe("the log-in rate limit", () => {
  it("allows the limit per address, then refuses with 429, Retry-After and a code for the error page", async () => {
    const limit = createLoginRateLimit({ points: 3, windowSeconds: 60 });
    for (let i = 0; i < 3; i++) await limit.consume(from("10.0.0.1"));
    const refusal = await limit.consume(from("10.0.0.1")).then(
      () => null,
      (thrown: unknown) => thrown,
    );
    expect(refusal).toBeInstanceOf(Response);
    const response = refusal as Response;
    expect(response.status).toBe(429);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(Number(response.headers.get("retry-after"))).toBeLessThanOrEqual(60);
    expect(await response.json()).toEqual({ code: "TOO_MANY_LOGINS" });
  });

  it("counts each address on its own", async () => {
    const limit = createLoginRateLimit({ points: 1, windowSeconds: 60 });
    await limit.consume(from("10.0.0.1"));
    await expect(limit.consume(from("10.0.0.2"))).resolves.toBeUndefined();
    await expect(limit.consume(from("10.0.0.1"))).rejects.toBeInstanceOf(Response);
  });

  it("a window that has passed allows again", async () => {
    const limit = createLoginRateLimit({ points: 1, windowSeconds: 1 });
    await limit.consume(from("10.0.0.3"));
    await expect(limit.consume(from("10.0.0.3"))).rejects.toBeInstanceOf(Response);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    await expect(limit.consume(from("10.0.0.3"))).resolves.toBeUndefined();
  });

  it("reads the address our server put in the request; without it, one shared bucket", () => {
    expect(clientAddressOf(from("192.0.2.7"))).toBe("192.0.2.7");
    expect(clientAddressOf(new Request("http://127.0.0.1/"))).toBe("unknown");
  });
});
