/** Finding the payment already under way for a payable (after a 409 `payment_in_progress`). @module */
import type { AdalatCore } from '@adalat/sdk/core';
import { paymentsResource } from '@adalat/sdk/resources/payments';
import type { Payable, Payment } from '@adalat/sdk/contract';

export const PAGE = { limit: 100 } as const;

/** Every item of a paginated list, following the pages. */
export async function all<T>(list: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of list) items.push(item);
  return items;
}

/** Whether two payables pay the same thing (fines in any order). */
function samePayable(a: Payable, b: Payable): boolean {
  if (a.kind === 'traffic_fines' && b.kind === 'traffic_fines') {
    const left = [...new Set(a.fineIds)].sort();
    const right = [...new Set(b.fineIds)].sort();
    return left.length === right.length && left.every((id, i) => id === right[i]);
  }
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Whether two payables share anything (one fine of several is enough). */
function overlaps(a: Payable, b: Payable): boolean {
  if (a.kind === 'traffic_fines' && b.kind === 'traffic_fines') return a.fineIds.some((id) => b.fineIds.includes(id));
  return samePayable(a, b);
}

/** After a 409 `payment_in_progress`: the payment under way for the same payable, which the payer carries on with. */
export async function findInProgress(client: AdalatCore, payable: Payable, error: unknown): Promise<Payment> {
  if ((error as { code?: unknown } | null)?.code !== 'payment_in_progress') throw error;
  const pending = await all(paymentsResource(client).list({ status: 'requires_action', kind: payable.kind, ...PAGE }));
  const match = pending.find((p) => samePayable(p.payable, payable)) ?? pending.find((p) => overlaps(p.payable, payable));
  if (!match) throw error;
  return match;
}
