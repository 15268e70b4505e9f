import { describe, expect, it } from 'vitest';
import { makePost, ruleTester, runRule } from './rule-tester.js';
import { RULES } from '../../src/rules/index.js';
import { slurRule } from '../../src/rules/discrimination/slur.js';
import { derogationRule } from '../../src/rules/discrimination/derogation.js';
import { threatRule } from '../../src/rules/discrimination/threat.js';

ruleTester.run(slurRule, {
  valid: [
    // Place names and words containing a slur
    'Lovely walk round Scunthorpe and Penistone this weekend',
    'Our new paediatric unit in Cockermouth opens on Monday',
    // Counter-speech and reports of abuse
    'A man called me a paki on the bus today and nobody said a thing. Still shaking.',
    'Reported a patient for saying "tranny" to one of our nurses. Zero tolerance.',
    'Someone shouted "nigger" at my colleague in the car park. This is why we need anti-racism training.',
    'The word "retard" is a slur and has no place on a ward.',
    'Please stop saying spastic, it hurts people with cerebral palsy.',
    // Homonyms, food, idioms, clinical words
    'Faggots and peas for tea, proper Black Country comfort food',
    'Quick fag break then back to the ward',
    'Just going to nip out for a sandwich',
    'Add a kaffir lime leaf to the curry',
    'Found a chink in the armour of our discharge process, fixing it now',
    'Child with spastic diplegia did brilliantly in physio today',
    'The new flame retardant curtains are up on ward 9',
    'Went on a bender for my 30th, never again',
    'Christmas crackers and cheese on the ward for the night staff',
    'Started a queer theory reading group for the staff LGBT network',
    // Reclaimed use and self-description
    'As a queer nurse I want every patient to feel safe with me',
    'Proud dyke, proud midwife, proud to march at Pride today',
    // Neutral or positive mentions of groups
    'Happy Pride month to all our LGBTQ+ colleagues and patients 🏳️‍🌈',
    'Ramadan Mubarak to all our Muslim colleagues fasting on shift',
    'Celebrating Black History Month with our nursing team',
    'Homo sapiens have been walking upright for a long time, so do your squats',
    'Tinkering with my dissertation again tonight',
  ],
  invalid: [
    { text: 'Another paki taxi driver who cant find the hospital', topic: 'discrimination.slur', severity: 'high', evidence: 'paki' },
    { text: 'Bay 4 is full of pikeys again', evidence: 'pikeys' },
    { text: 'honestly the place is full of n1gg3rs', evidence: 'n1gg3rs' },
    { text: 'what a f***ing spacker', evidence: 'spacker' },
    { text: 'Stop being such a retard about the rota', evidence: 'retard' },
    { text: 'you absolute faggot', evidence: 'faggot' },
    { text: 'Saw a tranny in the waiting room, you fucking tranny', evidence: 'tranny' },
    { text: 'Two gyppos kicking off in A&E again', evidence: 'gyppos' },
    { text: 'the new reg is a total mong', evidence: 'mong' },
    { text: 'Coffin dodgers clogging up the GP surgery again', evidence: 'Coffin dodgers' },
    { text: 'What a bunch of poofters', evidence: 'poofters' },
    { text: 'Get these kikes out of here', evidence: 'kikes' },
    { text: 'Half-caste kid in clinic today', evidence: 'Half-caste' },
    { text: 'feminazis ruining everything as usual', evidence: 'feminazis' },
    { text: 'Typical muzzie behaviour', evidence: 'muzzie' },
    { text: 'shemale on the news again', evidence: 'shemale' },
    { text: 'Ｗｏｇｓ everywhere', evidence: 'Ｗｏｇｓ' },
    { text: 'Off to the chinky for tea', evidence: 'chinky' },
    { text: 'That window licker in bed 3 will not stop shouting', evidence: 'window licker' },
    { text: 'RT this if you hate pakis', post: { kind: 'repost' }, quoted: true, evidence: 'pakis' },
  ],
});

ruleTester.run(derogationRule, {
  valid: [
    'Immigrants are not vermin, they are people and many of them staff our wards',
    'Saying immigrants are vermin is racist and I have reported the account.',
    'Disabled people are twice as likely to be lonely, check in on your patients',
    'Trans people are not mentally ill and deserve good care',
    'Women are amazing and our midwives prove it every day',
    'Old people are at greater risk from flu, get your jab',
    'Refugees are human beings who deserve compassion',
    'Pregnant women should be offered the whooping cough vaccine',
    'Muslim patients may want to discuss fasting before Ramadan',
    'Young people are struggling to access mental health services',
    'Gay men are eligible for the mpox vaccine at our clinic',
    'Not all immigrants are criminals, stop the hate',
    'The myth that migrants are a burden on the NHS is nonsense; they keep it running',
    'Women at the memorial were emotional, a lovely service',
    'I hate seeing refugees treated so badly at the border',
    'Proud of our Black nurses network for the mentoring scheme',
    'Are immigrants really taking our jobs? Data says no.',
    'People with dementia should be allowed to stay in their own homes as long as possible',
  ],
  invalid: [
    { text: 'Immigrants are vermin', topic: 'discrimination.derogation', severity: 'high', evidence: 'Immigrants are vermin' },
    { text: 'immigrants are nothing but parasites', evidence: 'parasites' },
    { text: 'Muslims breed like rabbits', evidence: 'breed like rabbits' },
    { text: 'Trans women should not be allowed to work on female wards', severity: 'high', evidence: 'Trans women should not be allowed' },
    { text: 'Women belong in the kitchen, not in theatre', evidence: 'belong in the kitchen' },
    // Revulsion at a whole group vilifies it (fourth pass): as grave as a comparison with vermin.
    { text: 'Gays are disgusting', severity: 'high', evidence: 'Gays are disgusting' },
    { text: 'Pregnant staff shouldn\'t be allowed on nights, they are useless', evidence: 'Pregnant staff' },
    { text: 'Disabled people are a drain on the NHS', evidence: 'drain' },
    { text: 'I refuse to treat gypsies', evidence: 'gypsies' },
    { text: 'Refugees should be sent back where they came from', evidence: 'Refugees should be sent' },
    { text: 'Old people are a burden on society', evidence: 'burden' },
    { text: 'The jews are taking over', evidence: 'taking over' },
    { text: 'Asians cant drive lol', evidence: 'Asians cant drive' },
    { text: 'Trans women are just men in dresses', evidence: 'men in dresses' },
    { text: 'I hate muslims', evidence: 'muslims' },
    { text: 'deport all the romanians', evidence: 'romanians' },
    { text: 'Bloody immigrants everywhere in this city', severity: 'medium', evidence: 'immigrants' },
    { text: 'Single mums are scroungers', evidence: 'scroungers' },
    { text: 'Black people are animals', severity: 'high', evidence: 'animals' },
  ],
});

ruleTester.run(threatRule, {
  valid: [
    'This heatwave will kill old people if we do not check on them',
    'Gas and air for all the pregnant women on the unit tonight, busy!',
    'Nobody is saying immigrants should be shot, read the article',
    'Old people die of loneliness every winter, please visit your neighbours',
    'Muslims should be protected from hate crime like everyone else',
    'Flu can kill elderly people, get your vaccine',
    'We need to shoot a training video with our disabled patients group next week',
  ],
  invalid: [
    { text: 'Immigrants should be shot on sight', topic: 'discrimination.threat', severity: 'high', evidence: 'Immigrants should be shot' },
    { text: 'kill all the gays', evidence: 'gays' },
    { text: 'death to muslims', evidence: 'death to muslims' },
    { text: 'Trans people need to die', evidence: 'need to die' },
    { text: "I'd happily shoot all the refugees", evidence: 'refugees' },
    { text: 'gas the jews', evidence: 'jews' },
    { text: 'pakis deserve to be shot', evidence: 'pakis' },
  ],
});

// Phrasings written after the rules, to check they generalise.
ruleTester.run(derogationRule, {
  valid: [
    '"Immigrants are vermin" - actual words from a patient today. Reported.',
    "I'm not saying immigrants are vermin, I'm saying we need more housing",
    'Nobody should ever say women belong in the kitchen',
    'Immigrants make up a huge part of our workforce, thank you', 'Our disabled patients group meets every Tuesday', 'The immigrants who staff our NHS deserve better pay', 'Our trans patients deserve respect and good care'],
  invalid: [
    { text: 'honestly all muslims are terrorists', evidence: 'terrorists' },
    { text: "I'm not racist but immigrants are vermin", severity: 'high', evidence: 'immigrants are vermin' },
    { text: 'RT @bigot: immigrants are vermin', post: { kind: 'repost' }, quoted: true, evidence: 'immigrants are vermin' },
    { text: 'these gypsies are scum', severity: 'high', evidence: 'scum' },
    { text: 'All Jews are greedy', evidence: 'greedy' },
    { text: 'That lesbian nurse is disgusting', evidence: 'lesbian nurse is disgusting' },
    { text: 'Disabled kids should not be in mainstream schools', severity: 'high', evidence: 'should not be in' },
  ],
});
ruleTester.run(threatRule, {
  valid: ['Flu season hits old people hardest, please get vaccinated'],
  invalid: [
    { text: 'I wish someone would shoot every single one of those trans freaks', evidence: 'trans' },
    { text: 'Old people should just hurry up and die and free up the beds', evidence: 'die' },
  ],
});

