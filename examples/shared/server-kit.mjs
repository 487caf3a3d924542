/**
 * What every example's `server.mjs` does around its own logic: JSON answers that are
 * never cached, small request bodies with a size limit, failure logs without anything a
 * caller sent, the widget-session answer, and routing under the example's URL prefix.
 *
 * Not an example server itself: `scripts/start.mjs` loads only files named exactly
 * `examples/<name>/server.mjs`. Holds no key; each server passes its own client.
 * @module
 */

/** Answers `status` with `body` as JSON; `no-store`, because answers carry client secrets. */
export function sendJson(response, status, body, headers = {}) {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  response.end(JSON.stringify(body));
}

/** An error answer in the API's shape, `{ error: { code, message } }`. */
export function sendError(response, status, code, message, headers = {}) {
  sendJson(response, status, { error: { code, message } }, headers);
}

/**
 * The request's body as text; rejects (code `body_too_large`) past `limit` bytes.
 * @param {import('node:http').IncomingMessage} request
 * @param {{ limit: number }} options
 */
export async function readBody(request, { limit }) {
  const chunks = [];
  let size = 0;
  for await (const chunk of request) {
    size += chunk.length;
    if (size > limit) throw Object.assign(new Error('the request body is too large'), { code: 'body_too_large' });
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The request's JSON body, or `undefined` when it is empty; rejects (code `invalid_body`)
 * when it is larger than `limit` bytes or not JSON.
 * @param {import('node:http').IncomingMessage} request
 * @param {{ limit?: number }} [options]
 */
export async function readJsonBody(request, { limit = 16 * 1024 } = {}) {
  const invalid = (why) => Object.assign(new Error(`the request body ${why}`), { code: 'invalid_body' });
  let text;
  try {
    text = await readBody(request, { limit });
  } catch (error) {
    throw invalid(error?.code === 'body_too_large' ? 'is too large' : 'could not be read');
  }
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw invalid('is not JSON');
  }
}

/**
 * A `(what, error) => void` that logs a failed step of `example`: the SDK error's code
 * and request id only. The SDK's errors carry no credential, and nothing a caller sent
 * (body, query, headers) is ever logged.
 */
export function failureLogger(example) {
  return (what, error) => console.error(`${example} example: ${what} failed (${error?.code ?? 'unknown'}, request ${error?.requestId ?? '-'})`);
}

/**
 * The session-minting handler every example needs: creates a widget session with the
 * partner's client and answers 201 `{ clientSecret, publishableKey, apiBaseUrl, expiresAt,
 * …page }`, or 502 `session_unavailable` (logged without request data).
 * @param {{ adalat: { widgetSessions: { create(body: object): Promise<{ clientSecret: string, expiresAt: string }> } }, apiBaseUrl: string, publishableKey: string, logFailure: (what: string, error: unknown) => void }} options
 * @returns {(response: import('node:http').ServerResponse, plan: () => Promise<{ subjects: object, operations: string[], ttlSeconds: number, reference: string, page?: object }>) => Promise<void>}
 *   `plan` says what the session covers (it may read the request, or ask the API, first)
 *   and `page` what else the page gets; a rejected `plan` answers 502 too.
 */
export function sessionAnswerer({ adalat, apiBaseUrl, publishableKey, logFailure }) {
  return async function answerSession(response, plan) {
    try {
      const { page = {}, ...scope } = await plan();
      const session = await adalat.widgetSessions.create(scope);
      sendJson(response, 201, { clientSecret: session.clientSecret, publishableKey, apiBaseUrl, expiresAt: session.expiresAt, ...page });
    } catch (error) {
      logFailure('widget session', error);
      sendError(response, 502, 'session_unavailable', 'The court service did not open a session.');
    }
  };
}

/**
 * The `(request, response) => boolean` handler `scripts/start.mjs` mounts: it answers
 * every request under `prefix` (returns true) and leaves the rest to the static server
 * (returns false). `handlers` are keyed by method and the path after the prefix, e.g.
 * `'POST session'`; another method on a known path is 405, an unknown path 404. A handler
 * that throws is answered 500 (when it has not answered yet).
 * @param {{ prefix: string, handlers: Record<string, (request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse, url: URL) => unknown> }} options
 */
export function routes({ prefix, handlers }) {
  const methodsByPath = new Map();
  for (const key of Object.keys(handlers)) {
    const [method, path] = key.split(' ');
    methodsByPath.set(path, [...(methodsByPath.get(path) ?? []), method]);
  }
  return function handle(request, response) {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith(prefix)) return false;
    const path = url.pathname.slice(prefix.length);
    const handler = Object.hasOwn(handlers, `${request.method} ${path}`) ? handlers[`${request.method} ${path}`] : undefined;
    const allowed = methodsByPath.get(path);
    if (handler) {
      Promise.resolve()
        .then(() => handler(request, response, url))
        .catch((error) => {
          console.error(`${prefix}${path}: unexpected failure (${error?.code ?? error?.name ?? 'unknown'})`);
          if (!response.headersSent) sendError(response, 500, 'internal_error', 'Something went wrong.');
        });
    } else if (allowed) {
      sendError(response, 405, 'method_not_allowed', `Use ${allowed.join(' or ')}.`, { allow: allowed.join(', ') });
    } else {
      sendError(response, 404, 'not_found', `No route ${url.pathname}.`);
    }
    return true;
  };
}
