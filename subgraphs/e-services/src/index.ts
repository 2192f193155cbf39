import { editorialResolvers, insertSeedContent, type SubgraphDefinition } from "@vardportal/kit";
import { editorial } from "./editorial.js";
import type { FeeLedger } from "./checkin/fee-ledger.js";
import { LocalPaymentProvider, type PaymentProvider } from "./checkin/payment-provider.js";
import { Appointment } from "./entities/appointment.entity.js";
import { CheckIn } from "./entities/check-in.entity.js";
import { CareUnitEServices } from "./entities/care-unit.type.js";
import { EServiceOffering } from "./entities/e-service-offering.entity.js";
import { EService } from "./entities/e-service.entity.js";
import { Guardianship } from "./entities/guardianship.entity.js";
import { SmsNotice } from "./entities/sms-notice.entity.js";
import { CreateEService1700000003000 } from "./migrations/1700000003000-create-e-service.js";
import { AppointmentsAndCheckIn1700000003001 } from "./migrations/1700000003001-appointments-and-check-in.js";
import { EServiceCatalogueDetails1700000003002 } from "./migrations/1700000003002-e-service-catalogue-details.js";
import { EServiceSearch1700000003100 } from "./migrations/1700000003100-e-service-search.js";
import { EServiceEasyToRead1700000003200 } from "./migrations/1700000003200-e-service-easy-to-read.js";
import { EServiceSearchResolver } from "./resolvers/e-service-search.resolver.js";
import { appointmentResolver } from "./resolvers/appointment.resolver.js";
import { resolveCareUnitReferences } from "./resolvers/care-unit-e-services.js";
import { CheckInAppointmentResolver } from "./resolvers/check-in-appointment.resolver.js";
import { resolveEServiceReferences } from "./resolvers/e-service.references.js";
import { EServiceResolver } from "./resolvers/e-service.resolver.js";
import { seedAppointments } from "./seed/appointments.js";
import { eServiceOfferingSeed, eServiceSeed } from "./seed/e-services.js";

export interface EServicesDeps {
  ledger: FeeLedger;
  paymentProvider?: PaymentProvider;
}

/** A ledger for printing the schema and for tests that never check in: any call is a mistake. */
const noLedger: FeeLedger = {
  quote: () => Promise.reject(new Error("No fees ledger is configured.")),
  record: () => Promise.reject(new Error("No fees ledger is configured.")),
};

export function createDefinition(deps: EServicesDeps): SubgraphDefinition {
  return {
    name: "e-services",
    defaultPort: 4003,
    entities: [EService, EServiceOffering, Appointment, CheckIn, Guardianship, SmsNotice],
    migrations: [CreateEService1700000003000, AppointmentsAndCheckIn1700000003001, EServiceCatalogueDetails1700000003002, EServiceSearch1700000003100, EServiceEasyToRead1700000003200],
    resolvers: [
      EServiceResolver,
      EServiceSearchResolver,
      CheckInAppointmentResolver,
      appointmentResolver({ ledger: deps.ledger, paymentProvider: deps.paymentProvider ?? new LocalPaymentProvider() }),
      ...editorialResolvers(editorial),
    ],
    editorial,
    // Nothing here returns a CareUnit; it reaches the schema only as the entity this subgraph extends.
    orphanedTypes: [CareUnitEServices],
    references: { EService: resolveEServiceReferences, CareUnit: resolveCareUnitReferences },
    seed: async (dataSource, now) => {
      await insertSeedContent(dataSource, EService, "EService", eServiceSeed);
      await dataSource.getRepository(EServiceOffering).insert(eServiceOfferingSeed);
      await seedAppointments(dataSource, now);
    },
  };
}

export const definition: SubgraphDefinition = createDefinition({ ledger: noLedger });
