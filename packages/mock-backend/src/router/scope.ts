/**
 * What a credential may call.
 *
 * Public reference data: an endpoint whose `auth` includes `publishable` needs no
 * secret, so a widget session may read it whatever its `operations` list says
 * (the session could read it with its publishable key alone anyway).
 * An endpoint marked `sessionSelf` (reading the session itself) is open to every session.
 * Every other operation a widget calls must be in the session's `operations`, and
 * when the endpoint names a subject (`subject: { kind, param }`), the path
 * parameter must be one of the session's subjects of that kind.
 * @module
 */
import type { Endpoint, SubjectKind, WidgetSubjects } from '@adalat/sdk/contract';
import { forbidden } from '../problem.ts';
import type { WidgetSessionRecord } from '../store/types.ts';
import type { Caller } from './context.ts';

export function isPublicReference(endpoint: Endpoint): boolean {
  return endpoint.auth.includes('publishable');
}

export function checkCredentialAllowed(endpoint: Endpoint, caller: Caller): void {
  if (!endpoint.auth.includes(caller.kind)) {
    throw forbidden(
      'credential_not_allowed',
      `This operation takes ${endpoint.auth.join(' or ')} credentials, not a ${caller.kind} credential.`,
    );
  }
}

/** The session's subjects of one kind, as a list. */
export function subjectsOfKind(subjects: WidgetSubjects, kind: SubjectKind): readonly string[] {
  switch (kind) {
    case 'case':
      return subjects.cases ?? [];
    case 'person':
      return subjects.person === undefined ? [] : [subjects.person];
    case 'lawyer':
      return subjects.lawyers ?? [];
    case 'executionFile':
      return subjects.executionFiles ?? [];
    case 'filing':
      return subjects.filings ?? [];
  }
}

export function checkWidgetScope(
  operation: string,
  endpoint: Endpoint,
  session: WidgetSessionRecord,
  params: Readonly<Record<string, string>>,
): void {
  if (isPublicReference(endpoint) || endpoint.sessionSelf) return;
  if (!session.operations.includes(operation)) {
    throw forbidden('operation_not_in_scope', `The widget session does not allow ${operation}.`);
  }
  if (endpoint.subject !== undefined) {
    const value = params[endpoint.subject.param];
    if (value === undefined || !subjectsOfKind(session.subjects, endpoint.subject.kind).includes(value)) {
      throw forbidden('subject_not_in_scope', `The widget session is not scoped to this ${endpoint.subject.kind}.`);
    }
  }
}
