import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { errorFromResponse, redact } from '../../src/errors.ts';
import {
  AdalatError,
  AuthenticationError,
  BusinessRuleError,
  ConflictError,
  IdempotencyError,
  InvalidRequestError,
  NotFoundError,
  PermissionError,
  RateLimitError,
  ServerError,
} from '../../src/index.ts';

const envelope = (type: string, code: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ error: { type, code, message: `${code} happened`, requestId: 'req_body', ...extra } });

describe('errorFromResponse', () => {
  const cases = [
    [400, 'invalid_request', InvalidRequestError],
    [401, 'authentication', AuthenticationError],
    [403, 'permission', PermissionError],
    [404, 'not_found', NotFoundError],
    [409, 'conflict', ConflictError],
    [422, 'business_rule', BusinessRuleError],
    [429, 'rate_limit', RateLimitError],
    [500, 'server', ServerError],
    [503, 'server', ServerError],
  ] as const;
  for (const [status, type, ErrorClass] of cases) {
    it(`maps ${status} to ${ErrorClass.name} with the envelope's code, type and message`, () => {
      const error = errorFromResponse({ status, body: envelope(type, `code_${status}`), requestId: 'req_header' });
      assert.ok(error instanceof ErrorClass);
      assert.ok(error instanceof AdalatError);
      assert.ok(error instanceof Error);
      assert.equal(error.status, status);
      assert.equal(error.type, type);
      assert.equal(error.code, `code_${status}`);
      assert.equal(error.message, `code_${status} happened`);
      assert.equal(error.requestId, 'req_header');
      assert.equal(error.name, ErrorClass.name);
    });
  }

  it('maps 409 idempotency_key_reused to IdempotencyError, still a ConflictError', () => {
    const error = errorFromResponse({ status: 409, body: envelope('conflict', 'idempotency_key_reused'), requestId: null });
    assert.ok(error instanceof IdempotencyError);
    assert.ok(error instanceof ConflictError);
    assert.equal(error.name, 'IdempotencyError');
    assert.equal(error.requestId, 'req_body', 'falls back to the envelope requestId without a header');
  });

  it('carries the field issues and param of a 400', () => {
    const issues = [{ path: 'body.operations', code: 'too_small', message: 'at least one' }];
    const error = errorFromResponse({ status: 400, body: envelope('invalid_request', 'invalid_body', { issues, param: 'operations' }), requestId: null });
    assert.ok(error instanceof InvalidRequestError);
    assert.deepEqual(error.issues, issues);
    assert.equal(error.param, 'operations');
  });

  it('carries retryAfter on a 429', () => {
    const error = errorFromResponse({ status: 429, body: envelope('rate_limit', 'too_many'), requestId: null, retryAfter: 7 });
    assert.ok(error instanceof RateLimitError);
    assert.equal(error.retryAfter, 7);
  });

  it('maps a non-JSON or envelope-less body by status, with code unknown', () => {
    const html = errorFromResponse({ status: 502, body: '<html>Bad gateway</html>', requestId: 'req_proxy' });
    assert.ok(html instanceof ServerError);
    assert.equal(html.code, 'unknown');
    assert.equal(html.requestId, 'req_proxy');
    assert.match(html.message, /HTTP 502/);
    const other = errorFromResponse({ status: 404, body: '{"message":"nope"}', requestId: null });
    assert.ok(other instanceof NotFoundError);
    assert.equal(other.code, 'unknown');
    assert.equal(other.requestId, null);
  });

  it('maps a status without its own class to the base AdalatError', () => {
    const error = errorFromResponse({ status: 405, body: '', requestId: null });
    assert.equal(error.constructor, AdalatError);
    assert.equal(error.status, 405);
  });
});

describe('redact', () => {
  it('removes known secrets, secret keys, client secrets and bearer credentials', () => {
    const text = 'key sk_live_abc123 and Bearer abc.def and custom-secret-value and ws_9f2_secret_Q7xk (ws_9f2)';
    const clean = redact(text, ['custom-secret-value']);
    assert.equal(clean, 'key [redacted] and [redacted] and [redacted] and [redacted] (ws_9f2)');
  });

  it('leaves ordinary text alone', () => {
    assert.equal(redact('court crt_ps_1 not found'), 'court crt_ps_1 not found');
  });
});
