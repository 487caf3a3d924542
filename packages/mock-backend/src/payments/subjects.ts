/**
 * The widget-session subjects that scope payments: traffic fines, fee quotes and
 * execution files. Each
 * must exist in the partner's jurisdiction, so a session cannot be aimed at another
 * jurisdiction's fines.
 * @module
 */
import type { FieldIssue, WidgetSubjects } from '@adalat/sdk/contract';
import type { Store } from '../store/store.ts';
import type { Partner } from '../store/types.ts';

export function payableSubjectIssues(subjects: WidgetSubjects, store: Store, partner: Partner): FieldIssue[] {
  const issues: FieldIssue[] = [];
  (subjects.trafficFines ?? []).forEach((id, index) => {
    if (store.trafficFines.get(id)?.jurisdiction !== partner.jurisdiction) {
      issues.push({ path: `body.subjects.trafficFines.${index}`, code: 'unknown_subject', message: 'No traffic fine of your jurisdiction has this id.' });
    }
  });
  (subjects.feeQuotes ?? []).forEach((id, index) => {
    if (store.feeQuotes.get(id)?.jurisdiction !== partner.jurisdiction) {
      issues.push({ path: `body.subjects.feeQuotes.${index}`, code: 'unknown_subject', message: 'No fee quote of your jurisdiction has this id.' });
    }
  });
  (subjects.executionFiles ?? []).forEach((id, index) => {
    if (store.execution.files.get(id)?.jurisdiction !== partner.jurisdiction) {
      issues.push({ path: `body.subjects.executionFiles.${index}`, code: 'unknown_subject', message: 'No execution file of your jurisdiction has this id.' });
    }
  });
  return issues;
}
