/**
 * Fee quotes: the inputs are checked against the store (the court, the category in
 * the jurisdiction's classifier), priced by the jurisdiction's schedule in
 * `rules/fees/`, and kept so a payment can reference the quote. A quote made
 * through a widget session remembers the session, which may then pay it.
 * @module
 */
import type { CategoryNode, FeeQuote, feesEndpoints, JurisdictionCode } from '@adalat/sdk/contract';
import { toInstant } from '../clock.ts';
import { ApiProblem, businessRule, notFound, validationFailed } from '../problem.ts';
import type { DomainHandlers } from '../router/context.ts';
import { FeeRefusal, priceFiling, type FeeRequest } from '../rules/fees/index.ts';
import { inCategory } from '../rules/fees/schedule.ts';
import { nextId, type Store } from '../store/store.ts';
import type { FeeQuoteRecord } from '../store/types.ts';

/** How long a quote can be paid. */
export const QUOTE_VALIDITY_MS = 24 * 60 * 60 * 1000;

function hasCategory(nodes: readonly CategoryNode[], code: string): boolean {
  return nodes.some((node) => node.code === code || (code.startsWith(`${node.code}.`) && hasCategory(node.children, code)));
}

function checkCategory(store: Store, jurisdiction: JurisdictionCode, category: string): void {
  const classifier = store.classifiers.get(jurisdiction);
  if (classifier === undefined || !hasCategory(classifier.categories, category)) {
    throw validationFailed([{ path: 'body.category', code: 'unknown_category', message: `Not a category of the ${jurisdiction} classifier.` }]);
  }
}

function toProblem(refusal: FeeRefusal): ApiProblem {
  if (refusal.field === undefined) return businessRule(refusal.code, refusal.message);
  return validationFailed([{ path: `body.${refusal.field}`, code: refusal.code, message: refusal.message }]);
}

export function toFeeQuote(record: FeeQuoteRecord): FeeQuote {
  const { createdBySessionId: _session, ...quote } = record;
  return structuredClone(quote);
}

/**
 * Prices a filing with its jurisdiction's schedule and keeps the quote (also used by
 * `filings.quoteFee`). A refusal of the schedule becomes its API problem.
 */
export function recordQuote(
  store: Store,
  now: Date,
  jurisdiction: JurisdictionCode,
  courtId: string | null,
  input: FeeRequest,
  sessionId: string | null,
): FeeQuoteRecord {
  let priced;
  try {
    priced = priceFiling(jurisdiction, input);
  } catch (error) {
    throw error instanceof FeeRefusal ? toProblem(error) : error;
  }
  const quote: FeeQuoteRecord = {
    id: nextId(store, 'feeQuote', 'fq'),
    jurisdiction,
    courtId,
    filingKind: input.filingKind,
    category: input.category,
    filerType: input.filerType,
    claimAmount: input.claimAmount,
    sheets: input.sheets,
    lines: priced.lines,
    total: priced.total,
    currency: priced.currency,
    exempt: priced.exempt,
    schedule: priced.schedule,
    createdAt: toInstant(now),
    validUntil: toInstant(new Date(now.getTime() + QUOTE_VALIDITY_MS)),
    paymentId: null,
    createdBySessionId: sessionId,
  };
  store.feeQuotes.set(quote.id, quote);
  return quote;
}

export const feesHandlers: DomainHandlers<typeof feesEndpoints> = {
  quote({ body, auth, store, clock }) {
    const court = body.courtId === undefined ? undefined : store.courts.get(body.courtId);
    if (body.courtId !== undefined && court === undefined) throw notFound('court_not_found', 'No court has this id.', 'body.courtId');
    if (court !== undefined && body.jurisdiction !== undefined && court.jurisdiction !== body.jurisdiction) {
      throw validationFailed([{ path: 'body.courtId', code: 'court_not_in_jurisdiction', message: `The court is not in ${body.jurisdiction}.` }]);
    }
    // The contract requires one of the two.
    const jurisdiction = court?.jurisdiction ?? body.jurisdiction!;
    checkCategory(store, jurisdiction, body.category);
    if (court !== undefined && !court.acceptedCategories.some((node) => inCategory(body.category, node))) {
      throw businessRule('category_not_heard', 'The court does not hear this category.', 'body.category');
    }

    const input = {
      filingKind: body.filingKind,
      category: body.category,
      claimAmount: body.claimAmount ?? null,
      filerType: body.filerType,
      sheets: body.sheets ?? null,
    };
    return toFeeQuote(recordQuote(store, clock.now(), jurisdiction, court?.id ?? null, input, auth.kind === 'widget' ? auth.session.id : null));
  },

  getQuote({ params, store }) {
    const quote = store.feeQuotes.get(params.quoteId);
    if (quote === undefined) throw notFound('quote_not_found', 'No fee quote has this id.', 'params.quoteId');
    return toFeeQuote(quote);
  },
};
