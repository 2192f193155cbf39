import { createDataSource, openDatabase, readConfig, runSubgraph, subgraphConfigSchema } from "@vardportal/kit";
import { createLogger } from "@vardportal/kit/logger";
import { readCheckInConfig } from "./checkin/config.js";
import { Appointment } from "./entities/appointment.entity.js";
import { SmsNotice } from "./entities/sms-notice.entity.js";
import { createDefinition } from "./index.js";
import { readSmsConfig } from "./sms/config.js";
import { startSmsScheduler } from "./sms/sms-scheduler.js";
import { LogSmsSender } from "./sms/sms-sender.js";

const config = await readCheckInConfig();
const sms = readSmsConfig();
const definition = createDefinition(config);
await runSubgraph(definition);

// The kit's runner gives no handle on its database, so the scheduler opens its own connection to the
// same database (the SQLite file in WAL mode, or the PostgreSQL schema), after runSubgraph has migrated
// it; its migration list is empty, so it finds nothing to run.
if (sms.intervalMs > 0) {
  const logger = createLogger("e-services-sms");
  const database = readConfig(subgraphConfigSchema(definition.name, definition.defaultPort)).database;
  // On PostgreSQL a small pool of its own: a tick is a few statements a minute.
  const target = typeof database === "string" ? database : { ...database, poolSize: 2 };
  const dataSource = createDataSource({ database: target, entities: [Appointment, SmsNotice], migrations: [] });
  await openDatabase(dataSource);
  startSmsScheduler({
    dataSource,
    sender: new LogSmsSender(logger),
    checkInUrl: sms.checkInUrl,
    clock: () => new Date(),
    intervalMs: sms.intervalMs,
    onError: (error) => logger.error({ err: error }, "sms tick failed"),
  });
}
