/**
 * The effective configuration: defaults, then hindsight.config.json, then the command line. A flag
 * given on the command line wins over the file; a list given as flags (`--me` several times)
 * replaces the file's list rather than adding to it, so what a command line says is what runs.
 */
import { basename } from 'node:path';
import type { Platform, PostKind } from '../model/post.js';
import type { ReportConfig } from '../model/report.js';
import type { CustomTerm } from '../rules/custom.js';
import type { Format } from '../report/render.js';
import { DEFAULT_PACK } from '../standards/pack.js';
import { DEFAULT_THRESHOLDS, type Thresholds } from '../pipeline/score.js';
import type { AuditOptions } from '../pipeline/audit.js';
import type { LoadedConfig } from './load.js';
import { parseConfigDate, type RuleSetting } from './schema.js';

/** Meta's HTML exports write UK wall-clock times; hindsight's users are UK registrants. */
export const DEFAULT_TIME_ZONE = 'Europe/London';
export const DEFAULT_FORMATS: Format[] = ['html'];

/** What the command line said, already checked (dates parsed, formats known). Undefined: not given. */
export interface ConfigFlags {
  formats?: Format[] | undefined;
  since?: Date | undefined;
  until?: Date | undefined;
  includeMessages?: boolean | undefined;
  me?: string[] | undefined;
  standards?: string | undefined;
  redact?: boolean | undefined;
  timezone?: string | undefined;
}

export interface EffectiveConfig {
  /** The configuration file as named to the user, or null. */
  file: string | null;
  me: string[];
  accounts: string[];
  since: Date | undefined;
  until: Date | undefined;
  platforms: Platform[] | null;
  kinds: PostKind[] | null;
  thresholds: Thresholds;
  rules: Record<string, RuleSetting>;
  terms: CustomTerm[];
  allow: string[];
  notPatients: string[];
  standards: string;
  includeMessages: boolean;
  timezone: string;
  format: Format[];
  redact: boolean;
}

export function resolveConfig(loaded: LoadedConfig, flags: ConfigFlags = {}): EffectiveConfig {
  const c = loaded.config;
  const date = (value: string | null | undefined, endOfDay: boolean): Date | undefined =>
    value === null || value === undefined ? undefined : parseConfigDate(value, endOfDay);
  return {
    file: loaded.file,
    me: flags.me?.length ? [...flags.me] : [...(c.me ?? [])],
    accounts: [...(c.accounts ?? [])],
    since: flags.since ?? date(c.since, false),
    until: flags.until ?? date(c.until, true),
    platforms: c.platforms ? [...c.platforms] : null,
    kinds: c.kinds ? [...c.kinds] : null,
    thresholds: { ...DEFAULT_THRESHOLDS, ...(c.thresholds?.delete !== undefined ? { delete: c.thresholds.delete } : {}), ...(c.thresholds?.review !== undefined ? { review: c.thresholds.review } : {}) },
    rules: { ...(c.rules ?? {}) },
    terms: (c.terms ?? []).map((t) => ({ ...t })),
    allow: [...(c.allow ?? [])],
    notPatients: [...(c.notPatients ?? [])],
    standards: flags.standards ?? c.standards ?? DEFAULT_PACK,
    includeMessages: flags.includeMessages ?? c.includeMessages ?? false,
    timezone: flags.timezone ?? c.timezone ?? DEFAULT_TIME_ZONE,
    format: flags.formats?.length ? [...flags.formats] : c.format ? [...c.format] : [...DEFAULT_FORMATS],
    redact: flags.redact ?? c.redact ?? false,
  };
}

/** The audit options the configuration sets (the caller adds the pack and progress). */
export function auditOptionsFrom(config: EffectiveConfig): Omit<AuditOptions, 'pack' | 'onInput'> {
  const hasRules = Object.keys(config.rules).length > 0;
  return {
    since: config.since,
    until: config.until,
    includeMessages: config.includeMessages,
    ...(config.me.length ? { me: config.me } : {}),
    ...(config.accounts.length ? { ownAccounts: config.accounts } : {}),
    thresholds: { ...config.thresholds },
    ...(hasRules ? { ruleOverrides: { ...config.rules } } : {}),
    ...(config.allow.length ? { allow: config.allow } : {}),
    ...(config.notPatients.length ? { notPatients: config.notPatients } : {}),
    ...(config.terms.length ? { customTerms: config.terms } : {}),
    ...(config.platforms ? { platforms: config.platforms } : {}),
    ...(config.kinds ? { kinds: config.kinds } : {}),
    timeZone: config.timezone,
  };
}

/** The effective configuration as JSON (`hindsight config --print`): every key, dates as ISO 8601. */
export function printableConfig(config: EffectiveConfig): Record<string, unknown> {
  return {
    file: config.file,
    me: config.me,
    accounts: config.accounts,
    since: config.since?.toISOString() ?? null,
    until: config.until?.toISOString() ?? null,
    platforms: config.platforms,
    kinds: config.kinds,
    thresholds: config.thresholds,
    rules: config.rules,
    terms: config.terms,
    allow: config.allow,
    notPatients: config.notPatients,
    standards: config.standards,
    includeMessages: config.includeMessages,
    timezone: config.timezone,
    format: config.format,
    redact: config.redact,
  };
}

/** What the report records (`options.config`): the private lists only as counts, the file by name only. */
export function reportConfig(config: EffectiveConfig): ReportConfig {
  return {
    file: config.file === null ? null : basename(config.file),
    standards: config.standards,
    since: config.since?.toISOString() ?? null,
    until: config.until?.toISOString() ?? null,
    platforms: config.platforms,
    kinds: config.kinds,
    includeMessages: config.includeMessages,
    thresholds: { ...config.thresholds },
    rules: { ...config.rules },
    timezone: config.timezone,
    format: [...config.format],
    redact: config.redact,
    me: config.me.length,
    accounts: config.accounts.length,
    terms: config.terms.length,
    allow: config.allow.length,
    notPatients: config.notPatients.length,
  };
}
