/**
 * The rule set and the entry point the pipeline calls: build the shared text analysis once per
 * post, run every enabled rule on it, and label each finding with its rule and concern.
 */
import type { Concern } from '../model/finding.js';
import type { Post } from '../model/post.js';
import { analyse } from './text/index.js';
import type { TextAnalysis } from './text/index.js';
import type { Rule, RuleContext, RuleFinding } from './types.js';
import { slurRule } from './discrimination/slur.js';
import { derogationRule } from './discrimination/derogation.js';
import { threatRule } from './discrimination/threat.js';
import { socialContactRule } from './boundaries/social-contact.js';
import { relationshipRule } from './boundaries/relationship.js';
import { personalGainRule } from './boundaries/personal-gain.js';
import { existingRelationshipRule } from './boundaries/existing-relationship.js';
import { abuseRule } from './communication/abuse.js';
import { profanityRule } from './communication/profanity.js';
import { secondary, secondaryKind, settleCommunication } from './communication/combine.js';
import { healthClaimsRule } from './accuracy/health-claims.js';
import { lowCredibilitySourceRule } from './accuracy/low-credibility-source.js';
import { nhsNumberRule } from './confidentiality/nhs-number.js';
import { niNumberRule } from './confidentiality/ni-number.js';
import { postcodeRule } from './confidentiality/postcode.js';
import { phoneNumberRule } from './confidentiality/phone-number.js';
import { emailRule } from './confidentiality/email.js';
import { dateOfBirthRule } from './confidentiality/date-of-birth.js';
import { patientDetailsRule } from './confidentiality/patient-details.js';
import { imagesRule } from './confidentiality/images.js';
import { intoxicationRule } from './trust/intoxication.js';
import { drugsRule } from './trust/drugs.js';
import { sexualRule } from './trust/sexual.js';
import { violenceRule } from './trust/violence.js';
import { illegalRule } from './trust/illegal.js';
import { patientSlangRule } from './trust/patient-slang.js';
import { disparagingColleaguesRule } from './trust/disparaging-colleagues.js';
import { extremismRule } from './trust/extremism.js';
import { misleadingClaimsRule } from './promotion/misleading-claims.js';
import { undisclosedEndorsementRule } from './promotion/undisclosed-endorsement.js';
import { misleadingTitleRule } from './promotion/misleading-title.js';
import { LEARNED_RULES, dropCovered } from './common/learned.js';

export type RawFinding = RuleFinding & { ruleId: string; concern: Concern };

export interface CheckOptions {
  /** The user's own handles, so their own name is never a third party. */
  ownAccounts?: Iterable<string>;
  /** Rule ids ("trust/intoxication") or whole concerns ("trust") to skip. */
  disabledRules?: Iterable<string>;
  /**
   * Apply the rule of combination (communication/combine.ts) here; default true. The
   * configuration turns it off when it changes findings afterwards (severities, `allow`,
   * `notPatients`), and calls `settleFindings` on what is left, so that a finding the user took
   * away never silences another.
   */
  settle?: boolean;
}

export const RULES: Rule[] = [
  slurRule,
  derogationRule,
  threatRule,
  socialContactRule,
  relationshipRule,
  personalGainRule,
  existingRelationshipRule,
  abuseRule,
  profanityRule,
  healthClaimsRule,
  lowCredibilitySourceRule,
  nhsNumberRule,
  niNumberRule,
  postcodeRule,
  phoneNumberRule,
  emailRule,
  dateOfBirthRule,
  patientDetailsRule,
  imagesRule,
  intoxicationRule,
  drugsRule,
  sexualRule,
  violenceRule,
  illegalRule,
  patientSlangRule,
  disparagingColleaguesRule,
  extremismRule,
  misleadingClaimsRule,
  undisclosedEndorsementRule,
  misleadingTitleRule,
  // Last: the learned concern signal, which speaks only where no other rule found its concern.
  ...LEARNED_RULES,
];

/** Kinds of post whose words are someone else's, shared by the user (still an endorsement). */
const SHARED_KINDS = new Set<Post['kind']>(['repost', 'like']);

function ownSet(accounts: Iterable<string> | undefined): ReadonlySet<string> {
  const set = new Set<string>();
  for (const a of accounts ?? []) set.add(a.toLowerCase().replace(/^@/, ''));
  return set;
}

/** True when every evidence span lies inside quotation marks in the text. */
function allQuoted(t: TextAnalysis, f: RuleFinding): boolean {
  if (f.evidence.length === 0 || !t.mayQuote) return false;
  return f.evidence.every((e) => {
    const a = t.tokenAt(e.start);
    if (a < 0) return false;
    let b = a;
    while (b < t.tokens.length && t.span(b, b + 1).start < e.end) b++;
    return t.quotedSpan(a, Math.max(b, a + 1));
  });
}

function label(rule: Rule, post: Post, t: TextAnalysis, f: RuleFinding): RawFinding {
  const quoted = f.quoted === true || SHARED_KINDS.has(post.kind) || Boolean(post.sharedFrom) || allQuoted(t, f);
  const out: RawFinding = {
    ruleId: rule.meta.id,
    concern: rule.meta.concern,
    topic: f.topic,
    severity: f.severity ?? rule.meta.severity,
    confidence: f.confidence,
    message: f.message,
    evidence: f.evidence,
  };
  if (quoted) out.quoted = true;
  return out;
}

/** Run the given rules over one post, sharing one text analysis. */
export function runRules(rules: readonly Rule[], post: Post, ownAccounts: ReadonlySet<string>, settle = true): RawFinding[] {
  const text = analyse(post);
  const context: RuleContext = { ownAccounts, text };
  const out: RawFinding[] = [];
  for (const rule of rules) {
    const found = rule.check(post, context);
    for (const f of found) out.push(secondary(label(rule, post, text, f), secondaryKind(f)));
  }
  // Untargeted swearing, the learned signal and third-person name-calling give way to another
  // concern's finding that explains the post (communication/combine.ts).
  const kept = out.length > 1 ? dropCovered(out) : out;
  return settle && kept.length > 1 ? settleCommunication(kept, text) : kept;
}

/**
 * The rule of combination applied to findings of `post` after they were changed (see
 * `CheckOptions.settle`); findings copied from the rules' own keep their mark through `secondary`.
 */
export function settleFindings<F extends RawFinding>(findings: F[], post: Post): F[] {
  return findings.length > 1 ? settleCommunication(findings, analyse(post)) : findings;
}

/** A checker for many posts with the same options (the options are read once). */
export function createChecker(options: CheckOptions = {}): (post: Post) => RawFinding[] {
  const own = ownSet(options.ownAccounts);
  const disabled = new Set(options.disabledRules ?? []);
  const rules = disabled.size === 0 ? RULES : RULES.filter((r) => !disabled.has(r.meta.id) && !disabled.has(r.meta.concern));
  const settle = options.settle ?? true;
  return (post) => runRules(rules, post, own, settle);
}

export function checkPost(post: Post, options?: CheckOptions): RawFinding[] {
  return createChecker(options)(post);
}

export type { Rule, RuleContext, RuleFinding, RuleMeta } from './types.js';
