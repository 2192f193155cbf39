import type { SubgraphDefinition } from "@vardportal/kit";
import { definition as fees } from "../index.js";
import { CheckInPaymentResolver } from "./check-in-payment.resolver.js";

/**
 * The fees subgraph's internal listener: the same database and migrations, one resolver, and a
 * verifying key that is e-services' service key rather than the gateway's (decision 012). It is not
 * a subgraph of the supergraph: nothing composes it, so the gateway can never route to it.
 */
export const internalDefinition: SubgraphDefinition = {
  name: "fees-internal",
  defaultPort: 4102,
  entities: fees.entities,
  migrations: fees.migrations,
  resolvers: [CheckInPaymentResolver],
};
