/**
 * The court picker's behaviour without its markup: loads jurisdictions, then the chosen
 * jurisdiction's courts and classifier, and keeps a selection that is always consistent
 * (a court of the chosen jurisdiction, a category that court hears). Use it with your own
 * template:
 *
 * ```ts
 * class MyPicker extends LitElement {
 *   picker = new CourtPickerController(this, { client: () => myClient });
 *   render() { return html`${this.picker.courts.value?.map(…)}`; }
 * }
 * ```
 * @module
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AdalatCore } from '@adalat/sdk/core';
import { policyResource } from '@adalat/sdk/resources/policy';
import type { Classifier, Court, Jurisdiction } from '@adalat/sdk/contract';
import { ResourceController, type ResourceStatus } from '../controllers/resource.controller.ts';
import type { ElementStatus } from '../base/adalat-element.ts';
import { acceptsCategory, categoryOptions, findCategory, type CategoryOption } from './categories.ts';

/** A selection; each part is `null` until chosen. */
export interface CourtPickerValue {
  jurisdiction: string | null;
  courtId: string | null;
  category: string | null;
}

export interface CourtPickerControllerOptions {
  /** The client to load with; read on every host update, and a new one reloads everything. */
  client: () => AdalatCore | undefined;
}

/** `idle` until a client is there; then the element statuses. */
export type CourtPickerStatus = 'idle' | ElementStatus;

const EMPTY: CourtPickerValue = { jurisdiction: null, courtId: null, category: null };

export class CourtPickerController implements ReactiveController {
  readonly jurisdictions: ResourceController<Jurisdiction[]>;
  readonly courts: ResourceController<Court[]>;
  readonly classifier: ResourceController<Classifier>;

  readonly #host: ReactiveControllerHost;
  readonly #client: () => AdalatCore | undefined;
  #loadedWith: AdalatCore | undefined;
  /** What was asked for; parts not yet confirmed by loaded data wait here. */
  #requested: CourtPickerValue = { ...EMPTY };
  /** The jurisdiction whose courts and classifier were last loaded. */
  #courtsFor: string | null = null;

  constructor(host: ReactiveControllerHost, options: CourtPickerControllerOptions) {
    this.#host = host;
    this.#client = options.client;
    this.jurisdictions = new ResourceController(host);
    this.courts = new ResourceController(host);
    this.classifier = new ResourceController(host, { isEmpty: (c) => c.categories.length === 0 });
    host.addController(this);
  }

  hostConnected(): void {
    this.#sync();
  }

  hostUpdate(): void {
    this.#sync();
  }

  /** The confirmed selection: only parts that exist in the loaded data. */
  get value(): CourtPickerValue {
    const jurisdiction = this.selectedJurisdiction?.code ?? null;
    const court = jurisdiction ? this.selectedCourt : undefined;
    const category = court && this.#categoryAllowed(this.#requested.category) ? this.#requested.category : null;
    return { jurisdiction, courtId: court?.id ?? null, category };
  }

  /** True when jurisdiction, court and category are all chosen. */
  get complete(): boolean {
    const { jurisdiction, courtId, category } = this.value;
    return Boolean(jurisdiction && courtId && category);
  }

