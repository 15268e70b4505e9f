import type { Rule, RuleFinding } from '../types.js';
import type { Evidence } from '../../model/finding.js';
import type { TextAnalysis } from '../text/index.js';
import { FIRST_PERSON, defineLexicon, loadLexicon, q } from '../text/index.js';
import { tokensOf } from '../confidentiality/shared.js';
import { PROMO, selling } from './misleading-claims.js';
import { COMMERCIAL } from './undisclosed-endorsement.js';
import { readFileSync } from 'node:fs';

/**
 * Sixth pass (issue 6): places written in lower case ("best sports massage in sheffield", "number 1 rated podiatrist in hull"),
 * for the scope of a superlative: the first words of the shared `common/places.txt` and the counties and regions, read once
 * at load. Only looked up after a superlative has matched.
 */
const LOWER_PLACES = new Set<string>([
  ...readFileSync(new URL('../common/places.txt', import.meta.url), 'utf8').split(/\r?\n/).filter((l) => l.trim() && !l.startsWith('#')).map((l) => l.trim().toLowerCase().split(/[\s-]+/)[0]!),
  'yorkshire', 'lancashire', 'cheshire', 'cumbria', 'northumberland', 'durham', 'lincolnshire', 'derbyshire', 'nottinghamshire', 'staffordshire', 'shropshire',
  'cheshire', 'merseyside', 'devon', 'cornwall', 'somerset', 'dorset', 'wiltshire', 'hampshire', 'kent', 'essex', 'surrey', 'sussex', 'norfolk', 'suffolk',
  'cambridgeshire', 'hertfordshire', 'oxfordshire', 'berkshire', 'gloucestershire', 'worcestershire', 'warwickshire', 'leicestershire', 'northamptonshire',
  'scotland', 'wales', 'england', 'ireland', 'britain', 'toon', 'teesside', 'tyneside', 'wearside',
]);
const LOWER_PLACE_AFTER = /^\s*(?:[\w&-]+\s+){0,2}?(?:,\s*(?:right\s+)?here\s+)?(?:in|across|of|around|throughout)\s+(?:the\s+)?([a-z][\w'’-]*)/;
/** A ranking's own market: "on Google", "on facebook", "on Trustpilot", "on the market". */
const PUFF_PLATFORM = /^\s*(?:[\w&-]+\s+){0,2}?on\s+(?:the\s+)?(?:google|facebook|fb|trustpilot|tiktok|instagram|insta|checkatrade|yell|treatwell|market)\b/i;

const TITLES = loadLexicon(new URL('./titles.txt', import.meta.url));

const PROF_APPROVED = /\b(?:physio|physiotherapist|dietitian|dietician|podiatrist|paramedic|radiographer|nutritionist|osteopath|chiropractor|psychologist|therapist|ot|slt|odp|nurse)[- ](?:approved|recommended|endorsed|tested|certified|backed)\b/i;
/** Words the approval check needs ("HCPC-approved", "endorsed by the NHS"). */
const APPROVAL_CUES = defineLexicon('promotion/approval-cues', 'approved\naccredited\ncertified\nendorsed\nrecommended\nbacked\ntrusted\nused\nofficial\nqualified\nregistered\nlicensed\nchartered');
/** Words the other checks need: "Dr", registration talk, hedges. */
const DR_CUES = defineLexicon('promotion/dr-cues', 'dr\ndoctor');
const REGISTRATION_CUES = defineLexicon('promotion/registration-cues', 'degree\nqualification\nqualifications\nself\ntitled\nappointed\nstyled\nproclaimed\nregistered\nunregistered\nregister\nregistration\nqualified\nqualify\nstruck\nsuspended\nlapsed\nstudent\ncourse\ntraining\ndegree\nrenewal\ngraduating\ngraduate\nhcpc');
/**
 * Practising all the same: "still seeing clients", "still doing private sessions", "still practising as ...", "book in with me".
 * With registration lost or not yet held, no profession's name is needed ("registration lapsed in March but I'm still seeing clients").
 */
const PRACTISE_CUES_RE = /\b(?:still|book|booking|bookings|seeing|offering|taking)\b/;
const PRACTISING = /\bstill (?:practi[sc]ing\b|working as\b|(?:\w+ )?(?:seeing|doing|treating|taking|running|offering|working|covering)(?: [\w'’]+){0,3}? (?:clients|patients|sessions|assessments|visits|bookings|referrals|cover|shifts|you all)\b)|\b(?:book|booking|bookings|book in|taking|seeing|offering) (?:\w+ ){0,2}?(?:clients|patients|sessions|assessments|visits|bookings|referrals)\b|\bbook (?:in|now|today|your)\b/i;
const HEDGE_CUES = defineLexicon('promotion/hedge-cues', 'actually\nreally\nstrictly\nofficially\nchecking\ncounting\nenough\nsame\nbasically\npractically\npretty\ntechnically\nsort\nkind\nmight\nsounds\nlooks\nnobody\nno one\nnearly\nalmost');
/** Words the superlative check needs ("the UK's leading physio"). */
const SUPERLATIVE_CUES = defineLexicon('promotion/superlative-cues', 'leading\ntop\nbest\nnumber one\nno 1\nno.1\nno1\nforemost\nrenowned\nworld-renowned\nworld-class');

// "I'm Dr Jones", "Dr Sam here", "call me Dr", "as Dr Patel".
const DR_SELF =
  /\b(?:call me|calls me|called me|calling me|known as|go by)\s+(?:a\s+|the\s+)?(?:[a-z]+\s+){0,3}?(?:dr|doctor)\b|\b(?:i'?m|i am|as|call me|it'?s|this is|me,?|book (?:in )?with|ask|see|visit|meet)\s+(?:dr\.?|doctor)\s+[A-Z][a-z]+|\b(?:Dr\.?|Doctor)\s+[A-Z][a-z]+\s+here\b|(?:^|[\n—–]|\s-\s)\s*(?:Dr\.?|Doctor)\s+[A-Z][a-z]+\s*[.!]?\s*$/gim;
// "Dr Sam, your friendly physio", "Dr Jo (podiatrist)": a Dr name put next to an HCPC profession.
// Fifth pass: a first degree between ("Dr Jade Holloway (BSc Podiatry)"), and any two describing words ("Child Psychologist").
const DR_APPOSITION = /\b(?:Dr\.?|Doctor)\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s*[,(–—-]\s*(?:your|the|a|an|our)?\s*(?:(?:bsc|ba|msc|ma|pgdip|pgcert)\s*(?:\(?hons\)?\s*)?(?:in\s+)?)?(?:[a-z]+\s+){0,2}?(?:physio|physiotherapist|physiotherapy|podiatrist|podiatry|chiropodist|chiropody|dietitian|dietician|dietetics|paramedic|paramedic science|radiographer|radiography|osteopath|chiropractor|nutritionist|occupational therapist|occupational therapy|speech and language therapist|sports therapist|therapist|orthoptist|sonographer|psychologist)\b/gi;
// A regulator or the NHS said to approve a product or treatment; the HCPC approves education programmes only.
const APPROVED =
  /\b(?:(?:hcpc|csp|gmc|mhra|hcpc's)[\s-]+(?:approved|accredited|certified|endorsed|recommended|backed)|nhs(?:[\s-]+(?:approved|accredited|certified|endorsed|backed|trusted)|-recommended)|(?:approved|endorsed|certified|backed|accredited|recommended)\s+by\s+(?:the\s+)?(?:nhs|hcpc|health and care professions council|gmc|mhra|csp|government)|(?:as\s+)?(?:used|trusted)\s+by\s+(?:the\s+)?nhs|official\s+(?:nhs|hcpc)\s+(?:partner|supplier|provider|product|clinic))\b(?!\s+(?:programme|program|course|courses|degree|training|education|university|qualification|apprenticeship|staff|trusts?|hospitals?)\b)/gi;
// A title claimed with a hedge that admits it is not quite right: "physio (well, sports therapist, same thing)".
// "a fully qualified physio (final year student, I qualify in June)": a claim the post itself contradicts.
const QUALIFIED_CLAIM = /\b(?:fully[- ])?qualified\b/i;
const STILL_STUDENT = /\b(?:student [a-z]+ here|(?:i'?m|i am|as) (?:a|an) (?:[a-z0-9]+[- ]year )?student|(?:final|third|second|first|1st|2nd|3rd)[- ]year student|i qualify (?:in|next)|until i qualify|before i qualify|(?:until|before) i graduate|not (?:yet )?graduated|not (?:yet |fully )?qualified|still (?:a )?student|still training|in training|still (?:finishing|doing|completing|on) (?:my|the) (?:degree|course|training|msc|apprenticeship|placement)|(?:haven'?t|not) finished (?:my|the) (?:degree|course|training)|finishing (?:my|the) (?:degree|course|training|msc|bsc|apprenticeship))\b/i;
// "HCPC-registered sports massage therapist": the HCPC registers none of these, so the claim misleads.
const NOT_HCPC =
  /\b(?:hcpc[\s-]+registered|registered with the hcpc|hcpc[\s-]+accredited|hcpc[\s-]+certified)\s+(?:[a-z]+\s+){0,2}?(sports massage therapist|massage therapist|sports therapist|personal trainer|nutritionist|chiropractor|osteopath|acupuncturist|reflexologist|hypnotherapist|life coach|yoga teacher|pilates instructor|counsellor|psychotherapist|beauty therapist|aesthetician|nurse|doctor|sports rehabilitator|kinesiologist|homeopath|naturopath)\b/i;
// "Consultant physiotherapist ... (newly qualified band 5)": a senior title the post itself contradicts.
const SENIOR = /\b(?:consultant|advanced|extended scope|clinical lead|senior|principal|head|specialist|expert)\s+(?:[a-z]+\s+){0,2}?(?:physio|physiotherapist|podiatrist|radiographer|dietitian|paramedic|practitioner|therapist|specialist)\b/i;
const JUNIOR =
  /\b(?:newly qualified|just qualified|recently qualified|qualified (?:last|this) (?:year|month)|qualified in (?:january|february|march|april|may|june|july|august|september|october|november|december)|first (?:week|month|day|shift|fortnight)s? (?:in|on|of) (?:the|my) (?:job|role|post)|just graduated|(?:\d{1,2}|a few|one|two|three|four|five|six|nine) (?:months?|weeks?) qualified|qualified (?:\d{1,2}|a few|one|two|three|four|five|six|nine) (?:months?|weeks?) ago|band [56]|nqp|first job|preceptorship|student|(?:a|one|1|2|two|six|6|18) (?:years?|months?)'? (?:of )?experience|(?:done|did|after|completed|from|only|just) (?:one|a|1|a single|an online|a weekend|a one[- ]day|two|2) (?:[a-z]+ )?(?:course|webinar|workshop|module|weekend|day))\b/i;
// "Become a certified spinal specialist in one weekend": a specialist title conferred by a short course.
const QUICK_TITLE =
  /\b(?:become|becoming|be|get|getting)\s+(?:a\s+|an\s+)?(?:certified|qualified|accredited|registered|licensed|chartered)\s+(?:[a-z]+\s+){0,2}?(?:specialist|practitioner|therapist|physio|physiotherapist|expert|consultant|clinician|coach|podiatrist|dietitian)\s+(?:in|within|after)\s+(?:just\s+|only\s+)?(?:one|a|1|2|two|3|three|a single)\s+(?:weekend|day|days|hours|weeks?|afternoon|morning)\b/i;
const NO_DOCTORATE = /^[a-z.]+\s*\??\s*(?:no|nope|nah|not)\b/;
// "Certified specialist in pelvic health after a 2 day course": a title claimed from a short course.
const SHORT_COURSE_TITLE =
  /\b(?:certified|qualified|accredited|specialist|expert|consultant)\b[^.!?\n]{0,50}?\b(?:after|from|with|following|thanks to|off the back of)\s+(?:just\s+|only\s+)?(?:a\s+)?(?:a|one|1|2|two|3|three|single|an)[- ](?:day|weekend|week|hour|online|zoom|evening|afternoon)s?\b(?:[- ]long)?\s*(?:cpd\s+|online\s+)?(?:course|workshop|webinar|training|module)?/i;
/** "Specialist in all things feet after my weekend course": the same with "my"/"this" and a course word. */
const SHORT_COURSE_MY =
  /\b(?:certified|qualified|accredited|specialist|expert|consultant)\b[^.!?\n]{0,50}?\b(?:after|from|following|thanks to)\s+(?:my|this|that|the)\s+(?:one[- ]day|two[- ]day|[123][- ]day|weekend|online|zoom|evening|afternoon|short|quick)\s+(?:cpd\s+|online\s+)?(?:course|workshop|webinar|training|module)\b/i;
/** Superlatives of the poster's own practice: after "I'm"/"we're"/"my clinic is", or opening the post as its header. */
const SELF_SUPERLATIVE_CUES = defineLexicon('promotion/self-superlative-cues', 'best\nfinest\ngreatest\nmost experienced\nmost qualified\nleading\nnumber one');
const SUPERLATIVE_NOUN = '(?:physio|physiotherapist|podiatrist|chiropodist|ot|slt|dietitian|therapist|practitioner|clinic|practice|specialist|expert|osteopath|radiographer|paramedic|psychologist|sonographer|clinician)s?';
const SELF_SUPERLATIVE = new RegExp(
  `(?:\\b(?:i['’]?m|i am|we['’]?re|we are|(?:my|our) (?:clinic|practice|team|studio|service) is)\\s+(?:(?:pretty sure|honestly|genuinely|officially|probably|definitely|easily|simply|just|basically|literally)\\s+(?:i['’]?m\\s+|we['’]?re\\s+)?)?the\\s+(?:best|finest|greatest|most experienced|most qualified|leading|number one)\\s+(?:[a-z-]+\\s+){0,3}?${SUPERLATIVE_NOUN}\\s+(?:in|for|around)\\b|^\\s*(?:the\\s+)?(?:best|finest|greatest|most experienced|leading|number one)\\s+(?:[a-z-]+\\s+){0,2}?${SUPERLATIVE_NOUN}\\s+in\\b)`,
  'gim',
);
/** "Weekend course done, officially a dysphagia specialist now!": the short course first, the title after it. */
const COURSE_FIRST =
  /\b(?:weekend|(?:one|two|three|four|five|half|[1-5])[- ]day|(?:one|two|[12])[- ]week|online|zoom|short|evening|afternoon)\s+(?:cpd\s+)?(?:course|workshop|webinar|module)\s+(?:done|complete|completed|passed|finished|over|under my belt|ticked off)\b[^.!?\n]{0,60}?\b(?:specialist|expert|consultant|practitioner)\b/i;
/** "Dietitian (well, nearly) - meal plans £20": a title taken back right after it, in a post that sells. */
const WELL_HEDGE = /^[\s,(—–-]{1,4}well,? (?:nearly|almost|sort of|kind of|not quite|not really|technically|not officially|in theory|ish)\b/i;
const SPECIALIST_CUES = defineLexicon('promotion/specialist-cues', 'specialist\nexpert\nconsultant');
/**
 * The poster admits a title or endorsement is not quite true: "technically I haven't done the consultant bit", "sort of
 * true", "close enough", "nobody's checked", "fake it til you make it", "looks good on the card", "not the HCPC kind",
 * "a win's a win", "self-nominated". Said beside a title, a "Dr", an endorsement or an award, it misleads by the poster's own account.
 */
const ADMIT_CUES = defineLexicon(
  'promotion/admit-cues',
  [
    'technically', 'close/near enough', "who's/whos checking/counting", "nobody/nobody's/no_one/noone/no-one [ever/has/will] checks/checked/check/checking",
    'fake it', 'looks/look good on', 'sounds good', 'need to know', 'sort/kind of true', 'not the hcpc/registered/official/regulated/proper/real',
    "win's/wins a win", 'self-nominated/self_nominated', 'basically/practically/pretty_much/as_good_as qualified', 'who else was going',
    // Fifth pass (issue 6): the claim taken back in a bracket or a footnote ("(not officially, but ...)", "(membership pending)",
    // "(lol neither is true)", "(they haven't replied yet)", "(by our own staff, but still)", "(according to my mum)",
    // "(did one theatre placement, it counts)", "(ok I did one session)", "(well, they filmed the building next door)").
    'not officially/really/strictly', 'pending', 'neither/none is/are true', "isn't/not true", "haven't/hasn't/have_not/has_not replied/responded/answered/confirmed",
    "haven't/hasn't/have_not/has_not got/come back/through", 'according to', 'by our/my own', 'by my/our mum/mam/mom/nan/gran/staff/team/family/mates/friends/sister/brother/partner/husband/wife/dad',
    'but still', 'it/still/that counts', 'counts right', 'ok/okay i/we', 'well they/we/i/it',
  ].join('\n'),
);
/** "(well, nearly)", "well, almost": a title taken back, read only with one of these. */
const WELL_CUES = defineLexicon('promotion/well-cues', 'well nearly/almost/ish/technically/sort_of/kind_of/not_quite/not_really/in_theory');
const ADMIT =
  /(?<=[(*]\s*)(?:not (?:really|strictly)(?=\s*(?:[,)!.]|but\b|though\b|true\b|$))|(?:[a-z]+ ){0,2}pending|(?:ok|okay),? (?:i|we) (?:only |just )?(?:did|wrote|went|made|bought|asked|paid|borrowed|was only)\b|well,? (?:they|we|i|it)\b)|\b(?:not officially|(?:neither|none)(?: of (?:it|them|these|that))? (?:is|are) true|(?:isn['’]?t|is not) (?:strictly |technically |actually )?true|(?:haven['’]?t|hasn['’]?t|have not|has not) (?:\w+ )?(?:replied|responded|answered|confirmed|got back|come back|come through)|(?:by|according to) (?:our own|my own|my|our) (?:staff|team|mum|mam|mom|nan|gran|family|mates|friends|sister|brother|partner|husband|wife|receptionist|dad)\b|according to (?:us|me)\b|but still(?= *(?:counts?\b|\)|$|[^\w\s]))|(?:it|still|that) counts\b|counts,? right)|\b(?:technically,? (?:[a-z'’]+ ){0,2}?(?:haven['’]?t|hasn['’]?t|am not|i['’]?m not|isn['’]?t|not|true|correct|accurate|why not)|(?:sort|kind) of true|(?:close|near) enough(?! (?:to|for|that|the|of|as)\b)|who['’]?s (?:checking|counting|gonna check|going to check)|(?:nobody|no one|no-one)(?:['’]?s| has| ever| will)? (?:checks?|checked|checking)|fake it (?:till?|until|['’]til) (?:you|i) make it|looks? good on (?:the|my|our) (?:card|sign|door|bio|website|cv|letterhead|leaflets?)|sounds good(?:,)? (?:though|tho|doesn['’]?t it|right)|(?:don['’]?t|doesn['’]?t|do not) need to know|not the (?:hcpc|registered|official|regulated|proper|real) (?:kind|sort|type|one)|a win['’]?s a win|self[- ]nominated|who else was going to say it|(?:basically|practically|pretty much|as good as) qualified)/i;
/**
 * Sixth pass (issue 6): a bracket that opens by taking back the title just before it: "qualified psychologist (ok, 2nd yr psych
 * degree lol)", "Consultant Audiologist 🎧 (technically a band 6 ...)", "Physiotherapist to the England squad (unofficial 😉)",
 * "Trained at Harvard (well, an online course they host)". The title must end within a few words before the bracket.
 */
const BRACKET_CUES = defineLexicon('promotion/bracket-cues', 'well\nok\nokay\ntechnically\nunofficial\nunofficially\nloosely\nsort of\nkind of');
const BRACKET_TITLE = /\b(?:dr|doctor|specialists?|experts?|consultant|senior|registered|qualified|chartered|accredited|certified|approved|endorsed|trained|physio|physiotherapist|psychologist|dietitian|podiatrist|audiologist|radiographer|paramedic|therapist|practitioner|nutritionist|osteopath|counsellor)\b[^()\n]{0,40}$/i;
const LESSER = /\b(?:student|yr|year \d|[1-3](?:st|nd|rd) year|band [1-6]|course|online|weekend|webinar|degree|not|never|nearly|almost|pending|placement|trainee|assistant|apprentice|support worker|one session|mum|mate)\b/i;
function bracketTakeBack(t: TextAnalysis): RegExpExecArray | null {
  for (const h of t.hits(BRACKET_CUES)) {
    const s0 = t.tokens[h.t0]!.s;
    if (!/\(\s*$/.test(t.norm.slice(Math.max(0, s0 - 3), s0))) continue;
    const sp = t.span(h.t0, h.t1);
    const open = t.text.lastIndexOf('(', sp.start);
    if (open < 0 || !BRACKET_TITLE.test(t.text.slice(Math.max(0, open - 60), open))) continue;
    // "well"/"ok" take a title back only with a lesser thing named in the bracket ("an online course", "2nd yr ... degree");
    // "(well, tomorrow)", "(ok, 3 weeks in)" correct a date.
    const close = t.text.indexOf(')', sp.end);
    const inside = t.text.slice(sp.end, close < 0 ? sp.end + 60 : close);
    if (/^(?:well|ok|okay|sort|kind)/i.test(sp.text) && !LESSER.test(inside)) continue;
    return Object.assign([t.text.slice(sp.start, sp.end)], { index: sp.start, input: t.text }) as unknown as RegExpExecArray;
  }
  return null;
}
/** A footnote that takes back a starred claim: "endorsed by ...*! *we went to one of their webinars". */
function footnote(text: string): RegExpExecArray | null {
  const star = text.indexOf('*');
  if (star < 1 || !/\w/.test(text[star - 1]!)) return null;
  const m = /\*\s*(?:we|i|not|only|well|by|ok|okay)\b/i.exec(text.slice(star + 1));
  if (m) m.index += star + 1;
  return m;
}
const WELL_ADMIT = /\bwell,? (?:nearly|almost|sort of|kind of|not quite|not really|technically|ish|in theory)\b/i;
/** Titles, endorsements and awards an admission can be about (every one, for the nearest). */
const ADMITTED_TITLE_ALL =
  /\b(?:dr|doctor|specialists?|experts?|consultant|senior|registered|qualified|chartered|accredited|certified|approved|partnered|endorsed|recommended|led|award|awards|award-winning|voted|leading|top|best|favourite|seen on|seen in|trained|official|friendliest|top-rated|no\.?\s?1|number one)\b/gi;
/** Endorsements and media claims: promotional in themselves, and knowingly false when taken back ("Endorsed by the Royal College!! (they haven't replied)"). */
const ENDORSEMENT_SAID = /^(?:accredited|certified|approved|partnered|endorsed|seen on|official)$/i;
const NO_ONE = /\bno\.?\s?1\b/i;
const HEDGED = /\b(?:(?:not|isn'?t|aren'?t|wasn'?t|am not|i'?m not)\s+(?:actually|really|technically|strictly|officially)\s+(?:chartered|registered|qualified|accredited|certified|a\s+(?:doctor|dr|specialist|consultant|physio|dietitian))|who'?s (?:checking|counting|gonna check|going to check)|(?:close|near) enough(?! (?:to|for|that|the|of|as)\b)|(?<!\bthe )same thing really|(?<!\bthe )same thing|basically the same|practically an?|pretty much an?|as good as an?|basically an?|might as well be|technically not|not technically|sort of a|kind of a|sounds (?:better|more impressive|more professional|posher)|looks better (?:on|in)|(?:nobody|no one|no-one) (?:checks|will check|ever checks|knows the difference)|basically there|nearly there|almost qualified|nearly qualified|(?:nearly|almost) registered)\b/gi;
// Not (yet) registered while using a profession's title.
const UNREGISTERED =
  /\b(?:(?:removed|taken|struck|kicked) off the (?:hcpc )?register|removed from the (?:hcpc )?register|(?:lapsed|let lapse) (?:my )?(?:hcpc )?registration|(?:my |the )?(?:hcpc )?(?:registration|renewal)['’]?s? (?:has |is |gets |getting |being |still )?(?:lapsed|expired|sorted|pending|processed|sorts? itself out|going through)|registration ['‘]?sorts? itself out|(?:hcpc|registration|it) (?:hasn['’]?t|has not|hasn['’]?t yet) come through|(?:graduating|graduate|qualifying|qualify) next (?:summer|year|month|spring|autumn|winter|june|july)|(?<=[(*]\s*)(?:application|membership|accreditation|registration)\s+pending|not (?:yet |currently |actually )?(?:hcpc[- ])?registered(?: yet)?|unregistered|not on the (?:hcpc )?register|(?:awaiting|pending|waiting for|waiting on|applied for) (?:my )?(?:hcpc )?registration|(?<=\(\s*)(?:registration\s+|application\s+)?pending(?=\s*\))|registration (?:is )?(?:pending|lapsed|has lapsed)|(?:my |the )?hcpc (?:has |had )?(?:lapsed|expired|ran out|run out)|(?:my )?registration (?:lapsed|expired)|let (?:my )?(?:hcpc )?registration (?:lapse|expire|run out|go)|(?:my )?(?:hcpc )?registration (?:is )?(?:being )?(?:sorted|processed|in progress|going through)|while (?:i'?m )?(?:waiting for|awaiting|waiting on) (?:my )?(?:hcpc )?registration|lapsed registration|(?:been )?struck off|(?:currently )?suspended from the register|not (?:yet )?qualified|haven'?t qualified|before i qualify|until i qualify|not finished my (?:degree|training|course)|(?:just )?did an online course|online course so|no (?:medical |relevant |formal |proper )?(?:degree|qualifications?)|without (?:a|any) (?:degree|qualifications?)|self[- ](?:titled|appointed|styled|proclaimed))\b/gi;
// Superlative titles: "the UK's leading physio", "top specialist", "number one podiatrist".
const SUPERLATIVE =
  /\b(?:the\s+)?(?:uk'?s|london'?s|britain'?s|country'?s|world'?s)?\s*(?:leading|top|best|no\.?\s?1|number one|#1|foremost|world[- ]renowned|world[- ]class)\s+(?:[a-z]+\s+){0,2}?(?:specialist|expert|physio(?:therapist)?|podiatrist|chiropodist|dietitian|therapist|practitioner|clinician|consultant|clinic|practice|studio|centre|center|service|psychologist|radiographer|paramedic)s?\b/gi;

export const misleadingTitleRule: Rule = {
  meta: {
    id: 'promotion/misleading-title',
    concern: 'promotion',
    topics: ['promotion.misleading-title'],
    description:
      'Titles likely to mislead: "Dr" with a non-medical profession and no doctorate mentioned, a protected title while unregistered, regulator "approval" of products, superlative specialist claims.',
    severity: 'medium',
  },
  check(post, { text: t, ownAccounts }) {
    const text = t.text;
    // Cheap prefilter: no profession, approval or superlative word.
    if (!t.has(TITLES) && !t.has(APPROVAL_CUES) && !t.has(SUPERLATIVE_CUES) && !t.has(REGISTRATION_CUES) && !t.has(ADMIT_CUES) && !t.has(WELL_CUES) && !t.has(SELF_SUPERLATIVE_CUES) && !t.has(SPECIALIST_CUES) && !text.includes('#1') && !t.has(PUFF_CUES) && !t.has(ANYWHERE_CUES) && !(text.includes('1') && NO_ONE.test(text)) && !(text.includes('*') && /\w\*/.test(text)) && !t.norm.includes('ever need')) return [];
    const out: RuleFinding[] = [];
    const professions = t.hits(TITLES).filter((h) => h.entry.tag === 'profession');
    // "PhD? No, but patients call me doctor anyway": a doctorate denied is no doctorate.
    // "(PhD pending 😉)", "doctorate pending": a doctorate not yet held is none.
    const doctorate = t.hits(TITLES).some((h) => h.entry.tag === 'doctorate' && !t.negated(h.t0) && !/^\W*(?:pending|in progress|underway|soon|(?:is )?on (?:its|the) way)\b/.test(t.norm.slice(t.tokens[h.t1 - 1]!.e, t.tokens[h.t1 - 1]!.e + 20)) && !NO_DOCTORATE.test(t.norm.slice(t.tokens[h.t0]!.s, t.tokens[h.t0]!.s + 24)) && !/\b(?:no|not|without|never)\s+(?:a\s+|an\s+)?$/.test(t.norm.slice(Math.max(0, t.tokens[h.t0]!.s - 12), t.tokens[h.t0]!.s)));
    if (professions.length > 0 && !doctorate && t.has(DR_CUES)) {
      DR_SELF.lastIndex = 0;
      DR_APPOSITION.lastIndex = 0;
      let m = DR_SELF.exec(text);
      // "please don't call me Dr", "stop calling me doctor": the title refused, not used.
      if (m && /\b(?:don'?t|do not|doesn'?t|stop|quit|never|not|no need to|shouldn'?t|won'?t)\s+(?:\w+\s+)?$/i.test(text.slice(Math.max(0, m.index - 25), m.index))) m = null;
      m ??= DR_APPOSITION.exec(text);
      const handle = [post.account ?? '', ...ownAccounts].some((a) => /^dr[._]?[a-z]/i.test(a));
      if (m || (handle && /\bdr\.?\s+[A-Z]/i.test(text))) {
        const ev = m ? t.rawSpan(m.index, m.index + m[0].length) : undefined;
        const prof = t.hitSpan(professions[0]!);
        // Used to sell ("book in with the doctor today"), the title is a misleading claim to remove.
        const sells = selling(t);
        out.push(
          titleFinding(sells ? 'high' : 'medium', sells ? 0.8 : 0.55, `Uses the title "Dr" (${q(ev ?? prof)}) alongside ${q(prof)} without saying it is an academic doctorate. The public may take it to mean a medical doctor.`, ev ? [ev, prof] : [prof]),
        );
      }
    }
    // "Chris, a dietitian (not registered yet)": a protected title used without registration.
    // Only a post that says it is unregistered needs the practising test.
    const unregisteredSaid = t.has(REGISTRATION_CUES) && (professions.length > 0 || PRACTISE_CUES_RE.test(t.norm));
    let practising = unregisteredSaid ? PRACTISING.exec(text) : null;
    // "this nurse in the news is still practising": someone else's practice, not the poster's.
    if (practising && /\b(?:he|she|they|he['’]s|she['’]s|they['’]re|is|are|was|were)\s+$/i.test(text.slice(Math.max(0, practising.index - 12), practising.index))) practising = null;
    if ((professions.length > 0 || practising) && unregisteredSaid) {
      UNREGISTERED.lastIndex = 0;
      const m = UNREGISTERED.exec(text);
      // About the poster ("I'm not registered yet"), or in their own promotion; not news about someone else.
      const [a] = m ? tokensOf(t, m.index, m.index + m[0].length) : [0];
      const sent = m ? t.sentenceOf(Math.min(a, t.tokens.length - 1)) : undefined;
      // "I'm a student OT, not qualified yet!": a student saying so, selling nothing, uses no title.
      const studentTitle = professions.some((h) => /\b(?:student|trainee|aspiring|future|wannabe)\s+$/.test(t.norm.slice(Math.max(0, t.tokens[h.t0]!.s - 12), t.tokens[h.t0]!.s)));
      const sells = selling(t);
      // A sentence with no subject is the poster's own ("Not HCPC registered yet but taking on clients").
      // Not an honest limit ("not registered yet, so I can't call myself a physio") or a student saying so, selling nothing.
      const honest = m !== null && (/^[^.!?]{0,40}?\b(?:so|and|which means) (?:i |we )?(?:can'?t|won'?t|cannot|will not|don'?t|shouldn'?t)\b/i.test(text.slice(m.index + m[0].length)) || /\bstudent\b/i.test(text));
      const mine = sent !== undefined && (sells || (practising !== null && !honest) || (!studentTitle && !honest && (t.findKey(sent.t0, sent.t1, FIRST_PERSON) >= 0 || (sent.t0 === a && m !== null && /^(?:not|awaiting|pending|waiting|unregistered)/i.test(m[0])))));
      // Sixth pass: someone else struck off or suspended ("its author struck off", "he was struck off") is news, not the poster.
      const third = m !== null && /\b(?:he|she|they|its|his|her|their|author|authors|doctor|surgeon|researcher|man|woman|guy|bloke)\s+(?:was\s+|were\s+|got\s+|has been\s+|had been\s+|been\s+|being\s+)?$/i.test(text.slice(Math.max(0, m.index - 30), m.index));
      if (m && mine && !third) {
        const ev = t.rawSpan(m.index, m.index + m[0].length);
        const prof = professions.length > 0 ? t.hitSpan(professions[0]!) : t.rawSpan(practising!.index, practising!.index + practising![0].length);
        out.push(
          titleFinding('high', 0.8, `Uses a professional title or practises (${q(prof)}) while saying you are ${q(ev)}. Titles such as physiotherapist and dietitian are protected by law and need registration.`, [prof, ev]),
        );
      }
    }
    // "Physio (sports therapist really, same thing)": a profession's title with a hedge admitting it is not quite right.
    if (professions.length > 0 && out.length === 0 && t.has(HEDGE_CUES)) {
      HEDGED.lastIndex = 0;
      let m = HEDGED.exec(text);
      // The hedge must be said of the title, near it ("physio (sports therapist really, same thing)"), not of something
      // else far away ("... kindness and friendship aren't the same thing").
      const near = (at: number): boolean => professions.some((h) => { const sp = t.hitSpan(h); return Math.abs(at - sp.start) <= 80 || Math.abs(at - sp.end) <= 80; });
      if (m && !near(m.index)) m = null;
      if (!m && selling(t)) {
        for (const h of professions) {
          const end = t.hitSpan(h).end;
          const w = WELL_HEDGE.exec(text.slice(end, end + 40));
          if (w) {
            const lead = w[0].length - w[0].trimStart().replace(/^[,(—–-]+\s*/, '').length;
            m = Object.assign([w[0].slice(lead)], { index: end + lead, input: text }) as RegExpExecArray;
            break;
          }
        }
      }
      if (m) {
        const ev = t.rawSpan(m.index, m.index + m[0].length);
        const prof = t.hitSpan(professions[0]!);
        out.push(
          titleFinding('medium', 0.6, `Uses a professional title (${q(prof)}) with a hedge (${q(ev)}) that suggests it is not accurate. Titles must describe your qualifications and registration exactly.`, [prof, ev]),
        );
      }
    }
    if (professions.length > 0 && out.length === 0 && t.has(REGISTRATION_CUES)) {
      const claim = QUALIFIED_CLAIM.exec(text);
      const student = STILL_STUDENT.exec(text);
      if (claim && student && !/not (?:yet |fully )?$/i.test(text.slice(Math.max(0, claim.index - 8), claim.index))) {
        const ev = [t.rawSpan(claim.index, claim.index + claim[0].length), t.rawSpan(student.index, student.index + student[0].length)].sort((a, b) => a.start - b.start);
        out.push(
          titleFinding('high', 0.75, `Claims to be ${q(ev[0]!)} while saying ${q(ev[1]!)}. Presenting yourself as qualified or registered before you are is likely to mislead.`, ev),
        );
      }
    }
    if (out.length === 0 && t.has(REGISTRATION_CUES)) {
      const m = NOT_HCPC.exec(text);
      // "HCPC registered arts psychotherapist": the arts therapies are registered.
      if (m && !/\b(?:art|arts|music|drama|dance)\s+(?:psycho)?therapist$/i.test(m[0])) {
        const ev = t.rawSpan(m.index, m.index + m[0].length);
        out.push(
          titleFinding('high', 0.8, `Claims HCPC registration for a role the HCPC does not register (${q(ev)}). Implying regulation you do not have is likely to mislead.`, [ev]),
        );
      }
    }
    if (out.length === 0 && professions.length > 0) {
      const senior = SENIOR.exec(text);
      const junior = senior ? JUNIOR.exec(text) : null;
      // A senior physio is usually band 6; only higher titles contradict it.
      // A specialist is often a student's supervisor ("shadowing a specialist physio as a student"): only a course or short experience contradicts it.
      const weakSenior = senior !== null && /^(?:specialist|expert)/i.test(senior[0]) && junior !== null && /^(?:student|band)/i.test(junior[0]);
      if (senior && junior && !weakSenior && !(/^senior/i.test(senior[0]) && /band 6/i.test(junior[0]))) {
        const ev = [t.rawSpan(senior.index, senior.index + senior[0].length), t.rawSpan(junior.index, junior.index + junior[0].length)].sort((a, b) => a.start - b.start);
        out.push(
          titleFinding('medium', 0.7, `Uses a senior title (${q(senior[0])}) while saying ${q(junior[0])}. Titles should match your grade and experience.`, ev),
        );
      }
    }
    if (out.length === 0 && (t.has(APPROVAL_CUES) || t.has(SPECIALIST_CUES))) {
      const m = QUICK_TITLE.exec(text) ?? SHORT_COURSE_TITLE.exec(text) ?? SHORT_COURSE_MY.exec(text) ?? COURSE_FIRST.exec(text);
      if (m) {
        const ev = t.rawSpan(m.index, m.index + m[0].length);
        out.push(
          titleFinding('medium', 0.7, `Offers a specialist or professional title from a short course (${q(ev)}). A weekend course does not make someone a specialist, and titles like this are likely to mislead the public.`, [ev]),
        );
      }
    }
    // "Putting Dr on the clinic sign ... honorary doctorate, so technically why not", "Our website says 'team of MSK specialists'
    // ... Sounds good though": a title or endorsement the poster admits is not true.
    if (out.length === 0 && (t.has(ADMIT_CUES) || t.has(WELL_CUES) || t.has(BRACKET_CUES) || (text.includes('*') && /\w\*/.test(text)))) {
      // "(well, nearly)" after a registration or title, in a post that sells ("Registered with the HCPC (well, nearly), book today").
      // The bracket check walks its own list's hits only; the whole-text patterns run only on their own cues.
      const cued = t.has(ADMIT_CUES) || t.has(WELL_CUES) || text.includes('*');
      const m = (cued ? ADMIT.exec(text) ?? (text.includes('*') ? footnote(text) : null) ?? (selling(t) ? WELL_ADMIT.exec(text) : null) : null) ?? (t.has(BRACKET_CUES) ? bracketTakeBack(t) : null);
      // The title the admission is about: a listed word or the profession itself ("paramedic, just not the HCPC kind"),
      // within a couple of sentences of it ("Physio at 3, home by 4, close enough" is about the time).
      let said: ReturnType<typeof t.rawSpan> | undefined;
      if (m) {
        const titles = [...text.matchAll(ADMITTED_TITLE_ALL)].map((x) => t.rawSpan(x.index, x.index + x[0].length));
        said = [...titles, ...professions.map((h) => t.hitSpan(h))].find((sp) => Math.abs(sp.start - m.index) <= 120);
      }
      const endorsement = said !== undefined && ENDORSEMENT_SAID.test(said.text);
      const context = professions.length > 0 || endorsement || (said !== undefined && /^(?:dr|doctor)$/i.test(said.text)) || /\b(?:clinic|practice|patients?|clients?|website|sign|card|bio|page|linkedin|insta|instagram|leaflets?|business|physio|therapist|hire|book|booking|bookings|private|dm|prices|rates|medic)\b|£/i.test(text);
      // "Technically I'm not registered yet, so I can't give advice": an honest limit, not an admission.
      const honest = m !== null && /^[^.!?]{0,60}?\b(?:so|and|which means) (?:i |we )?(?:can'?t|won'?t|cannot|will not|don'?t|shouldn'?t)\b/i.test(text.slice(m.index + m[0].length));
      if (m && said && context && !honest) {
        const admitted = t.rawSpan(m.index, m.index + m[0].length);
        const ev = [said, admitted];
        const sells = selling(t);
        out.push(
          titleFinding(sells || endorsement ? 'high' : 'medium', 0.6, `Uses ${q(said)} while admitting ${q(admitted)}. A title, endorsement or award you know is not quite true is likely to mislead.`, ev),
        );
      }
    }
    // "Dietitian approved ✅ swipe up", "£150 gets you a 'dietitian approved' post": the poster's profession lent to a product
    // in a post that sells or carries a commercial tie. Not a clinician's all-clear ("knees fine, physio approved").
    if (out.length === 0 && professions.length > 0 && t.has(APPROVAL_CUES)) {
      const m = PROF_APPROVED.exec(text);
      if (m && (selling(t) || t.has(COMMERCIAL))) {
        const ev = t.rawSpan(m.index, m.index + m[0].length);
        out.push(titleFinding('medium', 0.6, `Lends a professional title to a product (${q(ev)}). A registrant's approval used to sell something needs to be true, evidenced and disclosed.`, [ev]));
      }
    }
    APPROVED.lastIndex = 0;
    let approved = t.has(APPROVAL_CUES) ? APPROVED.exec(text) : null;
    // With no booking or buying line, a claim asked about or quoted ("Is this 'HCPC approved' knee brace a thing?") is questioned, not made.
    const [a0, a1] = approved ? tokensOf(t, approved.index, approved.index + approved[0].length) : [0, 0];
    if (approved && !t.hits(PROMO).some((h) => h.entry.tag !== 'weak') && a0 < t.tokens.length && (t.sentenceOf(a0).question || t.quotedSpan(a0, Math.max(a0 + 1, a1)))) approved = null;
    if (approved) {
      const ev = t.rawSpan(approved.index, approved.index + approved[0].length);
      // In a post selling the thing, a false endorsement is a claim to remove, not just to review.
      const sells = selling(t);
      out.push(
        titleFinding(sells ? 'high' : 'medium', sells ? 0.8 : 0.75, `Claims regulator or NHS approval (${q(ev)}). The HCPC registers people and approves education programmes; it does not approve products or treatments, so this is likely to mislead.`, [ev]),
      );
    }
    // "I'm pretty sure I'm the most experienced sports physio in Northumberland", "Finest foot clinic in the whole of Cumbria":
    // puffery about the poster's own practice, review level even with no selling line ("Not saying I'm the best OT ... but" says it).
    let selfSuperlative = false;
    if (out.length === 0 && t.has(SELF_SUPERLATIVE_CUES)) {
      SELF_SUPERLATIVE.lastIndex = 0;
      const m = SELF_SUPERLATIVE.exec(text);
      // Not negated, and not a rank inside the poster's own workplace ("the most experienced physio in the department").
      const inside = m !== null && /^\s*(?:the |our |my |this )?(?:department|team|ward|office|hospital|building|family|house|group|unit|trust|service)\b/i.test(text.slice(m.index + m[0].length));
      // Fifth pass: "Best physio in the world is my mum": the superlative said of someone else.
      const other = m !== null && /^[^.!?\n]{0,30}?\b(?:is|was)\s+(?:my|his|her|their)\s+(?!clinic|practice|service|team|studio)/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 60));
      if (m && !inside && !other && !/\b(?:not|never|isn'?t|aren'?t|wasn'?t|no)\s+(?:(?:really|actually|exactly|necessarily)\s+)?$/i.test(text.slice(Math.max(0, m.index - 20), m.index))) {
        const start = m.index + (m[0].length - m[0].trimStart().length);
        const ev = t.rawSpan(start, m.index + m[0].length);
        selfSuperlative = true;
        out.push(titleFinding('medium', 0.6, `Describes your own practice with an unverifiable superlative (${q(ev)}). Claims to be the best or most experienced need to be provable.`, [ev]));
      }
    }
    if (!selfSuperlative && (t.has(SUPERLATIVE_CUES) || text.includes('#1') || NO_ONE.test(text)) && selling(t)) {
      SUPERLATIVE.lastIndex = 0;
      const m = SUPERLATIVE.exec(text);
      // "won the regional award for best MSK service": an award reported, not a title claimed.
      // Fifth pass: not negated ("not the leading physio practice in Bristol").
      const lead = m ? m.index + (m[0].length - m[0].trimStart().length) : 0;
      if (m && !/\b(?:award|awards|won|win|shortlisted|nominated|finalists?|runners?[- ]up)\b[^.!?\n]{0,40}$/i.test(text.slice(Math.max(0, m.index - 60), m.index)) && !/\b(?:not|never|isn'?t|aren'?t|wasn'?t|no|nor)\s+(?:(?:really|actually|exactly|necessarily)\s+)?$/i.test(text.slice(Math.max(0, lead - 20), lead))) {
        const start = m.index + (m[0].length - m[0].trimStart().length);
        const ev = t.rawSpan(start, m.index + m[0].length);
        out.push(
          titleFinding('medium', 0.6, `Describes yourself with an unverifiable title (${q(ev)}). Claims to be the leading or best specialist need to be provable.`, [ev]),
        );
      }
    }
    if (out.length === 0 && !selfSuperlative && (t.has(PUFF_CUES) || t.has(ANYWHERE_CUES) || t.norm.includes('ever need') || (text.includes('1') && NO_ONE.test(text)))) {
      const ev = puffery(t, text);
      if (ev) {
        // Sixth pass: 0.6, so that a shared (reposted) tagline still reaches review: sharing is endorsing.
        out.push(titleFinding('medium', 0.6, `Describes a practice with an unverifiable superlative (${q(ev)}). Claims to be the best, leading or most trusted need to be provable.`, [ev]));
      }
    }
    return out;
  },
};

/**
 * Fifth pass (issue 6): puffery by construction. A superlative (best, finest, friendliest and other "-est" words of service,
 * "most trusted/experienced/advanced", leading, top-rated, number one, world-class) before a service or a profession
 * within four words ("Leeds' most trusted podiatry team", "the most experienced independent social worker in Yorkshire",
 * "Top-rated EP assessments in the North"), with a market for its scope: a place after it ("in Sheffield", "in the North",
 * "in the country"), a place's possessive before it ("the North West's", "Leeds'"), "you'll ever have", or a superlative
 * that is its own scope ("world-class", "the UK's leading"). Not a rank inside a workplace ("in the department", "on my
 * course"), not an award reported, not asked, not negated.
 */
const PUFF_CUES = defineLexicon('promotion/puff-cues', 'best\nfinest\ngreatest\nfriendliest\nleading\ntop-rated/top_rated/highest-rated/highest_rated/best-rated/best_rated\nmost trusted/experienced/advanced/qualified/recommended/popular/respected/reliable/knowledgeable\nnumber one/1\nno.1/no1\nno 1\nworld-class/world_class');
const PUFF_SERVICE =
  '(?:physio|physios|physiotherapist|physiotherapy|podiatrist|podiatry|chiropodist|chiropody|dietitian|dietician|nutritionist|paramedic|radiographer|sonographer|orthoptist|osteopath|chiropractor|psychologist|psychotherapist|counsellor|social worker|slt|ot|ep|therapist|practitioner|phlebotomist|clinic|practice|service|cover|massage|therapy|rehab|tech|technology|assessments?|trainer|training|treatment|studio|centre|center|care|clinician|medics?|provider|taper|team|expert|specialist|hydrotherapy|orthotic|audiologist|prosthetist|orthotist|osteopathy|chiropractic|hearing)s?';
const PUFF_TEAM_MODIFIER = /\b(?:physio|physiotherapy|podiatry|chiropody|hearing|speech|language|therapy|rehab|sports|massage|osteo|osteopathy|dietetic|dietetics|nutrition|private|event|medical|x-ray|paediatric|hand|foot|msk|pelvic|ot|slt|first aid|psychology|counselling)\b/i;
const PUFF_OWNER = /((?:the\s+)?(?:[A-Za-z][\w-]*\s+)?[A-Za-z][\w-]*(?:['’]s|s['’]|['’]))\s+$/;
const PUFF = new RegExp(
  `\\b(best|finest|greatest|friendliest|leading|top[- ]rated|highest[- ]rated|best[- ]rated|most (?:trusted|experienced|advanced|qualified|recommended|popular|respected|reliable|knowledgeable)|number (?:one|1)|no\\.?\\s?1|world[- ]class)\\s+((?:[\\w&-]+\\s+){0,4}?)${PUFF_SERVICE}\\b([^.!?\\n]{0,40})`,
  'gi',
);
const PUFF_ONLY = new RegExp(`\\bthe only\\s+(?:[\\w-]+\\s+){0,4}?${PUFF_SERVICE}\\b[^.!?\\n]{0,30}?\\b(?:you['’]?ll|you will|(?:your|the) \\w+ will|they['’]?ll) ever need\\b`, 'i');
const PUFF_PLACE = /^\s*(?:[\w&-]+\s+){0,2}?(?:,\s*(?:right\s+)?here\s+)?(?:in|across|of|around|throughout)\s+(?:the\s+)?(?:whole\s+of\s+(?:the\s+)?)?(?:[A-Z][\w-]*|uk|country|world|north|south|east|west|midlands|area|region|county|city|town|land|business)\b|^\s*(?:[\w&-]+\s*){0,2}?,?\s*(?:hands down|full stop|bar none)\b|^\s+(?:[\w&-]+\s+){0,2}?you['’]?ll ever (?:have|need|get|find|see|try)\b/;
const PUFF_INSIDE = /^\s*(?:[\w&-]+\s+){0,2}?(?:in|on|at|of)\s+(?:the\s+|my\s+|our\s+|this\s+|her\s+|his\s+)?(?:whole\s+)?(?:department|dept|team|ward|office|hospital|building|family|house|group|unit|trust|nhs|course|cohort|year|class|uni|university|placement|rota|shift|world cup|league)\b/i;
const ANYWHERE_CUES = defineLexicon('promotion/anywhere-cues', 'anywhere\nanyone else\nanybody else');
const NONE_BETTER =
  /\b(?:(?:you|u|ya)(?:['’]ll| will)?\s+(?:won['’]?t|wont|will not|can['’]?t|cant|cannot|couldn['’]?t|never)\s+find\s+(?:a\s+|any\s+)?(?:better|finer|friendlier|faster)|(?:there['’]?s|there is|theres)\s+no\s+(?:better|finer|friendlier|faster))\b[^.!?\n]{0,40}?\banywhere\b|\b(?:better|faster|quicker|cheaper|friendlier)\s+than\s+(?:anywhere|anyone|anybody)\s+else\b/gi;
function puffery(t: TextAnalysis, text: string): Evidence | undefined {
  PUFF.lastIndex = 0;
  for (let m = PUFF.exec(text); m; m = PUFF.exec(text)) {
    const [whole, sup, mods, after] = m as unknown as [string, string, string, string];
    const serviceEnd = m.index + whole.length - after.length;
    const ownerMatch = PUFF_OWNER.exec(text.slice(Math.max(0, m.index - 40), m.index));
    const owner = ownerMatch?.[1];
    const start = owner ? m.index - ownerMatch![0].length : m.index;
    const noun = text.slice(m.index, serviceEnd).trim().split(/\s+/).pop()!.toLowerCase();
    if (/^teams?$/.test(noun) && !PUFF_TEAM_MODIFIER.test(mods)) continue;
    if (PUFF_INSIDE.test(after)) continue;
    // Talk about a service, not a tagline: someone else said to be it ("Best physio in the world is my mum"), care received
    // from others ("World-class care from the ambulance crew, thank you"), a ranking with its source ("according to the CQC
    // report"), or the phrase as the subject of news ("... in the North got its funding cut"), unless the post sells.
    const rest = text.slice(serviceEnd, serviceEnd + 80);
    if (/^[^.!?\n]{0,30}?\b(?:is|was|goes to|=)\s+(?:my|his|her|their|our)\s+(?!clinic|practice|service|team|studio)/i.test(rest) || /^\s*(?:from|by)\b/i.test(after) || (/\bthank/i.test(rest.split(/[.!?\n]/)[0]!) && !selling(t))) continue;
    if (/\baccording to (?:the |our |a )?(?:cqc|report|survey|data|figures|league|nhs|ofsted|ranking|inspectors?)|\b(?:rated|ranked) [^.!?\n]{0,20}\bby (?:the )?(?:cqc|ofsted|inspectors?)/i.test(rest)) continue;
    if (!selling(t) && /\b(?:got|gets|has been|have been|was|were|is being|are being|closed|closes|shut|lost|faces|is facing)\b/i.test(after)) continue;
    // A place's possessive ("Leeds'", "the North West's", "the UK's"), written with a capital; not "my team's".
    const placeOwner = owner !== undefined && /^(?:the\s+)?(?:[A-Z]|uk['’])/.test(owner) && !/^(?:the\s+)?(?:my|our|your|his|her|their|team|clinic|practice)\b/i.test(owner);
    // "Voted No.1 podiatry practice": a ranking said to be voted is its own scope.
    const voted = /\bvoted\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, start - 12), start));
    const lower = LOWER_PLACE_AFTER.exec(after);
    const scoped = placeOwner || voted || /^world[- ]class$/i.test(sup) || PUFF_PLACE.test(after) || PUFF_PLATFORM.test(after) || (lower !== null && LOWER_PLACES.has(lower[1]!.replace(/['’]s$/, '')));
    if (!scoped) continue;
    const before = text.slice(Math.max(0, start - 60), start);
    if (/\b(?:award|awards|won|win|shortlisted|nominated|finalists?|runners?[- ]up|for)\b[^.!?\n]{0,40}$/i.test(before) && !/^(?:the\s+)?[A-Z]/.test(owner ?? '')) continue;
    if (/\b(?:not|never|isn'?t|aren'?t|wasn'?t|no|nor)\s+(?:(?:really|actually|exactly|necessarily|the)\s+)?$/i.test(before)) continue;
    // "Shout out to the best OT team in the country", "proud of ...": praise given to others, not a practice selling itself.
    if (/\b(?:shout[- ]?outs?|thanks?|thank you|cheers|congrat\w*|well done|big up|here'?s|proud of|love)\b(?:\s+(?:to|for))?[^.!?\n]{0,25}$/i.test(before)) continue;
    const i = t.tokenAt(start);
    if (i >= 0 && (t.sentenceOf(i).question || t.negated(i) || t.quotedSpan(i, i + 1))) continue;
    return t.rawSpan(start, serviceEnd);
  }
  // Sixth pass: a comparison with every other provider ("you won't find better orthotics anywhere in the North", "there's no
  // better knee rehab anywhere in Yorkshire", "our clients get better faster than anywhere else in Bristol"): a superlative
  // said the other way round. Not of people ("you won't find a better team anywhere" is praise of colleagues), not asked.
  if (t.has(ANYWHERE_CUES)) {
    NONE_BETTER.lastIndex = 0;
    for (let m = NONE_BETTER.exec(text); m; m = NONE_BETTER.exec(text)) {
      if (/\b(?:people|staff|team|colleagues?|nurses|bunch|lot|friends?|mates?|crew|family|folk|humans?|parents?|kids)\b/i.test(m[0])) continue;
      const i = t.tokenAt(m.index);
      if (i >= 0 && (t.sentenceOf(i).question || t.quotedSpan(i, i + 1))) continue;
      return t.rawSpan(m.index, m.index + m[0].length);
    }
  }
  const o = PUFF_ONLY.exec(text);
  if (o) {
    const i = t.tokenAt(o.index);
    if (i >= 0 && !t.negated(i) && !t.sentenceOf(i).question) return t.rawSpan(o.index, o.index + o[0].length);
  }
  return undefined;
}

/** One misleading-title finding, its evidence in reading order. */
function titleFinding(severity: RuleFinding['severity'], confidence: number, message: string, evidence: RuleFinding['evidence']): RuleFinding {
  return { topic: 'promotion.misleading-title', severity, confidence, message, evidence: [...evidence].sort((a, b) => a.start - b.start) };
}
