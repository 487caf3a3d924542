/**
 * Court policy: jurisdictions, courts and the classifier. Public reference data,
 * read-only, served from the seed.
 * @module
 */
import type { Court, policyEndpoints } from '@adalat/sdk/contract';
import { notFound } from '../problem.ts';
import type { DomainHandlers } from '../router/context.ts';
import { paginate } from '../store/paginate.ts';

/** The court hears `category` when it accepts that node or one above it. */
function hears(court: Court, category: string): boolean {
  return court.acceptedCategories.some((code) => category === code || category.startsWith(`${code}.`));
}

/** Case-insensitive, whole-name match on the city in any of its languages. */
function inCity(court: Court, city: string): boolean {
  const wanted = city.trim().normalize('NFC').toLocaleLowerCase();
  return Object.values(court.city).some((name) => name?.normalize('NFC').toLocaleLowerCase() === wanted);
}

export const policyHandlers: DomainHandlers<typeof policyEndpoints> = {
  listJurisdictions({ store }) {
    return { data: [...store.jurisdictions.values()], nextCursor: null };
  },

  getJurisdiction({ params, store }) {
    const jurisdiction = store.jurisdictions.get(params.jurisdiction);
    if (jurisdiction === undefined) throw notFound('jurisdiction_not_found', 'No such jurisdiction.', 'params.jurisdiction');
    return jurisdiction;
  },

  listCourts({ query, store }) {
    const all = [...store.courts.values()];
    const matching = all.filter(
      (court) =>
        (query.jurisdiction === undefined || court.jurisdiction === query.jurisdiction) &&
        (query.level === undefined || court.level === query.level) &&
        (query.city === undefined || inCity(court, query.city)) &&
        (query.category === undefined || hears(court, query.category)),
    );
    return paginate(all, matching, query);
  },

  getCourt({ params, store }) {
    const court = store.courts.get(params.courtId);
    if (court === undefined) throw notFound('court_not_found', 'No court has this id.', 'params.courtId');
    return court;
  },

  getClassifier({ params, store }) {
    const classifier = store.classifiers.get(params.jurisdiction);
    if (classifier === undefined) throw notFound('classifier_not_found', 'This jurisdiction has no classifier.', 'params.jurisdiction');
    return classifier;
  },
};
