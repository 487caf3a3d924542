/**
 * Notices already delivered when the sandbox starts, at instants around its default
 * clock (2026-11-23T07:00Z):
 * - Palestinian bar-roll lawyers (`law_ps_009` on): 0 to 6 pending notices each, most
 *   within their 3 days, about one in eight with one overdue (suspended at the start),
 *   and some already opened;
 * - the first person of each jurisdiction: a summons pending, a judicial act (with its
 *   PDF) delivered 12 days ago and never opened, and one opened notice.
 * The lawyers who act in the seeded cases (`law_xx_001` … `law_xx_008`) get none, so the
 * 3-day rule never surprises a test of their case actions.
 * @module
 */
import type { Jurisdiction, NotificationKind } from '@adalat/sdk/contract';
import type { CaseRecord, Lawyer, NotificationRecord, Person } from '../store/types.ts';
import { LAWYERS_PER_JURISDICTION } from './people.ts';
import { createPrng } from './prng.ts';

/** The instant seeded deliveries are placed around: the sandbox clock's default start. */
export const NOTICES_SEEDED_AROUND = Date.parse('2026-11-23T07:00:00Z');
const HOUR = 3_600_000;
const KINDS: readonly NotificationKind[] = ['hearing_summons', 'judicial_act_issued', 'memorandum_served', 'appeal_deadline_notice', 'hearing_summons', 'memorandum_served'];

const instant = (ms: number): string => new Date(ms).toISOString().replace('.000Z', 'Z');

interface Input {
  people: readonly Person[];
  lawyers: readonly Lawyer[];
  cases: readonly CaseRecord[];
}

const built = new WeakMap<object, readonly NotificationRecord[]>();

/**
 * The seeded notices of a seed, built once per seed (they are kept out of `SEED` itself
 * to keep it small; they are as deterministic).
 */
export function seedNotificationsOf(seed: Readonly<Input>): readonly NotificationRecord[] {
  let notices = built.get(seed);
  if (notices === undefined) {
    notices = Object.freeze(seedNotifications(seed));
    built.set(seed, notices);
  }
  return notices;
}

export function seedNotifications({ people, lawyers, cases }: Input): NotificationRecord[] {
  const out: NotificationRecord[] = [];
  const notice = (
    recipient: NotificationRecord['recipient'],
    jurisdiction: Jurisdiction['code'],
    kind: NotificationKind,
    record: CaseRecord,
    deliveredMs: number,
    openedMs: number | null,
  ): void => {
    out.push({
      id: `ntf_${String(out.length + 1).padStart(6, '0')}`,
      jurisdiction,
      kind,
      recipient,
      caseId: record.id,
      caseNumber: record.number,
      courtId: record.courtId,
      title: null,
      body: null,
      documentId: null,
      hasAttachment: kind === 'judicial_act_issued',
      deliveredAt: instant(deliveredMs),
      openedAt: openedMs === null ? null : instant(openedMs),
      servedAnnounced: false,
    });
  };

  for (const person of people) {
    if (!person.id.endsWith('_001')) continue;
    const mine = cases.filter((c) => c.jurisdiction === person.jurisdiction && c.parties.some((p) => p.personId === person.id));
    const record = mine[0] ?? cases.find((c) => c.jurisdiction === person.jurisdiction);
    if (record === undefined) continue;
    const who = { kind: 'person' as const, id: person.id };
    notice(who, person.jurisdiction, 'judicial_act_issued', record, NOTICES_SEEDED_AROUND - 12 * 24 * HOUR, null);
    notice(who, person.jurisdiction, 'memorandum_served', record, NOTICES_SEEDED_AROUND - 5 * 24 * HOUR, NOTICES_SEEDED_AROUND - 4 * 24 * HOUR);
    notice(who, person.jurisdiction, 'hearing_summons', record, NOTICES_SEEDED_AROUND - 20 * HOUR, null);
  }

  const psCases = cases.filter((c) => c.jurisdiction === 'PS');
  for (const lawyer of lawyers) {
    if (lawyer.jurisdiction !== 'PS' || Number(lawyer.id.slice(-3)) <= LAWYERS_PER_JURISDICTION) continue;
    const prng = createPrng(`notices:${lawyer.id}`);
    const roll = prng.next();
    const pending = roll < 0.35 ? 0 : roll < 0.6 ? 1 : roll < 0.8 ? 2 : roll < 0.92 ? 3 : prng.int(4, 6);
    const overdue = pending > 0 && prng.chance(0.12);
    const who = { kind: 'lawyer' as const, id: lawyer.id };
    for (let i = 0; i < pending; i += 1) {
      // Within the 3 days (1 to 70 hours old), but the first one of an overdue lawyer is 3.5 to 6 days old.
      const ageHours = overdue && i === 0 ? prng.int(84, 144) : prng.int(1, 70);
      notice(who, 'PS', prng.pick(KINDS), prng.pick(psCases), NOTICES_SEEDED_AROUND - ageHours * HOUR, null);
    }
    for (let i = prng.int(0, 2); i > 0; i -= 1) {
      const ageHours = prng.int(72, 400);
      notice(who, 'PS', prng.pick(KINDS), prng.pick(psCases), NOTICES_SEEDED_AROUND - ageHours * HOUR, NOTICES_SEEDED_AROUND - (ageHours - prng.int(1, 48)) * HOUR);
    }
  }
  return out;
}
