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

export { AdalatForumSearch, type DecisionOpenDetail } from './forum-search/forum-search.ts';
export {
  ForumSearchController,
  EMPTY_QUERY,
  FILTER_NAMES,
  type ForumSearchControllerOptions,
  type ForumSearchFilterName,
  type ForumSearchFilters,
  type ForumSearchQuery,
  type ForumSearchStatus,
} from './forum-search/forum-search.controller.ts';
export { readUrlQuery, writeUrlQuery } from './forum-search/url-state.ts';
export { VirtualListController, type VirtualListOptions } from './controllers/virtual-list.controller.ts';

export {
  AdalatCaseStatus,
  type CaseStatusErrorDetail,
  type PostponementRequestedDetail,
} from './case-status/case-status.ts';
export {
  CaseStatusController,
  caseErrorKind,
  REASON_LENGTH,
  type CaseErrorKind,
  type CasePart,
  type CaseStatusControllerOptions,
  type CaseStatusStatus,
  type DownloadState,
  type JudicialActView,
  type PostponementState,
} from './case-status/case-status.controller.ts';
export {
  appealCountdown,
  courtLocalDate,
  daysBetween,
  type AppealCountdown,
  type AppealPhase,
} from './case-status/appeal-countdown.ts';

export { AdalatNotificationBadge, type NotificationBadgeErrorDetail } from './notification-badge/notification-badge.ts';
export {
  BACKLOG_EVENT_TYPES,
  concernsLawyer,
  NotificationBadgeController,
  type BadgeErrorKind,
  type CollectPhase,
  type NotificationBadgeControllerOptions,
} from './notification-badge/notification-badge.controller.ts';
export { AdalatNotificationList, type NotificationListErrorDetail, type NotificationOpenedDetail } from './notification-list/notification-list.ts';
export {
  NotificationListController,
  type NotificationListControllerOptions,
  type NotificationListErrorKind,
} from './notification-list/notification-list.controller.ts';
export { formatRelative } from './format/relative.ts';

export {
  AdalatFeePayment,
  type BankHandoffDetail,
  type PaymentFailedDetail,
  type PaymentSucceededDetail,
} from './fee-payment/fee-payment.ts';
export {
  FeePaymentController,
  FEE_PAYMENT_MODES,
  type FeePaymentControllerOptions,
  type FeePaymentMode,
  type FeePaymentStatus,
  type InstallmentRef,
  type PayerDetails,
  type PaymentFailure,
  type PaymentPhase,
  type PaymentProblem,
} from './fee-payment/fee-payment.controller.ts';
export { paymentProblem } from './fee-payment/payment-problem.ts';
export { fineSearchBody, FINE_CRITERIA, type FineCriterion, type FineSearchProblem } from './fee-payment/fine-search.ts';

export {
  AdalatExecutionSummary,
  type ExecutionSummaryErrorDetail,
  type TransferRequestedDetail,
} from './execution-summary/execution-summary.ts';
export {
  ExecutionSummaryController,
  checkIbanInput,
  executionErrorKind,
  type ExecutionErrorKind,
  type ExecutionSummaryControllerOptions,
  type ExecutionSummaryStatus,
  type IbanInputState,
  type TransferRequestState,
} from './execution-summary/execution-summary.controller.ts';

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
export { pluralCategory, type PluralCategory } from './i18n/plural.ts';

export {
  formatInstant,
  formatLocalDate,
  calendarFor,
  numberingFor,
  type FormatInstantOptions,
  type FormatLocalDateOptions,
} from './format/date.ts';
export { formatMoney, fractionDigits, toDecimalString } from './format/money.ts';

export { AdalatFilingForm, stepOfPath, type FilingEventDetail } from './filing-form/filing-form.ts';
export {
  FilingFormController,
  FILING_STEPS,
  fieldsOf,
  formatAmountInput,
  parseAmount,
  type ClaimDraft,
  type FilingFormOptions,
  type FilingStep,
  type PartyDraft,
  type UploadItem,
  type UploadStatus,
} from './filing-form/filing-form.controller.ts';

export { AdalatOfficeScorecard } from './office-scorecard/office-scorecard.ts';
export {
  OfficeScorecardController,
  MEASURES,
  measuresOf,
  trendOf,
  type Measure,
  type MeasureName,
  type OfficeScorecardOptions,
  type Trend,
} from './office-scorecard/office-scorecard.controller.ts';
