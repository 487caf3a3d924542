/**
 * A small seeded pseudo-random generator (mulberry32), so the seed is identical on
 * every run and machine. Each part of the seed draws from its own named stream:
 * adding people does not reshuffle courts.
 * @module
 */

import { BASE62 } from '../random.ts';

/** The sandbox's seed; change it and every generated value changes. */
export const SEED_NAME = 'adalat-sandbox/v1';

/** 32-bit FNV-1a of a string, the starting state of a stream. */
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}


export interface Prng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
  /** `length` decimal digits, leading zeros allowed. */
  digits(length: number): string;
  /** `length` characters of [0-9A-Za-z]. */
  base62(length: number): string;
}

export function createPrng(stream: string): Prng {
  let state = hash32(`${SEED_NAME}:${stream}`);
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new RangeError('pick from an empty list');
    return items[int(0, items.length - 1)]!;
  };
  const draw = (alphabet: string, length: number): string =>
    Array.from({ length }, () => alphabet[int(0, alphabet.length - 1)]).join('');
  return {
    next,
    int,
    pick,
    chance: (probability) => next() < probability,
    digits: (length) => draw('0123456789', length),
    base62: (length) => draw(BASE62, length),
  };
}