  get selectedJurisdiction(): Jurisdiction | undefined {
    return this.jurisdictions.value?.find((j) => j.code === this.#requested.jurisdiction);
  }

  get selectedCourt(): Court | undefined {
    if (this.#courtsFor !== this.#requested.jurisdiction || this.courts.status === 'loading') return undefined;
    return this.courts.value?.find((c) => c.id === this.#requested.courtId);
  }

  /** Courts of the chosen jurisdiction, once loaded. */
  get courtList(): readonly Court[] {
    return this.#courtsFor === this.#requested.jurisdiction && this.courts.status !== 'loading' ? (this.courts.value ?? []) : [];
  }

  /** The chosen court's categories with their context ancestors; empty until a court is chosen. */
  get categoryOptions(): CategoryOption[] {
    const court = this.selectedCourt;
    const classifier = this.classifier.value;
    if (!court || !classifier || this.classifier.status === 'loading') return [];
    return categoryOptions(classifier.categories, court.acceptedCategories);
  }

  /** The overall state: any failure wins, then loading, then nothing to choose from. */
  get status(): CourtPickerStatus {
    if (!this.#loadedWith) return 'idle';
    const involved = [this.jurisdictions, ...(this.#courtsFor ? [this.courts, this.classifier] : [])];
    if (involved.some((r) => r.status === 'error')) return 'error';
    if (involved.some((r) => r.status === 'loading' || r.status === 'idle')) return 'loading';
    if (this.jurisdictions.status === 'empty' || (this.#courtsFor && this.courts.status === 'empty')) return 'empty';
    return 'ready';
  }

  /** The first failure, as the SDK threw it (`AuthenticationError`, `ServerError`, …). */
  get error(): unknown {
    return [this.jurisdictions, this.courts, this.classifier].find((r) => r.status === 'error')?.error;
  }

  /**
   * Chooses one of the loaded jurisdictions (or none, with `null`) and clears the court
   * and category of the previous one.
   * @throws {RangeError} for a code that is not among the loaded jurisdictions; nothing changes.
   */
  selectJurisdiction(code: string | null): void {
    if (code && !this.jurisdictions.value?.some((j) => j.code === code)) {
      throw new RangeError(`not a loaded jurisdiction: ${JSON.stringify(code)}`);
    }
    if ((code || null) === this.#requested.jurisdiction) return;
    this.#requested = { jurisdiction: code || null, courtId: null, category: null };
    this.#sync();
    this.#host.requestUpdate();
  }

  /**
   * Chooses one of the listed courts (or none); keeps the category only if the new court hears it.
   * @throws {RangeError} for an id not in `courtList`; nothing changes.
   */
  selectCourt(courtId: string | null): void {
    if (courtId && !this.courtList.some((c) => c.id === courtId)) {
      throw new RangeError(`not a court of the chosen jurisdiction: ${JSON.stringify(courtId)}`);
    }
    this.#requested = { ...this.#requested, courtId: courtId || null };
    if (!this.#categoryAllowed(this.#requested.category)) this.#requested.category = null;
    this.#host.requestUpdate();
  }

  /**
   * Chooses a category the chosen court hears (or none).
   * @throws {RangeError} for a code that is not a selectable option; nothing changes.
   */
  selectCategory(code: string | null): void {
    if (code && !this.categoryOptions.some((o) => o.selectable && o.code === code)) {
      throw new RangeError(`not a category the chosen court hears: ${JSON.stringify(code)}`);
    }
    this.#requested = { ...this.#requested, category: code || null };
    this.#host.requestUpdate();
  }

  /** What has been asked for, confirmed or not (data may still be loading). */
  get requested(): CourtPickerValue {
    return { ...this.#requested };
  }

  /**
   * Sets parts of the selection, e.g. from attributes or a restored form; parts left out
   * stay. Parts the data do not confirm are dropped once the data are loaded.
   */
  setValue(value: Partial<CourtPickerValue>): void {
    const next = { ...this.#requested, ...value };
    this.#requested = { jurisdiction: next.jurisdiction || null, courtId: next.courtId || null, category: next.category || null };
    this.#sync();
    this.#prune();
    this.#host.requestUpdate();
  }

  /** Loads again whatever failed (or everything, when nothing did). */
  reload(): void {
    const resources = [this.jurisdictions, this.courts, this.classifier];
    const failed = resources.filter((r) => r.status === 'error');
    for (const resource of failed.length ? failed : resources) resource.clear();
    this.#sync();
  }

  /**
   * Starts whatever load the client and the request call for and is not done or under
   * way: the jurisdictions, then the chosen jurisdiction's courts and classifier.
   */
  #sync(): void {
    const client = this.#client();
    if (client !== this.#loadedWith) {
      this.#loadedWith = client;
      this.#courtsFor = null;
      for (const resource of [this.jurisdictions, this.courts, this.classifier]) resource.clear();
    }
    if (!client) return;
    if (this.jurisdictions.status === 'idle') {
      void this.jurisdictions
        .run(async (signal) => (await policyResource(client).listJurisdictions({}, { signal })).data)
        .then(() => this.#afterLoad());
    }
    if (this.jurisdictions.status !== 'ready') return;
    const code = this.selectedJurisdiction?.code ?? null;
    if (code !== this.#courtsFor) {
      this.#courtsFor = code;
      this.courts.clear();
      this.classifier.clear();
    }
    if (!code) return;
    if (this.courts.status === 'idle') {
      void this.courts.run((signal) => allCourts(client, code, signal)).then(() => this.#afterLoad());
    }
    if (this.classifier.status === 'idle') {
      void this.classifier
        .run((signal) => policyResource(client).getClassifier({ jurisdiction: code }, { signal }))
        .then(() => this.#afterLoad());
    }
  }

  /** After data arrive: start the loads they enable, and drop what they do not confirm. */
  #afterLoad(): void {
    this.#sync();
    this.#prune();
    this.#host.requestUpdate();
  }

  /** Drops requested parts that loaded data prove unknown (a court of another jurisdiction, a category the court does not hear). */
  #prune(): void {
    const settled = (r: { status: ResourceStatus }) => r.status === 'ready' || r.status === 'empty';
    const requested = this.#requested;
    if (settled(this.jurisdictions) && requested.jurisdiction && !this.selectedJurisdiction) {
      this.#requested = { ...EMPTY };
      return;
    }
    if (!requested.jurisdiction || this.#courtsFor !== requested.jurisdiction || !settled(this.courts)) return;
    if (requested.courtId && !this.selectedCourt) this.#requested = { ...requested, courtId: null };
    if (settled(this.classifier) && !this.#categoryAllowed(this.#requested.category)) {
      this.#requested = { ...this.#requested, category: null };
    }
  }

  /** Whether `code` is a category of the classifier that the chosen court hears (null is always allowed). */
  #categoryAllowed(code: string | null): boolean {
    if (code === null) return true;
    const court = this.selectedCourt;
    const classifier = this.classifier.value;
    if (!court || !classifier || this.classifier.status !== 'ready') return false;
    return acceptsCategory(court.acceptedCategories, code) && findCategory(classifier.categories, code) !== undefined;
  }
}

/** Every court of a jurisdiction, following the pages. */
async function allCourts(client: AdalatCore, jurisdiction: Jurisdiction['code'], signal: AbortSignal): Promise<Court[]> {
  const courts: Court[] = [];
  for await (const court of policyResource(client).listCourts({ jurisdiction }, { signal })) courts.push(court);
  return courts;
}
