/**
 * Court fees: a quote before anything is filed or paid. The jurisdiction's fee
 * schedule turns a filing (kind, category, claim amount, who files) into lines,
 * each with the article it comes from, and a total. A quote has an id and a
 * `validUntil`: a payment (`payments.create` with a `filing_fee` payable) and later
 * a filing reference it by `quoteId`.
 *
 * Quoting is public: a publishable key alone may quote (a price list is no secret),
 * and so may every other credential. Quotes carry no personal data.
 *
 * The sandbox's schedules are illustrative, grounded in published figures (Saudi
 * Judicial Costs Law 2022, Iran's court fees, Kazakhstan's state duty, Palestine's
 * Court Fees Law 2003); each rule file in the sandbox's `rules/fees/` says where it
 * had to choose. In short:
 * - **SA** (SAR): value claims 5% of the first 100,000, 4% of the part up to 500,000,
 *   3% up to 1,000,000, 2% above (each rate on its own slice), total capped at
 *   1,000,000; flat appeal 5,000, cassation 7,000, reconsideration 10,000, urgent
 *   3,000; family, execution, criminal and bankruptcy matters exempt.
 * - **IR** (IRR): financial claims 3.5% of the claim above 200,000,000 rials, 2.5% at or
 *   below it; non-financial claims 400,000 / 1,000,000 / 1,800,000 at first instance /
 *   appeal / cassation; 20,000 a petition sheet; criminal complaint 100,000.
 * - **KZ** (KZT): property claims 1% (individuals) or 3% (legal entities) of the claim;
 *   non-property claims 0.5 or 5 MRP (MRP 4,325 tenge in 2026); appeal and cassation
 *   half the first-instance fee; labour and alimony claims exempt.
 * - **PS** (JOD): claims 1% of the claim, at least 50 and at most 1,000 JOD;
 *   non-financial claims 50; appeal 100, cassation 150; urgent requests 200.
 *
 * Percentages are computed on integer minor units and rounded half up to the minor
 * unit, line by line; the total is the sum of the lines. Never floats.
 * @module
 */
import * as z from 'zod/mini';
import { Currency, defineEndpoints, Id, Instant, JurisdictionCode, LocalizedText, Money } from './common.ts';

/**
 * What is being filed:
 * `claim` (a statement of claim at first instance), `appeal`, `cassation`,
 * `reconsideration` (Saudi Arabia's التماس إعادة النظر), `urgent` (an urgent case or
 * request), `criminal_complaint`, `execution_request`. A schedule that sets no fee for
 * a kind answers 422 `fee_not_scheduled`.
 */
export const FilingKind = z.enum(['claim', 'appeal', 'cassation', 'reconsideration', 'urgent', 'criminal_complaint', 'execution_request']);
export type FilingKind = z.infer<typeof FilingKind>;

/** Who files: some schedules charge legal entities more (Kazakhstan: 3% instead of 1%). */
export const FilerType = z.enum(['individual', 'legal_entity']);
export type FilerType = z.infer<typeof FilerType>;

/** A code of the jurisdiction's classifier of case categories: `civil.contract.sale`. */
const FeeCategory = z.string().check(z.maxLength(200), z.regex(/^[a-z_]+(\.[a-z_]+)*$/, 'a classifier code such as "civil.contract.sale"'));

/** One line of a quote: what is charged, under which article, how much. */
export const FeeLine = z.object({
  /**
   * What the line charges, stable for code to switch on: `claim_value` (a percentage of
   * the claim), `claim_value_band` (one slice of a banded claim), `claim_value_capped`,
   * `non_financial_claim`, `flat_fee`, `petition_sheets`, `exemption` (amount 0).
   */
  code: z.string(),
  /** For people, in the jurisdiction's languages and English. */
  description: LocalizedText,
  /** The article of the schedule the amount comes from: `SA-FEES art.3(1)(a)`. */
  rule: z.string(),
  /** Never negative; an exemption is a line of 0. */
  amount: Money,
});
export type FeeLine = z.infer<typeof FeeLine>;

export const QuoteFeesBody = z
  .object({
    /** The jurisdiction whose schedule applies; may be left out when `courtId` is given. */
    jurisdiction: z.optional(JurisdictionCode),
    /** The court filed at; it must hear `category`. */
    courtId: z.optional(Id),
    filingKind: FilingKind,
    category: FeeCategory,
    /** The value claimed, in the schedule's currency; leave it out for a non-financial claim. */
    claimAmount: z.optional(Money),
    filerType: FilerType,
    /** Petition sheets (Iran charges per sheet); only schedules that charge per sheet take it. */
    sheets: z.optional(z.int().check(z.gte(1), z.lte(500))),
  })
  .check(
    z.refine((body) => body.jurisdiction !== undefined || body.courtId !== undefined, {
      message: 'give `courtId` or `jurisdiction`',
      path: ['jurisdiction'],
    }),
  );
export type QuoteFeesBody = z.infer<typeof QuoteFeesBody>;

/** A priced filing. Quotes are immutable; quote again for other inputs. */
export const FeeQuote = z.object({
  id: Id,
  jurisdiction: JurisdictionCode,
  /** The court quoted for; `null` when quoted for the jurisdiction. */
  courtId: z.nullable(Id),
  filingKind: FilingKind,
  category: z.string(),
  filerType: FilerType,
  claimAmount: z.nullable(Money),
  sheets: z.nullable(z.int()),
  lines: z.array(FeeLine),
  total: Money,
  /** The currency of every line and of the total. */
  currency: Currency,
  /** Nothing is due: the matter is exempt. Such a quote cannot be paid (422 `nothing_to_pay`); a filing cites it as is. */
  exempt: z.boolean(),
  /** The schedule that priced it, e.g. `SA-FEES 2022 (illustrative)`. */
  schedule: z.string(),
  createdAt: Instant,
  /** A payment after this instant is refused (422 `quote_expired`); 24 hours after `createdAt`. */
  validUntil: Instant,
  /** The succeeded payment that paid this quote; `null` until then. */
  paymentId: z.nullable(Id),
});
export type FeeQuote = z.infer<typeof FeeQuote>;

const anyone = ['secret', 'publishable', 'widget', 'bearer'] as const;

export const feesEndpoints = defineEndpoints({
  quote: {
    method: 'POST',
    path: '/v1/fees/quotes',
    summary: 'Quote the court fee of a filing: lines with their rule references, total, currency, valid-until.',
    description:
      'Public: a publishable key alone may quote. Give `courtId` or `jurisdiction` (both must agree). Errors: ' +
      '400 `validation_failed` (unknown category, a claim amount missing where the schedule needs one, `sheets` where ' +
      'the schedule takes none), 404 `court_not_found`, 422 `currency_not_accepted` (a claim amount in another currency ' +
      'than the schedule’s), `fee_not_scheduled` (no fee for this filing kind), `category_not_heard` (the court does not ' +
      'hear the category). A quote made through a widget session may be paid by that session.',
    body: QuoteFeesBody,
    status: 201,
    response: FeeQuote,
    errors: [400, 404, 422],
    auth: anyone,
    idempotency: 'optional',
  },
  getQuote: {
    method: 'GET',
    path: '/v1/fees/quotes/:quoteId',
    summary: 'Get a fee quote, with the payment that paid it once paid.',
    params: z.object({ quoteId: Id }),
    status: 200,
    response: FeeQuote,
    errors: [400, 404],
    auth: anyone,
  },
});
