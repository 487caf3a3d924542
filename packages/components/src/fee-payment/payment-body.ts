/** The payment's create body, checked on the page so a refused one is never sent. @module */
import { PayerInput } from '@adalat/sdk/contract/payments';
import type { Payable } from '@adalat/sdk/contract';
import { inputRefusal } from '../base/input-refusal.ts';
import type { PayerDetails } from './fee-payment.types.ts';

/** A failure found before anything was sent (a missing name, no client): the payer's to fix, not a failed payment. */
export function refusedHere(error: unknown): boolean {
  if (error instanceof RangeError) return true;
  const { code, requestId } = (typeof error === 'object' && error !== null ? error : {}) as { code?: unknown; requestId?: unknown };
  return code === 'invalid_input' && requestId == null;
}

/** The create body, checked here so a payer without a name or a payment of nothing never leaves the page. */
export function paymentBody(payable: Payable | null, payer: PayerDetails, givenReturnUrl: string | null | undefined): { payable: Payable; payer: PayerInput; returnUrl?: string } {
  if (!payable) {
    throw inputRefusal('body.payable', 'There is nothing to pay: no quote is loaded or no fine is chosen.', 'nothing_chosen', 'nothing to pay');
  }
  const checked = PayerInput.safeParse(payer);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const field = issue?.path[0] === 'nationalId' ? 'nationalId' : 'name';
    throw inputRefusal(
      `body.payer.${field}`,
      field === 'name' ? 'The payer’s name is required (at most 200 characters).' : 'The payer’s national ID is malformed.',
      issue?.code ?? 'invalid',
      issue?.message ?? 'invalid',
    );
  }
  const returnUrl = givenReturnUrl || undefined;
  return { payable, payer: checked.data, ...(returnUrl ? { returnUrl } : {}) };
}
