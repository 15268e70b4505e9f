/**
 * `hindsight init`: a commented starter hindsight.config.json. Every key it sets is the default, so
 * a fresh file changes nothing until the user edits it; the examples are comments to uncomment.
 */
import { open } from 'node:fs/promises';
import { HindsightError } from '../errors.js';

export const STARTER_CONFIG = `// hindsight configuration: JSON with comments. Every key is optional: delete what you do not need.
// Options given on the command line win over this file. Every key is explained in
// docs/configuration.md; "hindsight config --print" shows what a run would use.
{
  // Your own names as they appear in chat exports (WhatsApp, Messenger), like --me.
  "me": [],
  // Your own handles on any platform, so replies to and quotes of yourself are read as yours.
  "accounts": [],

  // Only posts from this date on, and up to this date: "YYYY-MM-DD" (the whole day, UTC) or ISO 8601.
  // null: no limit. Like --since and --until.
  "since": null,
  "until": null,

  // Only these platforms and kinds of post; null for all. For example:
  //   "platforms": ["x", "facebook", "instagram"],
  //   "kinds": ["post", "reply", "quote", "comment"],
  "platforms": null,
  "kinds": null,

  // Scores (0-100) at which a post is to delete, or to review.
  "thresholds": { "delete": 70, "review": 25 },

  // Switch a rule (or a whole concern) off, or give its findings another severity:
  //   "rules": { "communication/profanity": "off", "trust/intoxication": "low", "promotion": "high" },
  "rules": {},

  // Your own terms to flag: "term" (words, matched whatever their case) or "pattern" (a regular
  // expression), the concern it falls under, and optionally a severity, a topic and a message.
  //   "terms": [
  //     { "term": "big pharma", "concern": "accuracy", "severity": "medium", "message": "Calls it {match}." },
  //     { "pattern": "\\\\bward\\\\s?\\\\d+\\\\b", "concern": "confidentiality", "severity": "high" }
  //   ],
  "terms": [],

  // Phrases that are fine to mention: a clinic's name, a colleague's nickname they agreed to, a
  // place name. Findings that rest only on them are dropped.
  //   "allow": ["Riverside Physio", "Big Dave"],
  "allow": [],

  // Family and colleagues who are not patients: confidentiality findings that rest only on their
  // names are dropped.
  //   "notPatients": ["Auntie Sue", "Grandad"],
  "notPatients": [],

  // The standards to judge against: "hcpc", "nmc", "gmc", "gphc" or "swe". Like --standards.
  "standards": "hcpc",

  // Also read private messages inside platform exports. Like --include-messages.
  "includeMessages": false,

  // Time zone of exports that write local times without a zone (Meta's HTML). Like --timezone.
  "timezone": "Europe/London",

  // Report format(s): "html", "md", "json", "csv", or a list. Like --format.
  "format": ["html"],

  // Replace other people's names, handles and numbers with placeholders. Like --redact.
  "redact": false
}
`;

/**
 * Writes the starter file at `path`, readable only by its owner. Never overwrites: an existing file
 * is a configuration error (exit 2).
 */
export async function writeStarterConfig(path: string, shown: string = path): Promise<void> {
  let handle;
  try {
    handle = await open(path, 'wx', 0o600);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') {
      throw new HindsightError('already exists, so it was left as it is; edit it, or move it away to start again', { file: shown, exitCode: 2 });
    }
    throw new HindsightError(`cannot write the configuration file (${code ?? String(error)})`, { file: shown, exitCode: 2 });
  }
  try {
    await handle.writeFile(STARTER_CONFIG, 'utf8');
  } finally {
    await handle.close();
  }
}
