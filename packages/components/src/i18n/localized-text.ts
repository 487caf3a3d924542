/**
 * Picks one language out of the server's `LocalizedText` (`{ ar: '…', en: '…' }`).
 * Server text is data: elements render it as text, never as HTML.
 * @module
 */
import type { LocalizedText } from '@adalat/sdk/contract';
import { languageOf } from './msg.ts';

/**
 * The text in the reader's language, else in the jurisdiction's first language, else
 * English, else whatever language the server sent; `''` for an empty text.
 */
export function pickText(text: LocalizedText, locale: string, fallbackLanguages: readonly string[] = []): string {
  const record = text as Readonly<Record<string, string | undefined>>;
  for (const language of [languageOf(locale), ...fallbackLanguages, 'en']) {
    const value = language ? record[language] : undefined;
    if (value) return value;
  }
  return Object.values(record).find((value): value is string => Boolean(value)) ?? '';
}
