/**
 * `@adalat/components`: classes and helpers only; importing this registers nothing.
 * Register tags with the entries under `@adalat/components/define/*.js`, or call
 * `defineElement(tag, Class)` yourself (for a prefixed or scoped tag).
 * @module
 */
export { defineElement, type DefineResult } from './define.ts';

export { AdalatElement, type ElementStatus } from './base/adalat-element.ts';
export { composedAncestors, composedParent, closestComposed } from './base/composed-tree.ts';

export {
  ClientController,
  CLIENT_CHANGE_EVENT,
  PROVIDER_TAG,
  type ClientSource,
  type ClientStatus,
} from './controllers/client.controller.ts';
export {
  LocaleController,
  DEFAULT_LOCALE,
  canonicalLocale,
  directionOfLocale,
  type Direction,
  type LocaleControllerOptions,
} from './controllers/locale.controller.ts';
export {
  ResourceController,
  type ResourceControllerOptions,
  type ResourceStatus,
} from './controllers/resource.controller.ts';

export { AdalatProvider, type ClientSecretSource } from './provider/provider.ts';

export { AdalatCourtPicker, type CourtPickerChangeDetail } from './court-picker/court-picker.ts';
export {
  CourtPickerController,
  type CourtPickerControllerOptions,
  type CourtPickerStatus,
  type CourtPickerValue,
} from './court-picker/court-picker.controller.ts';
export { acceptsCategory, categoryOptions, type CategoryOption } from './court-picker/categories.ts';

export {
  msg,
  loadCatalog,
  isCatalogLoaded,
  catalogLanguage,
  CATALOG_LANGUAGES,
  type CatalogLanguage,
  type Catalog,
  type MessageKey,
} from './i18n/msg.ts';
export { pickText } from './i18n/localized-text.ts';
export { errorMessageKey } from './i18n/error-message.ts';

export { formatInstant, calendarFor, numberingFor, type FormatInstantOptions } from './format/date.ts';
export { formatMoney, fractionDigits, toDecimalString } from './format/money.ts';
