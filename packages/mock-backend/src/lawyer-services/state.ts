/** One sandbox's deposit refund requests and court appointments. @module */
import { IdCounters } from '../store/id-counters.ts';
import type { AppointmentRecord, DepositRefundRecord } from '../store/types.ts';

export class LawyerServicesState {
  readonly refunds = new Map<string, DepositRefundRecord>();
  readonly appointments = new Map<string, AppointmentRecord>();
  /** The appointment holding each slot; one entry per slot is what makes double booking impossible. */
  readonly slotHolders = new Map<string, string>();
  readonly #ids = new IdCounters({ refund: 'dref', appointment: 'apt' });

  /** `dref_000001`, `apt_000001`. */
  nextId(kind: 'refund' | 'appointment'): string {
    return this.#ids.next(kind);
  }

  reset(): void {
    this.refunds.clear();
    this.appointments.clear();
    this.slotHolders.clear();
    this.#ids.reset();
  }
}
