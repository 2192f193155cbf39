import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { collectOperations, isOperationDocument, manifestText } from "../src/operations.js";
import { operationHash, persistedOperationsFile, readPersistedOperations } from "../src/persisted-operations.js";

describe("gateway/persisted-operations.json", () => {
  it("is what the portal's and the admin's *.graphql.ts export now (run `npm run operations` in gateway when this fails)", { timeout: 60_000 }, () => {
    expect(readFileSync(persistedOperationsFile, "utf8")).toBe(manifestText(collectOperations()));
  });

  it("maps each hash to the sha256 of its document", () => {
    const operations = readPersistedOperations();
    for (const [hash, document] of operations) expect(operationHash(document)).toBe(hash);
  });

  it("holds operations, not fragments or other strings", () => {
    expect(isOperationDocument("fragment F on Query { __typename }")).toBe(false);
    expect(isOperationDocument("Hitta vård")).toBe(false);
    expect(isOperationDocument("query Q { __typename }")).toBe(true);
    for (const document of readPersistedOperations().values()) expect(isOperationDocument(document)).toBe(true);
  });
});
