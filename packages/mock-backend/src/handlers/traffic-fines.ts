/**
 * Traffic fines: search by national ID, plate or violation number over every city of
 * a jurisdiction; a person's (or a widget's) own fines; one fine. Who sees what is in
 * `traffic-fines/access.ts`. National IDs are compared, never repeated: no answer and
 * no error message carries one.
 * @module
 */
import { NATIONAL_ID_SCHEME, type trafficFinesEndpoints } from '@adalat/sdk/contract';
import { checkNationalId } from '@adalat/sdk/ids';
import { requireJurisdiction } from '../payments/caller.ts';
import { ApiProblem, forbidden, notFound } from '../problem.ts';
import type { Caller, DomainHandlers } from '../router/context.ts';
import { paginate, type PageRequest } from '../store/paginate.ts';
import type { Store } from '../store/store.ts';
import type { TrafficFineRecord } from '../store/types.ts';
import { byServingOrder, canSeeFine, searchKey, toTrafficFine } from '../traffic-fines/access.ts';

function servingOrder(store: Store): TrafficFineRecord[] {
  return [...store.trafficFines.values()].sort(byServingOrder);
}

/** A page of `matching`, the cursor's problem named where this request carries it. */
function page(all: TrafficFineRecord[], matching: TrafficFineRecord[], request: PageRequest, cursorParam: string) {
  try {
    const { data, nextCursor } = paginate(all, matching, request);
    return { data: data.map(toTrafficFine), nextCursor };
  } catch (error) {
    if (error instanceof ApiProblem && error.code === 'invalid_cursor') {
      throw new ApiProblem(400, 'invalid_request', 'invalid_cursor', error.message, {
        param: cursorParam,
        issues: (error.issues ?? []).map((issue) => ({ ...issue, path: cursorParam })),
      });
    }
    throw error;
  }
}

/** A 403 unless the caller may search by this national ID (its canonical digits): a person their own, a widget its person's. */
function checkNationalIdAllowed(store: Store, caller: Caller, nationalId: string): void {
  if (caller.kind === 'bearer' && caller.user.subject === 'person') {
    if (store.people.get(caller.user.id)?.nationalId !== nationalId) {
      throw forbidden('not_your_national_id', 'A person token finds only the person’s own fines.', 'body.nationalId');
    }
  }
  if (caller.kind === 'widget') {
    const person = caller.session.subjects.person;
    if (person === undefined || store.people.get(person)?.nationalId !== nationalId) {
      throw forbidden('subject_not_in_scope', 'The widget session is not scoped to the person with this national ID.', 'body.nationalId');
    }
  }
}

function requireFineReader(caller: Caller): void {
  if (caller.kind === 'bearer' && caller.user.subject === 'lawyer') {
    throw forbidden('person_token_required', 'A lawyer token has no traffic fines to read; use a person token.');
  }
}

export const trafficFinesHandlers: DomainHandlers<typeof trafficFinesEndpoints> = {
  search({ body, auth, store }) {
    requireFineReader(auth);
    requireJurisdiction(store, auth, body.jurisdiction, 'body.jurisdiction');
    let matches: (fine: TrafficFineRecord) => boolean;
    if (body.nationalId !== undefined) {
      const check = checkNationalId(NATIONAL_ID_SCHEME[body.jurisdiction], body.nationalId);
      // The contract already refused an invalid ID; this keeps the comparison on canonical digits.
      const nationalId = check.valid ? check.value : '';
      checkNationalIdAllowed(store, auth, nationalId);
      matches = (fine) => fine.nationalId === nationalId;
    } else if (body.plate !== undefined) {
      const plate = searchKey(body.plate);
      matches = (fine) => searchKey(fine.plate) === plate;
    } else {
      const number = searchKey(body.violationNumber ?? '');
      matches = (fine) => searchKey(fine.number) === number;
    }
    const all = servingOrder(store);
    const found = all.filter(
      (fine) =>
        fine.jurisdiction === body.jurisdiction &&
        matches(fine) &&
        (body.status === undefined || fine.status === body.status) &&
        canSeeFine(store, auth, fine),
    );
    return page(all, found, body, 'body.cursor');
  },

  list({ query, auth, store }) {
    if (auth.kind === 'bearer' && auth.user.subject !== 'person') {
      throw forbidden('person_token_required', 'Only a person has traffic fines of their own; use a person token.');
    }
    const all = servingOrder(store);
    const own = all.filter((fine) => canSeeFine(store, auth, fine) && (query.status === undefined || fine.status === query.status));
    return page(all, own, query, 'query.cursor');
  },

  get({ params, auth, store }) {
    const fine = store.trafficFines.get(params.fineId);
    if (fine === undefined || !canSeeFine(store, auth, fine)) {
      throw notFound('fine_not_found', 'No traffic fine you may see has this id.', 'params.fineId');
    }
    return toTrafficFine(fine);
  },
};
