/**
 * Services a lawyer uses with their own token: asking the court to refund a deposit
 * (أمانات) paid in a case, and booking an appointment at a court's counter.
 *
 * Both are case-system actions: a lawyer suspended under the 3-day notification rule
 * gets 422 `lawyer_suspended` (see `contract/lawyers.ts`).
 *
 * Refunds: `createDepositRefund` requires an `Idempotency-Key` (it moves money); the same
 * key and body replay the first answer. The court decides on the sandbox clock:
 * `submitted` → `approved` one day later → `paid` two days after that.
 *
 * Appointments: each court offers 30-minute slots from 09:00 to 12:00 court-local time on
 * working days. A slot is held by one person at most: of two bookings of one slot, even
 * at the same instant, one gets the appointment and the other a 409 `slot_taken`.
 * Cancelling frees the slot.
 * @module
 */
import * as z from 'zod/mini';
import { ibanSchema } from '../ids/schemas.ts';
import { defineEndpoints, Id, Instant, listOf, LocalDate, LocalizedText, Money, PageQuery } from './common.ts';

export const DepositRefundStatus = z.enum(['submitted', 'approved', 'paid']);
export type DepositRefundStatus = z.infer<typeof DepositRefundStatus>;

export const CreateDepositRefundBody = z.object({
  caseId: Id,
  /** More than zero, in the currency the deposit was paid in. */
  amount: z.object({ amount: z.int().check(z.positive()), currency: Money.shape.currency }),
  /** Where to pay the refund; checked with its mod-97 digits. */
  iban: ibanSchema(),
  reason: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(500))),
});
export type CreateDepositRefundBody = z.infer<typeof CreateDepositRefundBody>;

export const DepositRefund = z.object({
  id: Id,
  caseId: Id,
  lawyerId: Id,
  amount: Money,
  /** All but the last four characters hidden. */
  ibanMasked: z.string(),
  reason: z.nullable(z.string()),
  status: DepositRefundStatus,
  createdAt: Instant,
  /** When it reached its current status. */
  statusAt: Instant,
});
export type DepositRefund = z.infer<typeof DepositRefund>;

/** A bookable window at a court's counter. */
export const AppointmentSlot = z.object({
  /** Pass it to `bookAppointment`. */
  id: Id,
  courtId: Id,
  startsAt: Instant,
  endsAt: Instant,
  available: z.boolean(),
});
export type AppointmentSlot = z.infer<typeof AppointmentSlot>;

export const AppointmentStatus = z.enum(['booked', 'cancelled']);
export type AppointmentStatus = z.infer<typeof AppointmentStatus>;

export const Appointment = z.object({
  id: Id,
  slotId: Id,
  courtId: Id,
  courtName: LocalizedText,
  startsAt: Instant,
  endsAt: Instant,
  status: AppointmentStatus,
  purpose: z.nullable(z.string()),
  createdAt: Instant,
});
export type Appointment = z.infer<typeof Appointment>;

export const BookAppointmentBody = z.object({
  slotId: Id,
  purpose: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(200))),
});
export type BookAppointmentBody = z.infer<typeof BookAppointmentBody>;

const users = ['bearer'] as const;

export const lawyerServicesEndpoints = defineEndpoints({
  createDepositRefund: {
    method: 'POST',
    path: '/v1/deposit-refunds',
    summary: 'A lawyer asks the court to refund a deposit paid in a case they act in.',
    description:
      'Requires an `Idempotency-Key`. Lawyers only (403 `lawyers_only`); the lawyer must act in the case (403 ' +
      '`case_not_accessible`, 404 `case_not_found`); 422 `lawyer_suspended` under the 3-day rule.',
    body: CreateDepositRefundBody,
    status: 201,
    response: DepositRefund,
    errors: [400, 403, 404, 409, 422],
    auth: users,
    idempotency: 'required',
  },
  listDepositRefunds: {
    method: 'GET',
    path: '/v1/deposit-refunds',
    summary: 'The calling lawyer’s refund requests, newest first.',
    query: z.object({ ...PageQuery, status: z.optional(DepositRefundStatus) }),
    status: 200,
    response: listOf(DepositRefund),
    errors: [400, 403],
    auth: users,
    paginated: true,
  },
  getDepositRefund: {
    method: 'GET',
    path: '/v1/deposit-refunds/:refundId',
    summary: 'One refund request and its status.',
    params: z.object({ refundId: Id }),
    status: 200,
    response: DepositRefund,
    errors: [400, 403, 404],
    auth: users,
  },
  listAppointmentSlots: {
    method: 'GET',
    path: '/v1/courts/:courtId/appointment-slots',
    summary: 'A court’s appointment slots on one court-local date, with whether each is free.',
    params: z.object({ courtId: Id }),
    query: z.object({ date: LocalDate }),
    status: 200,
    response: z.object({ data: z.array(AppointmentSlot) }),
    errors: [400, 404],
    auth: users,
  },
  bookAppointment: {
    method: 'POST',
    path: '/v1/appointments',
    summary: 'Book a free slot; a slot someone holds is a 409 `slot_taken`.',
    description:
      'People and lawyers with their own token. 404 `slot_not_found` for a slot the court does not offer; 422 ' +
      '`slot_in_past` for one that has begun; 422 `lawyer_suspended` under the 3-day rule.',
    body: BookAppointmentBody,
    status: 201,
    response: Appointment,
    errors: [400, 403, 404, 409, 422],
    auth: users,
    idempotency: 'optional',
  },
  cancelAppointment: {
    method: 'POST',
    path: '/v1/appointments/:appointmentId/cancel',
    summary: 'Cancel one’s appointment; the slot is free again. Cancelling twice answers it as it is.',
    params: z.object({ appointmentId: Id }),
    status: 200,
    response: Appointment,
    errors: [400, 404, 422],
    auth: users,
    idempotency: 'optional',
  },
  listAppointments: {
    method: 'GET',
    path: '/v1/appointments',
    summary: 'The caller’s appointments, soonest first.',
    query: z.object({ ...PageQuery, status: z.optional(AppointmentStatus) }),
    status: 200,
    response: listOf(Appointment),
    errors: [400],
    auth: users,
    paginated: true,
  },
});