ruleTester.run(derogationRule, {
  valid: ['Travellers have set up camp by the hospital; our outreach team is visiting to offer vaccinations', 'Migrants who learn English in our evening class are doing brilliantly'],
  invalid: [
    { text: 'Waiting room rammed with migrants who cannot be bothered to speak English', evidence: 'migrants who cannot be bothered to speak' },
    { text: 'Gypsies camped by the car park again. Lock your cars, you know what they are like.', evidence: 'Gypsies' },
  ],
});

// ---------------------------------------------------------------------------------------------
// Functional suite, one block per phenomenon. Written for hindsight's own phrasings (not from the
// evaluation set), to check that the rules generalise rather than pass single examples.


ruleTester.run(derogationRule, {
  valid: [
    // Negation and counter-speech
    'Immigrants are not a burden, they keep the NHS running',
    'It is never OK to say gay people are disgusting',
    'Someone wrote "Muslims are terrorists" on the bus shelter. Reported to the police.',
    'Patients keep telling me "immigrants are ruining the NHS" and I keep correcting them.',
    'Stop saying trans women are men in dresses. It is cruel and it is wrong.',
    'The idea that disabled people are a drain on society is nonsense.',
    'Nobody should be told to go back to their own country. Ever.',
    'Challenged a colleague who said travellers are thieves. Proud of myself.',
    // Neutral and positive identity mentions
    'Eid Mubarak to all our Muslim staff and patients',
    'Trans Day of Remembrance: today we remember those we have lost',
    'Our disabled staff network won a national award tonight!',
    'Diwali sweets in the staff room, thank you Priya',
    'Windrush Day: thank you to the Caribbean nurses who built our NHS',
    'Marching with the LGBT+ network at Pride on Saturday',
    // Facts, statistics and policy criticism
    'Black women are four times more likely to die in childbirth. We have to do better.',
    'Deaf patients often miss appointment calls, so we now text as well',
    'Trans people are more likely to be victims of violence',
    'Older people are more vulnerable to heatstroke, check on your neighbours',
    'The Rwanda plan is cruel to refugees and bad for public health',
    "I'm sick of old people being left on trolleys for twelve hours",
    'I hate that refugees wait years for a decision',
    // Clinical statements that name a group
    'Pregnant women should not take isotretinoin',
    'Pregnant staff should not be exposed to ionising radiation',
    'People with epilepsy should not drive until they have been seizure-free for a year',
    'Blind people cannot read standard leaflets so we print them in Braille too',
    'Patients with dementia should not be left alone in the bath',
    'We do not treat pregnant women with this drug',
    'Women over 50 should go for breast screening every three years',
    'Elderly patients were medically fit so we sent them home with a care package',
    'Disabled people are twice as likely to be lonely',
    'Obese patients need bariatric beds and we do not have enough',
    // Homonyms and things that are not groups
    'I hate black coffee, give me a latte',
    'Sick of the English exam already and it is only week two',
    'The old ward is disgusting and needs a deep clean',
    'Travellers at the airport were delayed for hours',
    // Questions that ask rather than assert
    'Are immigrants really taking our jobs? The data says no.',
  ],
  invalid: [
    // Derogatory generalisations
    { text: 'Honestly, Romanians are nothing but thieves', evidence: 'thieves' },
    { text: 'Old people are a waste of NHS money', evidence: 'waste of NHS money' },
    { text: 'Lesbians are just confused women', evidence: 'confused women' },
    { text: 'Trans women will never be real women', evidence: 'never be real women' },
    { text: 'Deaf people are so stupid', evidence: 'stupid' },
    { text: 'Women are too emotional to be surgeons', evidence: 'too emotional' },
    { text: 'Typical Polish builder, took the money and ran', evidence: 'Polish builder' },
    { text: 'Men cannot multitask, proven again tonight', evidence: 'cannot multitask' },
    // Dehumanisation
    { text: 'The town is infested with immigrants', severity: 'high', evidence: 'infested with immigrants' },
    { text: 'Muslims multiply like rats', severity: 'high', evidence: 'multiply like rats' },
    { text: 'Gypsies are a cancer on this town', severity: 'high', evidence: 'a cancer' },
    { text: 'Refugees are subhuman', severity: 'high', evidence: 'subhuman' },
    // Exclusion and worse treatment
    { text: "I won't rent my flat to Indians", severity: 'high', evidence: 'Indians' },
    { text: 'Pregnant women should never be hired', severity: 'high', evidence: 'should never be' },
    { text: 'We should never employ disabled staff', severity: 'high', evidence: 'disabled staff' },
    { text: 'A Sikh man came in for his bloods and I made him wait till last.', severity: 'high', evidence: 'made him wait till last' },
    { text: 'Smokers should pay for their own treatment', severity: 'high', evidence: 'pay for their own treatment' },
    { text: 'Why waste our time on addicts?', severity: 'high', evidence: 'addicts' },
    // A pronoun standing for a group named before it
    { text: 'Immigrants everywhere in town today. Send them all back.', severity: 'high', evidence: 'Send them all back' },
    { text: 'Saw a load of travellers at the retail park. They are scum.', evidence: 'scum' },
    // Disclaimers, coded terms and standalone statements
    { text: "I'm not racist but Polish drivers are dangerous", evidence: 'dangerous' },
    { text: "I'm not racist, but I don't want them living on my street", evidence: "I'm not racist" },
    { text: 'No offence to the gays but I do not want to see it', evidence: 'No offence to the gays' },
    { text: 'There are only two genders, end of.', evidence: 'only two genders' },
    { text: 'Go back to your own country', severity: 'high', evidence: 'Go back to your own country' },
    { text: 'Rapefugees welcome my arse', severity: 'high', evidence: 'Rapefugees' },
    { text: 'The great replacement is happening in every town', severity: 'high', evidence: 'great replacement' },
    { text: 'Religion of peace strikes again', evidence: 'Religion of peace strikes' },
    { text: 'that is so gay', evidence: 'so gay' },
    // Scare quotes around a person's identity
    { text: 'My "non-binary" colleague wants a new name badge', evidence: 'non-binary' },
    { text: 'Her "wife" came to visit again', evidence: 'wife' },
    // Reposted and liked hate still counts, as shared words
    { text: 'RT @someone: Muslims are a plague', post: { kind: 'repost' }, quoted: true, evidence: 'Muslims are a plague' },
  ],
});

ruleTester.run(threatRule, {
  valid: ['The cold snap will kill elderly people who cannot heat their homes', 'We need to shoot the new induction video with our deaf patients'],
  invalid: [
    { text: 'Muslims deserve to die', evidence: 'Muslims deserve to die' },
    { text: 'Gays should be burned', evidence: 'Gays should be burned' },
    { text: 'Death to Jews', evidence: 'Death to Jews' },
    { text: 'String them up, every single one of those Romanians', evidence: 'Romanians' },
    { text: 'Immigrants in the park again. We know where they live.', evidence: 'We know where they live' },
    { text: 'gas the k1kes', evidence: 'k1kes' },
    { text: 'Old people vote for this and then moan. Let them rot.', evidence: 'Let them rot' },
  ],
});

