/**
 * English messages: the reference catalog and the fallback for every other language.
 * Keys are flat, `<area>.<message>`; `{name}` marks a variable.
 */
const en = {
  'courtPicker.jurisdiction': 'Jurisdiction',
  'courtPicker.court': 'Court',
  'courtPicker.category': 'Case category',
  'courtPicker.chooseJurisdiction': 'Choose a jurisdiction',
  'courtPicker.chooseCourt': 'Choose a court',
  'courtPicker.chooseCategory': 'Choose a case category',
  'courtPicker.loadingJurisdictions': 'Loading jurisdictions…',
  'courtPicker.loadingCourts': 'Loading courts…',
  'courtPicker.loadingCategories': 'Loading case categories…',
  'courtPicker.noJurisdictions': 'No jurisdictions are available.',
  'courtPicker.noCourts': 'This jurisdiction has no courts to choose from.',
  'courtPicker.noCategories': 'This court accepts no case categories.',
  'courtPicker.required': 'Choose a jurisdiction, a court and a case category.',
  'courtPicker.courtCount': 'Courts available: {count}',
  'error.noClient':
    'No connection to the court service is set up: place this element inside <adalat-provider> or set its client property.',
  'error.authentication': 'The court service refused this page’s key.',
  'error.permission': 'This page is not allowed to read this information.',
  'error.notFound': 'The court service could not find what was asked for.',
  'error.network': 'The court service could not be reached. Check the connection and try again.',
  'error.rateLimit': 'Too many requests. Try again in a moment.',
  'error.server': 'The court service had a problem. Try again.',
  'error.invalidResponse': 'The court service sent an answer this page cannot read.',
  'error.generic': 'Something went wrong. Try again.',
  'action.retry': 'Try again',
} as const;

export type MessageKey = keyof typeof en;
/** A complete catalog: every key of the English one, translated. */
export type Catalog = Readonly<Record<MessageKey, string>>;

export default en satisfies Catalog;
