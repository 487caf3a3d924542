/**
 * Kinds of document a filing can carry, named in every language the seed knows;
 * each jurisdiction gets the ones it uses, in its own languages.
 * @module
 */
import type { DocumentType, JurisdictionCode, LanguageCode } from '@adalat/sdk/contract';
import { pickLanguages, type AllLanguages } from './localize.ts';

interface DocumentTypeSeed {
  code: string;
  lead: boolean;
  name: AllLanguages;
  /** Only these jurisdictions use it; all when absent. */
  only?: JurisdictionCode[];
}

const DOCUMENT_TYPES: DocumentTypeSeed[] = [
  {
    code: 'statement_of_claim',
    lead: true,
    name: { ar: 'لائحة دعوى', fa: 'دادخواست', kk: 'Талап арыз', ru: 'Исковое заявление', en: 'Statement of claim' },
  },
  {
    code: 'appeal',
    lead: true,
    name: { ar: 'لائحة استئناف', fa: 'درخواست تجدیدنظر', kk: 'Апелляциялық шағым', ru: 'Апелляционная жалоба', en: 'Appeal' },
  },
  {
    code: 'cassation_petition',
    lead: true,
    name: { ar: 'لائحة نقض', fa: 'فرجام‌خواهی', kk: 'Кассациялық өтінішхат', ru: 'Кассационное ходатайство', en: 'Cassation petition' },
  },
  {
    code: 'request',
    lead: true,
    name: { ar: 'طلب', fa: 'درخواست', kk: 'Өтінішхат', ru: 'Ходатайство', en: 'Request' },
  },
  {
    code: 'memorandum',
    lead: false,
    name: { ar: 'مذكرة', fa: 'لایحه', kk: 'Жазбаша түсініктеме', ru: 'Письменные пояснения', en: 'Memorandum' },
  },
  {
    code: 'power_of_attorney',
    lead: false,
    name: { ar: 'وكالة', fa: 'وکالت‌نامه', kk: 'Сенімхат', ru: 'Доверенность', en: 'Power of attorney' },
  },
  {
    code: 'evidence',
    lead: false,
    name: { ar: 'بينة', fa: 'مدرک', kk: 'Дәлелдеме', ru: 'Доказательство', en: 'Evidence' },
  },
  {
    code: 'identity_document',
    lead: false,
    name: { ar: 'وثيقة هوية', fa: 'مدرک شناسایی', kk: 'Жеке куәлік', ru: 'Удостоверение личности', en: 'Identity document' },
  },
  {
    code: 'fee_receipt',
    lead: false,
    name: { ar: 'إيصال دفع الرسوم', fa: 'رسید هزینه دادرسی', kk: 'Мемлекеттік баж түбіртегі', ru: 'Квитанция об оплате госпошлины', en: 'Fee receipt' },
  },
  {
    code: 'cheque',
    lead: false,
    name: { ar: 'شيك', fa: 'چک', kk: 'Чек', ru: 'Чек', en: 'Cheque' },
    only: ['PS', 'SA', 'IR'],
  },
];

export function documentTypesFor(code: JurisdictionCode, languages: readonly LanguageCode[]): DocumentType[] {
  return DOCUMENT_TYPES.filter((type) => type.only === undefined || type.only.includes(code)).map((type) => ({
    code: type.code,
    name: pickLanguages(type.name, languages),
    lead: type.lead,
  }));
}
