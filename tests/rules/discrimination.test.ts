import { ruleTester } from './rule-tester.js';
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
    { text: 'Gays are disgusting', severity: 'medium', evidence: 'Gays are disgusting' },
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
