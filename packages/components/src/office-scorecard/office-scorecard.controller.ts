/**
 * `OfficeScorecardController`: loads an e-services office and its oversight metrics
 * for a period and the one before it, and says for each measure whether it moved
 * for the better. Usable with any template.
 * @module
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AdalatCore } from '@adalat/sdk/core';
import type { Office, OfficeMetrics, OfficePeriodMetrics } from '@adalat/sdk/contract';
import { officesResource } from '@adalat/sdk/resources/offices';
import { ResourceController } from '../controllers/resource.controller.ts';

export type MeasureName = 'filingsReceived' | 'dispatchMedian' | 'dispatchP90' | 'illegibleShare' | 'returnedShare';

/** `better` and `worse` for measures where lower is better; `up`/`down` for volume, which is neither. */
export type Trend = 'better' | 'worse' | 'same' | 'up' | 'down' | 'none';

export interface Measure {
  name: MeasureName;
  kind: 'count' | 'seconds' | 'share';
  current: number | null;
  previous: number | null;
  trend: Trend;
}

const PICK: Readonly<Record<MeasureName, (m: OfficePeriodMetrics) => number | null>> = {
  filingsReceived: (m) => m.filingsReceived,
  dispatchMedian: (m) => m.dispatchSecondsMedian,
  dispatchP90: (m) => m.dispatchSecondsP90,
  illegibleShare: (m) => m.illegibleShare,
  returnedShare: (m) => m.returnedShare,
};
const KIND: Readonly<Record<MeasureName, Measure['kind']>> = {
  filingsReceived: 'count',
  dispatchMedian: 'seconds',
  dispatchP90: 'seconds',
  illegibleShare: 'share',
  returnedShare: 'share',
};
export const MEASURES: readonly MeasureName[] = ['filingsReceived', 'dispatchMedian', 'dispatchP90', 'illegibleShare', 'returnedShare'];

/** How a measure moved from `previous` to `current`; durations and shares are better lower. */
export function trendOf(name: MeasureName, current: number | null, previous: number | null): Trend {
  if (current === null || previous === null) return 'none';
  if (current === previous) return 'same';
  if (name === 'filingsReceived') return current > previous ? 'up' : 'down';
  return current < previous ? 'better' : 'worse';
}

export function measuresOf(metrics: OfficeMetrics): Measure[] {
  return MEASURES.map((name) => {
    const current = PICK[name](metrics.current);
    const previous = PICK[name](metrics.previous);
    return { name, kind: KIND[name], current, previous, trend: trendOf(name, current, previous) };
  });
}

export interface OfficeScorecardOptions {
  client: () => AdalatCore | undefined;
  officeId: () => string | null;
  /** Local dates of the period; both left out: the last 30 days. */
  from: () => string | null;
  to: () => string | null;
}

export class OfficeScorecardController implements ReactiveController {
  readonly office: ResourceController<Office>;
  readonly metrics: ResourceController<OfficeMetrics>;
  readonly #options: OfficeScorecardOptions;
  #loadedFor = '';

  constructor(host: ReactiveControllerHost, options: OfficeScorecardOptions) {
    this.#options = options;
    this.office = new ResourceController<Office>(host, { isEmpty: () => false });
    this.metrics = new ResourceController<OfficeMetrics>(host, { isEmpty: (m) => m.current.filingsReceived === 0 && m.previous.filingsReceived === 0 });
    host.addController(this);
  }

  /** Loading, empty (no filings in either period), error or ready. */
  get status(): 'loading' | 'empty' | 'error' | 'ready' {
    if (this.office.status === 'error' || this.metrics.status === 'error') return 'error';
    if (this.office.status !== 'ready' || (this.metrics.status !== 'ready' && this.metrics.status !== 'empty')) return 'loading';
    return this.metrics.status;
  }

  get error(): unknown {
    return this.office.error ?? this.metrics.error;
  }

  get measures(): Measure[] {
    return this.metrics.value === undefined ? [] : measuresOf(this.metrics.value);
  }

  /** Loads when the client, office or period changed since the last load. */
  hostUpdate(): void {
    const client = this.#options.client();
    const officeId = this.#options.officeId();
    const key = `${officeId}|${this.#options.from()}|${this.#options.to()}`;
    if (client === undefined || officeId === null || key === this.#loadedFor) return;
    this.#loadedFor = key;
    void this.#load(client, officeId);
  }

  reload(): void {
    this.#loadedFor = '';
    this.office.clear();
    this.metrics.clear();
  }

  async #load(client: AdalatCore, officeId: string): Promise<void> {
    const offices = officesResource(client);
    const from = this.#options.from();
    const to = this.#options.to();
    await Promise.all([
      this.office.run((signal) => offices.get({ officeId }, { signal })),
      this.metrics.run((signal) => offices.getMetrics({ officeId, ...(from ? { from } : {}), ...(to ? { to } : {}) }, { signal })),
    ]);
  }

  hostConnected(): void {}
  hostDisconnected(): void {
    this.#loadedFor = '';
  }
}
