/** Widget-session subjects of the filings kind: each must be a filing the partner's server may see. @module */
import type { FieldIssue, WidgetSubjects } from '@adalat/sdk/contract';
import type { Caller } from '../router/context.ts';
import type { Store } from '../store/store.ts';
import { canAccessFiling } from './access.ts';

export function filingSubjectIssues(subjects: WidgetSubjects, store: Store, caller: Caller): FieldIssue[] {
  return (subjects.filings ?? []).flatMap((id, index) => {
    const record = store.filings.filings.get(id);
    return record !== undefined && canAccessFiling(caller, record)
      ? []
      : [{ path: `body.subjects.filings.${index}`, code: 'unknown_subject', message: 'No filing of yours has this id.' }];
  });
}
