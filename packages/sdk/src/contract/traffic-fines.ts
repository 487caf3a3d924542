/**
 * Traffic fines: found by the offender's national ID, a plate number or a violation
 * number across every city of a jurisdiction, and paid one or several at once with
 * a `traffic_fines` payable (`payments.create`) at any partner bank, or at a court.
 *
 * Privacy: a national ID never travels in a URL — `search` is a POST with the ID in
 * its body — and no answer or error repeats it; a fine read carries no national ID.
 *
 * Who finds what:
 * - a partner's secret key: any fine of its jurisdiction (a bank serving its customer);
 * - court staff: any fine of their jurisdiction (the court's counter);
 * - a person token: the person's own fines only (another national ID is a 403);
 * - a widget session: only fines it is scoped to — `subjects.trafficFines` (ids the
 *   partner server found for its signed-in customer) and, with `subjects.person`, that
 *   person's fines. Another national ID is a 403 `subject_not_in_scope`; a plate or
 *   violation number search returns only fines in scope. So a widget cannot look up
 *   an arbitrary person's fines.
 *
 * Where a fine can be paid: partner banks take any fine of their jurisdiction. A court
 * takes any fine of its jurisdiction where the jurisdiction's rule
 * `trafficFinesPayableNationwide` says so (Palestine), otherwise only fines recorded in
 * its own city (422 `fine_not_payable_here`).
 * @module
 */
import * as z from 'zod/mini';
import { checkNationalId } from '../ids/national-id.ts';
import { idProblemMessage } from '../ids/messages.ts';
import { defineEndpoints, Id, Instant, JurisdictionCode, LocalizedText, listOf, Money, PageQuery } from './common.ts';
import type { NationalIdScheme } from './policy.ts';

/** The national ID scheme of each jurisdiction, as `Jurisdiction.nationalIdScheme` reports it. */
export const NATIONAL_ID_SCHEME: Readonly<Record<JurisdictionCode, NationalIdScheme>> = {
  PS: 'ps-id',
  SA: 'sa-national-id',
  IR: 'ir-national-code',
  KZ: 'kz-iin',
};

export const TrafficFineStatus = z.enum(['unpaid', 'paid']);
export type TrafficFineStatus = z.infer<typeof TrafficFineStatus>;

/** What the offence was. */
export const TrafficViolation = z.object({
  /** The jurisdiction's code for the offence: `speeding`, `red_light`, `parking`, `no_seatbelt`, `phone_use`. */
  code: z.string(),
  description: LocalizedText,
});
export type TrafficViolation = z.infer<typeof TrafficViolation>;

export const TrafficFine = z.object({
  id: Id,
  /** The violation number printed on the ticket, in the jurisdiction's format. */
  number: z.string(),
  jurisdiction: JurisdictionCode,
  /** The city where the offence was recorded. */
  city: LocalizedText,
  /** A court of that city; where a jurisdiction takes fines only in their own city, this court's city is the one that counts. */
  courtId: Id,
  violation: TrafficViolation,
  /** The vehicle's plate, as registered, in the local format (`123 ABC 02`, `ABJ 1234`, `12 ب 345 - 67`). */
  plate: z.string(),
  issuedAt: Instant,
  amount: Money,
  status: TrafficFineStatus,
  /** When it was paid; `null` while unpaid. */
  paidAt: z.nullable(Instant),
  /** The payment that paid it; `null` while unpaid, and for fines paid before the API's records (some seeded ones). */
  paymentId: z.nullable(Id),
});
export type TrafficFine = z.infer<typeof TrafficFine>;

const CRITERIA = ['nationalId', 'plate', 'violationNumber'] as const;

export const SearchTrafficFinesBody = z
  .object({
    /** Every city of this jurisdiction is searched. */
    jurisdiction: JurisdictionCode,
    /** The offender's national ID, checked against the jurisdiction's check-digit rule; Arabic-Indic digits and separators are fine. */
    nationalId: z.optional(z.string().check(z.maxLength(32))),
    /** A plate number; spaces, dashes and digit scripts do not matter. */
    plate: z.optional(z.string().check(z.minLength(2), z.maxLength(32))),
    /** A violation number as printed on the ticket. */
    violationNumber: z.optional(z.string().check(z.minLength(3), z.maxLength(40))),
    status: z.optional(TrafficFineStatus),
    ...PageQuery,
  })
  .check(
    z.superRefine((body, ctx) => {
      const given = CRITERIA.filter((name) => body[name] !== undefined);
      if (given.length !== 1) {
        ctx.addIssue({
          code: 'custom',
          message: 'give exactly one of `nationalId`, `plate` and `violationNumber`',
          path: [given[1] ?? 'nationalId'],
          input: undefined,
        });
        return;
      }
      if (body.nationalId === undefined) return;
      const check = checkNationalId(NATIONAL_ID_SCHEME[body.jurisdiction], body.nationalId);
      // The issue never carries the value: national IDs stay out of messages and logs.
      if (!check.valid) ctx.addIssue({ code: 'custom', message: idProblemMessage(check.reason), path: ['nationalId'], input: undefined, params: { reason: check.reason } });
    }),
  );
export type SearchTrafficFinesBody = z.infer<typeof SearchTrafficFinesBody>;

const FineParams = z.object({ fineId: Id });

export const trafficFinesEndpoints = defineEndpoints({
  search: {
    method: 'POST',
    path: '/v1/traffic-fines/search',
    summary: 'Find traffic fines by national ID, plate or violation number, across every city of the jurisdiction.',
    description:
      'A read sent as POST so the national ID stays out of URLs and logs. Give exactly one of `nationalId`, `plate` and ' +
      '`violationNumber`; an invalid national ID is a 400 naming `body.nationalId` (never its value). Unpaid fines first, ' +
      'then by date. A secret key or court staff search their whole jurisdiction (another jurisdiction is a 403 ' +
      '`outside_jurisdiction`); a person token finds only the person’s own fines (another national ID is a 403 ' +
      '`not_your_national_id`); a widget session finds only the fines it is scoped to (another national ID is a 403 ' +
      '`subject_not_in_scope`). A lawyer token has no fines to find: 403 `person_token_required`.',
    body: SearchTrafficFinesBody,
    status: 200,
    response: listOf(TrafficFine),
    errors: [400, 403],
    auth: ['secret', 'widget', 'bearer'],
    paginated: true,
  },
  list: {
    method: 'GET',
    path: '/v1/traffic-fines',
    summary: 'The caller’s own fines: a person token’s, or those a widget session is scoped to; unpaid first.',
    description: 'A lawyer or court-staff token has no fines of its own: 403 `person_token_required`.',
    query: z.object({ ...PageQuery, status: z.optional(TrafficFineStatus) }),
    status: 200,
    response: listOf(TrafficFine),
    errors: [400, 403],
    auth: ['widget', 'bearer'],
    paginated: true,
  },
  get: {
    method: 'GET',
    path: '/v1/traffic-fines/:fineId',
    summary: 'Get a traffic fine, with its payment once paid.',
    description: 'A fine the caller may not see is a 404 `fine_not_found`, as if it did not exist.',
    params: FineParams,
    status: 200,
    response: TrafficFine,
    errors: [400, 404],
    auth: ['secret', 'widget', 'bearer'],
  },
});
