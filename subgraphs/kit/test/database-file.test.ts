import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createSubgraph, generateKeyPairPem, importVerifyingKey, createLogger } from "../src/index.js";
import { noteSubgraph } from "./fixture/note.js";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function start(database: string) {
  const verifyingKey = await importVerifyingKey(generateKeyPairPem().publicKey);
  return createSubgraph(noteSubgraph, { database, verifyingKey, logger: createLogger("notes", "silent") });
}

describe("the database file", () => {
  it("a damaged file stops the subgraph with a message that names the file and says what to do", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "vp-db-"));
    dirs.push(dir);
    const file = path.join(dir, "notes.sqlite");
    writeFileSync(file, "this is not a database, just text that someone saved here by mistake".repeat(100));
    await expect(start(file)).rejects.toThrow(/notes\.sqlite is damaged or is not a SQLite database.*Move it aside/s);
  });

  it("a missing data folder is created and migrated, and is ready", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "vp-db-"));
    dirs.push(dir);
    const subgraph = await start(path.join(dir, "nested", "data", "notes.sqlite"));
    const ready = await fetch(subgraph.url.replace(/graphql$/, "ready"));
    expect(ready.status).toBe(200);
    await subgraph.close();
  });
});
