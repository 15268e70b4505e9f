/**
 * The findings for one post, as the configuration shapes them: the built-in rules (less those
 * switched off), the user's own terms, the post's media descriptions, the location its photos
 * carry, then the `allow` and `notPatients` lists and the severity each rule was given.
 *
 * The judging pipeline (src/pipeline/audit.ts) calls `findingsFor` once per post; everything the
 * options imply (rule lists, regular expressions) is prepared once per options object.
 */
import type { Evidence, Severity } from '../model/finding.js';
import type { Post } from '../model/post.js';
import type { AuditOptions } from '../pipeline/audit.js';
import { createChecker, runRules, settleFindings, type RawFinding, type Rule } from '../rules/index.js';
import { secondary, secondaryKind } from '../rules/communication/combine.js';
import { customTermRules } from '../rules/custom.js';
import { altTextFindings, hasAltText, type JudgedFinding } from '../media/alt-text.js';
import { PHOTO_LOCATION_RULE_ID, photoLocationFinding } from '../media/location.js';
import { IMAGES_RULE_ID, withMediaPaths } from '../media/work-photos.js';

export type { JudgedFinding } from '../media/alt-text.js';

type Setting = 'off' | Severity;

interface Prepared {
  disabled: string[];
  custom: Rule[];
  /** Checkers by the user's own accounts (one per input). */
  checkers: Map<string, (post: Post) => JudgedFinding[]>;
  overrides: Map<string, Setting>;
  allow: RegExp | null;
  notPatients: RegExp | null;
}

const prepared = new WeakMap<AuditOptions, Prepared>();

function prepare(options: AuditOptions): Prepared {
  let p = prepared.get(options);
  if (p) return p;
  const overrides = new Map(Object.entries(options.ruleOverrides ?? {}));
  const off = [...overrides].filter(([, s]) => s === 'off').map(([id]) => id);
  p = {
    disabled: [...(options.disabledRules ?? []), ...off],
    custom: customTermRules(options.customTerms ?? []),
    checkers: new Map(),
    overrides,
    allow: phrasePattern(options.allow ?? []),
    notPatients: phrasePattern(options.notPatients ?? []),
  };
  prepared.set(options, p);
  return p;
}

function checkerFor(p: Prepared, ownAccounts: readonly string[]): (post: Post) => JudgedFinding[] {
  const key = ownAccounts.join('\u0000');
  let check = p.checkers.get(key);
  if (check) return check;
  const builtIn = createChecker({ ownAccounts, disabledRules: p.disabled, settle: !adjusts(p) });
  const own = new Set(ownAccounts.map((a) => a.toLowerCase().replace(/^@/, '')));
  const custom = p.custom.filter((r) => !p.disabled.includes(r.meta.id) && !p.disabled.includes(r.meta.concern));
  check = custom.length === 0 ? builtIn : (post) => [...builtIn(post), ...runRules(custom, post, own)];
  p.checkers.set(key, check);
  return check;
}

/** Every finding for the post, before scoring. */
export function findingsFor(post: Post, options: AuditOptions, ownAccounts: readonly string[] = []): JudgedFinding[] {
  const p = prepare(options);
  const check = checkerFor(p, ownAccounts);
  const findings: JudgedFinding[] = check(post);
  if (hasAltText(post)) findings.push(...altTextFindings(post, check, findings));
  if (!p.disabled.includes('confidentiality') && !p.disabled.includes(PHOTO_LOCATION_RULE_ID)) {
    const location = photoLocationFinding(post, findings.some((f) => f.ruleId === IMAGES_RULE_ID));
    if (location) findings.push(location);
  }
  const withPaths = post.media.length ? findings.map((f) => secondary(withMediaPaths(f, post), secondaryKind(f))) : findings;
  // The rule of combination runs after the user's adjustments, so that a finding they switched
  // down or allowed away never silences another (rules/index.ts, CheckOptions.settle).
  return adjusts(p) ? settleFindings(adjust(post, withPaths, p), post) : withPaths;
}

