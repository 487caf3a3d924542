/**
 * `<adalat-office-scorecard>`: an e-services office's oversight figures for a period
 * against the period before — filings dispatched, time from receipt to dispatch,
 * documents refused as illegible, filings returned — each with its trend in words.
 * The behaviour lives in `OfficeScorecardController`; this file is the default markup.
 * @module
 */
import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { AdalatElement, type ElementStatus } from '../base/adalat-element.ts';
import { formatLocalDate } from '../format/date.ts';
import { numberingFor } from '../format/conventions.ts';
import { errorMessageKey } from '../i18n/error-message.ts';
import { pickText } from '../i18n/localized-text.ts';
import type { MessageKey } from '../i18n/msg.ts';
import { OfficeScorecardController, type Measure, type Trend } from './office-scorecard.controller.ts';
import { officeScorecardStyles } from './office-scorecard.styles.ts';

const TREND_MARK: Readonly<Record<Trend, string>> = { better: '▼', worse: '▲', same: '=', up: '▲', down: '▼', none: '' };

/**
 * @summary Oversight metrics of an e-services office, with the trend against the previous period.
 * @tagname adalat-office-scorecard
 *
 * @slot header - Replaces the office's name and licence above the table.
 *
 * @csspart base - The wrapper of everything.
 * @csspart office - The office's name; `licence` its licence number.
 * @csspart table - The table of measures; `caption` its period, `header` each column header.
 * @csspart row - Each measure's row; cells `measure`, `current`, `previous`, `trend`. A row also has `row-better`, `row-worse` or `row-same`.
 * @csspart trend-mark - The arrow beside a trend's words (hidden from screen readers).
 * @csspart empty - Shown when the office dispatched nothing in either period.
 * @csspart status - The polite live region (`role=status`) saying what is loading.
 * @csspart error - The alert (`role=alert`) when loading failed; `error-message`, `retry`.
 *
 * @cssprop [--adalat-office-scorecard-gap=var(--adalat-gap, 0.75rem)] - Space between the header and the table.
 *
 * @cssstate loading - Loading the office or its figures.
 * @cssstate empty - No filings in either period.
 * @cssstate error - Loading failed, or no client was found.
 * @cssstate ready - The figures are shown.
 */
export class AdalatOfficeScorecard extends AdalatElement {
  static override styles = officeScorecardStyles;

  /** The office, e.g. `off_ir_tehran_1042`. */
  @property({ attribute: 'office-id' }) officeId: string | null = null;

  /** First local date of the period (`2026-11-01`); with `to` left out, 30 days from it. */
  @property() from: string | null = null;

  /** Last local date of the period; with `from` left out, the 30 days up to it. */
  @property() to: string | null = null;

  /** The level of the office's heading (2–6). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  readonly controller: OfficeScorecardController = new OfficeScorecardController(this, {
    client: () => this.client,
    officeId: () => this.officeId || null,
    from: () => this.from || null,
    to: () => this.to || null,
  });

  constructor() {
    super();
    this.setStatus('loading');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const status: ElementStatus = this.clientError ? 'error' : this.controller.status;
    this.setStatus(status);
  }

  #number(value: number, options: Intl.NumberFormatOptions = {}): string {
    return new Intl.NumberFormat(this.locale, { numberingSystem: numberingFor(this.locale), ...options }).format(value);
  }

  #value(measure: Measure, value: number | null): string {
    if (value === null) return this.msg('officeScorecard.noData');
    switch (measure.kind) {
      case 'count':
        return this.#number(value);
      case 'share':
        return this.#number(value, { style: 'percent', maximumFractionDigits: 1 });
      case 'seconds':
        return value < 3600
          ? this.#number(value / 60, { style: 'unit', unit: 'minute', unitDisplay: 'long', maximumFractionDigits: 0 })
          : this.#number(value / 3600, { style: 'unit', unit: 'hour', unitDisplay: 'long', maximumFractionDigits: 1 });
    }
  }

  #trendText(trend: Trend, measure: Measure): string {
    switch (trend) {
      case 'better':
        return this.msg('officeScorecard.better');
      case 'worse':
        return this.msg('officeScorecard.worse');
      case 'same':
        return this.msg('officeScorecard.same');
      case 'none':
        return this.msg('officeScorecard.noData');
      default: {
        const change = (measure.current ?? 0) - (measure.previous ?? 0);
        return this.#number(change, { signDisplay: 'always' });
      }
    }
  }

  #date(date: string): string {
    return formatLocalDate(date, { locale: this.locale, dateStyle: 'medium' });
  }

  protected override render() {
    const c = this.controller;
    const error = this.clientError ?? (c.status === 'error' ? c.error : undefined);
    if (error !== undefined) {
      const notFound = (error as { status?: number }).status === 404;
      return html`<div part="base">
        <div part="error" role="alert">
          <span part="error-message">${this.msg(notFound ? 'officeScorecard.error.notFound' : errorMessageKey(error))}</span>
          ${this.clientError || notFound ? nothing : html`<button type="button" part="retry" @click=${() => c.reload()}>${this.msg('action.retry')}</button>`}
        </div>
      </div>`;
    }
    const office = c.office.value;
    const metrics = c.metrics.value;
    const level = Math.min(6, Math.max(2, this.headingLevel));
    return html`<div part="base">
      <div part="status" role="status">${c.status === 'loading' ? this.msg('officeScorecard.loading') : ''}</div>
      ${office === undefined
        ? nothing
        : html`<slot name="header">
            <div part="office" role="heading" aria-level=${level}>${pickText(office.name, this.locale, [])}</div>
            <div part="licence">${this.msg('officeScorecard.licence', { number: office.licenceNumber })}</div>
          </slot>`}
      ${office === undefined || metrics === undefined
        ? nothing
        : c.status === 'empty'
          ? html`<p part="empty">${this.msg('officeScorecard.empty')}</p>`
          : html`<table part="table">
              <caption part="caption">
                ${this.msg('officeScorecard.caption', {
                  from: this.#date(metrics.current.from),
                  to: this.#date(metrics.current.to),
                  previousFrom: this.#date(metrics.previous.from),
                  previousTo: this.#date(metrics.previous.to),
                })}
              </caption>
              <thead>
                <tr>
                  <th part="header" scope="col">${this.msg('officeScorecard.metric')}</th>
                  <th part="header" scope="col">${this.msg('officeScorecard.current')}</th>
                  <th part="header" scope="col">${this.msg('officeScorecard.previous')}</th>
                  <th part="header" scope="col">${this.msg('officeScorecard.trend')}</th>
                </tr>
              </thead>
              <tbody>
                ${c.measures.map(
                  (m) => html`<tr part="row row-${m.trend}" data-measure=${m.name}>
                    <th part="measure" scope="row">${this.msg(`officeScorecard.${m.name}` as MessageKey)}</th>
                    <td part="current">${this.#value(m, m.current)}</td>
                    <td part="previous">${this.#value(m, m.previous)}</td>
                    <td part="trend"><span part="trend-mark" aria-hidden="true">${TREND_MARK[m.trend]}</span> ${this.#trendText(m.trend, m)}</td>
                  </tr>`,
                )}
              </tbody>
            </table>`}
    </div>`;
  }
}
