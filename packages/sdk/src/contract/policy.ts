/**
 * Court policy: what a jurisdiction and its courts accept, the way ECF's
 * GetPolicy tells a filer the rules before they file. Public reference data.
 * @module
 */
import * as z from 'zod/mini';
import {
  Currency,
  CourtTimeZone,
  defineEndpoints,
  Id,
  JurisdictionCode,
  LanguageCode,
  listOf,
  LocalizedText,
  PageQuery,
} from './common.ts';

/** Calendars a jurisdiction shows dates in, as `Intl.DateTimeFormat` names them. */
export const CalendarName = z.enum(['gregory', 'islamic-umalqura', 'persian']);
export type CalendarName = z.infer<typeof CalendarName>;

/** Which check-digit rule the jurisdiction's personal identifiers follow (see `@adalat/sdk/ids`). */
export const NationalIdScheme = z.enum(['sa-national-id', 'ir-national-code', 'kz-iin', 'ps-id']);
export type NationalIdScheme = z.infer<typeof NationalIdScheme>;

/** Court levels, lowest first. */
export const CourtLevel = z.enum([
  'magistrate',
  'first_instance',
  'appeal',
  'cassation',
  'supreme',
  'administrative',
  'execution',
]);
export type CourtLevel = z.infer<typeof CourtLevel>;

/** Media types a court accepts, read from a file's bytes, never its name. */
export const AcceptedMediaType = z.enum([
  'application/pdf',
  'image/jpeg',
  'image/png',
  'image/tiff',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
]);
export type AcceptedMediaType = z.infer<typeof AcceptedMediaType>;

/** What files a court takes and how large. */
export const FilePolicy = z.object({
  acceptedMediaTypes: z.array(AcceptedMediaType),
  /** Per file; 20 MB unless the court says otherwise. */
  maxFileBytes: z.int().check(z.positive()),
  maxFilesPerFiling: z.int().check(z.positive()),
  /** Scans below this resolution are reported as illegible. */
  minScanDpi: z.int().check(z.positive()),
});
export type FilePolicy = z.infer<typeof FilePolicy>;

/** A kind of document a filing can carry. */
export const DocumentType = z.object({
  code: z.string(),
  name: LocalizedText,
  /** Can be a filing's lead document (the petition itself), or only connected to one. */
  lead: z.boolean(),
});
export type DocumentType = z.infer<typeof DocumentType>;

/** The jurisdiction's rules that change what the API allows; `null` where a rule does not apply. */
export const JurisdictionRules = z.object({
  /** Court-local `HH:MM` before which no case may be struck off (Palestine: `12:00`). */
  strikeOffNotBefore: z.nullable(z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/))),
  /** Days a lawyer has to collect a delivered notification before access is suspended (Palestine: 3). */
  notificationCollectDays: z.nullable(z.int().check(z.positive())),
  /** Traffic fines can be paid at any court of the jurisdiction, not only where the offence was. */
  trafficFinesPayableNationwide: z.boolean(),
});
export type JurisdictionRules = z.infer<typeof JurisdictionRules>;

export const Jurisdiction = z.object({
  code: JurisdictionCode,
  name: LocalizedText,
  /** Official languages, the first is the default. */
  languages: z.array(LanguageCode),
  currency: Currency,
  /** Other currencies fees may be paid in (Palestine: ILS beside JOD). */
  otherCurrencies: z.array(Currency),
  timeZone: CourtTimeZone,
  calendars: z.array(CalendarName),
  nationalIdScheme: NationalIdScheme,
  rules: JurisdictionRules,
  filePolicy: FilePolicy,
  documentTypes: z.array(DocumentType),
});
export type Jurisdiction = z.infer<typeof Jurisdiction>;

export const Panel = z.object({
  id: Id,
  name: LocalizedText,
  /** Courtroom where it sits, if fixed. */
  room: z.nullable(z.string()),
});
export type Panel = z.infer<typeof Panel>;

