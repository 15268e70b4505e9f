/**
 * Deterministic, varied post texts for the benchmarks: mostly the ordinary things a health
 * professional posts (runs, CPD, tea, the weather, links), with a few percent that should trigger
 * a rule (swearing, a patient's identifiers, boasting of drink at work, vaccine claims, befriending
 * a patient) and a few "traps" (clinical words in a teaching context) that should not. Every name,
 * handle, number and link is invented; links use example.org and the like, phone numbers the
 * Ofcom drama ranges, and the NHS number the widely published test number.
 */

/** mulberry32: a small seeded PRNG, so the same seed always gives the same corpus. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = () => number;

export function pick<T>(random: Random, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!;
}

const HANDLES = [
  'ward7_example', 'friend_example', 'runner_example', 'physio_sam_example', 'news_example', 'clinic_fixture',
  'coach_lee_example', 'cpd_hub_example', 'ortho_nerd_example', 'parkrun_fixture', 'sara_ot_example',
  'dr_who_fixture', 'team_ops_example', 'msk_journal_example', 'uni_physio_example', 'local_paper_example',
];
const PLACES = ['canal', 'river path', 'seafront', 'park', 'old railway line', 'reservoir', 'common', 'towpath'];
const TOPICS = [
  'falls prevention', 'ankle sprain rehab', 'pelvic floor health', 'pain science', 'chest physio',
  'manual handling', 'hip fracture pathways', 'graded exercise', 'frailty', 'return to running',
  'tendinopathy loading', 'vestibular rehab', 'paediatric gait', 'stroke rehabilitation',
];
const EMOJI = ['😅', '🏃‍♀️', '☀️', '🍂', '❄️', '🎉', '💙', '👏', '📚', '☕', '🙌', '😂', '🌧️', '💪'];
const THINGS = ['running shoes', 'foam roller', 'podcast on pain science', 'coffee place', 'standing desk', 'rota app', 'knee brace for hiking'];
const TOWNS = ['Leeds', 'Cardiff', 'Bristol', 'Norwich', 'York', 'Swansea', 'Brighton', 'Dundee', 'Exeter', 'Bath'];
const HOLIDAYS = ['Christmas', 'Easter', 'Diwali', 'Eid', 'New Year', 'Pride month', 'Burns Night', 'St David\'s Day'];
const MONTHS = ['January', 'March', 'May', 'July', 'September', 'November', 'December'];
const EVENTS = ['half marathon', '10k', 'triathlon', 'charity walk', 'cycle sportive', 'swim relay'];
const ADJ = ['going well', 'a bit behind', 'on track', 'chaos', 'surprisingly fun', 'hard work'];
const TIPS = [
  'drink water, wear sunscreen, and stretch those calves',
  'stand up and move every 30 minutes',
  'clear the clutter from stairs and add a second handrail if you can',
  'warm up properly before the parkrun',
  'sleep matters more than any supplement',
  'walk-and-talk meetings beat sitting down',
];
const DOMAINS = ['example.org', 'example.com', 'physio-news.example', 'journal.example.org', 'blog.example.net', 'nhs-trust.example'];
const HASHTAGS = ['physio', 'CPD', 'NHS', 'running', 'teamwork', 'MSK', 'rehab', 'wellbeing', 'AHP', 'students'];

function url(random: Random): string {
  const slug = pick(random, TOPICS).replace(/\W+/g, '-');
  const query = random() < 0.3 ? `?ref=${pick(random, ['cpd', 'tw', 'mail'])}&id=${Math.floor(random() * 9999)}` : '';
  return `https://${pick(random, DOMAINS)}/${slug}/${Math.floor(random() * 100000)}${query}`;
}

const n = (random: Random, lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1));

/** Ordinary posts: what most of any archive is. */
const BENIGN: ((r: Random) => string)[] = [
  (r) => `Morning run done 🏃‍♀️ ${n(r, 3, 21)}k along the ${pick(r, PLACES)}, legs are jelly ${pick(r, EMOJI)}`,
  (r) => `Great #${pick(r, HASHTAGS)} session on ${pick(r, TOPICS)} with @${pick(r, HANDLES)} today, slides here: ${url(r)} #physio`,
  (r) => `${n(r, 2, 16)} weeks until the ${pick(r, EVENTS)}. Training plan is ${pick(r, ADJ)}.`,
  (r) => `Reminder: ${pick(r, TIPS)} ${pick(r, EMOJI)}`,
  (r) => `Anyone recommend a good ${pick(r, THINGS)} in ${pick(r, TOWNS)}?`,
  (r) => `Interesting read on ${pick(r, TOPICS)}: ${url(r)}`,
  (r) => `Happy ${pick(r, HOLIDAYS)} everyone ${pick(r, EMOJI)}`,
  (r) => `Can't believe it's ${pick(r, MONTHS)} already. Where did the year go?`,
  () => 'Tea & biscuits > coffee & cake? Discuss <3',
  (r) => `So proud of our outpatients team, waiting list down to ${n(r, 2, 9)} weeks 👏 #teamwork`,
  (r) => `Teaching the students about ${pick(r, TOPICS)} today. Such an important and under-discussed topic.`,
  (r) => `Half marathon PB! 1:${n(r, 35, 59)}:${String(n(r, 0, 59)).padStart(2, '0')}. The hill training paid off.`,
  (r) => `Volunteered at the local ${pick(r, EVENTS)} first aid tent today. Lots of blisters, no dramas.`,
  (r) => `Presented my audit on ${pick(r, TOPICS)} at the regional meeting today. Nervous but it went well!`,
  (r) => `Snow day in ${pick(r, TOWNS)}. Walked to work in wellies so the early shift was covered ❄️`,
  (r) => `Lovely glass of red with dinner after a long week. Cheers to Friday 🍷 ${pick(r, EMOJI)}`,
  (r) => `CPD weekend: ${pick(r, TOPICS)} refresher course. My thumbs are exhausted.`,
  (r) => `Our ward raised £${n(r, 50, 900)} for the hospital charity ${pick(r, EMOJI)} thank you all!`,
  (r) => `Parkrun with the team this morning, followed by bacon rolls. Perfect Saturday. #${pick(r, HASHTAGS)}`,
  (r) => `New podcast episode with @${pick(r, HANDLES)} on ${pick(r, TOPICS)} ${url(r)}`,
  (r) => `Is it just me or is the ${pick(r, PLACES)} in ${pick(r, TOWNS)} the best place for a sunset walk?`,
  (r) => `Three things I learned at this year's conference 🧵 1) ${pick(r, TIPS)} 2) ${pick(r, TIPS)}`,
  (r) => `Rainy ${pick(r, ['Monday', 'Tuesday', 'Sunday', 'bank holiday'])} = batch cooking and a good book 📚`,
  (r) => `Huge congratulations to @${pick(r, HANDLES)} on passing the viva!! 🎉`,
  (r) => `Job alert: our team in ${pick(r, TOWNS)} is hiring band 6 physios, details ${url(r)}`,
  (r) => `Reading list for the new students: ${url(r)} and ${url(r)} #${pick(r, HASHTAGS)}`,
  (r) => `Longest day of the year = longest run of the year. ${n(r, 15, 35)}k done ☀️`,
  (r) => `Top tip for desk workers: ${pick(r, TIPS)}. Your back will thank you.`,
  () => 'Quiet moment of reflection today. Thinking of all who served. #RemembranceDay',
  (r) => `Bore da! Rhedeg yn y parc heddiw ${pick(r, EMOJI)}`,
  (r) => `Week ${n(r, 1, 52)} of learning Spanish: hoy he corrido ${n(r, 3, 12)} kilómetros`,
  (r) => `Falls prevention tip: ${pick(r, TIPS)}. Share with anyone who cares for an older relative.`,
];

