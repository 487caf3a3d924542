/**
 * A lawyer's services: deposit refunds (the router applied the required
 * Idempotency-Key) and court appointments. A slot is held through one map entry set in
 * one synchronous step, so of two bookings of a slot, however close, exactly one wins.
 * The 3-day rule's 422 `lawyer_suspended` is the router's (`lawyers/standing.ts`).
 * @module
 */
import type { Appointment, lawyerServicesEndpoints } from '@adalat/sdk/contract';
import { toInstant } from '../clock.ts';
import { refundableAmount, refundView } from '../lawyer-services/refunds.ts';
import { isOffered, parseSlotId, slotsOf, slotWindow } from '../lawyer-services/slots.ts';
import { businessRule, conflict, forbidden, notFound } from '../problem.ts';
import type { Caller, DomainHandlers } from '../router/context.ts';
import { paginate } from '../store/paginate.ts';
import type { Store } from '../store/store.ts';
import type { AppointmentRecord } from '../store/types.ts';

function lawyerOf(caller: Caller): string {
  if (caller.kind !== 'bearer' || caller.user.subject !== 'lawyer') throw forbidden('lawyers_only', 'Only a lawyer may ask for a deposit refund.');
  return caller.user.id;
}

/** A person or lawyer booking for themself; court staff keep the counter, they do not book it. */
function holderOf(caller: Caller): { subject: 'person' | 'lawyer'; id: string } {
  if (caller.kind !== 'bearer' || caller.user.subject === 'staff') throw forbidden('people_and_lawyers_only', 'Appointments are booked by people and lawyers with their own token.');
  return { subject: caller.user.subject, id: caller.user.id };
}

function appointmentView(store: Store, record: AppointmentRecord): Appointment {
  return {
    id: record.id,
    slotId: record.slotId,
    courtId: record.courtId,
    courtName: { ...(store.courts.get(record.courtId)?.name ?? {}) },
    startsAt: record.startsAt,
    endsAt: record.endsAt,
    status: record.status,
    purpose: record.purpose,
    createdAt: record.createdAt,
  };
}

function ownAppointment(store: Store, caller: Caller, appointmentId: string): AppointmentRecord {
  const holder = holderOf(caller);
  const record = store.lawyerServices.appointments.get(appointmentId);
  if (record === undefined || record.holder.subject !== holder.subject || record.holder.id !== holder.id) {
    throw notFound('appointment_not_found', `No appointment ${appointmentId} of yours.`, 'params.appointmentId');
  }
  return record;
}

export const lawyerServicesHandlers: DomainHandlers<typeof lawyerServicesEndpoints> = {
  createDepositRefund({ body, auth, store, clock }) {
    const lawyerId = lawyerOf(auth);
    const record = store.cases.get(body.caseId);
    if (record === undefined) throw notFound('case_not_found', `No case ${body.caseId}.`, 'body.caseId');
    if (!record.parties.some((party) => party.lawyers.some((lawyer) => lawyer.id === lawyerId))) {
      throw forbidden('case_not_accessible', 'You do not act in this case.', 'body.caseId');
    }
    const available = refundableAmount(store, record.id, body.amount.currency);
    if (body.amount.amount > available) {
      throw businessRule('refund_exceeds_deposits', `Deposits left to refund in this case: ${available} (minor units of ${body.amount.currency}).`, 'body.amount.amount');
    }
    const refund = {
      id: store.lawyerServices.nextId('refund'),
      caseId: record.id,
      lawyerId,
      amount: { ...body.amount },
      iban: body.iban,
      reason: body.reason ?? null,
      createdAt: toInstant(clock.now()),
    };
    store.lawyerServices.refunds.set(refund.id, refund);
    return refundView(refund, clock.now());
  },

  listDepositRefunds({ query, auth, store, clock }) {
    const lawyerId = lawyerOf(auth);
    const now = clock.now();
    const all = [...store.lawyerServices.refunds.values()]
      .filter((r) => r.lawyerId === lawyerId)
      .reverse()
      .map((r) => refundView(r, now));
    return paginate(all, query.status === undefined ? all : all.filter((r) => r.status === query.status), query);
  },

  getDepositRefund({ params, auth, store, clock }) {
    const lawyerId = lawyerOf(auth);
    const refund = store.lawyerServices.refunds.get(params.refundId);
    if (refund === undefined || refund.lawyerId !== lawyerId) throw notFound('refund_not_found', `No refund request ${params.refundId} of yours.`, 'params.refundId');
    return refundView(refund, clock.now());
  },

  listAppointmentSlots({ params, query, store, clock }) {
    const court = store.courts.get(params.courtId);
    if (court === undefined) throw notFound('court_not_found', `No court ${params.courtId}.`, 'params.courtId');
    const holders = store.lawyerServices.slotHolders;
    return { data: slotsOf(court, query.date, (id) => holders.has(id), clock.now()) };
  },

  bookAppointment({ body, auth, store, clock }) {
    const holder = holderOf(auth);
    const now = clock.now();
    const slot = parseSlotId(body.slotId);
    const court = slot === undefined ? undefined : store.courts.get(slot.courtId);
    if (slot === undefined || court === undefined || !isOffered(court, slot)) throw notFound('slot_not_found', 'The court offers no such slot.', 'body.slotId');
    const { startsAt, endsAt } = slotWindow(court, slot.date, slot.time);
    if (startsAt <= now) throw businessRule('slot_in_past', 'This slot has already begun.', 'body.slotId');
    // Check and take in one synchronous step: nothing can run in between.
    if (store.lawyerServices.slotHolders.has(slot.id)) throw conflict('slot_taken', 'Someone already holds this slot; pick another.');
    const record: AppointmentRecord = {
      id: store.lawyerServices.nextId('appointment'),
      slotId: slot.id,
      courtId: court.id,
      startsAt: toInstant(startsAt),
      endsAt: toInstant(endsAt),
      holder,
      purpose: body.purpose ?? null,
      status: 'booked',
      createdAt: toInstant(now),
    };
    store.lawyerServices.slotHolders.set(slot.id, record.id);
    store.lawyerServices.appointments.set(record.id, record);
    return appointmentView(store, record);
  },

  cancelAppointment({ params, auth, store, clock }) {
    const record = ownAppointment(store, auth, params.appointmentId);
    if (record.status === 'booked') {
      if (Date.parse(record.startsAt) <= clock.now().getTime()) throw businessRule('appointment_started', 'The appointment has already begun.');
      record.status = 'cancelled';
      store.lawyerServices.slotHolders.delete(record.slotId);
    }
    return appointmentView(store, record);
  },

  listAppointments({ query, auth, store }) {
    const holder = holderOf(auth);
    const all = [...store.lawyerServices.appointments.values()]
      .filter((a) => a.holder.subject === holder.subject && a.holder.id === holder.id)
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.id.localeCompare(b.id))
      .map((a) => appointmentView(store, a));
    return paginate(all, query.status === undefined ? all : all.filter((a) => a.status === query.status), query);
  },
};
