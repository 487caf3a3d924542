/**
 * E-services offices (Iran's دفاتر خدمات الکترونیک قضایی, Kazakhstan's service points):
 * licensed desks whose staff file on behalf of people. A filing made at an office
 * records it (`Filing.officeId`).
 *
 * Oversight: per office and period, how many filings it received, how long they took
 * from receipt at the desk (the draft opened) to dispatch to the court (submitted),
 * as median and 90th percentile, the share of its documents the court refused as
 * illegible, and the share of its filings returned for correction. Each answer holds
 * the period asked and the one of the same length just before it, for the trend.
 * @module
 */
import * as z from 'zod/mini';
import { defineEndpoints, Id, JurisdictionCode, listOf, LocalDate, LocalizedText, PageQuery } from './common.ts';

export const Office = z.object({
  id: Id,
  jurisdiction: JurisdictionCode,
  name: LocalizedText,
  city: LocalizedText,
  /** The licence the office works under. */
  licenceNumber: z.string(),
  /** The partner whose desk software files for the office; only it may file with `officeId`. */
  partnerId: Id,
});
export type Office = z.infer<typeof Office>;

/** The metrics of one period, `from` to `to` inclusive, in the jurisdiction's local dates. */
export const OfficePeriodMetrics = z.object({
  from: LocalDate,
  to: LocalDate,
  /** Filings the office dispatched to the court in the period. */
  filingsReceived: z.int().check(z.nonnegative()),
  /** From receipt at the desk to dispatch to the court, in seconds; `null` without filings. */
  dispatchSecondsMedian: z.nullable(z.number()),
  dispatchSecondsP90: z.nullable(z.number()),
  /** Documents of reviewed filings, and how many of them the court refused as illegible. */
  documentsReviewed: z.int().check(z.nonnegative()),
  documentsIllegible: z.int().check(z.nonnegative()),
  /** `documentsIllegible / documentsReviewed`, 0..1; `null` with nothing reviewed. */
  illegibleShare: z.nullable(z.number()),
  filingsReviewed: z.int().check(z.nonnegative()),
  filingsReturned: z.int().check(z.nonnegative()),
  /** `filingsReturned / filingsReviewed`, 0..1; `null` with nothing reviewed. */
  returnedShare: z.nullable(z.number()),
});
export type OfficePeriodMetrics = z.infer<typeof OfficePeriodMetrics>;

export const OfficeMetrics = z.object({
  officeId: Id,
  current: OfficePeriodMetrics,
  /** The period of the same length just before `current`. */
  previous: OfficePeriodMetrics,
});
export type OfficeMetrics = z.infer<typeof OfficeMetrics>;

const OfficeParams = z.object({ officeId: Id });
const anyone = ['secret', 'publishable', 'widget', 'bearer'] as const;

export const officesEndpoints = defineEndpoints({
  list: {
    method: 'GET',
    path: '/v1/offices',
    summary: 'The licensed e-services offices, by jurisdiction.',
    query: z.object({ ...PageQuery, jurisdiction: z.optional(JurisdictionCode) }),
    status: 200,
    response: listOf(Office),
    errors: [400],
    auth: anyone,
    paginated: true,
  },
  get: {
    method: 'GET',
    path: '/v1/offices/:officeId',
    summary: 'One e-services office.',
    params: OfficeParams,
    status: 200,
    response: Office,
    errors: [400, 404],
    auth: anyone,
  },
  getMetrics: {
    method: 'GET',
    path: '/v1/offices/:officeId/metrics',
    summary: 'Oversight metrics of an office for a period, with the previous period of the same length.',
    description:
      'Public oversight figures (counts, durations and shares, no personal data). `from` and `to` are local dates of the ' +
      'office’s jurisdiction, inclusive; by default the 30 days up to today on the sandbox clock. `to` before `from`, or a ' +
      'period over 366 days, is a 400.',
    params: OfficeParams,
    query: z.object({ from: z.optional(LocalDate), to: z.optional(LocalDate) }),
    status: 200,
    response: OfficeMetrics,
    errors: [400, 404],
    auth: anyone,
  },
});
