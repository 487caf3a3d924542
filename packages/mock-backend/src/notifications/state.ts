/**
 * One sandbox's judicial notices, people's registrations for electronic service and
 * lawyers' standing under the 3-day rule as last announced.
 * @module
 */
import { seedNotificationsOf } from '../seed/notifications.ts';
import type { ElectronicServiceRecord, LawyerStandingRecord, NotificationRecord, SeedData } from '../store/types.ts';

export class NoticesState {
  readonly notifications = new Map<string, NotificationRecord>();
  readonly electronicService = new Map<string, ElectronicServiceRecord>();
  /** Standing as last announced, per lawyer the rule applies to; see `lawyers/standing.ts`. */
  readonly standing = new Map<string, LawyerStandingRecord>();
  #delivered = 0;

  /** An id for a notice delivered while the sandbox runs: `ntf_d000001` (seeded ones are `ntf_000001`). */
  nextId(): string {
    this.#delivered += 1;
    return `ntf_d${String(this.#delivered).padStart(6, '0')}`;
  }

  /** Back to the seeded notices; nobody registered, no standing announced. */
  load(seed: Readonly<SeedData>): void {
    this.notifications.clear();
    for (const notice of seedNotificationsOf(seed)) this.notifications.set(notice.id, structuredClone(notice));
    this.electronicService.clear();
    this.standing.clear();
    this.#delivered = 0;
  }
}
