/** `client.payments`: payments with idempotency, the bank's confirmation, cancellation and receipts, from the payments endpoint table. @module */
import { paymentsEndpoints } from '../contract/payments.ts';
import type { AdalatCore } from '../core.ts';
import type { Resource } from './create-resource.ts';

export type PaymentsResource = Resource<typeof paymentsEndpoints>;
export const paymentsResource = (core: AdalatCore): PaymentsResource => core.resource('payments', paymentsEndpoints);