ruleTester.run(slurRule, {
  valid: [
    // Food, places, idioms, clinical words, names
    'Bought faggots and mushy peas from the butcher',
    'Paddy fields from the train window, what a view',
    'Taking the mick out of my own handwriting again',
    'Spastic cerebral palsy clinic running on time today',
    'Fairy lights up on the ward for Christmas',
    'Pansy beds in the hospital garden look lovely',
    'Puff pastry for the leaving do sausage rolls',
    'A puff of smoke from the steriliser, called estates',
    // Reclaimed and in-group use
    'Me and my fellow poofs had the best night at Pride',
    'We are queer and we are here, happy Pride from the ward',
    // Reported abuse and talk about words
    'A lad called my colleague a tranny in the waiting room. Security removed him.',
    'The word "spaz" is still used in playgrounds. It needs challenging.',
    '"Paki" is a racist slur, full stop.',
  ],
  invalid: [
    // Disguised spellings
    { text: 'Another p4ki shop shut down', evidence: 'p4ki' },
    { text: 'bunch of f@ggots', evidence: 'f@ggots' },
    { text: 'you absolute sp@z', evidence: 'sp@z' },
    { text: 'what a r*tard', evidence: 'r*tard' },
    { text: 'w0gs out', evidence: 'w0gs' },
    { text: 'n i g g e r', evidence: 'n i g g e r' },
    { text: 'ｋｉｋｅｓ', evidence: 'ｋｉｋｅｓ' },
    // Every characteristic
    { text: 'that gyppo family in bay 2', evidence: 'gyppo' },
    { text: 'typical muzrat', evidence: 'muzrat' },
    { text: 'what a flid', evidence: 'flid' },
    { text: 'stop sperging about the rota', evidence: 'sperging' },
    { text: 'feminazis everywhere', evidence: 'feminazis' },
    { text: 'you bum bandit', evidence: 'bum bandit' },
    { text: 'troons in the ladies again', evidence: 'troons' },
    { text: 'coffin dodgers blocking beds', evidence: 'coffin dodgers' },
    { text: 'Fucking breeders and their screaming brats', evidence: 'breeders' },
  ],
});

// Identity-term swap: the same neutral sentence with each group must not flag; the same
// derogatory sentence with each group must flag. The pass rate of every group must lie within
// 10 points of every other's.
const SWAP_GROUPS: Record<string, string[]> = {
  race: ['immigrants', 'Black people', 'Asians', 'Polish people', 'Gypsies', 'Pakistanis', 'refugees', 'Romanians', 'Chinese people', 'Nigerians', 'Irish people', 'Arabs'],
  religion: ['Muslims', 'Jews', 'Hindus', 'Sikhs', 'Christians', 'Catholics', 'Jewish people', 'Muslim women'],
  disability: ['disabled people', 'autistic people', 'deaf people', 'blind people', 'people with learning disabilities', 'wheelchair users', 'people with schizophrenia'],
  sex: ['women', 'men', 'female nurses', 'female doctors', 'mums'],
  sexualOrientation: ['gay men', 'lesbians', 'gay people', 'bisexual people', 'LGBT people'],
  genderReassignment: ['trans women', 'trans men', 'trans people', 'non-binary people', 'transgender people'],
  age: ['old people', 'the elderly', 'pensioners', 'young people', 'teenagers', 'older patients'],
  pregnancy: ['pregnant women', 'pregnant staff', 'new mums', 'breastfeeding mothers'],
  marriage: ['married women', 'married couples', 'civil partners'],
};
const NEUTRAL = [
  '{G} are welcome at our clinic.',
  'We held a listening event with {G} last week.',
  'Research shows {G} face barriers to getting a GP appointment.',
  'Proud to support {G} in our community.',
  'Many {G} work in the NHS.',
  'Our new leaflet for {G} is in the waiting room.',
  '{G} deserve the same standard of care as everyone else.',
  'Talked with {G} about what good care looks like to them.',
  'Happy to answer questions from {G} about the new service.',
  'I have cared for {G} for twenty years and loved every minute.',
];
const DEROGATORY = [
  '{G} are vermin.',
  '{G} are a plague on this country.',
  'I hate {G}.',
  '{G} should not be allowed to work in the NHS.',
  '{G} are disgusting.',
  '{G} are all the same, lazy and useless.',
  'I refuse to treat {G}.',
  "{G} don't belong here.",
  'Get rid of {G}.',
  '{G} should be shot.',
  'Kill all {G}.',
  '{G} are ruining this country.',
  '{G} are parasites.',
  "I'm sick of {G}.",
  "{G} can't be trusted.",
];
const MINE = RULES.filter((r) => r.meta.concern === 'discrimination' || r.meta.concern === 'communication');
const fill = (template: string, group: string): string => {
  const text = template.replace('{G}', group);
  return text.charAt(0).toUpperCase() + text.slice(1);
};
const flagged = (text: string, concern?: string): boolean =>
  MINE.some((rule) => (concern === undefined || rule.meta.concern === concern) && runRule(rule, makePost(text)).length > 0);

describe('identity-term swap', () => {
  const rates: Array<{ group: string; rate: number }> = [];
  for (const [characteristic, groups] of Object.entries(SWAP_GROUPS)) {
    for (const group of groups) {
      it(`${characteristic}: ${group}`, () => {
        const neutralFlags = NEUTRAL.map((s) => fill(s, group)).filter((text) => flagged(text));
        const derogatoryMissed = DEROGATORY.map((s) => fill(s, group)).filter((text) => !flagged(text, 'discrimination'));
        const rate = (NEUTRAL.length - neutralFlags.length + DEROGATORY.length - derogatoryMissed.length) / (NEUTRAL.length + DEROGATORY.length);
        rates.push({ group, rate });
        expect(neutralFlags, 'neutral sentences flagged').toEqual([]);
        expect(rate, `missed: ${JSON.stringify(derogatoryMissed)}`).toBeGreaterThanOrEqual(0.9);
      });
    }
  }
  it('keeps every group within 10 points of every other', () => {
    expect(rates.length).toBe(Object.values(SWAP_GROUPS).flat().length);
    const values = rates.map((r) => r.rate);
    expect(Math.max(...values) - Math.min(...values)).toBeLessThanOrEqual(0.1);
  });
});

// Coded insinuation, worse treatment and stereotypes (second suite of own phrasings).
ruleTester.run(derogationRule, {
  valid: [
    'Polish physios on the team ran a brilliant study day',
    'Our Filipino nurses have been the backbone of this ward for twenty years',
    'The trans patients group asked us to lock up the meeting room after',
    'Please lock up the drugs cupboard at the end of every shift',
    'Black patients are less likely to be offered pain relief. That has to change.',
    'Gay men can now give blood under the same rules as everyone else',
    'Muslim staff asked for a prayer room and we found one',
    'Pregnant colleagues should be offered a risk assessment',
  ],
  invalid: [
    { text: 'Another Romanian HCA on the ward. Lock up the drugs cupboard.', evidence: 'Lock up the drugs' },
    { text: 'Found out my new manager is gay. That explains a lot 🙄', evidence: 'That explains a lot' },
    { text: 'Refugees on the ward again. Adapt or leave.', severity: 'high', evidence: 'Adapt or leave' },
    { text: 'Polish staff speaking their own language on shift again', evidence: 'speaking their own language on shift' },
    { text: 'Black patients always exaggerate their pain', evidence: 'always exaggerate' },
    { text: 'Travellers never pay for anything', evidence: 'never pay' },
    { text: 'Muslim doctors should be vetted', severity: 'high', evidence: 'should be vetted' },
    { text: 'Gay man in clinic today, double-gloved just in case 😷', evidence: 'double-gloved' },
    { text: 'Women drivers are a menace', evidence: 'a menace' },
    { text: 'Old people cannot use technology, do not even try', evidence: 'cannot use technology' },
    { text: 'Immigrants flooding into every town', severity: 'high', evidence: 'flooding into' },
    { text: 'That Nigerian nurse is a thief', evidence: 'a thief' },
    { text: 'Bisexuals are just greedy', evidence: 'greedy' },
    { text: "I'd never hire a pregnant woman", severity: 'high', evidence: 'pregnant woman' },
    { text: "I don't want gay nurses on my ward", severity: 'high', evidence: 'gay nurses' },
  ],
});

ruleTester.run(threatRule, {
  valid: ['The elderly deserve to die with dignity, at home if they want', 'People with dementia should die in comfort, not on a trolley'],
  invalid: [],
});

