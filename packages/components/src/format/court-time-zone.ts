/** Where each jurisdiction's courts keep their time: dates a reader sees are in the court's zone, never the browser's. @module */
import type { CourtTimeZone, JurisdictionCode } from '@adalat/sdk/contract';

/** The court time zone of each jurisdiction (the contract's four). */
export const JURISDICTION_TIME_ZONE: Readonly<Record<JurisdictionCode, CourtTimeZone>> = {
  PS: 'Asia/Hebron',
  SA: 'Asia/Riyadh',
  IR: 'Asia/Tehran',
  KZ: 'Asia/Almaty',
};
