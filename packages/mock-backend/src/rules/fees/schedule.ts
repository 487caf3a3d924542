/**
 * What every fee schedule shares: the request it prices, the refusal it throws when
 * it cannot, and the integer money arithmetic all of them use.
 *
 * Rounding: a percentage is applied to the amount in integer minor units and rounded
 * half up to the nearest minor unit (fils, halala, rial, tiyn), once per line; the
 * total is the exact sum of the lines. BigInt keeps IRR claims in the billions exact.
 * @module
 */
import {
  MINOR_UNITS,
  type Currency,
  type FeeLine,
  type FilerType,
  type FilingKind,
  type JurisdictionCode,
  type LocalizedText,
  type Money,
} from '@adalat/sdk/contract';

/** A filing to price; the category is known to exist in the jurisdiction's classifier. */
export interface FeeRequest {
  filingKind: FilingKind;
  category: string;
  claimAmount: Money | null;
  filerType: FilerType;
  sheets: number | null;
}

export interface FeeSchedule {
  jurisdiction: JurisdictionCode;
  currency: Currency;
  /** Named on every quote: `SA-FEES 2022 (illustrative)`. */
  name: string;
  /** The lines of the fee; throws `FeeRefusal` when the schedule cannot price the request. */
  quote(request: FeeRequest): FeeLine[];
}

/**
 * Why a schedule cannot price a request. With `field`, the request's input is at fault
 * (the API answers 400 naming `body.<field>`); without, a rule refuses it (422).
 */
export class FeeRefusal extends Error {
  readonly code: string;
  readonly field: 'claimAmount' | 'sheets' | undefined;

  constructor(code: string, message: string, field?: 'claimAmount' | 'sheets') {
    super(message);
    this.name = 'FeeRefusal';
    this.code = code;
    this.field = field;
  }
}

/** `major` whole units of `currency` in minor units: `units(100, 'SAR')` is 10,000 halalas. */
export function units(major: number, currency: Currency): number {
  return major * MINOR_UNITS[currency];
}

/** `basisPoints / 10,000` of an amount (5% is 500), rounded half up to the minor unit. */
export function percentOf(amountMinor: number, basisPoints: number): number {
  const product = BigInt(amountMinor) * BigInt(basisPoints);
  const whole = product / 10_000n;
  const rest = product % 10_000n;
  return Number(rest * 2n >= 10_000n ? whole + 1n : whole);
}

export function line(code: string, rule: string, description: LocalizedText, amount: number, currency: Currency): FeeLine {
  return { code, rule, description, amount: { amount, currency } };
}

/** The category is the node or inside its subtree: `family.divorce` is in `family`. */
export function inCategory(category: string, node: string): boolean {
  return category === node || category.startsWith(`${node}.`);
}

/** The claim amount in the schedule's currency, or `null` for a non-financial claim. */
export function claimIn(request: FeeRequest, currency: Currency): number | null {
  if (request.claimAmount === null) return null;
  if (request.claimAmount.currency !== currency) {
    throw new FeeRefusal('currency_not_accepted', `This schedule sets fees in ${currency}; give the claim amount in ${currency}.`);
  }
  return request.claimAmount.amount;
}

/** The claim amount a value-based fee needs: present and above zero. */
export function requiredClaim(request: FeeRequest, currency: Currency): number {
  const claim = claimIn(request, currency);
  if (claim === null || claim === 0) {
    throw new FeeRefusal('claim_amount_required', 'This fee is a share of the claim: give a claim amount above zero.', 'claimAmount');
  }
  return claim;
}

export function refuseSheets(request: FeeRequest): void {
  if (request.sheets !== null) {
    throw new FeeRefusal('sheets_not_applicable', 'This schedule does not charge per petition sheet; leave `sheets` out.', 'sheets');
  }
}

export function notScheduled(jurisdiction: JurisdictionCode, kind: FilingKind): FeeRefusal {
  return new FeeRefusal('fee_not_scheduled', `The ${jurisdiction} schedule sets no fee for a ${kind.replace('_', ' ')} filing.`);
}
