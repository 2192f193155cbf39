import { serviceUnavailable, signIdentity, type SigningKey } from "@vardportal/kit";

/** The principal e-services signs as; the fees subgraph's internal listener accepts only it. */
export const E_SERVICES_PRINCIPAL = "service:e-services";

export interface AppointmentFeeFacts {
  region: string;
  personnummer: string;
  visitKind: string;
  visitDate: string;
  careUnitId: string | null;
}

export interface LedgerQuote {
  amountSek: number;
  reason: string;
  explanation: { sv: string; en: string | null };
}

export interface LedgerRecord {
  quote: LedgerQuote;
  alreadyRecorded: boolean;
  paymentId: string | null;
}

/**
 * Where the fee rules and the high-cost ledger are (the fees subgraph, decision 012). The amount always
 * comes from here; `record` is idempotent by `reference`.
 */
export interface FeeLedger {
  quote(facts: AppointmentFeeFacts): Promise<LedgerQuote>;
  record(reference: string, facts: AppointmentFeeFacts): Promise<LedgerRecord>;
}

export const feesUnavailable = () =>
  serviceUnavailable("The fee could not be worked out right now. Try again in a while.");

const QUOTE = `query($input: AppointmentFeeInput!) { quoteForAppointment(input: $input) { amountSek reason explanation { sv en } } }`;
const RECORD = `mutation($reference: String!, $input: AppointmentFeeInput!) {
  recordCheckInPayment(reference: $reference, input: $input) { alreadyRecorded payment { id } quote { amountSek reason explanation { sv en } } }
}`;

/** Calls the fees subgraph's internal listener with a 60-second token signed by e-services' own key. */
export class HttpFeeLedger implements FeeLedger {
  constructor(
    private readonly url: string,
    private readonly signingKey: SigningKey,
    private readonly timeoutMs = 5000,
  ) {}

  private async call<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    const token = await signIdentity(this.signingKey, { viewer: { subject: E_SERVICES_PRINCIPAL, roles: [] } });
    let body: { data?: T; errors?: { extensions?: { code?: string } }[] };
    try {
      const response = await fetch(this.url, {
        method: "POST",
        headers: { "content-type": "application/json", "vp-identity": token },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      body = (await response.json()) as typeof body;
    } catch {
      throw feesUnavailable();
    }
    if (body.errors?.length || !body.data) throw feesUnavailable();
    return body.data;
  }

  async quote(facts: AppointmentFeeFacts): Promise<LedgerQuote> {
    return (await this.call<{ quoteForAppointment: LedgerQuote }>(QUOTE, { input: facts })).quoteForAppointment;
  }

  async record(reference: string, facts: AppointmentFeeFacts): Promise<LedgerRecord> {
    const { recordCheckInPayment: r } = await this.call<{ recordCheckInPayment: { alreadyRecorded: boolean; payment: { id: string } | null; quote: LedgerQuote } }>(RECORD, {
      reference,
      input: facts,
    });
    return { quote: r.quote, alreadyRecorded: r.alreadyRecorded, paymentId: r.payment?.id ?? null };
  }
}
