/**
 * The sandbox's credentials in one place, for tests, the CLI banner and
 * `GET /__sandbox/state`. All made up and deterministic: safe to print.
 * @module
 */
import type { JurisdictionCode } from '@adalat/sdk/contract';
import type { PartnerKind, SeedData, UserKind } from './store/types.ts';

export interface PartnerKeys {
  id: string;
  /** The English name. */
  name: string;
  jurisdiction: JurisdictionCode;
  kind: PartnerKind;
  secretKey: string;
  publishableKey: string;
}

export interface SampleToken {
  subject: UserKind;
  id: string;
  token: string;
}

export interface SandboxKeys {
  partners: PartnerKeys[];
  tokens: SampleToken[];
}

export function keysOf(seed: SeedData): SandboxKeys {
  return {
    partners: seed.partners.map((p) => ({
      id: p.id,
      name: p.name.en ?? p.id,
      jurisdiction: p.jurisdiction,
      kind: p.kind,
      secretKey: p.secretKey,
      publishableKey: p.publishableKey,
    })),
    tokens: seed.tokens.map(({ subject, id, token }) => ({ subject, id, token })),
  };
}
