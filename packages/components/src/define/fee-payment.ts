/** Registers `<adalat-fee-payment>` and `<adalat-provider>` (each skipped when its tag is already defined). */
import { defineElement } from '../define.ts';
import {
  AdalatFeePayment,
  type BankHandoffDetail,
  type PaymentFailedDetail,
  type PaymentSucceededDetail,
} from '../fee-payment/fee-payment.ts';
import './provider.ts';

defineElement('adalat-fee-payment', AdalatFeePayment);

export { AdalatFeePayment };

declare global {
  interface HTMLElementTagNameMap {
    'adalat-fee-payment': AdalatFeePayment;
  }
  interface HTMLElementEventMap {
    'adalat-bank-handoff': CustomEvent<BankHandoffDetail>;
    'adalat-payment-succeeded': CustomEvent<PaymentSucceededDetail>;
    'adalat-payment-failed': CustomEvent<PaymentFailedDetail>;
  }
}
