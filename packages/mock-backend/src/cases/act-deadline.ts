/**
 * A judicial act's appeal deadline and legal force, for its case. One deadline per
 * act, per case (not per party): where the law gives a party residing abroad a longer
 * period (Iran), the act stays open to appeal, and out of legal force, until that
 * longer period ends whenever any party resides abroad — the act becomes final only
 * once no party can still appeal it.
 * @module
 */
import type { LocalDate } from '@adalat/sdk/contract';
import { appealDeadline, appealPeriodOver } from '../rules/appeal-deadline.ts';
import type { CaseRecord, JudicialActRecord } from '../store/types.ts';

/** The last court-local day to appeal the act; `null` until it is served. */
export function actAppealDeadline(act: Pick<JudicialActRecord, 'servedAt'>, record: CaseRecord): LocalDate | null {
  if (act.servedAt === null) return null;
  return appealDeadline({
    servedAt: new Date(act.servedAt),
    jurisdiction: record.jurisdiction,
    timeZone: record.timeZone,
    partyAbroad: record.parties.some((party) => party.residesAbroad === true),
  });
}

/** Served, not appealed, and its appeal period is over on the sandbox clock. */
export function actInLegalForce(act: Pick<JudicialActRecord, 'servedAt' | 'appealed'>, record: CaseRecord, now: Date): boolean {
  const deadline = actAppealDeadline(act, record);
  return deadline !== null && !act.appealed && appealPeriodOver(deadline, now, record.timeZone);
}
