/**
 * `AdalatClient`: the core with one resource per domain of the API.
 * @module
 */
import { AdalatCore, type AdalatClientOptions } from './core.ts';
import { liveEvents, type LiveEvents } from './events/live-events.ts';
import { auctionsResource, type AuctionsResource } from './resources/auctions.ts';
import { casesResource, type CasesResource } from './resources/cases.ts';
import { executionResource, type ExecutionResource } from './resources/execution.ts';
import { feesResource, type FeesResource } from './resources/fees.ts';
import { documentsResource, type DocumentsResource } from './resources/documents.ts';
import { filingsResource, type FilingsResource } from './resources/filings.ts';
import { officesResource, type OfficesResource } from './resources/offices.ts';
import { forumResource, type ForumResource } from './resources/forum.ts';
import { lawyerServicesResource, type LawyerServicesResource } from './resources/lawyer-services.ts';
import { lawyersResource, type LawyersResource } from './resources/lawyers.ts';
import { notificationsResource, type NotificationsResource } from './resources/notifications.ts';
import { webhookEndpointsResource, type WebhookEndpointsResource } from './resources/webhook-endpoints.ts';
import { paymentsResource, type PaymentsResource } from './resources/payments.ts';
import { policyResource, type PolicyResource } from './resources/policy.ts';
import { trafficFinesResource, type TrafficFinesResource } from './resources/traffic-fines.ts';
import { widgetSessionsResource, type WidgetSessionsResource } from './resources/widget-sessions.ts';

export type { AdalatClientOptions } from './core.ts';

/**
 * Each domain is a getter over `core.resource(…)`, which makes a domain's resource once
 * per client, so `client.cases === client.cases`.
 */
export class AdalatClient extends AdalatCore {
  /** Jurisdictions, courts and the classifier. */
  get policy(): PolicyResource {
    return policyResource(this);
  }

  /** Cases: parties, hearings, documents and PDFs, timeline, postponement requests, memoranda, strike-off. */
  get cases(): CasesResource {
    return casesResource(this);
  }

  /** Widget sessions (create and revoke need a secret key; `retrieveCurrent` a widget credential). */
  get widgetSessions(): WidgetSessionsResource {
    return widgetSessionsResource(this);
  }

  /** Court fee quotes (public: a publishable key may quote). */
  get fees(): FeesResource {
    return feesResource(this);
  }

  /** Payments of fees, fines and deposits: create (idempotent), the bank's confirm, cancel, receipts and their PDF. */
  get payments(): PaymentsResource {
    return paymentsResource(this);
  }

  /** Traffic fines by national ID, plate or violation number, across every city of a jurisdiction. */
  get trafficFines(): TrafficFinesResource {
    return trafficFinesResource(this);
  }


  /** Execution files: installments, cheques ready, transfers to the creditor's IBAN (idempotent), execution requests, the electronic writ. */
  get execution(): ExecutionResource {
    return executionResource(this);
  }

  /** Electronic auctions of seized assets: lots, bids, `placeBid` (idempotent). */
  get auctions(): AuctionsResource {
    return auctionsResource(this);
  }

  /** E-filing: drafts, the dry-run `check`, the fee quote, submission (idempotent) and the court's review. */
  get filings(): FilingsResource {
    return filingsResource(this);
  }

  /** A filing's documents: resumable uploads (create, chunks, status, complete), type read from the bytes, legibility per page. */
  get documents(): DocumentsResource {
    return documentsResource(this);
  }

  /** E-services offices and their oversight metrics. */
  get offices(): OfficesResource {
    return officesResource(this);
  }

  /**
   * The forum "Taldau": search the decisions bank (facets, highlighted snippets, cursor pages),
   * read regulations, practice summaries and threads, ask a question (person or lawyer token).
   */
  get forum(): ForumResource {
    return forumResource(this);
  }

  /**
   * Judicial notifications as service of process. Listing never counts as receipt;
   * `open` returns a notice's content and RECORDS RECEIPT (legal effect: it may count as service).
   */
  get notifications(): NotificationsResource {
    return notificationsResource(this);
  }

  /** The lawyer backlog rule: notification summaries (one, or up to 500 in one batch) and suspension. */
  get lawyers(): LawyersResource {
    return lawyersResource(this);
  }

  /** A lawyer's court deposit refund requests (idempotent) and court appointments. */
  get lawyerServices(): LawyerServicesResource {
    return lawyerServicesResource(this);
  }

  /** Partner webhook endpoints (secret key) and their deliveries; verify deliveries with `webhooks.verify`. */
  get webhookEndpoints(): WebhookEndpointsResource {
    return webhookEndpointsResource(this);
  }

  /**
   * Live updates over one Server-Sent Events connection shared by every subscriber of
   * this client, with ETag polling as the fallback: `client.events.subscribe({ caseId }, listener)`.
   * The same object as `liveEvents(client)` from `@adalat/sdk/events`.
   */
  get events(): LiveEvents {
    return liveEvents(this);
  }
}
