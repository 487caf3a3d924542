/**
 * Locale and direction for one element, from the nearest `lang` and `dir` attributes
 * up the composed tree, re-read whenever one of those attributes changes on the
 * element or any ancestor. Also loads the message catalog the locale needs.
 * @module
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { composedAncestors } from '../base/composed-tree.ts';
import { catalogLanguage, isCatalogLoaded, isCatalogSettled, loadCatalog, type CatalogLanguage } from '../i18n/msg.ts';

export type Direction = 'ltr' | 'rtl';

/** Languages written right to left, for when no `dir` says otherwise. */
const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'ckb', 'dv', 'yi', 'sd', 'ug']);

/** The locale used when no ancestor has a `lang`. */
export const DEFAULT_LOCALE = 'en';

/** The canonical form of a `lang` value, or `undefined` when it is empty or not a language tag. */
export function canonicalLocale(lang: string | null): string | undefined {
  if (!lang) return undefined;
  try {
    return Intl.getCanonicalLocales(lang.trim())[0];
  } catch {
    return undefined;
  }
}

/** The direction a locale's script is written in. */
export function directionOfLocale(locale: string): Direction {
  try {
    const language = new Intl.Locale(locale).language;
    return RTL_LANGUAGES.has(language) ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}

function directionAttribute(element: Element): Direction | undefined {
  const value = element.getAttribute('dir')?.trim().toLowerCase();
  return value === 'ltr' || value === 'rtl' ? value : undefined;
}

export interface LocaleControllerOptions {
  /**
   * Write the resolved direction to the host's `dir` attribute unless the author set
   * one, so `:dir()`, `[dir]` selectors and logical properties follow it. Default true.
   */
  reflectDir?: boolean;
}

/**
 * Resolves `locale` (BCP 47, e.g. `ar-SA`, `fa-IR`) and `dir` for its host and keeps
 * them current. The host re-renders on a change and once the catalog has loaded.
 */
export class LocaleController implements ReactiveController {
  /** The nearest valid `lang` up the composed tree (the host's own first), else `en`. */
  locale: string = DEFAULT_LOCALE;
  /** The nearest `dir` (`ltr`/`rtl`) up the tree; else the locale's script direction. */
  dir: Direction = 'ltr';

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #reflectDir: boolean;
  #observer: MutationObserver | undefined;
  /** The `dir` value this controller wrote on the host; any other value there is the author's. */
  #reflected: string | undefined;
  #catalog: Promise<void> = Promise.resolve();

  constructor(host: ReactiveControllerHost & HTMLElement, options: LocaleControllerOptions = {}) {
    this.#host = host;
    this.#reflectDir = options.reflectDir ?? true;
    host.addController(this);
  }

  /** The language whose catalog messages use (`en` when the locale has none). */
  get language(): CatalogLanguage {
    return catalogLanguage(this.locale);
  }

  /** True once the catalog for the current locale is there (or failed, leaving English). */
  get catalogReady(): boolean {
    return isCatalogSettled(this.locale);
  }

  /** Settles when the catalog for the current locale has loaded (or failed and fell back). */
  get catalogLoaded(): Promise<void> {
    return this.#catalog;
  }

  hostConnected(): void {
    this.#observe();
    this.refresh();
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
  }

  /** Re-reads `lang` and `dir` now; the observer calls this on every relevant change. */
  refresh(): void {
    const host = this.#host;
    let locale: string | undefined;
    let dir: Direction | undefined;
    for (const element of composedAncestors(host)) {
      locale ??= canonicalLocale(element.getAttribute('lang'));
      // The host's own `dir` counts only when the author wrote it, not when this controller did.
      const ours = element === host && this.#reflected !== undefined && host.getAttribute('dir') === this.#reflected;
      if (!dir && !ours) dir = directionAttribute(element);
      if (locale && dir) break;
    }
    const nextLocale = locale ?? DEFAULT_LOCALE;
    const nextDir = dir ?? directionOfLocale(nextLocale);
    const changed = nextLocale !== this.locale || nextDir !== this.dir;
    this.locale = nextLocale;
    this.dir = nextDir;
    this.#reflect();
    if (!isCatalogLoaded(nextLocale)) {
      // Retried on each refresh after a failure, so a later visit can still get the language.
      this.#catalog = loadCatalog(nextLocale).then(() => {
        if (this.locale === nextLocale) this.#host.requestUpdate();
      });
    }
    if (changed) this.#host.requestUpdate();
  }

  #reflect(): void {
    if (!this.#reflectDir) return;
    const host = this.#host;
    const current = host.getAttribute('dir');
    const authored = current !== null && current !== this.#reflected;
    if (authored) {
      this.#reflected = undefined;
      return;
    }
    if (current !== this.dir) {
      this.#reflected = this.dir;
      host.setAttribute('dir', this.dir);
    }
  }

  /** Watches `lang`/`dir` on the host and each composed ancestor (the tree path is short). */
  #observe(): void {
    this.#observer?.disconnect();
    const observer = new MutationObserver(() => this.refresh());
    for (const element of composedAncestors(this.#host)) {
      observer.observe(element, { attributes: true, attributeFilter: ['lang', 'dir'] });
    }
    this.#observer = observer;
  }
}
