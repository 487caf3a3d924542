/**
 * `@adalat/mock-backend/node`: the sandbox as a real HTTP server, for curl,
 * Postman and partners not on JavaScript. Each request becomes a Fetch `Request`
 * answered by the same msw handlers (`getResponse`); a dropped response
 * (`faults.dropNextAfterCommit`) destroys the socket. An event stream
 * (`text/event-stream`) is written chunk by chunk as it comes, and ends when the
 * client goes away (the request's signal aborts).
 * @module
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HEADER } from '@adalat/sdk/contract';
import { createSandbox, type Sandbox } from './sandbox.ts';

export interface SandboxServerOptions {
  /** 4010 by default; 0 picks a free port. */
  port?: number;
  /** `127.0.0.1` by default: the control routes have no authentication. */
  host?: string;
  sandbox?: Sandbox;
  /** Answer CORS preflights and allow any origin; on by default. */
  cors?: boolean;
}

export interface SandboxServer {
  /** `http://host:port`, no trailing slash. */
  url: string;
  sandbox: Sandbox;
  close(): Promise<void>;
}

/** Bodies above this are refused before they reach a handler. */
const MAX_BODY_BYTES = 1024 * 1024;

export const CORS_ALLOWED_HEADERS = [
  HEADER.authorization,
  HEADER.clientSecret,
  HEADER.idempotencyKey,
  HEADER.ifNoneMatch,
  HEADER.lastEventId,
  'Content-Type',
];
export const CORS_EXPOSED_HEADERS = [HEADER.requestId, HEADER.etag, HEADER.retryAfter, HEADER.idempotentReplayed];

function corsHeaders(origin: string | undefined): Record<string, string> {
  return {
    'Access-Control-Allow-Origin': origin ?? '*',
    'Access-Control-Expose-Headers': CORS_EXPOSED_HEADERS.join(', '),
    Vary: 'Origin',
  };
}

function preflightHeaders(origin: string | undefined): Record<string, string> {
  return {
    ...corsHeaders(origin),
    'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
    'Access-Control-Allow-Headers': CORS_ALLOWED_HEADERS.join(', '),
    'Access-Control-Max-Age': '600',
  };
}

class BodyTooLarge extends Error {}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function toHeaders(req: IncomingMessage): Headers {
  const headers = new Headers();
  for (let i = 0; i < req.rawHeaders.length; i += 2) headers.append(req.rawHeaders[i]!, req.rawHeaders[i + 1]!);
  return headers;
}

async function toFetchRequest(req: IncomingMessage, base: string, signal: AbortSignal): Promise<Request> {
  const method = req.method ?? 'GET';
  const url = new URL(req.url ?? '/', base);
  const hasBody = method !== 'GET' && method !== 'HEAD';
  const body = hasBody ? await readBody(req) : undefined;
  return new Request(url, { method, headers: toHeaders(req), signal, ...(body && body.length > 0 ? { body: new Uint8Array(body) } : {}) });
}

const isEventStream = (response: Response): boolean =>
  (response.headers.get('Content-Type') ?? '').toLowerCase().startsWith('text/event-stream');

/** Writes each chunk as it comes, so the client sees every event at once (nothing waits for the end). */
async function stream(res: ServerResponse, body: ReadableStream<Uint8Array>): Promise<void> {
  const reader = body.getReader();
  res.once('close', () => void reader.cancel().catch(() => undefined));
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      res.write(value);
    }
  } finally {
    res.end();
  }
}

async function send(res: ServerResponse, response: Response, extra: Record<string, string>): Promise<void> {
  const headers: Record<string, string> = { ...extra };
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  if (response.body !== null && isEventStream(response)) {
    res.writeHead(response.status, headers);
    res.flushHeaders();
    return stream(res, response.body);
  }
  const body = response.body === null ? null : Buffer.from(await response.arrayBuffer());
  res.writeHead(response.status, headers);
  res.end(body);
}

function tooLarge(res: ServerResponse, extra: Record<string, string>): void {
  const envelope = {
    error: { type: 'invalid_request', code: 'body_too_large', message: `Bodies are limited to ${MAX_BODY_BYTES} bytes.`, requestId: 'req_none' },
  };
  res.writeHead(400, { ...extra, 'Content-Type': 'application/json', [HEADER.requestId]: 'req_none' });
  res.end(JSON.stringify(envelope));
}

export async function startSandboxServer(options: SandboxServerOptions = {}): Promise<SandboxServer> {
  const sandbox = options.sandbox ?? createSandbox();
  const host = options.host ?? '127.0.0.1';
  const cors = options.cors ?? true;

  const server = createServer((req, res) => {
    const origin = req.headers.origin;
    const extra = cors ? corsHeaders(origin) : {};
    if (cors && req.method === 'OPTIONS') {
      res.writeHead(204, preflightHeaders(origin));
      res.end();
      return;
    }
    const base = `http://${req.headers.host ?? host}`;
    // The client going away ends what is still being answered (an event stream).
    const gone = new AbortController();
    res.once('close', () => gone.abort());
    toFetchRequest(req, base, gone.signal)
      .then((request) => sandbox.handle(request))
      .then(async (response) => {
        // Response.error(): the sandbox was asked to lose this answer after committing.
        if (response.type === 'error') {
          req.socket.destroy();
          return;
        }
        await send(res, response, extra);
      })
      .catch((error: unknown) => {
        if (error instanceof BodyTooLarge) return tooLarge(res, extra);
        console.error('[adalat-sandbox] failed to answer:', error instanceof Error ? error.message : String(error));
        if (!res.headersSent) res.writeHead(500, extra);
        res.end();
      });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4010, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const shownHost = host.includes(':') ? `[${host}]` : host;

  return {
    url: `http://${shownHost}:${port}`,
    sandbox,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
