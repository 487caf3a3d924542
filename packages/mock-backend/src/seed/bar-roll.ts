/**
 * The Palestinian Bar Association's wider roll: lawyers beyond the few who act in the
 * seeded cases, so a bar association's page can show hundreds of lawyers' notice
 * badges (`law_ps_009` … `law_ps_500`). Drawn from their own seeded stream, so adding
 * them changes nobody else.
 * @module
 */
import type { Jurisdiction } from '@adalat/sdk/contract';
import type { Lawyer, Person } from '../store/types.ts';
import { partnerId } from './partners.ts';
import { drawIndividual, LAWYERS_PER_JURISDICTION } from './people.ts';
import { createPrng } from './prng.ts';

/** How many lawyers the Palestinian roll holds in all, the seeded case lawyers included. */
export const PS_BAR_ROLL_SIZE = 500;

export function seedBarRoll(jurisdictions: readonly Jurisdiction[], people: readonly Person[], lawyers: readonly Lawyer[]): Lawyer[] {
  const palestine = jurisdictions.find((j) => j.code === 'PS');
  if (palestine === undefined) throw new Error('no PS jurisdiction');
  const taken = new Set([...people, ...lawyers].map((p) => p.nationalId));
  const prng = createPrng('bar-roll:PS');
  const roll: Lawyer[] = [];
  for (let i = LAWYERS_PER_JURISDICTION + 1; i <= PS_BAR_ROLL_SIZE; i += 1) {
    const { name, nationalId } = drawIndividual(palestine, prng, taken);
    roll.push({
      id: `law_ps_${String(i).padStart(3, '0')}`,
      jurisdiction: 'PS',
      nationalId,
      name,
      barNumber: String(20000 + i),
      barAssociationId: partnerId('PS', 'bar_association'),
      status: 'active',
    });
  }
  return roll;
}