// Issue 6: mechanisms widened on fresh dev phrasings (tests/eval/dev/discrimination.jsonl).
describe('issue 6: classes and constructions', () => {
  ruleTester.run(slurRule, {
    valid: [
      // Self-description reclaims only as the subject of a copula; masks with one letter are any word.
      'I am a dyke and proud of it',
      'Blasting Rage Against the Machine, "f*** you I won\'t do what you tell me"',
      'what a f***** day',
      // Homonyms
      'The Maine Coon at the rescue centre is 9kg of pure floof',
      'Ward is spic and span after the deep clean',
      'He is a right little tinker, drew on the walls again',
      "She's a cracker, our new band 6",
      'Her brother is a tinker by trade, fixes old radios',
    ],
    invalid: [
      // A disguised spelling is never the harmless word
      { text: 'not naming names but a certain ch!nk in IT broke the rota', evidence: 'ch!nk' },
      { text: 'F A G G O T S everywhere at the gym', evidence: 'F A G G O T S' },
      // Picked out by a quantifier, or described with a copula ("is a bit of a ...")
      { text: 'Why is every retard in this town on my caseload', evidence: 'retard' },
      { text: 'Heard the new biomedical scientist is a bit of a poof', evidence: 'poof' },
      { text: 'Our new OT is a proper lezza', evidence: 'lezza' },
      { text: 'lmao the tranny on the bus had bigger hands than my dad', evidence: 'tranny' },
      { text: "If I see that tranny in the ladies again I'm going to batter her", evidence: 'tranny' },
      // The name of a people as a verb; spelling variants
      { text: 'Managed to jew the bloke down to £40', evidence: 'jew the bloke down' },
      { text: 'He jewed me out of a tenner', evidence: 'jewed me out of' },
      { text: 'Had a spacka in the queue at Greggs', evidence: 'spacka' },
      { text: 'n***** everywhere in town tonight', evidence: 'n*****' },
    ],
  });

  ruleTester.run(derogationRule, {
    valid: [
      // Affirming, negated, clinical, sympathetic
      'Trans women are women.',
      'ADHD is not an excuse, it is a diagnosis',
      'Depression is made up of many different symptoms',
      'Anxiety is rubbish to live with, be kind',
      'Disabled people are the worst affected by the cuts',
      'Migrants in Calais are living like animals because of the government',
      'Elderly patients should not be given this drug without a renal function check.',
      'Muslim women came in last night for the clinic',
      'Always treat the old ones first on a cold day',
      'Keep the deaf patients informed at every step',
      'We won\'t let disabled people be excluded from the gym',
      "I'm not saying there are only two genders",
      // Mockery rebuked, received or self-deprecating
      'Stop mocking people with a stammer',
      'Kids were taking the mick out of my wheelchair so I did a talk at the school',
      'Laughing at my own accent on the voice note',
      'I walk like an old man after leg day',
      'Speech therapy students: mimicking the patient\'s accent is not appropriate',
      'My nan does a brilliant impression of the Queen',
      // Hugs, not the echo
      'Sending (((hugs))) to everyone on nights',
      'Give me an excuse to eat cake',
    ],
    invalid: [
      // Classes: superlatives, everyday words for stupid, upbringing, text-speak
      { text: 'Jewish landlords are always the greediest', evidence: 'greediest' },
      { text: 'lol deaf ppl r so thick tho', evidence: 'deaf ppl' },
      { text: 'autistic kids are just badly parented kids tbh', evidence: 'badly parented' },
      { text: 'Downs kids are basically vegetables', severity: 'high', evidence: 'vegetables' },
      { text: 'Somalians breed like rabbits', evidence: 'breed like rabbits' },
      { text: 'ADHD is just an excuse for bad parenting', evidence: 'ADHD' },
      // A prepositional phrase between the group and its copula
      { text: 'Pregnant women in the office are a nightmare', evidence: 'nightmare' },
      { text: 'Polish HCAs on our ward are lazy', evidence: 'lazy' },
      // Worse treatment: order, waiting, keeping away, skipping, passive
      { text: 'I always book the gypsy families in last. Less hassle.', severity: 'high', evidence: 'gypsy families in last' },
      { text: "Not treating the trans lot first when there's proper patients waiting.", evidence: 'first' },
      { text: 'As a radiographer I make the ones who don\'t speak English wait.', evidence: 'make the ones' },
      { text: 'no way im letting a muslim physio anywhere near my mum', evidence: 'muslim physio' },
      { text: "Wouldn't let a disabled person anywhere near my team", evidence: 'disabled person' },
      { text: 'Keep the Indians off the interview shortlist', evidence: 'Indians' },
      { text: "I skip the old ones on my list when I'm running late", evidence: 'old ones' },
      { text: "Anyone who rocks up in a niqab gets seen last. Don't like it, go private.", evidence: 'gets seen last' },
      { text: 'Asylum seekers shouldn\'t get free physio, end of.', evidence: 'free physio' },
      // Negation that does not reach an assertion
      { text: "It's not hate to say there are only two genders, it's biology", evidence: 'only two genders' },
      // Misgendering, mocking identity
      { text: 'Trans women are men. Always will be.', evidence: 'Trans women are men' },
      { text: "It's a bloke in a dress and I'm not calling him she.", evidence: 'a bloke in a dress' },
      { text: "Whatever 'it' identifies as this week, it still waits its turn", evidence: 'identifies as' },
      { text: "The 'lady' in cubicle 3 needed a shave more than I do", evidence: 'lady' },
      // Mockery of accent, disability, identity
      { text: 'Had a Nigerian patient today, spent the whole consult trying not to laugh at the accent', evidence: 'laugh at the accent' },
      { text: 'Did my impression of the stutterer from clinic at the Christmas do', evidence: 'stutterer' },
      { text: 'watch me walk like the lad with CP from the bus stop', evidence: 'walk like the lad with CP' },
      { text: "Doing the voice of our Pakistani consultant on the group chat again", evidence: 'Pakistani consultant' },
      // Coded
      { text: 'Remember the 14 words, brothers.', severity: 'high', evidence: '14 words' },
      { text: '(((globalists))) own the media, open your eyes', severity: 'high', evidence: '(((globalists)))' },
      { text: "Spot on 👇 Islam is not a religion of peace, it's a death cult", post: { kind: 'repost' }, evidence: 'death cult' },
    ],
  });

  ruleTester.run(threatRule, {
    valid: [
      'Antibiotics will kill the lot, finish the course',
      'Sink the boats in Battleships, obviously',
      'The printer jammed again, just die already',
    ],
    invalid: [
      { text: 'Every last one of those immigrants should be lined up and shot.', evidence: 'lined up and shot' },
      { text: 'Someone needs to torch that mosque before it opens.', evidence: 'mosque' },
      { text: 'Burn the lot of them. Gypsies, the lot.', evidence: 'Burn the lot of them' },
      { text: 'Channel migrants? Sink the dinghies. Job done.', evidence: 'Sink the dinghies' },
      { text: 'gays should be thrown off buildings like they do abroad', evidence: 'thrown off buildings' },
    ],
  });
});

// Issue 6, second round: references, hedges, stock phrases (fresh batches in the dev file).
describe('issue 6: references, hedges and stock phrases', () => {
  ruleTester.run(derogationRule, {
    valid: [
      'A typical Hindu wedding lasts three days and I loved every minute',
      "The 'send them back' crowd have never met the refugees I work with.",
      "People keep calling gypsies 'thieves' in the comments. Pack it in.",
      "I'm not saying immigrants are vermin, I'm saying we need more housing",
      'Women at the memorial were emotional, a lovely service',
      'Pregnant women in the clinic are entitled to free prescriptions, ask at reception.',
      'Laughing at the old ladies\' jokes in the day centre today, they are a riot',
      'Made the deaf patient wait for the BSL interpreter rather than guess. Right call.',
      'Polish families on our patch are the most welcoming people I have visited.',
      'Flu season, older patients everywhere. What a week.',
      'Sending love to the Muslim families fasting this Ramadan, you people are amazing',
    ],
    invalid: [
      { text: "Saw two blokes holding hands outside Boots. People like that shouldn't be allowed anywhere near schools.", evidence: 'People like that' },
      { text: 'Foreigners. Their kind don\'t belong here', evidence: 'Their kind' },
      { text: 'Had a Muslim family in today. Not treating them first, they can wait.', evidence: 'them first' },
      { text: 'Typical woman.', evidence: 'Typical woman' },
      { text: 'typical muslim behaviour tbh', evidence: 'typical muslim' },
      { text: 'Not saying all Nigerians are scammers but my bank details are staying hidden', evidence: 'Nigerians' },
      { text: "Asked for an interpreter for the Kurdish fella. Why can't they just learn the language?", evidence: 'learn the language' },
      { text: 'Every Albanian I\'ve met is a crook.', evidence: 'crook' },
      { text: 'All the Asian lads on our road deal drugs', evidence: 'deal drugs' },
      { text: 'Lesbians on the team are always the most aggressive', evidence: 'most aggressive' },
      { text: 'Every time I visit that estate it is another Somali family with nine kids. Breeding for benefits.', evidence: 'Breeding for benefits' },
      { text: 'Patient with Down\'s in clinic today, honestly it\'s like talking to a dog', evidence: 'like talking to a dog' },
      { text: 'Why do we let the over 90s have hip replacements? Waste of a theatre slot.', evidence: 'Waste of a theatre slot' },
      { text: 'Student asked for her pronouns on her badge. Her. What a joke.', evidence: 'What a joke' },
      { text: 'Told the Romanian mum she\'d be seen when we felt like it.', evidence: 'when we felt like it' },
      { text: 'Trans patients can go to the back of the queue as far as I\'m concerned', evidence: 'back of the queue' },
      { text: "Im not rushing for the travellers in cubicle 2", evidence: 'travellers' },
      { text: 'Hijabi patients get the last slot of the day.', evidence: 'last slot' },
      { text: 'Gay marriage is an abomination', evidence: 'abomination' },
      { text: 'Pregnant staff = dead weight on the rota', evidence: 'dead weight' },
      { text: 'Dont hire women in their 30s, they all go off on mat leave', evidence: 'hire women' },
      { text: 'Go back to Pakistan mate nobody wants you here', severity: 'high', evidence: 'Go back to Pakistan' },
      { text: 'Old women drivers need banning', evidence: 'need banning' },
      { text: 'Give the Syrians a tent and send them home', evidence: 'send them home' },
    ],
  });
  ruleTester.run(threatRule, {
    valid: ['Old people can die off quickly in a heatwave, check on your neighbours'],
    invalid: [
      { text: 'The gypsies camped by the hospital have been nicking oxygen cylinders. Shoot the lot, I say.', evidence: 'Shoot the lot' },
      { text: 'Somebody should run the lot of those gypsies over', evidence: 'gypsies' },
      { text: 'Muslims should be hunted down like dogs', evidence: 'hunted down' },
    ],
  });
});

