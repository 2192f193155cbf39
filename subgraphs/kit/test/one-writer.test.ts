import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { EntitySchema, type BeforeQueryEvent, type DataSource, type EntitySubscriberInterface } from "typeorm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDataSource } from "../src/db/data-source.js";

interface Payment {
  id: number;
  reference: string;
}
const PaymentSchema = new EntitySchema<Payment>({
  name: "payment",
  columns: { id: { type: "integer", primary: true, generated: true }, reference: { type: "varchar", unique: true } },
});

let dir: string;
let dataSource: DataSource;
beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "vp-one-writer-"));
  dataSource = createDataSource({ database: path.join(dir, "money.sqlite"), entities: [PaymentSchema], migrations: [], synchronize: true });
  await dataSource.initialize();
});
afterEach(async () => {
  await dataSource.destroy();
  rmSync(dir, { recursive: true, force: true });
});

const references = async () => (await dataSource.getRepository(PaymentSchema).find({ order: { reference: "ASC" } })).map((p) => p.reference);

/**
 * A read that takes `ms` once it has been let through to the connection (a TypeORM "before query" hook runs
 * inside the statement's turn), so a test can line other work up against a statement in flight.
 */
const SLOW = "/* slow read */";
function slowReads(ms: number): void {
  (dataSource.subscribers as EntitySubscriberInterface[]).push({
    beforeQuery: (event: BeforeQueryEvent) => (event.query.includes(SLOW) ? sleep(ms) : undefined),
  });
}
const slowReferences = async () =>
  ((await dataSource.query(`SELECT reference FROM payment ORDER BY reference ${SLOW}`)) as { reference: string }[]).map((p) => p.reference);

describe("one writer at a time on the single better-sqlite3 connection (decision 023)", () => {
  it("concurrent transactions neither nest nor undo each other: exactly the committed ones stay", async () => {
    const outcomes = await Promise.allSettled(
      Array.from({ length: 8 }, (_, i) =>
        dataSource.transaction(async (manager) => {
          await manager.insert(PaymentSchema, { reference: `p${i}` });
          await sleep(5 * ((i * 7) % 4)); // interleave: others start while this one is open
          await manager.insert(PaymentSchema, { reference: `p${i}-second` });
          if (i % 3 === 0) throw new Error(`payment ${i} declined`);
        }),
      ),
    );
    const committed = outcomes.flatMap((o, i) => (o.status === "fulfilled" ? [i] : []));
    expect(committed).toEqual([1, 2, 4, 5, 7]);
    expect(outcomes.filter((o) => o.status === "rejected").map((o) => String((o as PromiseRejectedResult).reason))).toEqual(
      ["payment 0 declined", "payment 3 declined", "payment 6 declined"].map((m) => `Error: ${m}`),
    );
    expect(await references()).toEqual(committed.flatMap((i) => [`p${i}`, `p${i}-second`]).sort());
  });

  it("a write outside any transaction made while another request's transaction is open survives that transaction's rollback", async () => {
    let opened!: () => void;
    const isOpen = new Promise<void>((resolve) => (opened = resolve));
    const failing = dataSource.transaction(async (manager) => {
      await manager.insert(PaymentSchema, { reference: "rolled-back" });
      opened();
      await sleep(30);
      throw new Error("declined");
    });
    await isOpen;
    const plain = dataSource.getRepository(PaymentSchema).save({ reference: "acknowledged" });
    await expect(failing).rejects.toThrow("declined");
    await plain;
    expect(await references()).toEqual(["acknowledged"]);
  });

  it("work nested inside the holder's transaction passes straight through (no deadlock)", async () => {
    await dataSource.transaction(async (manager) => {
      await manager.insert(PaymentSchema, { reference: "outer" });
      await dataSource.getRepository(PaymentSchema).count();
      await dataSource.query("SELECT 1");
    });
    expect(await references()).toEqual(["outer"]);
  });

  it("a read outside any transaction made while another request's transaction is open sees only committed rows", async () => {
    await dataSource.getRepository(PaymentSchema).save({ reference: "committed" });
    let opened!: () => void;
    const isOpen = new Promise<void>((resolve) => (opened = resolve));
    const failing = dataSource.transaction(async (manager) => {
      await manager.insert(PaymentSchema, { reference: "uncommitted" });
      opened();
      await sleep(30);
      throw new Error("declined");
    });
    await isOpen;
    // Run inside that transaction, this read would list a row the rollback below then removes.
    expect(await references()).toEqual(["committed"]);
    await expect(failing).rejects.toThrow("declined");
  });

  it("a transaction that starts while a read is under way waits for it: the read never runs inside the transaction", async () => {
    slowReads(100);
    const read = slowReferences(); // let through at once (nothing holds the lock), then 100 ms before it runs
    await sleep(5);
    const failing = dataSource.transaction(async (manager) => {
      await manager.insert(PaymentSchema, { reference: "rolled-back" });
      await sleep(200); // still open when the read's 100 ms are up
      throw new Error("declined");
    });
    expect(await read).toEqual([]);
    await expect(failing).rejects.toThrow("declined");
    expect(await references()).toEqual([]);
  });

  it("reads outside transactions run beside each other: a slow one does not hold up the next", async () => {
    await dataSource.getRepository(PaymentSchema).save({ reference: "p1" });
    slowReads(200);
    const finished: string[] = [];
    const slow = slowReferences().then(() => finished.push("slow"));
    await sleep(5);
    const quick = references().then(() => finished.push("quick"));
    await Promise.all([slow, quick]);
    expect(finished).toEqual(["quick", "slow"]);
  });

  it("a read that arrives while a transaction waits for the lock queues behind it (reads cannot starve a writer)", async () => {
    slowReads(40);
    const first = slowReferences();
    await sleep(5);
    const committing = dataSource.transaction(async (manager) => {
      await manager.insert(PaymentSchema, { reference: "paid" });
    });
    await sleep(5);
    const later = references(); // the transaction asked first: this read sees what it committed
    expect(await first).toEqual([]);
    await committing;
    expect(await later).toEqual(["paid"]);
  });
});
