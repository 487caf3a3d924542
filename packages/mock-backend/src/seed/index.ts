/**
 * `SEED`: the deterministic data every sandbox starts from. Built from named
 * seeded streams (never `Math.random`), so it is identical on every run.
 * @module
 */
import type { SeedData, UserKind } from '../store/types.ts';
import { seedCases } from './cases.ts';
import { seedClassifiers } from './classifiers.ts';
import { seedCourts } from './courts.ts';
import { seedJurisdictions } from './jurisdictions.ts';
import { seedPartners } from './partners.ts';
import { seedPeople } from './people.ts';
import { seedBarRoll } from './bar-roll.ts';
import { createPrng } from './prng.ts';
import { seedTrafficFines } from './traffic-fines.ts';
import { seedExecution } from './execution.ts';

export { SEED_NAME } from './prng.ts';

/** User tokens start with this, so they never look like an API key. */
export const USER_TOKEN_PREFIX = 'ut_';

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/** Builds the seed from scratch; `SEED` is its frozen result. */
export function buildSeed(): SeedData {
  const jurisdictions = seedJurisdictions();
  const courts = seedCourts(jurisdictions);
  const { people, lawyers, staff } = seedPeople(jurisdictions, courts);
  const prng = createPrng('tokens');
  // One sample token per kind of user per jurisdiction: the first person, lawyer and staff member.
  const firsts: Array<{ subject: UserKind; id: string }> = jurisdictions.flatMap((j) => [
    { subject: 'person' as const, id: people.find((p) => p.jurisdiction === j.code)!.id },
    { subject: 'lawyer' as const, id: lawyers.find((l) => l.jurisdiction === j.code)!.id },
    { subject: 'staff' as const, id: staff.find((s) => s.jurisdiction === j.code)!.id },
  ]);
  const classifiers = seedClassifiers(jurisdictions);
  const caseData = seedCases({ jurisdictions, courts, classifiers, people, lawyers });
  const roll = [...lawyers, ...seedBarRoll(jurisdictions, people, lawyers)];
  return {
    jurisdictions,
    courts,
    classifiers,
    partners: seedPartners(),
    people,
    lawyers: roll,
    staff,
    tokens: firsts.map((first) => ({ ...first, token: `${USER_TOKEN_PREFIX}${prng.base62(32)}` })),
    ...caseData,
    trafficFines: seedTrafficFines(courts, people),
    execution: seedExecution(people, courts),
  };
}

export const SEED: Readonly<SeedData> = deepFreeze(buildSeed());
