/**
 * `AdalatClient`: the core with one resource per domain of the API.
 * @module
 */
import { AdalatCore, type AdalatClientOptions } from './core.ts';
import { casesResource, type CasesResource } from './resources/cases.ts';
import { policyResource, type PolicyResource } from './resources/policy.ts';
import { widgetSessionsResource, type WidgetSessionsResource } from './resources/widget-sessions.ts';

export type { AdalatClientOptions } from './core.ts';

export class AdalatClient extends AdalatCore {
  /** Jurisdictions, courts and the classifier. */
  readonly policy: PolicyResource;
  /** Cases: parties, hearings, documents and PDFs, timeline, postponement requests, memoranda, strike-off. */
  readonly cases: CasesResource;
  /** Widget sessions (create and revoke need a secret key; `retrieveCurrent` a widget credential). */
  readonly widgetSessions: WidgetSessionsResource;

  constructor(options: AdalatClientOptions) {
    super(options);
    this.policy = policyResource(this);
    this.cases = casesResource(this);
    this.widgetSessions = widgetSessionsResource(this);
  }
}