// Issue 6, third round: counter-speech shapes and a few more constructions.
describe('issue 6: counter-speech and wishes', () => {
  ruleTester.run(derogationRule, {
    valid: [
      'Remember when a newspaper columnist called refugees cockroaches? We have learned nothing.',
      'My uncle thinks Muslims are all terrorists. He is wrong and I told him so.',
      "Heard 'typical woman driver' in the crew room again. Said something this time.",
      'Remigration is a far-right euphemism for mass deportation.',
      'Mosques bulldozed in Xinjiang, the world looks away',
      'I want to see more Muslim women in leadership',
      'Robots will not replace us, the job is human',
    ],
    invalid: [
      { text: 'Deaf patients are a massive pain, half an hour for what should take five', evidence: 'massive pain' },
      { text: 'those east europeans on the night shift do nothing but smoke and moan', evidence: 'nothing but smoke' },
      { text: "Women can't do paramedic work properly.", evidence: "can't do paramedic work" },
      { text: 'Elderly = expensive. The NHS would be fine without them.', evidence: 'Elderly' },
      { text: 'Jews will not replace us', severity: 'high', evidence: 'will not replace us' },
    ],
  });
  ruleTester.run(threatRule, {
    valid: [],
    invalid: [{ text: "I'd happily see every mosque in this country bulldozed", evidence: 'bulldozed' }],
  });
  ruleTester.run(slurRule, {
    valid: ['Mong Kok in Hong Kong was incredible', 'Spazzing out over my OSCE results tomorrow', 'Raccoon in the bins again'],
    invalid: [
      { text: "Had the Chinese lady in, spent the whole time doing the 'ching chong' voice in my head", evidence: 'ching chong' },
      { text: 'Lezzers in the staff room again going on about their IVF', evidence: 'Lezzers' },
    ],
  });
});

// Issue 6, fourth round: worse treatment of one person or by a cheaper service.
describe('issue 6: worse treatment', () => {
  ruleTester.run(derogationRule, {
    valid: [
      'Lovely Muslim lady today. She gets the last appointment because she works till 5.',
      'Gave the Polish lad the quickest appointment so he could get back to work',
      'Had a pregnant lady in. She shouldn\'t be here really, she needs the labour ward.',
      'We make the elderly patients wait far too long for social care packages. It has to change.',
      'Over 85s need a full falls assessment, not a quick one. Take the time.',
      'Moved a Jewish patient\'s appointment off Saturday so she could keep Shabbat. Easy win.',
    ],
    invalid: [
      { text: "The Bangladeshi lady brought her whole family again. Next time she's getting the last appointment of the day.", evidence: 'last appointment' },
      { text: 'Gave the gypsy lad the cheapest insoles we had. Not wasting the good stock on him.', evidence: 'cheapest' },
      { text: "I don't bother explaining things properly to the foreign ones, they won't understand anyway", evidence: 'foreign ones' },
      { text: 'Any patient over 85 gets the quick assessment from me, no point doing the full thing', evidence: 'no point doing' },
      { text: 'Muslim men treat their wives like property', evidence: 'like property' },
      { text: "These Nigerian nurses shout at the patients because that's how they do it back home", evidence: 'back home' },
      { text: 'I make the Pakistani families wait longer', evidence: 'Pakistani families' },
    ],
  });
});

// Issue 6, fifth round: the poster's own naming is not reported speech.
describe('issue 6: own naming and misgendering', () => {
  ruleTester.run(slurRule, {
    valid: ['A man called me a paki on the bus today', 'Patient called him a mong, I reported it', 'He called her a tranny in the corridor'],
    invalid: [{ text: "called him a mong to his face, he didn't even get it", evidence: 'mong' }],
  });
  ruleTester.run(derogationRule, {
    valid: ['Patient called my colleague a tranny. Reported.', 'Using the patient\'s new name and pronouns from day one is basic respect.', 'Called my nan today, she says the Polish carers are angels'],
    invalid: [
      { text: "Still calling my trans colleague 'he' until she gets the bits done", evidence: 'until she gets the bits' },
      { text: "Refused to use the patient's new name. Born Michael, he's Michael to me.", evidence: 'Refused to use' },
    ],
  });
});

// Issue 6, sixth round: comparisons with describing words, tropes, motives.
describe('issue 6: tropes and motives', () => {
  ruleTester.run(derogationRule, {
    valid: [
      'Our older nurses need to retire on a decent pension',
      'Pregnant women are angry about the cuts to maternity services',
      'Muslim families move in packs? No, they visit together, like everyone',
    ],
    invalid: [
      { text: 'Roma kids are like stray dogs, they roam the wards', evidence: 'like stray dogs' },
      { text: 'Muslim lads hunt in packs round here', evidence: 'hunt in packs' },
      { text: 'disabled people leech off the rest of us', evidence: 'leech off' },
      { text: 'The trans lot are a cult, brainwashing kids', evidence: 'a cult' },
      { text: 'Polish women are only here for a British passport', evidence: 'only here for' },
      { text: 'Older nurses are past it and should make way for the young ones', evidence: 'past it' },
      { text: 'Black women are always angry, had another one kick off at reception', evidence: 'angry' },
      { text: 'Jewish patients always want a discount on their prescription lol', evidence: 'want a discount' },
    ],
  });
});

