/**
 * Court appointment slots: 30 minutes each from 09:00 to 12:00 court-local time on the
 * jurisdiction's working days. A slot's id names its court, date and time, so slots need
 * no storage; who holds one is `LawyerServicesState.slotHolders`.
 * @module
 */
import type { AppointmentSlot, Court, JurisdictionCode } from '@adalat/sdk/contract';
import { toInstant } from '../clock.ts';
import { weekdayOf, zonedInstant } from '../rules/court-time.ts';

const SLOT_MINUTES = 30;
const FIRST_SLOT = 9 * 60;
const LAST_SLOT_END = 12 * 60;

/** Days courts do not sit, 0 = Sunday: Friday and Saturday in PS and SA, Friday in IR, the weekend in KZ. */
const WEEKEND: Record<JurisdictionCode, readonly number[]> = { PS: [5, 6], SA: [5, 6], IR: [5], KZ: [0, 6] };

const pad = (n: number): string => String(n).padStart(2, '0');
const SLOT_ID = /^slt_(.+)_(\d{4})(\d{2})(\d{2})_(\d{2})(\d{2})$/;

export interface SlotRef {
  id: string;
  courtId: string;
  date: string;
  time: string;
}

export function slotId(courtId: string, date: string, time: string): string {
  return `slt_${courtId}_${date.replaceAll('-', '')}_${time.replace(':', '')}`;
}

export function parseSlotId(id: string): SlotRef | undefined {
  const match = SLOT_ID.exec(id);
  if (match === null) return undefined;
  const [, courtId, y, m, d, hh, mm] = match;
  return { id, courtId: courtId!, date: `${y}-${m}-${d}`, time: `${hh}:${mm}` };
}

/** The times a court offers on a date (none on a weekend day). */
export function slotTimes(court: Court, date: string): string[] {
  if (WEEKEND[court.jurisdiction].includes(weekdayOf(date))) return [];
  const times: string[] = [];
  for (let start = FIRST_SLOT; start + SLOT_MINUTES <= LAST_SLOT_END; start += SLOT_MINUTES) times.push(`${pad(Math.floor(start / 60))}:${pad(start % 60)}`);
  return times;
}

/** Whether the court offers this slot. */
export function isOffered(court: Court, slot: SlotRef): boolean {
  return slotTimes(court, slot.date).includes(slot.time);
}

export function slotWindow(court: Court, date: string, time: string): { startsAt: Date; endsAt: Date } {
  const startsAt = zonedInstant(date, time, court.timeZone);
  return { startsAt, endsAt: new Date(startsAt.getTime() + SLOT_MINUTES * 60_000) };
}

export function slotsOf(court: Court, date: string, held: (id: string) => boolean, now: Date): AppointmentSlot[] {
  return slotTimes(court, date).map((time) => {
    const { startsAt, endsAt } = slotWindow(court, date, time);
    const id = slotId(court.id, date, time);
    return { id, courtId: court.id, startsAt: toInstant(startsAt), endsAt: toInstant(endsAt), available: !held(id) && startsAt > now };
  });
}
