/**
 * The one router: turns the contract's endpoint tables and the domains'
 * implementations into msw handlers that match any origin. For each request, in
 * order: request id → injected latency and failures → authentication → credential
 * kind and widget scope → validation of params, query and body → idempotency →
 * the implementation → ETag/304 for a JSON GET (never for a file or an event stream) →
 * a dropped response if asked. Every failure answers with the contract's error
 * envelope and a `Request-Id`.
 * @module
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import { HEADER, type Endpoint } from '@adalat/sdk/contract';
import { authenticate, callerKey } from './authenticate.ts';
import { nextRequestId, type DomainRoutes, type HandlerContext, type Runtime } from './context.ts';
import { etagOf, matchesIfNoneMatch } from './etag.ts';
import { injectedFailure } from './faults.ts';
import { beginIdempotent } from './idempotency.ts';
import { binaryResponse, eventStreamResponse, jsonResponse, problemResponse, routeNotFound, toProblem } from './respond.ts';
import { checkCredentialAllowed, checkWidgetScope } from './scope.ts';
import { checkLawyerStanding } from '../lawyers/standing.ts';
import { pickParams, readJsonBody, readQuery, validateInput } from './validate.ts';

interface Route {
  /** Qualified operation name, as widget sessions list it: `policy.getCourt`. */
  name: string;
  endpoint: Endpoint;
  implementation: (context: HandlerContext<Endpoint>) => unknown;
}

const METHOD = {
  GET: http.get,
  POST: http.post,
  PATCH: http.patch,
  PUT: http.put,
  DELETE: http.delete,
} as const;

async function serve(runtime: Runtime, route: Route, request: Request, matched: Record<string, unknown>): Promise<Response> {
  const { store, clock, faults } = runtime;
  const { endpoint } = route;
  const requestId = nextRequestId(store);
  const url = new URL(request.url);
  let reachedHandler = false;
  let response: Response;
  try {
    await faults.delay();
    const failure = faults.takeFailure(url.pathname);
    if (failure !== undefined) throw injectedFailure(failure);

    const caller = authenticate(request, store, clock);
    checkCredentialAllowed(endpoint, caller);
    const rawParams = pickParams(endpoint, matched);
    if (caller.kind === 'widget') checkWidgetScope(route.name, endpoint, caller.session, rawParams);

    const rawBody = endpoint.body === undefined ? undefined : await readJsonBody(request);
    const input = validateInput(endpoint, { params: rawParams, query: readQuery(url), body: rawBody });
    checkLawyerStanding(route.name, endpoint, caller, store, clock.now());

    const idempotency = beginIdempotent({ endpoint, request, caller: callerKey(caller), pathname: url.pathname, body: rawBody, store, clock });
    if (idempotency.kind === 'replay') {
      const { status, body } = idempotency.record;
      return jsonResponse(requestId, status, body, { [HEADER.idempotentReplayed]: 'true' });
    }

    reachedHandler = true;
    const body = route.implementation({
      params: input.params,
      query: input.query,
      body: input.body,
      auth: caller,
      store,
      clock,
      requestId,
      headers: request.headers,
      signal: request.signal,
    } as HandlerContext<Endpoint>);
    if (idempotency.kind === 'fresh') idempotency.commit(endpoint.status, body);
    response = respondWithBody(requestId, request, endpoint, body);
  } catch (error) {
    response = problemResponse(requestId, toProblem(error));
  }
  // The change (if any) has committed; the client is told nothing (and an event stream is closed unread).
  if (reachedHandler && faults.takeDrop(url.pathname)) {
    await response.body?.cancel();
    return HttpResponse.error();
  }
  return response;
}

function respondWithBody(requestId: string, request: Request, endpoint: Endpoint, body: unknown): Response {
  if (endpoint.responseType === 'binary') {
    if (!(body instanceof Blob)) throw new Error('a binary endpoint must answer with a Blob');
    return binaryResponse(requestId, endpoint.status, body);
  }
  if (endpoint.responseType === 'event-stream') {
    if (!(body instanceof ReadableStream)) throw new Error('an event-stream endpoint must answer with a ReadableStream');
    return eventStreamResponse(requestId, endpoint.status, body);
  }
  if (endpoint.method !== 'GET' || endpoint.status !== 200) return jsonResponse(requestId, endpoint.status, body);
  const etag = etagOf(JSON.stringify(body));
  const headers = { [HEADER.etag]: etag, 'Cache-Control': 'no-cache' };
  if (matchesIfNoneMatch(request.headers.get(HEADER.ifNoneMatch), etag)) return jsonResponse(requestId, 304, null, headers);
  return jsonResponse(requestId, 200, body, headers);
}

/** Fewer path parameters first, so `/v1/x/current` is tried before `/v1/x/:id`. */
function bySpecificity(a: Route, b: Route): number {
  const params = (route: Route): number => route.endpoint.path.split('/').filter((s) => s.startsWith(':')).length;
  return params(a) - params(b);
}

export function buildApiHandlers(runtime: Runtime, domains: readonly DomainRoutes[]): HttpHandler[] {
  const routes: Route[] = domains.flatMap(({ domain, table, handlers }) =>
    Object.entries(table).map(([operation, endpoint]) => {
      const implementation = handlers[operation];
      if (implementation === undefined) throw new Error(`no implementation for ${domain}.${operation}`);
      return { name: `${domain}.${operation}`, endpoint, implementation };
    }),
  );
  return routes
    .sort(bySpecificity)
    .map((route) => METHOD[route.endpoint.method](`*${route.endpoint.path}`, ({ request, params }) => serve(runtime, route, request, params)));
}

/** Goes after every operation's handler: the rest of `/v1` is a 404 `route_not_found`. */
export function buildNotFoundHandlers(runtime: Runtime): HttpHandler[] {
  const notFound = ({ request }: { request: Request }): Response =>
    routeNotFound(nextRequestId(runtime.store), request.method, new URL(request.url).pathname);
  return [http.all('*/v1', notFound), http.all('*/v1/*', notFound)];
}