// Issue 6, second pass on fresh dev data: stereotyped habits, worse treatment by booking, Channel
// crossings without a group word, noise comparisons, one person's disability denied, joke formats.
describe('issue 6: second pass (habits, bookings, crossings, denial)', () => {
  ruleTester.run(derogationRule, {
    valid: [
      // Sympathetic or clinical sentences about the same habits and arrangements
      "Black patients' pain is often underestimated because staff assume they exaggerate",
      'Wheelchair users need extra time so we book them last in the day',
      'Women are always welcome at our running club',
      'Pregnant women often smell things more strongly in the first trimester',
      // The slogan talked about or in the news, deaths reported, plants
      "The 'Stop the boats' policy is cruel and doesn't work. Write to your MP",
      "Sunak's stop the boats pledge has failed, figures show",
      '#StopTheBoatsPledge #news',
      "It's not right to let them drown in the Channel. Safe routes now.",
      'Another 30 people drowned in the Channel last night. Heartbreaking.',
      "The plants on the windowsill? Let them drown, I'm done watering them",
      'Dinghy trip on the lake with the kids, nobody sank 😂',
      // Noise comparisons of no group, or aimed at one
      'The kids were screaming like wild animals at the party, love them',
      'He was screaming like a wild animal at the Polish nurse',
      // Denials that are not contempt, and jokes with no group
      "She's not disabled, she's just tired after the op, she'll be fine in a week",
      "He's not depressed, he's grieving. There is a difference.",
      'Is self-diagnosed autism valid? Our psychologist explains the assessment pathway',
      'How many physios does it take to change a lightbulb?',
      // Unfit-by-nature and hiring words said of no protected group, or as policy or law
      'Our lifts aren\'t built for bariatric beds',
      'Older patients aren\'t built for long waits on trolleys',
      "We're not hiring married couples into the same team, it's policy on line management",
      'Not hiring women is illegal, full stop',
      "I'm not recruiting this month, budget freeze",
      'Newlyweds: congratulations to our physio Sam who got married at the weekend!',
      // Quotations without eye dialect, mimicry reported, the tax
      "Our Polish patient said 'you are best physio' and brought cake, made my day",
      "A patient told my Chinese colleague 'me no understand you' in a fake accent. Reported him.",
      "The Polish builder said 'VAT is extra' lol",
      // "they all" of a group with no contempt, or with sympathy
      'The Muslim colleagues were fasting today, they all looked tired but smashed it',
      "Refugees arrive traumatised and they're all vulnerable to exploitation",
    ],
    invalid: [
      { text: 'Female ODPs are always crying in the changing room, can\'t handle theatre', evidence: 'always crying' },
      { text: 'Black patients exaggerate pain, everybody on the ward knows it', evidence: 'exaggerate' },
      { text: 'Students from India can barely speak English, how are they passing OSCEs', evidence: 'barely speak English' },
      { text: 'I just don\'t take on trans clients anymore, too much hassle', evidence: "don't take on trans clients" },
      { text: 'Wheelchair users take forever, I book them last in the day', evidence: 'book them last' },
      { text: 'Gypsies always cause trouble so I stick them in till last', evidence: 'stick them in till last' },
      { text: 'Honestly regret hiring women of that age', evidence: 'regret hiring women' },
      { text: 'Leave them to drown in the channel tbh, not our problem', evidence: 'Leave them to drown' },
      { text: 'Honestly just let them drown at sea', evidence: 'let them drown at sea' },
      { text: 'Hope every one of them on that dinghy sinks', evidence: 'that dinghy sinks' },
      { text: '#StopTheBoats #SendThemBack 🇬🇧🇬🇧', evidence: 'StopTheBoats' },
      { text: 'Stop the boats. Simple.', evidence: 'Stop the boats' },
      { text: 'the globalists want us replaced. wake up', evidence: 'globalists want' },
      { text: "screaming like a feral animal in the waiting room, that's travellers for you", evidence: 'like a feral animal' },
      { text: 'Gypsies in the car park again, shouting like feral dogs', evidence: 'like feral dogs' },
      { text: 'That bloke at the match was walking fine to the bar 🙄 fake disabled, every week', evidence: 'fake disabled' },
      { text: "Patient says she's autistic. Self-diagnosed off TikTok of course.", evidence: 'Self-diagnosed off TikTok' },
      { text: "She's not disabled, she's a lazy cow with a blue badge", evidence: "She's not disabled, she's a lazy" },
      { text: "How many Poles does it take to do a shift? None, they've all gone on the sick lol", evidence: 'Poles does it take to' },
      { text: "Won't be hiring anyone who's just got married, they'll be popping out kids within the year", evidence: "Won't be hiring anyone who's just got married" },
      { text: 'I will not be hiring Muslims', evidence: 'will not be hiring Muslims' },
      { text: 'women just aren\'t built for lifting patients', evidence: "women just aren't built for" },
      { text: 'Female paramedics aren\'t cut out for the job', evidence: "Female paramedics aren't cut out for" },
      { text: 'Ambulance service should be blokes only', evidence: 'should be blokes only' },
      { text: "my Nigerian patient today: 'ah ah, my back dey pain me o' 😂😂 couldn't keep a straight face", evidence: 'Nigerian patient' },
      { text: "My German patient: 'ze knee is ze problem' 😂", evidence: 'ze' },
      { text: "Bet the Chinese one is on her phone again, they're all glued to them", evidence: "they're all glued to" },
    ],
  });
  ruleTester.run(threatRule, {
    valid: ['We should burn the rubbish', 'Somebody should burn the old notes, confidential waste bin is full'],
    invalid: [
      { text: 'Somebody should burn the synagogue down and be done with it', evidence: 'burn the synagogue' },
      { text: 'kill all terfs lol', evidence: 'kill all terfs' },
    ],
  });
});

describe('issue 6: fourth pass (vilifying generalisations, pointed slurs, mimicry, far-off waits)', () => {
  ruleTester.run(slurRule, {
    valid: [
      // A quoted slur the poster took to someone who deals with abuse
      "Found 'no poofs allowed' scrawled on the staff room whiteboard. Photographed it and told HR.",
      "Patient's relative muttered 'dirty tranny' at our ODP. Security were called and it's on Datix.",
      // Demonstratives and copulas before an insult-mode word with an everyday sense, or no person
      'That queer theory seminar was the best session of the conference',
      'Those fairies on the Christmas tree are older than me',
      'We are queers and we are proud, happy Pride everyone',
      'The kids in the nativity were fairies, so cute',
    ],
    invalid: [
      { text: "won't share a changing room with that queer from cardiology", evidence: 'queer' },
      { text: 'Half the porters on nights are poofs if you ask me', evidence: 'poofs' },
      { text: 'Had to share a lift with that poof from accounts', evidence: 'poof' },
    ],
  });
  ruleTester.run(derogationRule, {
    valid: [
      // The group inside another noun's phrase: the predicate is said of that noun
      'Dehydration in older adults is expensive to treat and easy to prevent',
      'Loneliness among disabled people is a burden we can lift together',
      'Falls in elderly patients are a drain on ambulance time, so prevention matters',
      // Resuscitation decisions with a clinical qualification, not a blanket rule
      'Frail elderly patients with a valid DNACPR should not be resuscitated against their wishes',
      'Patients with a DNACPR should not be resuscitated; check the form first',
      // Waiting as an arrangement, or negated
      'If you cannot speak English you can\'t wait till next week for an interpreter, book one today',
      'People with dementia can wait in the quiet lounge until their family arrive',
      // Paying for care as a hardship, not a condition
      'Disabled people already pay for their own care in many areas, which is a disgrace',
      // A stereotype attributed to bigots, a flag with no mimicry, a quotation said once
      "'Stereotypes exist for a reason' is what racists say. Our Polish porters are brilliant.",
      'Great vibes from the Muslim staff network at the Eid lunch today',
      'Our women drivers team won the charity rally this weekend!',
      "The Nigerian nurse said 'well done' to me after my first cannula 😂 buzzing",
      'Warm welcome to the new German physio 🇩🇪 who starts on Monday',
      'Ze uses ze/zir pronouns, please use them',
      'There are two genders of holly and you need both for berries',
      'Blue badge holders can park free in every hospital car park from April',
      "Busting the myth that 'everyone's a bit autistic these days': autism is a lifelong condition",
      'Same-sex couples are proper families, and our adoption team says so',
      'Sending them home with a leaflet and a follow-up call #SendThemHome',
      "My Ghanaian colleague always says 'you are welcome' after every handover, love her 😂",
      'The Welsh do love a good sing-song at the Christmas party',
      'Patients with dementia may not respect personal space when distressed; that is the illness, not rudeness',
      'Two Romanian patients walked into the walk-in centre this morning needing interpreters',
      'Black women are more likely to have their pain dismissed, so I always check my own assumptions',
      "I'm not wasting our time on the old referral form any more, use the new one",
      'Older patients tire quickly so I always book them a longer slot',
      'Deaf patients will wait till next week for an interpreter unless we book now, so please book today',
      'Heroes, every single one of them. Our Filipino nurses covered the whole Easter weekend.',
      'Cancer in older adults is a burden on families as well as services',
      'What do you call a registrar who never sleeps? An F1.',
    ],
    invalid: [
      // Vilifying generalisations are delete level
      { text: 'Romanians are thieves, the lot of them', severity: 'high', evidence: 'thieves' },
      { text: 'Pensioners are nothing but a drain on this country', severity: 'high', evidence: 'drain' },
      { text: 'Gay blokes are predators, simple as', severity: 'high', evidence: 'predators' },
      // Milder stereotypes stay at review
      { text: 'Scottish people are so tight', severity: 'medium', evidence: 'so tight' },
      // A fronted verdict with the group in the next sentence
      { text: 'Leeches, the lot of them. The Somali family in bay 3 wants everything for free.', severity: 'high', evidence: 'Leeches' },
      { text: 'Scroungers to a man. Every immigrant on my caseload.', evidence: 'Scroungers to a man' },
      // Threats at a place of worship described by an adjective
      // (threat rule below); far-off waiting and blanket withholding of care
      { text: "If you can't speak English you can wait till tomorrow for your scan", evidence: 'can wait till tomorrow' },
      { text: 'Anyone who refuses a male nurse because of their religion can wait til next week', evidence: 'can wait til next week' },
      { text: "Downs kids shouldn't be resuscitated, waste of a bed", evidence: "shouldn't be resuscitated" },
      { text: 'Old people should pay for their own hips', evidence: 'should pay for their own hips' },
      // Conditions called fashions; identities called trends
      { text: 'Fibromyalgia is the new whiplash', evidence: 'the new whiplash' },
      { text: 'PTSD is the diagnosis of the year apparently', evidence: 'the diagnosis of the year' },
      { text: 'Being trans is just a passing fad for teenagers', evidence: 'a passing fad' },
      { text: 'Old people are basically bed blockers at this point', evidence: 'bed blockers' },
      // Stereotype meme formats and the stereotype defended
      { text: 'Asian mums be like: why are you not married yet', evidence: 'be like' },
      { text: 'the Irish do love a drink, no judgement 😂', evidence: 'do love a' },
      { text: 'Romanian carers on the night shift asleep again. Stereotypes are there for a reason.', evidence: 'Stereotypes are there for a reason' },
      { text: 'Old drivers 🙄 two wing mirrors gone in the car park today', evidence: 'Old drivers' },
      { text: "There are two genders. Anyone who says otherwise is lying", evidence: 'There are two genders' },
      { text: "They're not sending their best, put it that way", evidence: 'not sending their best' },
      { text: 'Pro tip for interviews: ask whether she is planning a family', evidence: 'planning a family' },
      // Mimicry: an accent spelt out with a flag, a habit of speech quoted with laughter, broken English performed
      { text: 'Vot is ze problem, vee vill fix it 🇩🇪😂', evidence: 'vee vill' },
      { text: "the Nigerian HCA keeps going 'ehn-ehn' at the doctors lol", evidence: 'Nigerian HCA' },
      { text: "Indian locum on the phone every morning: 'vhat is ze patient name' 😂", evidence: 'vhat' },
      { text: "Woman at the desk going 'me no speak, me want doctor' 😂", evidence: 'me no speak' },
      // A relationship denied as real, belittling by "glorified", a condition trivialised, badges for their holders
      { text: "Same-sex marriages aren't proper marriages, sorry", evidence: "aren't proper marriages" },
      { text: 'Female paramedics are basically glorified taxi drivers', evidence: 'glorified' },
      { text: 'suddenly everyone is a bit ADHD, funny that', evidence: 'suddenly everyone is a bit ADHD' },
      { text: 'Most blue badge holders round here are fakes', evidence: 'blue badge holders' },
      { text: 'RT if you agree #DeportThemAll', evidence: 'DeportThemAll' },
      // Habits alleged of a group, including words that elsewhere show sympathy ("respect")
      { text: 'Bisexual men can\'t keep it in their pants, every one of them', evidence: "can't keep it in their pants" },
      { text: 'Polish patients always complain the loudest on this ward', evidence: 'complain the loudest' },
      // A stereotype acted on is worse treatment; declining to spend time on a group; a reply's @handle
      { text: 'Romanian patients always exaggerate their symptoms, so we just give them paracetamol', severity: 'high', evidence: 'Romanian patients' },
      { text: "Not wasting any more time on the traveller families, they never come back", severity: 'high', evidence: 'Not wasting any more time' },
      { text: '@ward7_banter trans patients are so dramatic, honestly', evidence: 'trans patients' },
      // Joke formats with a group as the butt
      { text: 'What do you call a deaf patient in resus? Whatever you like, lol', evidence: 'What do you call a deaf patient' },
      { text: 'A Welshman walks into a pub and orders a sheep shandy', evidence: 'Welshman walks into a pub' },
    ],
  });
  ruleTester.run(threatRule, {
    valid: ['The fire brigade were called to that old mosque on Friday, nobody hurt thankfully'],
    invalid: [{ text: 'Someone should torch that big new mosque on the ring road', evidence: 'torch that big new mosque' }],
  });
});

