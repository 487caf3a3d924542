/**
 * Made-up people, lawyers and court staff, with national IDs that pass their
 * jurisdiction's check-digit rule (completed by `withCheckDigit` from
 * `@adalat/sdk/ids`, the same validators partners use).
 * @module
 */
import type { Court, Jurisdiction, LocalDate, NationalIdScheme } from '@adalat/sdk/contract';
import { withCheckDigit } from '@adalat/sdk/ids';
import type { CourtStaff, Lawyer, Person } from '../store/types.ts';
import { drawName, type Sex } from './names.ts';
import { partnerId } from './partners.ts';
import { createPrng, type Prng } from './prng.ts';

export const PEOPLE_PER_JURISDICTION = 12;
export const LAWYERS_PER_JURISDICTION = 8;

function birthDate(prng: Prng): LocalDate {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${prng.int(1955, 2004)}-${pad(prng.int(1, 12))}-${pad(prng.int(1, 28))}`;
}

/** The 11 digits before an IIN's check digit: YYMMDD, century-and-sex digit, a 4-digit serial. */
function kazakhBody(date: LocalDate, sex: Sex, prng: Prng): string {
  const [year, month, day] = date.split('-');
  const century = Number(year) >= 2000 ? 5 : 3;
  return `${year!.slice(2)}${month}${day}${century + (sex === 'female' ? 1 : 0)}${prng.digits(4)}`;
}

function idBody(scheme: NationalIdScheme, date: LocalDate, sex: Sex, prng: Prng): string {
  switch (scheme) {
    case 'ps-id':
      return `${prng.pick(['4', '8', '9'])}${prng.digits(7)}`;
    case 'sa-national-id':
      return `${prng.chance(0.8) ? '1' : '2'}${prng.digits(8)}`;
    case 'ir-national-code':
      return prng.digits(9);
    case 'kz-iin':
      return kazakhBody(date, sex, prng);
  }
}

/** A valid national ID not yet in `taken`; draws again when a body cannot be completed. */
function drawNationalId(scheme: NationalIdScheme, date: LocalDate, sex: Sex, prng: Prng, taken: Set<string>): string {
  for (;;) {
    try {
      const id = withCheckDigit(scheme, idBody(scheme, date, sex, prng));
      if (!taken.has(id)) {
        taken.add(id);
        return id;
      }
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
    }
  }
}

interface Individual {
  name: Person['name'];
  nationalId: string;
  birthDate: LocalDate;
}

export function drawIndividual(jurisdiction: Jurisdiction, prng: Prng, taken: Set<string>): Individual {
  const { sex, name } = drawName(jurisdiction.code, prng);
  const date = birthDate(prng);
  return { name, birthDate: date, nationalId: drawNationalId(jurisdiction.nationalIdScheme, date, sex, prng, taken) };
}

const seq = (n: number): string => String(n).padStart(3, '0');

export interface PeopleSeed {
  people: Person[];
  lawyers: Lawyer[];
  staff: CourtStaff[];
}

export function seedPeople(jurisdictions: readonly Jurisdiction[], courts: readonly Court[]): PeopleSeed {
  const taken = new Set<string>();
  const out: PeopleSeed = { people: [], lawyers: [], staff: [] };
  for (const jurisdiction of jurisdictions) {
    const code = jurisdiction.code.toLowerCase();
    const prng = createPrng(`people:${jurisdiction.code}`);
    for (let i = 1; i <= PEOPLE_PER_JURISDICTION; i += 1) {
      const person = drawIndividual(jurisdiction, prng, taken);
      out.people.push({ id: `per_${code}_${seq(i)}`, jurisdiction: jurisdiction.code, ...person });
    }
    for (let i = 1; i <= LAWYERS_PER_JURISDICTION; i += 1) {
      const { name, nationalId } = drawIndividual(jurisdiction, prng, taken);
      out.lawyers.push({
        id: `law_${code}_${seq(i)}`,
        jurisdiction: jurisdiction.code,
        nationalId,
        name,
        barNumber: prng.digits(5).replace(/^0/, '1'),
        barAssociationId: partnerId(jurisdiction.code, 'bar_association'),
        status: 'active',
      });
    }
    const local = courts.filter((court) => court.jurisdiction === jurisdiction.code);
    const trial = local.find((court) => court.level === 'first_instance') ?? local[0];
    const appeal = local.find((court) => court.level === 'appeal') ?? trial;
    if (trial === undefined || appeal === undefined) throw new Error(`no courts for ${jurisdiction.code}`);
    const posts: Array<{ role: CourtStaff['role']; court: Court }> = [
      { role: 'judge', court: trial },
      { role: 'clerk', court: trial },
      { role: 'judge', court: appeal },
    ];
    posts.forEach(({ role, court }, index) => {
      out.staff.push({
        id: `stf_${code}_${seq(index + 1)}`,
        jurisdiction: jurisdiction.code,
        courtId: court.id,
        role,
        name: drawName(jurisdiction.code, prng).name,
      });
    });
  }
  return out;
}
