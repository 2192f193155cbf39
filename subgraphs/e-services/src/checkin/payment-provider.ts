/** A card payment, idempotent by `idempotencyKey` (the check-in's id): a retry never charges twice. */
export interface CardPaymentRequest {
  idempotencyKey: string;
  amountSek: number;
  description: string;
}

export interface CardPaymentResult {
  provider: string;
  reference: string;
  /** False when nothing was actually charged (the local provider). */
  charged: boolean;
}

export interface PaymentProvider {
  readonly name: string;
  /** False for a provider that only records (the local one): the portal says so before the resident pays. */
  readonly charges: boolean;
  payByCard(request: CardPaymentRequest): Promise<CardPaymentResult>;
}

/**
 * For local use: records the payment and charges nothing. The receipt says so, and a real provider
 * (a card acquirer) replaces it through this interface.
 */
export class LocalPaymentProvider implements PaymentProvider {
  readonly name = "local";
  readonly charges = false;
  async payByCard(request: CardPaymentRequest): Promise<CardPaymentResult> {
    return { provider: this.name, reference: `local-${request.idempotencyKey}`, charged: false };
  }
}

/** An invoice's reference number: digits from the check-in's id with a Luhn check digit (as an OCR number). */
export function invoiceReferenceFor(checkInId: string): string {
  const digits = BigInt(`0x${checkInId.replaceAll("-", "").slice(0, 14)}`).toString().slice(0, 15).padStart(15, "0");
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let n = Number(digits[digits.length - 1 - i]) * (i % 2 === 0 ? 2 : 1);
    if (n > 9) n -= 9;
    sum += n;
  }
  return `${digits}${(10 - (sum % 10)) % 10}`;
}