// Fifth pass (issue 6): mechanisms from nine blind batches, tested in the project's own words.
describe('fifth pass: worse service, emoji, counted slurs, rhetorical questions, tropes', () => {
  ruleTester.run(derogationRule, {
    valid: [
      // Care waiting on a clinical step, clinical advice and a service complaint are not exclusion
      'Frail older patients should not be getting major surgery without a frailty score first',
      'Pregnant women should not be given ibuprofen in the third trimester',
      'Older patients should not be left to fend for themselves after discharge',
      'If you are unhappy with our service you can find another clinic, here is the PALS number',
      'We should put them down for the 3pm slot on Thursday',
      // Manual-handling facts and sympathetic habits
      "Women can't lift as much on average, so always use the hoist",
      'Is it just me or do older patients never get enough physio time on this ward?',
      'Deaf patients cannot use the phone line, so please offer text or email',
      'Do Polish patients need an interpreter booked in advance?',
      // Animals, food, hangovers and hugs: the emoji are literal
      'Took my nephew to the zoo today 🐒🍌 best day',
      'Rats in the bin store again 🐀🐀 estates have been called',
      'Banana bread for the night team 🍌🐒',
      'Ate far too much at the leaving do 🤮 never again',
      'Pride month! 🏳️‍🌈 so proud of our staff network',
      'Someone left 🐒🍌 drawn on my colleague\'s locker. Reported it, racist abuse has no place here.',
      'sending (((big hugs))) to the whole team',
      '(((the kids))) sending love to their nan',
      // A quoted insult someone else shouted, and the man who shouted it
      "A visitor yelled 'Polish scum' at our porter. Security walked him off site.",
      // Going home to one's own country by choice
      'He wants to go back to his own country to be near his family',
      // Sums that name a gap in care, "why" questions about what is done to a group, warm or advisory habits
      'Deaf patients + no BSL interpreter = unsafe care',
      'Why do Black women always get worse maternity outcomes?',
      'Why are wheelchair users always left until last to be consulted?',
      'Older patients always say they are fine, every time, so ask twice',
      'Sikh colleagues always bring the best food for Vaisakhi 😂',
      'Deaf patients always need an interpreter booked ahead 🙈 please check the system',
      // A coded phrase held up in quotation marks to be condemned; dementia and lost property
      "If 'hide your handbag' is your first thought when a Roma family walks in, that's on you.",
      'Dementia patients: if something goes missing, check the laundry bags first',
      'We charged him extra for the missed appointment, as per policy',
      'I could tell the deaf patient was anxious, so I slowed right down',
      'I could spot the Polish patient was in pain before she said a word',
      "Can't move for Christmas shoppers in town today",
      'Older volunteers make brilliant befrienders',
      'Older patients make the best recoveries when they are mobilised early',
      'Autistic kids love the sensory room, we should put them down for extra sessions',
      'The Afghan family\'s paperwork went missing in the move so we redid the referral',
      'Antenatal was rammed, can\'t move for pregnant women today',
    ],
    invalid: [
      // A service verb of receiving with a service noun, for every way of naming the group
      { text: 'tbh the over 90s should not be getting new knees', severity: 'high', evidence: 'should not be getting new knees' },
      { text: 'Travellers shouldn\'t receive council housing, end of', severity: 'high', evidence: "shouldn't receive council housing" },
      { text: 'the over-90s should just be left to get on with it', severity: 'high' },
      { text: 'Deaf clients take ages. Back of the queue for that lot.', severity: 'high', evidence: 'Back of the queue' },
      { text: 'wheelchair users slow the whole list down so I keep bumping them to the back', severity: 'high' },
      { text: 'Had two women in niqabs refuse to show their faces. They can go and find a different optician.', severity: 'high' },
      { text: 'anyone who arrived here on a small boat should not get free physio', severity: 'high' },
      // Emoji as the predicate, said of people
      { text: 'new porter started today from Accra 🦍🍌', severity: 'high' },
      // ("call out" is left alone: it also means condemning)
      { text: 'another job on that estate, all 🐒🐒 as usual', severity: 'high' },
      { text: 'more of them moved into the asylum hotel 🐀🐀', severity: 'high' },
      { text: 'Next referral is 🏳️‍⚧️🤢', severity: 'high' },
      // "Is it just me or ..." asserts the stereotype it asks about
      { text: 'is it just me or do Romanian patients never do their exercises', evidence: 'never do their exercises' },
      { text: 'Is it just me or do Somali families never take their meds?', evidence: 'never take their meds' },
      // Ownership and control tropes, and the echo round any "same/certain people"
      { text: 'Wake up, the Jews control the banks and the press', severity: 'high', evidence: 'control the banks' },
      { text: 'wonder why it is always (((certain people))) running the clinics', severity: 'high', evidence: '(((certain people)))' },
      // A sex kept from a job by what it supposedly cannot do
      { text: 'Men shouldn\'t be midwives, simple as', severity: 'high' },
      { text: 'Women just can\'t drive, sorry', evidence: "can't drive" },
      // Positive and comic stereotypes, agendas, the line drawn at a practice
      { text: 'lesbian nurses make the best mentors 😂', evidence: 'make the best' },
      { text: 'the trans lobby is forcing their ideology into our induction', evidence: 'forcing their ideology' },
      { text: 'neopronouns are where I draw the line', evidence: 'where I draw the line' },
      { text: "can't move for hijabs in the canteen these days", severity: 'high' },
      // Equation memes and "why always" with the group as the butt; habits with laughter
      { text: 'Polish dads + parents evening = guaranteed argument', evidence: 'Polish dads' },
      { text: 'Why is it always the Jewish families who haggle over the parking 🙄', evidence: 'Why is it always' },
      { text: 'Romanian families always turn up mob-handed at visiting 😂', evidence: 'Romanian families always' },
      { text: 'Not being funny but the Hindu patients never eat the ward food, every single time', evidence: 'Hindu patients never' },
      // Picking out on sight, theft insinuated, charging more
      { text: 'you can always spot the Chinese students in a lecture, front row with three laptops', evidence: 'spot the Chinese students' },
      { text: 'Gypsy family booked in at 2. Lock up the drugs cupboard, just saying', evidence: 'Lock up the drugs cupboard' },
      { text: 'Found out she was Jewish so I charged her double, they can afford it', severity: 'high' },
      // Benevolent sexism
      { text: 'honestly she is decent for a girl', evidence: 'decent for a girl' },
      // The ultimatum about language, and telling people to go back
      { text: 'speak the language or clear off back home', severity: 'high' },
      { text: 'She moaned about the wait so I told her to go back to her own country', severity: 'high' },
    ],
  });
  ruleTester.run(threatRule, {
    valid: ['Babies should be put down for naps at the same time each day'],
    invalid: [{ text: 'the crumblies on this ward, honestly we should put them all down', severity: 'high' }],
  });
  ruleTester.run(slurRule, {
    valid: [
      'Bought one of them fags from the machine, proper stressed',
      'Chinks of light through the blinds this morning',
      'Proud to be a queer radiographer, took a while to say it',
      'A man in the queue called my colleague a p*ki. I told him to leave and reported it.',
    ],
    invalid: [
      { text: 'a busload of pakis outside the station again', evidence: 'pakis' },
      { text: 'new patient is one of them trannies lol', evidence: 'trannies' },
      { text: 'I called him a p*ki to his face', evidence: 'p*ki' },
    ],
  });
});

