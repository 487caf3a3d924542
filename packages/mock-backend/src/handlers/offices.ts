/**
 * E-services offices: the public directory and each office's oversight metrics for a
 * period and the period of the same length before it.
 * @module
 */
import type { officesEndpoints } from '@adalat/sdk/contract';
import { periodMetrics } from '../offices/metrics.ts';
import { invalidRequest, notFound } from '../problem.ts';
import type { DomainHandlers } from '../router/context.ts';
import { addDays, dateToUtcMs, localDateOf } from '../rules/court-time.ts';
import { paginate } from '../store/paginate.ts';
import { settleReviews } from './filings.ts';

/** The default period: 30 days up to today. */
export const DEFAULT_PERIOD_DAYS = 30;
const MAX_PERIOD_DAYS = 366;

const daysBetween = (from: string, to: string): number => Math.round((dateToUtcMs(to) - dateToUtcMs(from)) / 86_400_000) + 1;

export const officesHandlers: DomainHandlers<typeof officesEndpoints> = {
  list({ query, store }) {
    const all = [...store.filings.offices.values()];
    const matching = all.filter((office) => query.jurisdiction === undefined || office.jurisdiction === query.jurisdiction);
    const page = paginate(all, matching, query);
    return { data: page.data.map((office) => structuredClone(office)), nextCursor: page.nextCursor };
  },

  get({ params, store }) {
    const office = store.filings.offices.get(params.officeId);
    if (office === undefined) throw notFound('office_not_found', 'No e-services office has this id.', 'params.officeId');
    return structuredClone(office);
  },

  getMetrics({ params, query, store, clock }) {
    const now = clock.now();
    settleReviews(store, now);
    const office = store.filings.offices.get(params.officeId);
    if (office === undefined) throw notFound('office_not_found', 'No e-services office has this id.', 'params.officeId');
    const timeZone = store.jurisdictions.get(office.jurisdiction)!.timeZone;
    const to = query.to ?? (query.from === undefined ? localDateOf(now, timeZone) : addDays(query.from, DEFAULT_PERIOD_DAYS - 1));
    const from = query.from ?? addDays(to, -(DEFAULT_PERIOD_DAYS - 1));
    if (to < from) throw invalidRequest('invalid_period', '`to` is before `from`.', 'query.to');
    const days = daysBetween(from, to);
    if (days > MAX_PERIOD_DAYS) throw invalidRequest('invalid_period', `A period is at most ${MAX_PERIOD_DAYS} days.`, 'query.from');
    const filings = [...store.filings.filings.values()].filter((f) => f.officeId === office.id);
    return {
      officeId: office.id,
      current: periodMetrics(filings, from, to, timeZone),
      previous: periodMetrics(filings, addDays(from, -days), addDays(from, -1), timeZone),
    };
  },
};