/** A branch (Iran's شعبه) or chamber; filings are referred to one. */
export const Branch = z.object({
  id: Id,
  name: LocalizedText,
  panels: z.array(Panel),
});
export type Branch = z.infer<typeof Branch>;

export const Court = z.object({
  id: Id,
  jurisdiction: JurisdictionCode,
  name: LocalizedText,
  level: CourtLevel,
  city: LocalizedText,
  timeZone: CourtTimeZone,
  branches: z.array(Branch),
  /** Codes of classifier nodes the court hears; a node covers its whole subtree. */
  acceptedCategories: z.array(z.string()),
  /** Overrides of the jurisdiction's file policy, if any. */
  maxFileBytes: z.nullable(z.int().check(z.positive())),
  /** Accepts e-filings now. */
  eFilingOpen: z.boolean(),
});
export type Court = z.infer<typeof Court>;

/** A node of the single classifier of case categories. */
export interface CategoryNode {
  /** Dotted code whose prefix is its parent: `civil`, `civil.contract`, `civil.contract.sale`. */
  code: string;
  name: LocalizedText;
  children: CategoryNode[];
}
export const CategoryNode: z.ZodMiniType<CategoryNode> = z.object({
  code: z.string().check(z.regex(/^[a-z_]+(\.[a-z_]+)*$/)),
  name: LocalizedText,
  get children() {
    return z.array(CategoryNode);
  },
});

export const Classifier = z.object({
  jurisdiction: JurisdictionCode,
  /** Changes when the classifier is revised; filings record the version they were classified under. */
  version: z.string(),
  categories: z.array(CategoryNode),
});
export type Classifier = z.infer<typeof Classifier>;

export const policyEndpoints = defineEndpoints({
  listJurisdictions: {
    method: 'GET',
    path: '/v1/jurisdictions',
    summary: 'List the jurisdictions with their languages, currency, time zone, rules and file policy.',
    status: 200,
    response: listOf(Jurisdiction),
    errors: [],
    auth: ['secret', 'publishable', 'widget', 'bearer'],
  },
  getJurisdiction: {
    method: 'GET',
    path: '/v1/jurisdictions/:jurisdiction',
    summary: 'Get one jurisdiction’s policy.',
    params: z.object({ jurisdiction: JurisdictionCode }),
    status: 200,
    response: Jurisdiction,
    errors: [400, 404],
    auth: ['secret', 'publishable', 'widget', 'bearer'],
  },
  listCourts: {
    method: 'GET',
    path: '/v1/courts',
    summary: 'List courts, filtered by jurisdiction, level, city or a category they hear.',
    query: z.object({
      ...PageQuery,
      jurisdiction: z.optional(JurisdictionCode),
      level: z.optional(CourtLevel),
      /** Matches the city name in any language, case-insensitively. */
      city: z.optional(z.string().check(z.maxLength(100))),
      /** Courts that hear this category (or a node above it). */
      category: z.optional(z.string().check(z.maxLength(200))),
    }),
    status: 200,
    response: listOf(Court),
    errors: [400],
    auth: ['secret', 'publishable', 'widget', 'bearer'],
    paginated: true,
  },
  getCourt: {
    method: 'GET',
    path: '/v1/courts/:courtId',
    summary: 'Get a court with its branches and panels.',
    params: z.object({ courtId: Id }),
    status: 200,
    response: Court,
    errors: [400, 404],
    auth: ['secret', 'publishable', 'widget', 'bearer'],
  },
  getClassifier: {
    method: 'GET',
    path: '/v1/jurisdictions/:jurisdiction/classifier',
    summary: 'Get the jurisdiction’s classifier of case categories as a tree.',
    params: z.object({ jurisdiction: JurisdictionCode }),
    status: 200,
    response: Classifier,
    errors: [400, 404],
    auth: ['secret', 'publishable', 'widget', 'bearer'],
  },
});
