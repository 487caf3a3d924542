/**
 * The four jurisdictions: languages, currencies, time zones, calendars, the ID
 * scheme, the rules that change what the API allows, and the file policy.
 * @module
 */
import type { FilePolicy, Jurisdiction } from '@adalat/sdk/contract';
import { documentTypesFor } from './document-types.ts';

const MB = 1024 * 1024;

const FILE_POLICY: FilePolicy = {
  acceptedMediaTypes: [
    'application/pdf',
    'image/jpeg',
    'image/png',
    'image/tiff',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  ],
  maxFileBytes: 20 * MB,
  maxFilesPerFiling: 20,
  minScanDpi: 200,
};

type JurisdictionSeed = Omit<Jurisdiction, 'filePolicy' | 'documentTypes'>;

const JURISDICTIONS: JurisdictionSeed[] = [
  {
    code: 'PS',
    name: { ar: 'فلسطين', en: 'Palestine' },
    languages: ['ar', 'en'],
    currency: 'JOD',
    otherCurrencies: ['ILS'],
    timeZone: 'Asia/Hebron',
    calendars: ['gregory'],
    nationalIdScheme: 'ps-id',
    rules: { strikeOffNotBefore: '12:00', notificationCollectDays: 3, trafficFinesPayableNationwide: true },
  },
  {
    code: 'SA',
    name: { ar: 'المملكة العربية السعودية', en: 'Saudi Arabia' },
    languages: ['ar', 'en'],
    currency: 'SAR',
    otherCurrencies: [],
    timeZone: 'Asia/Riyadh',
    calendars: ['gregory', 'islamic-umalqura'],
    nationalIdScheme: 'sa-national-id',
    rules: { strikeOffNotBefore: null, notificationCollectDays: null, trafficFinesPayableNationwide: false },
  },
  {
    code: 'IR',
    name: { fa: 'ایران', en: 'Iran' },
    languages: ['fa', 'en'],
    currency: 'IRR',
    otherCurrencies: [],
    timeZone: 'Asia/Tehran',
    calendars: ['gregory', 'persian'],
    nationalIdScheme: 'ir-national-code',
    rules: { strikeOffNotBefore: null, notificationCollectDays: null, trafficFinesPayableNationwide: false },
  },
  {
    code: 'KZ',
    name: { kk: 'Қазақстан', ru: 'Казахстан', en: 'Kazakhstan' },
    languages: ['kk', 'ru', 'en'],
    currency: 'KZT',
    otherCurrencies: [],
    timeZone: 'Asia/Almaty',
    calendars: ['gregory'],
    nationalIdScheme: 'kz-iin',
    rules: { strikeOffNotBefore: null, notificationCollectDays: null, trafficFinesPayableNationwide: false },
  },
];

export function seedJurisdictions(): Jurisdiction[] {
  return JURISDICTIONS.map((j) => ({
    ...structuredClone(j),
    filePolicy: structuredClone(FILE_POLICY),
    documentTypes: documentTypesFor(j.code, j.languages),
  }));
}
