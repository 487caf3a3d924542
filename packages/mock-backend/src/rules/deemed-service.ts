/**
 * When a judicial notice counts as served, per jurisdiction (DOMAIN.md, "Notifications
 * and service"):
 * - Iran: the moment it reaches the person's electronic account, opened or not;
 * - elsewhere: when opened, or automatically `days` days after delivery if never opened
 *   (10 by default, as Brazil's courts count it; configurable per sandbox).
 * @module
 */
import type { JurisdictionCode, ServiceRule } from '@adalat/sdk/contract';

/** Days after delivery an unopened notice is deemed served where service is on opening. */
export const DEFAULT_DEEMED_SERVICE_DAYS = 10;
const DAY_MS = 24 * 60 * 60 * 1000;

export function serviceRuleOf(jurisdiction: JurisdictionCode): ServiceRule {
  return jurisdiction === 'IR' ? 'on_delivery' : 'on_open_or_after_days';
}

export interface ServiceFacts {
  rule: ServiceRule;
  deliveredAt: Date;
  openedAt: Date | null;
  /** For `on_open_or_after_days`. */
  days: number;
}

/** When the notice was, or will be, deemed served. */
export function deemedServedAt({ rule, deliveredAt, openedAt, days }: ServiceFacts): Date {
  if (rule === 'on_delivery') return deliveredAt;
  const automatic = new Date(deliveredAt.getTime() + days * DAY_MS);
  return openedAt !== null && openedAt < automatic ? openedAt : automatic;
}

/** `opened` when opening served it (it was opened at or before the automatic moment), else `deemed`. */
export function servedBy(facts: ServiceFacts): 'opened' | 'deemed' {
  return facts.rule === 'on_open_or_after_days' && facts.openedAt !== null && deemedServedAt(facts).getTime() === facts.openedAt.getTime()
    ? 'opened'
    : 'deemed';
}
