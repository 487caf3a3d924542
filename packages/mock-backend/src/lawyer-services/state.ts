/** One sandbox's deposit refund requests and court appointments. @module */
import type { AppointmentRecord, DepositRefundRecord } from '../store/types.ts';

export class LawyerServicesState {
  readonly refunds = new Map<string, DepositRefundRecord>();
  readonly appointments = new Map<string, AppointmentRecord>();
  /** The appointment holding each slot; one entry per slot is what makes double booking impossible. */
  readonly slotHolders = new Map<string, string>();
  #counters = { refund: 0, appointment: 0 };

  nextId(kind: 'refund' | 'appointment'): string {
    this.#counters[kind] += 1;
    return `${kind === 'refund' ? 'dref' : 'apt'}_${String(this.#counters[kind]).padStart(6, '0')}`;
  }

  reset(): void {
    this.refunds.clear();
    this.appointments.clear();
    this.slotHolders.clear();
    this.#counters = { refund: 0, appointment: 0 };
  }
}
