import { personnummerFor } from "@vardportal/kit/personnummer";
import { seedId } from "@vardportal/kit";
import type { ReleaseRequest } from "../entities/release-request.entity.js";
import { DeliveryChannel, HarmDecision, IncomingChannel, LegalBasis, ReleaseStatus, RequestSubject } from "../entities/release-enums.js";
import { swedishDate } from "../rules/calendar.js";

/** Anna Andersson, the local identity provider's adult resident (tests/oidc/personas.ts). */
const anna = personnummerFor("1985-05-17", 282);
const samplePatient = personnummerFor("1950-02-14", 228);

/**
 * Last year's invented requests, in the proportions Region Kronoberg reported for 2024 (003: of
 * 10 000 cases, 5 633 sent by registered mail and 1 327 sent digitally), scaled to 100 cases, and a few
 * open ones this year for the queue. All marked `sample`.
 */
const incomingLastYear: [IncomingChannel, number][] = [
  [IncomingChannel.POST, 38],
  [IncomingChannel.E_SERVICE_1177, 24],
  [IncomingChannel.PHONE, 14],
  [IncomingChannel.EMAIL, 12],
  [IncomingChannel.IN_PERSON, 6],
  [IncomingChannel.FAX, 2],
  [IncomingChannel.PORTAL, 4],
];
const SENT_BY_MAIL = 56;
const SENT_THROUGH_1177 = 8;
const SENT_TO_MAILBOX = 5;
const REFUSED = 3;

export function sampleRequests(now: Date): Partial<ReleaseRequest>[] {
  const year = Number(swedishDate(now).slice(0, 4)) - 1;
  const base = {
    submitterSubject: "seed",
    subject: RequestSubject.SELF,
    patientName: null,
    periodTo: null,
    injuryDate: null,
    injuryOrCause: "Exempel: kopia av journal från en tidigare vårdperiod.",
    careUnit: "Exempelkliniken",
    legalBasis: LegalBasis.PATIENT_OWN_RECORD,
    otherInformation: null,
    assigneeSubject: null,
    assigneeName: null,
    harmReasons: null,
    decisionText: null,
    invoicedOn: null,
    sample: true,
  } satisfies Partial<ReleaseRequest>;
  const channels = incomingLastYear.flatMap(([channel, count]) => Array.from({ length: count }, () => channel));
  const requests: Partial<ReleaseRequest>[] = channels.map((incomingChannel, i) => {
    const n = i + 1;
    const month = String((i % 12) + 1).padStart(2, "0");
    const receivedOn = `${year}-${month}-${String((i % 27) + 1).padStart(2, "0")}`;
    const sentChannel =
      n <= SENT_BY_MAIL ? DeliveryChannel.REGISTERED_MAIL
      : n <= SENT_BY_MAIL + SENT_THROUGH_1177 ? DeliveryChannel.E_SERVICE_1177
      : n <= SENT_BY_MAIL + SENT_THROUGH_1177 + SENT_TO_MAILBOX ? DeliveryChannel.DIGITAL_MAILBOX
      : null;
    const refused = !sentChannel && n > channels.length - REFUSED;
    return {
      ...base,
      id: seedId("release-request", `${year}-${n}`),
      referenceNumber: `ARK-${year}-${String(n).padStart(5, "0")}`,
      status: sentChannel ? ReleaseStatus.CLOSED : refused ? ReleaseStatus.CLOSED : ReleaseStatus.RETRIEVING,
      receivedOn,
      receivedAt: new Date(`${receivedOn}T09:00:00Z`),
      incomingChannel,
      submitterPersonnummer: samplePatient,
      patientPersonnummer: samplePatient,
      periodFrom: `${year - 20}-01-01`,
      deliveryWanted: sentChannel ?? DeliveryChannel.REGISTERED_MAIL,
      harmDecision: sentChannel ? HarmDecision.RELEASE_IN_FULL : refused ? HarmDecision.REFUSE : null,
      harmReasons: sentChannel || refused ? "Exempel: prövat mot sekretessen." : null,
      decisionText: refused ? "Exempel: beslutet kan överklagas till kammarrätten." : null,
      sentChannel,
      sentOn: sentChannel ? receivedOn : null,
      updatedAt: new Date(`${receivedOn}T09:00:00Z`),
    };
  });
  const thisYear = year + 1;
  const today = swedishDate(now);
  requests.push({
    ...base,
    id: seedId("release-request", `${thisYear}-anna`),
    referenceNumber: `ARK-${thisYear}-00001`,
    status: ReleaseStatus.RETRIEVING,
    receivedOn: today,
    receivedAt: now,
    incomingChannel: IncomingChannel.PORTAL,
    submitterPersonnummer: anna,
    patientPersonnummer: anna,
    periodFrom: "2001-01-01",
    periodTo: "2003-12-31",
    injuryOrCause: "Exempel: knäskada efter fall, behandlad på ortopeden.",
    deliveryWanted: DeliveryChannel.E_SERVICE_1177,
    harmDecision: null,
    sentChannel: null,
    sentOn: null,
    updatedAt: now,
  });
  return requests;
}