/** Posts with words that look alarming but are fine: rules must not flag them (they still cost time). */
const TRAPS: ((r: Random) => string)[] = [
  () => 'Teaching session on post-surgical care today covered wound healing, including anal fissure management and safe return to exercise.',
  () => 'Received the loveliest thank-you card from a patient\'s family today. Reminds me why I do this job ❤️',
  (r) => `Our ${pick(r, TOPICS)} clinic now runs on Thursdays; patients can self-refer via ${url(r)}`,
  (r) => `Shot a quick video on ${pick(r, TOPICS)} exercises, killing it in the gym today 💪`,
  () => 'The new drug chart audit results are in: much better than last year.',
];

/** Posts the audit should flag: a few percent of any realistic archive. */
const PROBLEMS: ((r: Random) => string)[] = [
  () => 'What a fucking day, 14 hours and no break',
  () => 'This rota is shit and so is whoever wrote it',
  (r) => `@${pick(r, HANDLES)} you absolute bellend`,
  () => 'Patient NHS number 943 476 5919, please chase his bloods',
  (r) => `The patient in bay ${n(r, 1, 8)} gave me his landline, 020 7946 0${n(r, 100, 999)}, weird`,
  (r) => `Lady in bed ${n(r, 1, 12)} keeps asking for a taxi home to LS6 2EX`,
  () => 'Patient DOB 12/03/1948, fell at home last night',
  (r) => `Lovely ${n(r, 70, 99)}-year-old lady with dementia in bay ${n(r, 1, 6)} today, sang to me all shift`,
  () => 'Still drunk from last night and about to start a 12-hour shift on the ward lol 🍺🍺',
  () => 'Vaccines cause autism, wake up',
  () => 'The covid jab alters your DNA, do your own research',
  () => 'Read this before your jab https://www.naturalnews.com/2021-05-01-vaccine.html',
  () => 'Just added my lovely patient from this morning on Facebook 😊 we get on so well',
  (r) => `Famous footballer came into A&E tonight with a broken leg, cannot say who 🤐 #${pick(r, HASHTAGS)}`,
  () => 'Fuuuuuck, another night shift with two HCAs down',
];

export interface GeneratedText {
  text: string;
  /** Meant to trigger a rule. */
  problem: boolean;
}

/** One post's text: `problemShare` of them meant to be flagged, 2% traps, the rest ordinary. */
export function postText(random: Random, problemShare = 0.03): GeneratedText {
  const roll = random();
  if (roll < problemShare) return { text: pick(random, PROBLEMS)(random), problem: true };
  if (roll < problemShare + 0.02) return { text: pick(random, TRAPS)(random), problem: false };
  return { text: pick(random, BENIGN)(random), problem: false };
}

/** A long text (> 280 characters): a thread-length post, for note tweets and Facebook posts. */
export function longText(random: Random): string {
  const parts: string[] = [];
  while (parts.join(' ').length < 320) parts.push(pick(random, BENIGN)(random));
  return parts.join(' ');
}

export function handle(random: Random): string {
  return pick(random, HANDLES);
}
