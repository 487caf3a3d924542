/**
 * Highlighting as data: a text cut into segments, `match: true` on the words whose
 * normalized form is one the query matched. The words are marked as written (with
 * their diacritics, tatweel or Arabic-Indic digits), never wrapped in markup.
 * @module
 */
import type { TextSegment } from '@adalat/sdk/contract';
import { normalizeText, tokenize, type Token } from './normalize.ts';

export const ELLIPSIS = '…';
/** A snippet's length, in characters, and how much of it comes before the first match. */
export const SNIPPET_LENGTH = 220;
const LEAD = 60;

function matchedTokens(text: string, terms: ReadonlySet<string>): Token[] {
  return terms.size === 0 ? [] : tokenize(text).filter((token) => terms.has(normalizeText(token.text)));
}

/** Joins neighbouring plain segments and drops empty ones. */
function merge(pieces: readonly TextSegment[]): TextSegment[] {
  const out: TextSegment[] = [];
  for (const piece of pieces) {
    if (piece.text === '') continue;
    const last = out.at(-1);
    if (last !== undefined && !last.match && !piece.match) last.text += piece.text;
    else out.push({ ...piece });
  }
  return out;
}

/** `text` from `from` to `to` as plain and matching pieces. */
function pieces(text: string, marks: readonly Token[], from: number, to: number): TextSegment[] {
  const out: TextSegment[] = [];
  let at = from;
  for (const mark of marks) {
    if (mark.end <= from || mark.start >= to) continue;
    out.push({ text: text.slice(at, mark.start), match: false }, { text: text.slice(mark.start, mark.end), match: true });
    at = mark.end;
  }
  out.push({ text: text.slice(at, to), match: false });
  return out;
}

/** The whole text, its matching words marked. */
export function highlight(text: string, terms: ReadonlySet<string>): TextSegment[] {
  return merge(pieces(text, matchedTokens(text, terms), 0, text.length));
}

/**
 * About `SNIPPET_LENGTH` characters of `text` cut at word boundaries, starting a
 * little before the first match (at the start without one); `…` where it is cut.
 * `null` when `requireMatch` and nothing in the text matches.
 */
export function snippet(text: string, terms: ReadonlySet<string>, requireMatch = false): TextSegment[] | null {
  const marks = matchedTokens(text, terms);
  if (requireMatch && marks.length === 0) return null;
  const words = tokenize(text);
  const anchor = marks[0]?.start ?? 0;
  const first = words.find((word) => word.start >= anchor - LEAD) ?? words[0];
  const from = first === undefined || anchor === 0 ? 0 : first.start;
  let to = text.length;
  if (to - from > SNIPPET_LENGTH) {
    const last = words.filter((word) => word.end <= from + SNIPPET_LENGTH).at(-1);
    to = last === undefined || last.end <= from ? from + SNIPPET_LENGTH : last.end;
  }
  return merge([
    { text: from > 0 ? ELLIPSIS : '', match: false },
    ...pieces(text, marks, from, to),
    { text: to < text.length ? ELLIPSIS : '', match: false },
  ]);
}
