/**
 * Cursor pagination over an ordered list. A cursor names the last item served,
 * so a page never repeats or skips an item even when filters narrow the list;
 * it is opaque to clients (base64url JSON) and checked when it comes back.
 * @module
 */
import type { Page } from '@adalat/sdk/contract';
import { ApiProblem } from '../problem.ts';

export const DEFAULT_PAGE_SIZE = 20;

interface CursorPayload {
  v: 1;
  after: string;
}

export function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): string | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return undefined;
  try {
    const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return undefined;
  }
}

export function encodeCursor(afterId: string): string {
  const payload: CursorPayload = { v: 1, after: afterId };
  return toBase64Url(JSON.stringify(payload));
}

export function invalidCursor(): ApiProblem {
  return new ApiProblem(400, 'invalid_request', 'invalid_cursor', 'The cursor is not one this list gave out.', {
    param: 'query.cursor',
    issues: [{ path: 'query.cursor', code: 'invalid_cursor', message: 'pass back a nextCursor unchanged' }],
  });
}

function decodeCursor(cursor: string): string {
  const json = fromBase64Url(cursor);
  if (json === undefined) throw invalidCursor();
  try {
    const payload = JSON.parse(json) as Partial<CursorPayload>;
    if (payload.v === 1 && typeof payload.after === 'string') return payload.after;
  } catch {
    // falls through to the typed error
  }
  throw invalidCursor();
}

export interface PageRequest {
  cursor?: string | undefined;
  limit?: number | undefined;
}

/**
 * One page of `matching`, which must be `all` filtered (same order). The cursor's
 * position is found in `all`, so it stays meaningful whatever the filters.
 */
export function paginate<T extends { id: string }>(all: readonly T[], matching: readonly T[], request: PageRequest): Page<T> {
  const limit = request.limit ?? DEFAULT_PAGE_SIZE;
  let start = 0;
  if (request.cursor !== undefined) {
    const afterId = decodeCursor(request.cursor);
    const position = all.findIndex((item) => item.id === afterId);
    if (position === -1) throw invalidCursor();
    const order = new Map(all.map((item, index) => [item.id, index]));
    start = matching.findIndex((item) => (order.get(item.id) ?? -1) > position);
    if (start === -1) start = matching.length;
  }
  const data = matching.slice(start, start + limit);
  const last = data.at(-1);
  const more = start + limit < matching.length;
  return { data, nextCursor: more && last !== undefined ? encodeCursor(last.id) : null };
}