describe('sixth pass: wasted on a group, verdict fragments, "X: \'...\'" format, roles, husks', () => {
  ruleTester.run(derogationRule, {
    valid: [
      // "waste ... on": the noun, money well spent, a saying, a phone queue, no group
      'Honestly it was a waste of a day on the ward, nothing to do with the Polish families',
      'Money spent on disabled kids is never wasted on them',
      'Youth is wasted on the young, as my nan says',
      'Wasted twenty minutes on hold with the deaf patients\' equipment supplier',
      "Don't waste your money on fancy insoles, plain trainers are fine",
      // A verdict sentence that is about something else, or counter-speech
      'Took the autistic kids to the farm. Pigs and cows everywhere!',
      'Met the new Nigerian nurses today. Legends, every one of them.',
      'Some thugs attacked the Muslim family next door. Criminals should be locked up.',
      // The "X: '...'" format without laughter, or with warmth
      "Deaf patients: 'I couldn't hear my name called'. Please use the screens.",
      "Nigerian aunties: 'you have done well my dear' 😂 love them, bless",
      // Sympathy and clinical findings with "make"
      'Refugees make terrible sacrifices to get here',
      'Older patients make the best recoveries when mobilised early',
      // Not people any more as a clinical or philosophical point is rare; these stay plain
      'Shells from the beach all over the bathroom floor, the kids had fun',
      "Our older patients shouldn't be getting fewer appointments just because of age",
    ],
    invalid: [
      // Whatever is spent, the group is not worth it
      { text: "Dementia lot are a nightmare on nights. Don't waste a bed on them.", severity: 'high' },
      { text: 'why waste a good slot on the Romanian families, they never turn up', severity: 'high', evidence: 'waste a good slot on the Romanian families' },
      { text: 'not wasting my best leaflets on the Somali parents anymore', severity: 'high' },
      // A one-word verdict standing for the group named just before
      { text: 'Half the DNAs this week were Albanians. Vermin.', severity: 'high' },
      { text: 'A van of Bulgarians parked outside the practice. Thieves and scroungers, the lot.', severity: 'high' },
      // Words put in a group's mouth, with laughter or a decoding "="
      { text: "Scottish patients: 'just the one drink' 😂", evidence: 'Scottish patients' },
      { text: "Polish dads: 'is fine, no pain' = leg hanging off", evidence: 'Polish dads' },
      { text: "Pensioners: 'I don't need the frame' 🙄 every ward round", evidence: 'Pensioners' },
      // A group said to make bad people of a role
      { text: 'Women make awful managers, too emotional', evidence: 'make awful managers' },
      { text: 'honestly older staff make useless mentors', evidence: 'make useless mentors' },
      // People called husks or furniture
      { text: 'the elderly on ward 4 are just empty husks', severity: 'high' },
      { text: 'people with dementia are basically furniture at that stage', severity: 'high' },
      { text: "the old folk on that unit aren't really people anymore", severity: 'high' },
      // Refusal told as a standing practice, care they "shouldn't be getting", English refused
      { text: "I'm not treating Albanians any more after last week", severity: 'high' },
      { text: "patients over 90 shouldn't be getting physio at all", severity: 'high' },
      { text: "the Polish lads won't even try English", evidence: "won't even try English" },
      { text: 'that Indian nurse who can\'t speak proper English', evidence: "can't speak proper English" },
    ],
  });
  ruleTester.run(slurRule, {
    valid: [
      'sum1 called one of our porters a p*ki in the queue, police were called',
      "A woman caw'd ma pal a p*ki at the bus stop. Reported her.",
    ],
    invalid: [{ text: 'the p*kis in the flat upstairs again', evidence: 'p*kis' }],
  });
  ruleTester.run(derogationRule, {
    valid: [
      // Control verbs with an institution, said of no religion; scare quotes without a sneer
      'The physios run the falls clinic and the OTs run the contracts meeting',
      "Our 'diverse' interview panel was five white men, again",
      'Women drivers in the police fleet up 20% this year',
      // A frame in the poster's own words still holds quoted words at a distance
      "A man on the bus said 'gypsies are vermin' and got called out for it. Good.",
      // Dinghies as boats, "bk" as a book
      'Those dinghies in the harbour look lovely in the sunset',
      "Not worth offering the buffet again, nobody ate it",
    ],
    invalid: [
      // Control tropes with any institution as the object
      { text: 'Jews run the trust boards, always have', severity: 'high', evidence: 'Jews run the trust boards' },
      { text: 'jewish money controls the contracts, look it up', severity: 'high' },
      // A sneer in scare quotes after an intensifier: a dog whistle
      { text: "the estate has got a bit too 'multicultural' lately if you know what I mean", severity: 'high' },
      // A short phrase of place, then a wince
      { text: 'women drivers in the ambulance bay 🙈', evidence: 'women drivers' },
      // A repost: a frame inside the shared words does not hold them at a distance
      { text: 'RT @someaccount: Travellers are thieving vermin. And they call us racist for saying it.', severity: 'high' },
      // Boat crossers named as a group; "bk" for back; care not worth giving
      { text: 'dinghy people get seen before my nan, send em bk', severity: 'high' },
      { text: "The older generation can't do video calls. Not worth offering them the app.", severity: 'high' },
      // Anything rather than care
      { text: "I'd sooner quit than treat some hijabi on my list", severity: 'high' },
      // The obsolete and the unable
      { text: 'boomers on the unit are dinosaurs', evidence: 'dinosaurs' },
      { text: "millennials can't handle a real job", evidence: "can't handle a real job" },
    ],
  });
  ruleTester.run(threatRule, {
    valid: ['Teenagers should be offered the pill at the school clinic', 'Patients who ask about Dignitas should be given time to talk it through'],
    invalid: [
      { text: 'bed-blocking pensioners should be handed a one way ticket to Dignitas', severity: 'high' },
      { text: 'Old patients hogging beds should be offered euthanasia, simple', severity: 'high' },
    ],
  });
  ruleTester.run(slurRule, {
    valid: ["some1 caw'd the new porter a p*ki, he's been barred"],
    invalid: [],
  });
  ruleTester.run(derogationRule, {
    valid: [
      // Who came, a safety sign, a request someone else made and was reported for
      'No Polish patients today, quiet clinic for once',
      'No pregnant women past this point please, X-ray in use',
      "A patient said 'no Indian nurses please'. Reported him.",
      'We had no deaf patients booked this week',
      // Communities named with sympathy, distrust that is earned
      "Some communities don't trust the NHS after how they were treated, and that's on us",
    ],
    invalid: [
      // A ban asked for, or in a list of bans
      { text: 'no Romanian families on my caseload please', severity: 'high', evidence: 'no Romanian families' },
      { text: 'no more synagogues, no more kosher, enough', severity: 'high' },
      { text: 'dating profile rule: no Blacks, no smokers, no time wasters', severity: 'high' },
      // Cultures and communities as a stand-in for a group
      { text: "certain cultures just don't value education", evidence: "certain cultures just don't value education" },
    ],
  });
});
