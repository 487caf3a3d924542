/**
 * Building responses: JSON bodies, the error envelope, and the headers every
 * answer carries (`Request-Id`).
 * @module
 */
import { HttpResponse } from 'msw';
import { HEADER, type ErrorEnvelope } from '@adalat/sdk/contract';
import { ApiProblem } from '../problem.ts';

export function jsonResponse(requestId: string, status: number, body: unknown, headers: Record<string, string> = {}): Response {
  const init = { status, headers: { [HEADER.requestId]: requestId, 'Cache-Control': 'no-store', ...headers } };
  if (body === undefined || body === null || status === 204 || status === 304) return new HttpResponse(null, init);
  return HttpResponse.json(body as never, init);
}

export function envelopeOf(problem: ApiProblem, requestId: string): ErrorEnvelope {
  return {
    error: {
      type: problem.type,
      code: problem.code,
      message: problem.message,
      ...(problem.param === undefined ? {} : { param: problem.param }),
      requestId,
      ...(problem.issues === undefined ? {} : { issues: problem.issues }),
    },
  };
}

export function problemResponse(requestId: string, problem: ApiProblem): Response {
  return jsonResponse(requestId, problem.status, envelopeOf(problem, requestId), problem.headers);
}

/** Anything thrown that is not an `ApiProblem` is the sandbox's own bug: a 500 without details. */
export function toProblem(error: unknown): ApiProblem {
  if (error instanceof ApiProblem) return error;
  console.error('[adalat-sandbox] unexpected error:', error instanceof Error ? error.message : String(error));
  return new ApiProblem(500, 'server', 'internal_error', 'The sandbox failed to handle this request.');
}

export function routeNotFound(requestId: string, method: string, pathname: string): Response {
  return problemResponse(
    requestId,
    new ApiProblem(404, 'not_found', 'route_not_found', `No operation answers ${method} ${pathname}.`),
  );
}

/**
 * A file answer (a PDF): its bytes with their media type, and the file name when
 * there is one. Personal files: never stored by shared caches.
 */
export function binaryResponse(requestId: string, status: number, file: Blob): Response {
  const headers: Record<string, string> = {
    [HEADER.requestId]: requestId,
    'Cache-Control': 'private, no-store',
    'Content-Type': file.type || 'application/octet-stream',
    'Content-Length': String(file.size),
  };
  if (file instanceof File) headers['Content-Disposition'] = `attachment; filename="${file.name.replace(/["\\\r\n]/g, '_')}"`;
  return new HttpResponse(file, { status, headers });
}

/**
 * A Server-Sent Events answer: the stream as it is written, never cached nor buffered
 * by a proxy (`X-Accel-Buffering: no`).
 */
export function eventStreamResponse(requestId: string, status: number, stream: ReadableStream<Uint8Array>): Response {
  const headers = {
    [HEADER.requestId]: requestId,
    'Cache-Control': 'no-store',
    'Content-Type': 'text/event-stream; charset=utf-8',
    'X-Accel-Buffering': 'no',
  };
  return new HttpResponse(stream, { status, headers });
}
