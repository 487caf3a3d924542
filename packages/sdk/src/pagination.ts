/**
 * Cursor pagination: a list call returns a `PagePromise`, awaitable for its first
 * page and async-iterable over every item of every page.
 * @module
 */
import type { Page } from './contract/common.ts';
import { ResponseValidationError } from './errors.ts';

/**
 * The first page, as a Promise, that can also walk all pages:
 * ```ts
 * const first = await client.policy.listCourts({ jurisdiction: 'PS' });
 * for await (const court of client.policy.listCourts({ jurisdiction: 'PS' })) { … }
 * for await (const page of client.policy.listCourts().pages()) { … }
 * ```
 * Later pages are fetched only as the iteration reaches them. `P` is the page's own type
 * when it carries more than `data` and `nextCursor` (a search's `total` and `facets`).
 */
export interface PagePromise<T, P extends Page<T> = Page<T>> extends Promise<P>, AsyncIterable<T> {
  /** Every page, the first one included, following `nextCursor` until it is `null`. */
  pages(): AsyncGenerator<P, void, undefined>;
}

/**
 * @param first the request for the first page, already under way
 * @param next fetches the page after a cursor
 * @param signal checked between pages so an aborted walk starts no further request
 */
export function paginate<T, P extends Page<T> = Page<T>>(
  first: Promise<P>,
  next: (cursor: string) => Promise<P>,
  signal?: AbortSignal,
): PagePromise<T, P> {
  async function* pages(): AsyncGenerator<P, void, undefined> {
    let page = await first;
    yield page;
    for (let cursor = page.nextCursor; cursor !== null; cursor = page.nextCursor) {
      signal?.throwIfAborted();
      page = await next(cursor);
      // A server that hands back the cursor it was given would make this loop forever.
      if (page.nextCursor === cursor) {
        throw new ResponseValidationError({
          status: 200,
          code: 'cursor_loop',
          message: 'The server returned the same cursor it was given; stopping the iteration.',
          issues: [{ path: 'response.nextCursor', code: 'cursor_loop', message: 'repeats the request cursor' }],
        });
      }
      yield page;
    }
  }
  async function* items(): AsyncGenerator<T, void, undefined> {
    for await (const page of pages()) yield* page.data;
  }
  return Object.assign(first, { pages, [Symbol.asyncIterator]: items });
}