/** The configuration changes findings after the rules: severities, `allow` or `notPatients`. */
function adjusts(p: Prepared): boolean {
  return p.overrides.size > 0 || p.allow !== null || p.notPatients !== null;
}

// ---- allow, notPatients and severities ----

/** Case-insensitive whole-word matches of any phrase, spacing and apostrophes as they come. */
export function phrasePattern(phrases: readonly string[]): RegExp | null {
  const parts = phrases
    .map((p) => p.trim())
    .filter(Boolean)
    .sort((a, b) => b.length - a.length)
    .map((p) =>
      p
        .split(/\s+/)
        .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’‘]/g, "['’‘]"))
        .join('\\s+'),
    );
  if (parts.length === 0) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${parts.join('|')})(?![\\p{L}\\p{N}_])`, 'giu');
}

type Range = readonly [number, number];

function ranges(text: string, re: RegExp): Range[] {
  const out: Range[] = [];
  for (const m of text.matchAll(re)) out.push([m.index, m.index + m[0].length]);
  return out;
}

const overlaps = (e: Evidence, rs: readonly Range[]): boolean => rs.some(([a, b]) => e.start < b && a < e.end);

/** Words that say "a patient" without saying who: what is left of a finding once a name is taken out. */
const GENERIC_PATIENT = /^(?:(?:my|our|the|a|an|this|that|his|her|their)\s+)?(?:patients?|patient['’]s|pts?|service[\s-]users?|clients?|client['’]s|residents?)$/i;

interface Matches {
  text: Range[];
  alt(index: number): Range[];
}

function matcher(post: Post, re: RegExp): Matches {
  let text: Range[] | undefined;
  const alts = new Map<number, Range[]>();
  return {
    get text() {
      return (text ??= ranges(post.text, re));
    },
    alt(index) {
      let r = alts.get(index);
      if (!r) alts.set(index, (r = ranges(post.media[index]?.altText ?? '', re)));
      return r;
    },
  };
}

/**
 * The finding without the evidence that lies in the matched phrases. `keep` decides, when some was
 * taken out, whether what is left still makes a finding; null when it does not.
 */
function without(f: JudgedFinding, m: Matches, keep: (left: Evidence[]) => boolean): JudgedFinding | null {
  const had = f.evidence.length + (f.media?.evidence.length ?? 0);
  if (had === 0) return f;
  const evidence = f.evidence.length ? f.evidence.filter((e) => !overlaps(e, m.text)) : f.evidence;
  const mediaEvidence = f.media ? f.media.evidence.filter((e) => !overlaps(e, m.alt(f.media!.index))) : undefined;
  const left = [...evidence, ...(mediaEvidence ?? [])];
  if (left.length === had) return f;
  if (!keep(left)) return null;
  const out: JudgedFinding = { ...f, evidence };
  if (f.media) out.media = { index: f.media.index, evidence: mediaEvidence! };
  return out;
}

function adjust(post: Post, findings: JudgedFinding[], p: Prepared): JudgedFinding[] {
  if (findings.length === 0 || (p.overrides.size === 0 && !p.allow && !p.notPatients)) return findings;
  const allowed = p.allow ? matcher(post, p.allow) : null;
  const family = p.notPatients ? matcher(post, p.notPatients) : null;
  const out: JudgedFinding[] = [];
  for (const finding of findings) {
    const setting = p.overrides.get(finding.ruleId) ?? p.overrides.get(finding.concern);
    if (setting === 'off') continue;
    let f: JudgedFinding | null = setting && setting !== finding.severity ? { ...finding, severity: setting } : finding;
    // An allowed phrase is never evidence; a finding resting only on allowed phrases goes.
    if (allowed) f = without(f, allowed, (left) => left.length > 0);
    // Family and colleagues are not patients: a confidentiality finding that rested on their names
    // (and on words that only say "a patient") goes.
    if (f && family && f.concern === 'confidentiality') f = without(f, family, (left) => left.some((e) => !GENERIC_PATIENT.test(e.text.trim())));
    if (f) out.push(secondary(f, secondaryKind(finding)));
  }
  return out;
}

export type { RawFinding };
