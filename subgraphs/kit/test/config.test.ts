import { describe, expect, it } from "vitest";
import { ConfigError, readConfig, subgraphConfigSchema } from "../src/config.js";

describe("configuration", () => {
  it("names every bad variable in one error", () => {
    const schema = subgraphConfigSchema("fees", 4002);
    try {
      readConfig(schema, { PORT: "eighty", LOG_LEVEL: "loud", DATABASE_URL: "mysql://x" });
      expect.unreachable("should have thrown");
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.join("\n");
      expect(problems).toMatch(/^PORT:/m);
      expect(problems).toMatch(/^LOG_LEVEL:/m);
      expect(problems).toMatch(/^DATABASE_URL:/m);
    }
  });

  it("has working defaults: its own port and a file under data/", () => {
    const config = readConfig(subgraphConfigSchema("fees", 4002), {});
    expect(config.port).toBe(4002);
    expect(config.host).toBe("127.0.0.1");
    expect(config.databasePath).toMatch(/data[/\\]fees\.sqlite$/);
  });
});
