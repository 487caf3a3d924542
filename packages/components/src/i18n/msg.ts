/**
 * Message lookup per element locale. English is bundled; the other catalogs load
 * on first use through dynamic imports, so a page in one language downloads one catalog.
 * @module
 */
import en, { type Catalog, type MessageKey } from './catalogs/en.ts';
import { baseLocale, numberingFor } from '../format/conventions.ts';

export type { Catalog, MessageKey } from './catalogs/en.ts';

/** Languages with a catalog. */
export const CATALOG_LANGUAGES = ['ar', 'fa', 'kk', 'ru', 'en'] as const;
export type CatalogLanguage = (typeof CATALOG_LANGUAGES)[number];

// Literal specifiers so bundlers split one chunk per language.
const loaders: Record<Exclude<CatalogLanguage, 'en'>, () => Promise<{ default: Catalog }>> = {
  ar: () => import('./catalogs/ar.ts'),
  fa: () => import('./catalogs/fa.ts'),
  kk: () => import('./catalogs/kk.ts'),
  ru: () => import('./catalogs/ru.ts'),
};

const loaded = new Map<CatalogLanguage, Catalog>([['en', en]]);
const pending = new Map<CatalogLanguage, Promise<void>>();
/** Languages whose catalog failed to load; English stands in until a later load succeeds. */
const failed = new Set<CatalogLanguage>();

/** The primary language subtag of `locale`, or `undefined` for a malformed tag. */
export function languageOf(locale: string): string | undefined {
  try {
    return new Intl.Locale(locale).language;
  } catch {
    return undefined;
  }
}

/** The catalog language used for `locale`: its language if there is a catalog, else `en`. */
export function catalogLanguage(locale: string): CatalogLanguage {
  const language = languageOf(locale);
  return (CATALOG_LANGUAGES as readonly string[]).includes(language ?? '') ? (language as CatalogLanguage) : 'en';
}

/** True when `msg` can answer in `locale`'s own language without waiting. */
export function isCatalogLoaded(locale: string): boolean {
  return loaded.has(catalogLanguage(locale));
}

/** True when there is nothing to wait for: the catalog is loaded, or loading it failed. */
export function isCatalogSettled(locale: string): boolean {
  const language = catalogLanguage(locale);
  return loaded.has(language) || failed.has(language);
}

/**
 * Loads the catalog for `locale` once; concurrent callers share one import. A catalog
 * that fails to load leaves English in place (and may be retried later).
 */
export function loadCatalog(locale: string): Promise<void> {
  const language = catalogLanguage(locale);
  if (language === 'en' || loaded.has(language)) return Promise.resolve();
  let promise = pending.get(language);
  if (!promise) {
    promise = loaders[language]()
      .then((module) => {
        loaded.set(language, module.default);
        failed.delete(language);
      })
      .catch(() => {
        // A missing chunk (offline, CDN hiccup) must not break the element: English stays.
        failed.add(language);
      })
      .finally(() => pending.delete(language));
    pending.set(language, promise);
  }
  return promise;
}

function formatVar(value: string | number, locale: string): string {
  if (typeof value === 'string') return value;
  try {
    return new Intl.NumberFormat(baseLocale(locale), { numberingSystem: numberingFor(locale) }).format(value);
  } catch {
    return String(value);
  }
}

/**
 * The message `key` in `locale`'s language, falling back to English while (or if) its
 * catalog is not loaded. `{name}` placeholders take `vars`; numbers use the locale's digits.
 */
export function msg(locale: string, key: MessageKey, vars?: Readonly<Record<string, string | number>>): string {
  const template = loaded.get(catalogLanguage(locale))?.[key] ?? en[key];
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? formatVar(vars[name]!, locale) : whole,
  );
}
