/** Half-open byte ranges `[start, end)`: merging what arrived, telling what is missing. @module */
import type { ByteRange } from '@adalat/sdk/contract';

/** `ranges` plus one more, sorted and merged (touching ranges join). */
export function addRange(ranges: readonly ByteRange[], added: ByteRange): ByteRange[] {
  const all = [...ranges, added].filter((r) => r.end > r.start).sort((a, b) => a.start - b.start);
  const merged: ByteRange[] = [];
  for (const range of all) {
    const last = merged.at(-1);
    if (last !== undefined && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

export const heldBytes = (ranges: readonly ByteRange[]): number => ranges.reduce((sum, r) => sum + r.end - r.start, 0);

/** The parts of `[start, end)` already held. */
export function overlaps(ranges: readonly ByteRange[], start: number, end: number): ByteRange[] {
  return ranges.flatMap((r) => (r.end > start && r.start < end ? [{ start: Math.max(r.start, start), end: Math.min(r.end, end) }] : []));
}
