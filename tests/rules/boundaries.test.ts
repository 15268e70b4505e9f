import { describe } from 'vitest';
import { expectNoFindings, ruleTester, type PostInput } from './rule-tester.js';
import { GIFTS_DONE_RIGHT, KNOWN_PEOPLE_AS_PATIENTS, PATIENT_CONTACT_DONE_RIGHT, RELATIONSHIP_LOOKALIKES } from './hard-negatives.js';
import { socialContactRule } from '../../src/rules/boundaries/social-contact.js';
import { relationshipRule } from '../../src/rules/boundaries/relationship.js';
import { personalGainRule } from '../../src/rules/boundaries/personal-gain.js';
import { existingRelationshipRule } from '../../src/rules/boundaries/existing-relationship.js';

ruleTester.run(socialContactRule, {
  valid: [
    'A patient sent me a friend request on Facebook. Declined, obviously, and explained why.',
    'Should I accept a friend request from a former patient? Asking for advice',
    'Never add patients on social media, it is in our code for a reason',
    'Patients can follow our clinic page on Instagram for exercise tips',
    'Please contact the team through the practice email rather than my personal account',
    'Thanks to the family of the patient in bay 4 for the lovely card',
    'Had to call her GP to follow her up after discharge',
    'Added the patient to the waiting list and booked transport',
    'Our service is now on Facebook, come and say hi',
    'My sister added me on Snapchat, I am officially old',
    'Messaged my mum after shift to say I was alive',
    'Remember: professional boundaries apply online too. Do not message patients from your personal phone.',
    'Patients can now text the clinic line to rebook appointments',
    'Politely ignored the patient who tried to follow me on Instagram',
  ],
  invalid: [
    { text: 'One of my patients just added me on Facebook 😂', topic: 'boundaries.contact', evidence: 'added me' },
    { text: "Gave the patient's daughter my number so she can text me with updates", severity: 'high', evidence: 'my number' },
    { text: 'My patient from last week slid into my DMs lol', evidence: 'slid into my DMs' },
    { text: 'Accepted a friend request from a patient, she is lovely', evidence: 'friend request' },
    { text: "Patient's husband follows me on Instagram now, awkward", evidence: 'follows me' },
    { text: 'Me and my old client swapped numbers, we are going to stay in touch', evidence: 'swapped numbers' },
    { text: 'Whatsapped the service user to say happy birthday from my own phone', evidence: 'Whatsapped' },
    { text: 'Found my patient on Facebook, her holiday photos are wild', evidence: 'on Facebook' },
    { text: 'The patient asked for my personal mobile so I gave it to him', severity: 'high', evidence: 'my personal mobile' },
    { text: 'Snapchatted a resident\'s granddaughter pics from the party', evidence: 'Snapchatted' },
  ],
});

ruleTester.run(relationshipRule, {
  valid: [
    'A patient asked me out today. Said no and documented it, as you should.',
    "Patient's family were so grateful, made my week",
    'Had a lovely chat with a patient about her first date with her late husband in 1952',
    'The patient was hot and clammy, sepsis screen done',
    'Dating apps are full of nurses, apparently',
    'My husband fancies a takeaway after my shift',
    'Patient kissed my hand and called me an angel, bless her',
    'Fit for discharge! Happy patient going home',
    'Kept the patient up to date with her results',
  ],
  invalid: [
    { text: "Patient in bay 6 is well fit, might ask him out when he's discharged", topic: 'boundaries.relationship', severity: 'high', evidence: 'ask him out' },
    { text: "Patient's dad is so hot 🥵", severity: 'high', evidence: 'so hot' },
    { text: 'Been dating a former patient for 3 months now ❤️', evidence: 'dating' },
    { text: 'I fancy my patient so much it is unreal', evidence: 'fancy' },
    { text: 'Slept with a patient\'s brother at the weekend oops', evidence: 'Slept with' },
    { text: 'Patient keeps flirting with me, love it 😉', severity: 'medium', evidence: 'flirting with me' },
    { text: 'Took my client out for drinks after her last session', evidence: 'out for drinks' },
    { text: 'Going out with one of my residents\' sons now', evidence: 'Going out with' },
  ],
});

ruleTester.run(personalGainRule, {
  valid: [
    'Thank you to the family of the patient in bay 4 for the chocolates for the ward!',
    'Patient bought us all doughnuts for the night staff, legend',
    'A patient tried to give me £50 today, had to politely decline and explain the gifts policy',
    'Our patients raised £2000 for the ward fund, thank you',
    'The patient inherited a large estate and is worried about care costs',
    'Lovely card from a patient today, made my week',
    'Sold my car to a colleague, sad to see it go',
    'Patients: please do not bring gifts, a thank you is plenty',
  ],
  invalid: [
    { text: 'Patient slipped me £20 for being nice to her, buying myself a takeaway', topic: 'boundaries.personal-gain', severity: 'high', evidence: 'slipped me £' },
    { text: 'One of my patients left me in her will 😱 £5000!', severity: 'high', evidence: 'left me in her will' },
    { text: 'Selling my Forever Living aloe to my patients, DM for prices', evidence: 'Forever Living' },
    { text: "Patient's son fixed my boiler, absolute bargain", evidence: 'fixed my boiler' },
    { text: 'Resident bought me a necklace for my birthday, spoilt', severity: 'medium', evidence: 'bought me a' },
    { text: 'My patient tipped me a tenner, best day', evidence: 'tipped me' },
    { text: 'Signed up three patients to my Herbalife downline this week', evidence: 'Herbalife' },
  ],
});

// Phrasings written after the rules, to check they generalise.
ruleTester.run(socialContactRule, {
  valid: ['Had a patient tell me I was the best nurse she ever had ❤️'],
  invalid: [
    { text: 'my patient asked me to add her on insta so I did haha', evidence: 'insta' },
    { text: 'Messaged my patient on Facebook to see how she was getting on', evidence: 'Facebook' },
  ],
});
ruleTester.run(relationshipRule, {
  valid: ['Hot chocolate on a cold night shift hits different'],
  invalid: [{ text: 'going on a date with the hot dad from bay 2 😏', evidence: 'going on a date' }],
});
ruleTester.run(personalGainRule, {
  valid: ['Congratulations to the whole team on the CQC rating'],
  invalid: [{ text: 'His wife (my patient) keeps giving me cash for looking after him', severity: 'high', evidence: 'giving me cash' }],
});

ruleTester.run(socialContactRule, { valid: [], invalid: [{ text: 'Just added my favourite patient from clinic on Instagram', severity: 'high', evidence: 'Instagram' }] });
// What the number is for ("about his exercises") does not make a personal number a proper channel; "for exercise tips" offered to followers does.
ruleTester.run(socialContactRule, {
  valid: ['Patients, follow me on Instagram for exercise tips and rehab videos!', 'Follow the clinic page for free stretching videos'],
  invalid: [{ text: 'Gave my personal number 07700 900123 to a patient so he can text me about his exercises. Easier than the clinic line!', severity: 'high', evidence: 'patient' }],
});
ruleTester.run(relationshipRule, { valid: [], invalid: [{ text: 'Finally asked out the lovely patient from bay 2', severity: 'high', evidence: 'asked out' }] });

// Issue 6: varied phrasings (UK English) for the boundaries rules' weak spots, each checked against the rule that should catch it,
// and hard negatives checked against every boundaries rule.
ruleTester.run(socialContactRule, {
  valid: [],
  invalid: [
      { text: 'Added all my regular patients on Facebook so they can message me directly if they need anything.', evidence: 'on Facebook' },
      { text: 'Just accepted a friend request from the lad I discharged last week, he\'s a good laugh', evidence: 'lad I discharged' },
      { text: 'My patient\'s daughter and I follow each other on Instagram now 😂', evidence: 'patient\'s daughter' },
      { text: 'Told the family they can WhatsApp me any time, even on my days off', evidence: 'WhatsApp me any time' },
      { text: 'Gave Mrs Patel\'s son my personal mobile so he can text me updates', evidence: 'my personal mobile' },
      { text: 'Looked up my patient on Facebook after clinic, her house is massive', evidence: 'on Facebook' },
      { text: 'One of my clients sent me a friend request and I accepted, what\'s the harm', evidence: 'friend request' },
      { text: 'Snapchatting the teenager on my caseload to check she\'s ok', evidence: 'teenager on my caseload' },
      { text: 'DM\'d my patient on Insta to see how the new knee is doing', evidence: 'patient' },
      { text: 'Been texting one of my patients from my own phone, she prefers it', evidence: 'my own phone' },
      { text: 'Patient asked to follow me on TikTok after our last session. Said yes, it\'s nice to stay in touch.', evidence: 'follow me' },
      { text: 'My patient\'s husband keeps liking all my Instagram pics and I\'ve followed him back 🙈', evidence: 'patient\'s husband' },
      { text: 'Text me any time on my personal mobile, I tell all my patients that', evidence: 'Text me any time' },
      { text: 'Patients are welcome to add me on Facebook, I don\'t mind', evidence: 'Patients' },
      { text: 'I let my clients message me on WhatsApp whenever they like, much easier', evidence: 'on WhatsApp' },
      { text: 'Going to my patient\'s 50th birthday party on Saturday, she invited the whole ward but I\'m the only one going', evidence: 'birthday party' },
      { text: 'Patient in bay 4 is gorgeous, might slip him my number when he\'s discharged 😏', evidence: 'Patient in bay' },
      { text: 'Mr Green\'s daughter is stunning 😍 asked for her number at visiting time', evidence: 'asked for her number' },
      { text: 'Former client asked to be friends on FB now she\'s discharged. Accepted, it\'s been 6 months', evidence: 'asked to be friends' },
      { text: 'Went to my old patient\'s wedding today, so lovely to be invited ❤️', evidence: 'patient\'s' },
      { text: 'A patient\'s mum sends me memes on WhatsApp most days now 😂', evidence: 'sends me memes' },
      { text: 'Said yes to a coffee with a former client, she\'s moved on and so have I', evidence: 'a coffee with' },
      { text: 'Patient\'s daughter found me on Instagram and messaged to say thanks, I replied 🥰', evidence: 'Patient\'s daughter' },
      { text: 'Helping a former patient move house this weekend, she has no one else', evidence: 'move house' },
      { text: 'I still text one of my old patients on his birthday every year', evidence: 'still text' },
      { text: 'Popped round to see my old patient on my day off, she was thrilled', evidence: 'Popped round to see' },
      { text: 'The fit firefighter I plastered last week just messaged me on Insta 😏', evidence: 'firefighter I plastered' },
      { text: 'Patient\'s husband gave me his number as they left. Might use it 😉', evidence: 'gave me his number' },
      { text: 'My client\'s mum and I are basically best friends now, we go for brunch every Sunday', evidence: 'client\'s mum' },
      { text: 'She was on my caseload for two years and now she\'s like family to me. Comes round for tea every week.', evidence: 'like family to me' },
      { text: 'Still see my old patient from the stroke unit, we go for a walk together most Saturdays', evidence: 'go for a walk together' },
      { text: 'The lad from my Tuesday clinic and I have become really close, we message every night', evidence: 'lad from my Tuesday clinic' },
      { text: 'One of my residents\' daughters invited me round her house for a cuppa, went last night, lovely evening', evidence: 'round her house for a cuppa' },
      { text: 'Booked a holiday with a former client, we get on so well 🌴', evidence: 'holiday with' },
      { text: 'Slid into my patient\'s DMs 😏 what\'s the worst that could happen', evidence: 'Slid into' },
      { text: 'I\'m Facebook friends with loads of my patients, they love seeing my holiday pics', evidence: 'Facebook friends with' },
      { text: 'Gave my WhatsApp to the family so they can message me directly about their dad', evidence: 'Gave my WhatsApp to' },
      { text: 'Patients can reach me on my personal Insta any time, link in bio', evidence: 'my personal Insta' },
      { text: 'Went round for a cuppa at my old patient\'s house today, she\'s so lonely', evidence: 'round for a cuppa' },
      { text: 'Can\'t stop thinking about the guy from Tuesday\'s clinic. Is it wrong that I looked him up?', evidence: 'guy from Tuesday\'s clinic' },
      { text: 'Me and my patient have been texting all week, he\'s so funny 🙈', evidence: 'have been texting' },
      { text: 'Accepted a friend request from a lad I\'m treating for his ACL. Turns out we have loads of mutual friends.', evidence: 'lad I\'m treating' },
      { text: 'Followed a few of my patients\' mums on Instagram, they post the cutest stuff', evidence: 'on Instagram' },
      { text: 'Added my old client\'s daughter on Facebook so I can keep up with how he\'s getting on', evidence: 'client\'s daughter' },
      { text: 'Gave my personal mobile to the family in bed 9 so they can WhatsApp me updates', evidence: 'Gave my personal mobile to' },
      { text: 'Told my patient to message me on Snapchat if she needs anything out of hours', evidence: 'on Snapchat' },
      { text: 'Swapped numbers with the dad of one of my paeds patients, he\'s a laugh', evidence: 'Swapped numbers' },
      { text: 'My patient\'s sister slid into my DMs and we\'ve been chatting every night since', evidence: 'patient\'s sister' },
      { text: 'Sent a friend request to the lovely lady from my Thursday clinic so we can keep in touch', evidence: 'lady from my Thursday clinic' },
      { text: 'Told the family to add me on WhatsApp and I\'ll keep them posted on his progress', evidence: 'the family' },
      { text: 'Going to my patient\'s birthday party on Saturday, she insisted!', evidence: 'birthday party' },
      { text: 'Popped round to see my old client at home on my day off, took her some flowers', evidence: 'Popped round to see' },
      { text: 'The lad I\'m rehabbing asked me to his gig tonight and I\'m actually going', evidence: 'asked me to his gig' },
  ],
});
ruleTester.run(relationshipRule, {
  valid: [],
  invalid: [
      { text: 'Matched with my old patient on Hinge 😂 swiped left obviously... or did I', evidence: 'Matched with' },
      { text: 'Went for a drink with one of my clients after her last session, we really hit it off', evidence: 'Went for a drink with' },
      { text: 'The dad of the baby on NICU is so fit, I\'m in love 😍', evidence: 'dad of the baby' },
      { text: 'Can\'t stop thinking about the guy I treated in resus last night. Those eyes 😍', evidence: 'Can\'t stop thinking about' },
      { text: 'Me and my supervisee have been seeing each other for a month, nobody at work knows', evidence: 'seeing each other' },
      { text: '@BenRuns was lovely treating you in clinic today, fancy a coffee sometime? 😘', evidence: 'a coffee sometime' },
      { text: 'Kissed my patient at the leaving do, oops 🙈', evidence: 'Kissed my' },
      { text: 'My physio student is so fit, can\'t concentrate in his supervision sessions 😏', evidence: 'My physio student' },
      { text: 'The hot widower who visits his wife on my ward asked me for dinner and I said yes!', evidence: 'asked me for dinner' },
      { text: 'Secretly dating a former patient, we met when I was doing his rehab', evidence: 'patient' },
      { text: 'Ended up having a few drinks with my patient\'s brother at the pub, he\'s lovely 😏', evidence: 'a few drinks with' },
      { text: 'Asked out the fit paramedic student I\'m supervising 😬', evidence: 'student I\'m supervising' },
      { text: 'The patient in bed 9 keeps winking at me and honestly I don\'t hate it 😏', evidence: 'patient in bed' },
      { text: 'Bumped into an ex-patient at the pub and ended up having a pint with him and his mates', evidence: 'a pint with' },
      { text: 'Can\'t believe I\'m dating someone I met on the ward 🥰 (he was a patient, don\'t judge)', evidence: 'someone I met on the ward' },
      { text: 'Finally met up with that cute ex-patient for a drink. Sparks! 🔥', evidence: 'met up with' },
      { text: 'If he wasn\'t my patient I\'d marry him tomorrow 😍', evidence: 'marry him' },
      { text: 'Swiped right on a lad whose knee I rebuilt last year 😂', evidence: 'lad whose knee I rebuilt' },
      { text: 'Told the hot guy with the broken wrist I\'d do his follow up personally 😉', evidence: 'guy with the broken wrist' },
      { text: 'I\'ve been seeing one of my patients\' dads for a few weeks now, early days 🙈', evidence: 'been seeing' },
      { text: 'Can\'t wait for my date with the guy from bay 4 once he\'s discharged', evidence: 'my date with' },
      { text: 'My supervisee is so hot, I\'d risk my registration for him', evidence: 'supervisee' },
      { text: 'Ended up snogging a student on placement at the summer party, oops', evidence: 'student on placement' },
      { text: 'We\'ve been together since he was discharged from my caseload, love him ❤️', evidence: 'been together' },
      { text: 'The dad of one of the kids on my caseload asked me out and we\'re going for dinner on Friday!', evidence: 'kids on my caseload' },
      { text: 'Me and the lovely man I nursed through his hip op are now officially a couple 💕', evidence: 'officially a couple' },
      { text: 'Nothing wrong with a little flirting with the patients, keeps the shift interesting 😉', evidence: 'patients' },
      { text: 'Told the fit rugby lad I\'m treating that he can take me for a pint when he\'s back on his feet 🍻', evidence: 'take me for a pint' },
      { text: 'Patient\'s son keeps asking me out. Honestly, he\'s gorgeous, might say yes 😳', evidence: 'Patient\'s son' },
      { text: 'My student nurse and I have been secretly dating for months, nobody on the ward knows', evidence: 'My student' },
      { text: 'The new junior I\'m mentoring is gorgeous, I\'ll be offering extra one-to-one teaching 😏', evidence: 'junior I\'m mentoring' },
      { text: 'Been chatting to the physio student I supervise most evenings on Insta. She\'s lovely, might ask her out when placement finishes', evidence: 'student I supervise' },
      { text: 'Ended up going for a drink with one of my service users after his last session. Nice to see him outside the clinic.', evidence: 'going for a drink with' },
      { text: 'My client asked if I was single today. I said yes 😏', evidence: 'asked if I was single' },
      { text: 'The hot paramedic student on my caseload keeps flirting with me and I\'m not complaining', evidence: 'student on my caseload' },
      { text: 'Met up with a former client for coffee yesterday. Might turn into something more 👀', evidence: 'Met up with' },
      { text: 'He\'s got the most gorgeous eyes, shame he\'s on my list 😍', evidence: 'shame he\'s on my list' },
      { text: 'Spotted one of my patients on Tinder 👀 swiped right obviously', evidence: 'swiped right' },
      { text: 'Don\'t tell my manager but I\'m seeing someone I met on the ward', evidence: 'someone I met on the ward' },
      { text: 'Can\'t believe I\'ve got a date with a guy I triaged last month 🙈', evidence: 'guy I triaged' },
  ],
});
ruleTester.run(personalGainRule, {
  valid: [],
  invalid: [
      { text: 'One of my older clients keeps lending me money for petrol. Sweetest lady.', evidence: 'lending me money' },
      { text: 'Patient\'s son is a builder, he\'s doing my extension for mates rates 🙌', evidence: 'Patient\'s son' },
      { text: 'Sold my old car to one of my patients, bargain for both of us', evidence: 'Sold my old car to' },
      { text: 'Told my clinic patients to come and see me privately at the weekend, £60 a go, much shorter wait', evidence: 'see me privately' },
      { text: 'Resident\'s family gave me a £50 Amazon voucher, treat time!', evidence: 'Resident\'s family' },
      { text: 'My lovely patient left me her caravan in her will 😭', evidence: 'left me her caravan' },
      { text: 'Got my patient to sign up to my Herbalife business, she\'s already lost 3lb', evidence: 'Herbalife' },
      { text: 'My patient owns the Italian on the high street, we eat there free now 🍝', evidence: 'eat there free' },
      { text: 'Borrowed twenty quid off a patient for the car park, will pay him back next week', evidence: 'Borrowed twenty quid' },
      { text: 'The family of my palliative patient paid for my holiday as a thank you', evidence: 'paid for my holiday' },
      { text: 'Patient\'s mum paid for my nails as a thank you 💅', evidence: 'Patient\'s mum' },
      { text: 'Took a £200 cash tip from a patient\'s family. Rent paid!', evidence: 'Took a £200 cash tip from' },
      { text: 'Offered my home visit clients a discount on my candles, they love them 🕯️', evidence: 'discount on my' },
      { text: 'Patient gave me his Man United season ticket for the weekend, can\'t believe it', evidence: 'gave me his Man United season ticket' },
      { text: 'Patient\'s husband owns a garage and sorted my MOT for free 🙌', evidence: 'Patient\'s husband' },
      { text: 'My client keeps bringing me bottles of wine, not complaining 🍷', evidence: 'bringing me bottles' },
      { text: 'Patient left me £500 in his will, bless him. Holiday fund!', evidence: 'left me £' },
      { text: 'One of my residents gave me her late husband\'s watch. Didn\'t feel I could say no', evidence: 'gave me her late husband\'s watch' },
      { text: 'Signed up half my caseload to my slimming club, easy money 💸', evidence: 'to my slimming club' },
      { text: 'Patients keep asking where I get my skincare so I\'ve started selling it to them 😂 side hustle sorted', evidence: 'selling it to them' },
      { text: 'Asked Mrs B\'s son (he\'s a plumber) to look at my boiler, he did it for nothing', evidence: 'did it for nothing' },
      { text: 'Borrowed my patient\'s caravan for the week, so kind of her', evidence: 'Borrowed my patient\'s' },
      { text: 'Mr J gave me a tenner for a coffee, told him I\'d get him one next time 😉', evidence: 'gave me a tenner' },
      { text: 'Lent my patient £200 to tide her over till her pension comes in, she\'ll pay me back', evidence: 'patient' },
      { text: 'My patient\'s husband runs a car dealership, got my new car at cost 🚗', evidence: 'patient\'s husband' },
      { text: 'A grateful family gave me £500 cash in a card. Holiday fund! 🌴', evidence: 'grateful family' },
      { text: 'Patients keep asking about my lash business so I\'ve started doing them in the clinic room after hours 💅', evidence: 'my lash business' },
      { text: 'I tell all my clients about my Forever Living products, most of them buy something', evidence: 'Forever Living' },
      { text: 'One of the residents asked me to be executor of her will. Said yes, she has no one else.', evidence: 'executor of her will' },
      { text: 'Helped my patient with his benefits forms and he insisted on giving me £50. Took it, he was so grateful.', evidence: 'giving me £' },
      { text: 'One of my clients lent me two hundred quid to tide me over till payday. Such a kind soul.', evidence: 'lent me two hundred' },
      { text: 'The lady I visit on a Tuesday always slips me a twenty for petrol, I\'ve stopped saying no', evidence: 'slips me a twenty' },
      { text: 'A grateful patient\'s son offered me his holiday cottage in Cornwall for a week. Booked it for August!', evidence: 'offered me his holiday' },
      { text: 'Selling my Avon to the residents at the care home, they love a browse and I make a bit extra', evidence: 'Selling my Avon to' },
      { text: 'Told a few of my patients about my Herbalife shakes, three have signed up under me already 💪', evidence: 'Herbalife' },
      { text: 'My patient\'s husband runs a garage so he did my MOT for free, perks!', evidence: 'patient\'s husband' },
      { text: 'Got a lovely bottle of perfume and fifty quid in a card from a family on the ward. Treating myself this weekend.', evidence: 'Got a lovely bottle of perfume and fifty quid in a card from' },
  ],
});
ruleTester.run(existingRelationshipRule, {
  valid: [],
  invalid: [
      { text: 'My cousin ended up on my caseload this week, awkward but we\'re managing', evidence: 'ended up on my caseload' },
      { text: 'Had to assess my ex\'s mum in clinic today. She still hates me 😂', evidence: 'my ex\'s mum' },
      { text: 'My neighbour came into my clinic with a frozen shoulder so I did his physio, saves him the wait', evidence: 'came into my clinic' },
      { text: 'Treated my best friend in resus tonight, she\'s fine now', evidence: 'my best friend' },
  ],
});

describe('boundaries: hard negatives (issue 6)', () => {
  const rules = [socialContactRule, relationshipRule, personalGainRule, existingRelationshipRule];
  const texts: PostInput[] = [
    ...PATIENT_CONTACT_DONE_RIGHT,
    ...RELATIONSHIP_LOOKALIKES,
    ...GIFTS_DONE_RIGHT,
    ...KNOWN_PEOPLE_AS_PATIENTS,
    'Saw a former patient in Tesco, said hello, talked about the weather, carried on shopping',
    'A patient\'s wife asked for my number, I gave her the ward number instead',
    'Patient asked me out for a drink after discharge. Said no, it wouldn\'t be appropriate.',
    'My client brought in a tin of biscuits for the team, we devoured them',
    'Patients often ask for my personal number. The answer is always the clinic line.',
    'Our patients\' families can message the ward via the family liaison email',
    'Lovely wedding today, my cousin married her partner ❤️',
    'My best friend is a physio too and we go for drinks every Friday',
    'We became friends at uni and now we\'re both physios in Leeds',
    'My mum and I go for a walk together most Saturdays',
    'The family and I agreed a plan for discharge, everyone happy',
    'My team are basically family now, love them',
    'Great to bump into a former patient at parkrun, she\'s smashing her PB after her knee op',
    'Patient\'s daughter sent a lovely thank-you email to the ward manager',
    'A patient offered to take me for a drink when he\'s discharged. Politely declined.',
    'Cake from a grateful family for the whole team, shared at handover 🍰',
    'Patients message the clinic on WhatsApp Business now, it\'s monitored by reception',
    'A patient\'s family brought in a tin of Celebrations for the team, shared out at handover ❤️',
    'Was offered cash by a patient today. Politely declined and suggested the ward charity instead.',
    'Reminder: gifts over £25 must be declared on the register. Chocolates for the team are fine.',
    'Patients keep asking for my Facebook. Always a polite no and a pointer to the clinic\'s page.',
    'Our service users ran a bake sale for the hospice and raised £300!',
    'Lovely to bump into a former patient at the supermarket - she\'s walking without a stick now!',
    'Our clinic now sells foam rollers and bands at reception for patients who want them',
    'Met my husband on a dating app eight years ago, still my favourite swipe',
    'My supervisor is amazing, I\'ve learned so much from her this placement',
    'Patient asked me out today. Told him I\'m flattered but it\'s not appropriate. Awkward but fine.',
    'Had a lovely catch-up with my old school friend who\'s now a patient at the practice - I\'ve asked a colleague to see her.',
    'Patients can message us on the clinic WhatsApp between 9 and 5',
    'My patient\'s daughter thanked me on the ward\'s Facebook page, so lovely',
    'A former patient waved at me in Tesco today, made my day',
    'Turned down an invite to a patient\'s wedding - so touched they asked though',
    'Married my physio colleague last summer, best day ever 💍',
    'Went on a date last night with someone I met at the gym 😍',
    'Working with teenagers is the best part of my job',
    'A patient gave me a lovely thank-you card today, made my week',
    'My patient\'s husband sold his car to a dealer so he could afford the care home fees',
    'Got a tip from a patient about a lovely walk in the Dales, going to try it Sunday',
    'Received a card and £20 from a patient\'s family - it\'s gone straight into the ward fund for the staff room',
    'A patient paid me a lovely compliment about my bedside manner',
    'My client gave me twenty minutes of her life story and it was the best part of my day',
    'The family in bay 2 brought in doughnuts for the whole team ❤️',
    'Visited my mum on the ward today, she bought me a coffee from the shop',
    'A patient offered me money today. I explained we can\'t accept it and suggested the hospital charity.',
    'The guy from the gym sold me his old bike for fifty quid, bargain',
    'Our patients sold their art to raise money for the hospice',
    'Sold my old car to a colleague, she\'s thrilled',
    'One of my patients was selling raffle tickets for his church, bought a strip and wished him luck',
    'Lovely lady on my caseload showed me photos of her holiday cottage in Wales',
  ];
  expectNoFindings(rules, texts);
});

// Issue 6, second pass: constructions rather than phrases.
describe('boundaries: widened constructions (issue 6)', () => {
  ruleTester.run(socialContactRule, {
    valid: [
      // A proper channel kept, a refusal carried out, a question that asks.
      'Service user asked for my personal number. Gave her the duty line instead and explained why.',
      'Top tip for new grads: set your personal socials to private and do not add clients.',
      'Is it ever ok to connect with clients on LinkedIn? My view: no.',
      'Ex patient sent a follow request on Instagram. Declined it, boundaries protect us both.',
      // A business enquiry line in a post selling a service is not personal contact.
      'Never had a client who regretted it. 6 week programme £120, DM me to book',
      'Loved seeing my old schoolmates like all my posts about graduating 🎓',
    ],
    invalid: [
      // A request on any platform, accepted or just received.
      { text: 'Former client sent me a follow request on TikTok. Accepted it, why not', topic: 'boundaries.contact', evidence: 'follow request' },
      // A refusal only thought about does not excuse.
      { text: "A patient's mum added me on Facebook. Haven't accepted but it feels mean to ignore her", evidence: 'added me' },
      { text: 'My ex-client follows me on Insta now. Not sure whether to block him tbh', evidence: 'follows me' },
      { text: 'Swapped numbers with the hot dad at the paediatric clinic 🙊', evidence: 'Swapped numbers' },
      // A proper channel passed over.
      { text: 'WhatsApped my service user about her visit, quicker than the office phone', evidence: 'WhatsApped' },
      // Reactions and handles.
      { text: 'One of my patients comments on all my selfies and I like his back haha', evidence: 'comments on all my selfies' },
      { text: 'Swapped insta handles with the lad from the fracture clinic, top bloke', evidence: 'Swapped insta handles' },
      // People described by a relative clause at work, or by a clinical act on them.
      { text: 'Gave my number to the woman we took to resus so she can let me know how she gets on', evidence: 'my number' },
      { text: 'Sent a friend request to the teenager on the rehab unit, she is hilarious', evidence: 'friend request' },
      // A rhetorical question that the next sentence admits.
      { text: 'Anyone else follow their clients on Instagram? I do it with all of them', evidence: 'Instagram' },
      // Advice to give clients a personal account.
      { text: 'Physio hack: give your clients your personal WhatsApp, they love it', evidence: 'give your clients your personal WhatsApp' },
      // A statement ending in "??" is not a question.
      { text: 'Texted my patient from my own phone last night and everyone acts like it is a crime??', evidence: 'my own phone' },
    ],
  });

  ruleTester.run(relationshipRule, {
    valid: [
      'Tough week, lost a patient I had been seeing for months. Hugging my kids tonight.',
      'The residents are in love with our new therapy dog 🐶',
      'My wife was a patient in our ICU last year and she is my hero',
    ],
    invalid: [
      { text: 'I think I am falling for my patient. Help', topic: 'boundaries.relationship', evidence: 'falling for my' },
      { text: "I'm madly in love with a client's son and he feels the same", evidence: "I'm madly in love with" },
      { text: 'She was my patient last spring and now she is my girlfriend ❤️', evidence: 'she is my girlfriend' },
      { text: 'Spent all day strapping ankles of fit rugby lads and one of them asked me out. Said yes!', evidence: 'asked me out' },
      { text: 'My colleague is dating the guy she discharged in June and honestly good for her', evidence: 'dating' },
    ],
  });

  ruleTester.run(personalGainRule, {
    valid: [
      'Patient wanted to give me money for a coffee. Told him his progress is thanks enough.',
      'Getting 20% off at the garden centre this weekend, bargain',
      'My patient runs a salon and kindly gave me her business card for the ward noticeboard',
      'Handed my patient my business card with the clinic number on it',
      'We are promoting the flu jab to all our patients this month',
    ],
    invalid: [
      { text: 'Got 15% off at the restaurant my patient owns, he insisted', topic: 'boundaries.personal-gain', evidence: '15% off' },
      { text: "Told all my clients about my husband's roofing business, two have booked him", evidence: "my husband's roofing business" },
      { text: 'Pitched my online coaching to my NHS patients between sets, three signed up', evidence: 'Pitched' },
      { text: 'The family I work with have a lodge in the Lakes and offered me a free weekend', evidence: 'free weekend' },
      { text: 'Bought my patient\'s old car at half price, perks of being his OT', evidence: 'half price' },
    ],
  });

  // Third pass: probes written after the second pass.
  ruleTester.run(socialContactRule, {
    valid: [
      'The nurse I work with keeps messaging me on WhatsApp about the rota lol',
      'Our patient in bed 4 was bored, so we found him some puzzle books on the ward',
      'Service user asked for my WhatsApp. Gave her the team number instead.',
    ],
    invalid: [
      { text: 'Gave the lady in bay 2 my Instagram so she can see my dog', evidence: 'my Instagram' },
      { text: 'The mum of one of the kids I work with keeps messaging me on Facebook. I always reply', evidence: 'keeps messaging' },
      { text: 'A family I support asked for my WhatsApp so they can skip the office. Done', evidence: 'asked for my WhatsApp' },
      { text: 'Accepted a LinkedIn request from my patient\'s dad, he seems nice', evidence: 'Accepted a LinkedIn request' },
      { text: 'been dm\'ing one of my service users about her new job, so proud', evidence: "dm'ing" },
    ],
  });
  ruleTester.run(relationshipRule, {
    valid: ['Client asked if I was single 😂 told her I\'m happily married and we cracked on with the session'],
    invalid: [
      { text: 'Been on two dates with a guy I met on the ward (he was my patient lol)', evidence: 'on two dates with' },
      { text: 'Flirted with the fit builder I was x-raying all morning, he winked back 😏', evidence: 'Flirted' },
      { text: 'Why are the hot ones always on my caseload, would honestly date him', evidence: 'would honestly date him' },
    ],
  });
  ruleTester.run(personalGainRule, {
    valid: ['Bought my patient a card for her 100th birthday, the whole team signed it', 'Using the patient\'s chosen name is basic respect'],
    invalid: [
      { text: 'Let my patient pay for my lunch again, he insists and I am skint', evidence: 'pay for my lunch' },
      { text: "My service user's nephew is a builder, getting my extension done cheap", evidence: 'done cheap' },
      { text: 'Asked my client if she wanted to buy some of my Avon. She did!', evidence: 'buy some of my Avon' },
      { text: 'Recommended my cousin\'s clinic to all my patients, he gives me a cut', evidence: 'gives me a cut' },
      { text: 'Started doing private sessions for my NHS patients at my house, cash only', evidence: 'private sessions for my NHS patients' },
    ],
  });

  // Fourth pass.
  ruleTester.run(socialContactRule, {
    valid: ['My colleague from the ward is now my best mate, we go to the pub every Friday', 'We chat on WhatsApp as a team about rota swaps', 'I added one of my old uni friends on snap last night'],
    invalid: [
      { text: 'Added one of my young people on snap to check she got home ok', evidence: 'Added' },
      { text: 'The dad of a girl on my caseload is now my best mate, we go to the pub every Friday', evidence: 'is now my best mate' },
      { text: 'Proper friendship with one of my service users now, we chat on WhatsApp most days', evidence: 'friendship with' },
    ],
  });
  ruleTester.run(personalGainRule, {
    valid: ['Patient gave me £20 and it has gone straight in the ward fund. Thank you!', "My patient's daughter said I can use the family room to make calls", 'Selling tickets for the staff Christmas party to the team, £10 each'],
    invalid: [
      { text: 'Patient tipped me fifty quid today, ward fund can wait, treating myself', evidence: 'tipped me' },
      { text: 'My patient has a cottage in Devon and says I can use it whenever', evidence: 'I can use it whenever' },
      { text: "Selling tickets for my band's gig to my clients, £10 each", evidence: 'Selling' },
      { text: 'Got my patient to sign up to my gym, I get a little commission', evidence: 'sign up to my' },
    ],
  });
});

// Issue 6, third pass: group chats with service users, service users kept on a platform, someone's own account handed over,
// questions put to the caseload, lower-case titled relatives; value received ("had ... from"), booked for the registrant,
// money knocked off a price; and refusals explained.
describe('boundaries third pass', () => {
  ruleTester.run(socialContactRule, {
    valid: [
      'Our ward WhatsApp group is for staff only and we never name patients in it',
      'paramedics on my team, join our station WhatsApp for rota swaps',
      'Loads of my old uni friends on Facebook are physios now, love seeing their posts',
      'Top tip for new grads: set your personal socials to private and never give patients your personal number',
      'a service user asked for my insta today, I explained why I can\'t and gave him the clinic details',
      'Should any of my patients add me on Facebook, what do I do? Asking for advice',
      'Why don\'t patients get that I can\'t add them on facebook',
      'A patient on Facebook left the practice a lovely review',
      'Today I scanned a man who swallowed his wedding ring to hide it from his wife',
      'I miss mum\'s cooking so much on night shifts',
      'Which of you has had a patient add you on Facebook? What did you do?',
      'Have any of my colleagues had a patient add them on fb?',
      'Anyone on my team ever had a patient add them on facebook?',
      'Started a facebook group for physios in the north west, come join!',
      'my stroke group lot are smashing their goals',
      'the man with the bad back kept asking me to add him on facebook so I blocked him',
      'all my colleagues are in my phone contacts, group chat is chaos',
      'Me and the guy with the broken arm at the gym are now training buddies',
      'Our practice runs a patient WhatsApp group for appointment reminders only',
      "There's a patient WhatsApp group run by reception for reminders",
    ],
    invalid: [
      { text: 'our carers whatsapp group is popping off tonight', severity: 'high', evidence: 'whatsapp group' },
      { text: 'made a little whatsapp group with my pulmonary rehab lot so we can chat between sessions', evidence: 'whatsapp group' },
      { text: 'set up a group chat for the patients in my falls class, so handy', evidence: 'group chat' },
      { text: "I've got loads of my old clients on Facebook, nice to see how they're getting on", severity: 'medium', evidence: 'on Facebook' },
      { text: 'Still have a few patients on insta from my last job', evidence: 'on insta' },
      { text: 'Me and a former client are mates on fb now', evidence: 'mates on fb' },
      { text: "Paramedic tip: give frequent flyers your personal mobile and they'll stop ringing 999", evidence: 'your personal mobile' },
      { text: 'Any of my patients want my personal number? Just ask at your next session x', severity: 'high', evidence: 'my personal number' },
      { text: 'Which of you lot on my caseload wants to join my Snapchat?', evidence: 'join my Snapchat' },
      { text: 'can any of my service users who read this drop me a DM? want to check in privately', evidence: 'drop me a DM' },
      { text: "Why don't more of my clients add me on FB? I'd love to keep in touch", evidence: 'add me' },
      { text: 'the little lad\'s dad follows me on tiktok now haha', evidence: 'follows me' },
      { text: "mrs patel's son keeps messaging me on messenger, I always reply", evidence: 'keeps messaging' },
      { text: 'wee mrs from the knee class slid into my DMs asking how my weekend was', evidence: 'slid into my DMs' },
      { text: 'started a facebook group for the stroke survivors I see at home', evidence: 'facebook group' },
      { text: 'anyone from my Tuesday group want to be mates on insta?', evidence: 'mates on insta' },
      { text: 'Who on my caseload wants my number? comment below', evidence: 'my number' },
      { text: 'MY PATIENTS ARE ALL IN MY PHONE CONTACTS AND I TEXT THEM HAPPY BIRTHDAY EVERY YEAR', evidence: 'TEXT THEM' },
      { text: 'the fit lad with the broken scaphoid added me on insta', evidence: 'added me' },
      { text: 'Accepted a follow from someone I treated last year, harmless right?', severity: 'medium', evidence: 'Accepted a follow from' },
      { text: 'Gave my snap to the hottie I cannulated in resus. No regrets', severity: 'high', evidence: 'Gave my snap to' },
      { text: "she left the unit last month and we've been texting nonstop #exclient", evidence: "we've been texting" },
      { text: "my service user's mam texts me every night now, proper sweet", severity: 'medium', evidence: 'texts me every night' },
    ],
  });
  ruleTester.run(existingRelationshipRule, {
    valid: ["My husband was my patient's neighbour, small world, we never discuss work"],
    invalid: [{ text: 'My neighbour was my patient last week, awkward', evidence: 'was my patient' }],
  });
  ruleTester.run(personalGainRule, {
    valid: [
      'Had a lovely card from a patient today, it is on the staff room wall',
      'Knocked ten minutes off my commute by cycling, and one of my clients recommended the route',
      'Any of my clients fancy a sports massage? DM me to book, £30',
      'got tickets to see Coldplay!!! treating myself after a hard month on the wards',
      'Booked myself a massage after a week of night shifts on the ward',
    ],
    invalid: [
      { text: 'one of my old dears left me £2k in her will. bless her', evidence: 'left me' },
      { text: 'had a lovely bottle of champagne from a patient today, all mine', evidence: 'had a lovely bottle of champagne from' },
      { text: "my patient's family booked me a spa day as a thank you", evidence: 'booked me a spa' },
      { text: "Getting my new kitchen fitted by one of my clients, he's knocked a grand off because I'm his OT", evidence: 'knocked a grand off' },
      { text: 'Which of my clients want to buy my candles? £5 each', evidence: 'buy my candles' },
      { text: "patient's wife booked me a massage as a thank you", severity: 'medium', evidence: 'booked me a massage' },
    ],
  });
});

describe('boundaries fourth pass', () => {
  ruleTester.run(socialContactRule, {
    valid: [
      // Talked about, taught or asked about: a teaching case, a workshop question, a question from a student.
      'Scenario for tomorrow\'s boundaries workshop: a client asks to add you on Instagram. What do you say?',
      'A new starter asked whether it is ok to go to a service user\'s wedding if invited. We talked it through in supervision.',
      // A negation carried along a list of verb phrases.
      "I don't add clients on Facebook, text them from my own phone or go to their parties.",
      // Someone else's advice, quoted to reject it.
      "A wellness influencer keeps telling people 'give your clients your WhatsApp'. Please don't.",
      // The proper line handed over, a request removed later, a firm no.
      'A patient asked for my mobile. I gave him the clinic\'s and he seemed fine with that.',
      'Years ago I accepted a patient\'s friend request. Removed it the week I qualified and learned from it.',
      'A carer keeps asking me to pop round for a brew. Polite no every time, and it goes in the notes.',
      // "do" as a verb is no party; being asked to a party is not going.
      "My nan asked at Sunday dinner 'do you know the lady from number 4?' Relatives always ask.",
      'One of my young people asked if I was coming to his prom. Told him I would love to see the photos at our next session.',
      // A date is not a party, and a bed after a preposition is a place.
      'Went back to the ward on the 18th to cover a shift, my patients were lovely',
      'Moved the lady to bed 6 and rang the ward clerk from the work phone',
      "A patient asked if I'd come round for tea. I said no and explained why.",
    ],
    invalid: [
      { text: 'Discharged him on Friday and added him on Instagram the same night', severity: 'high', evidence: 'added him on Instagram' },
      { text: 'Gave bed 12 my insta before he went home 🙈', evidence: 'my insta' },
      { text: 'Set up a WhatsApp group for my Thursday balance class on my own phone', evidence: 'WhatsApp group' },
      { text: 'Doing a pub quiz with two of my current clients tonight, wish us luck', severity: 'high', evidence: 'quiz with' },
      { text: "Went to my client's 40th on Saturday, what a night", evidence: '40th' },
      { text: 'A carer of one of my patients followed me on TikTok so I followed her back', severity: 'high', evidence: 'followed me' },
      { text: "Kept my patient's number after discharge just in case she needs anything", severity: 'medium', evidence: "patient's number" },
      { text: 'To any of my clients reading: my personal insta is under a new name, add me there instead', evidence: 'add me' },
      { text: "My client's son likes every photo I post on Instagram", severity: 'medium', evidence: 'likes every photo' },
      { text: 'Been her OT for two years and now she messages me on Facebook', evidence: 'messages me' },
      { text: 'Had a coffee with a man I supported through rehab, he messaged me out of the blue', evidence: 'a coffee with' },
    ],
  });
  ruleTester.run(relationshipRule, {
    valid: [
      'Proud of how my supervisor handled a patient\'s crush on her: kind, clear and documented.',
      'Said goodbye to a patient today I had been seeing for a year. Sat in the car and cried.',
      "A patient's dad pressed a tenner in my hand 'for a drink'. It went straight in the ward fund.",
      'I treat my patients. I never date them, flirt with them or meet up with them.',
    ],
    invalid: [
      { text: 'Going to ask the lad from my Tuesday clinic out once he is signed off', severity: 'high', evidence: 'ask the lad from my Tuesday clinic out' },
      { text: "Her mum is on my caseload and we're 2 dates in now", severity: 'high', evidence: 'dates in' },
      { text: 'Married a former client last summer, three years after her case closed', severity: 'medium', evidence: 'Married a former' },
      { text: 'Super liked a guy on Bumble who I am pretty sure was on my list', evidence: 'Super liked' },
      { text: 'Date night with your preceptee? Go for it 😉', evidence: 'Date night with' },
      { text: 'Trying not to stare at the fit one in the gown during his x-ray 👀', severity: 'medium', evidence: 'stare at' },
      { text: 'Sort of seeing someone whose little girl I treated last spring', evidence: 'seeing' },
      { text: 'He got discharged on Monday and asked me for a drink on Tuesday', evidence: 'asked me for' },
    ],
  });
  ruleTester.run(personalGainRule, {
    valid: [
      'If a service user offers you a gift, tell your manager and log it on the register.',
      'Reminder from our safeguarding lead: money from patients goes on the gifts register, even if you said no.',
      'I do not borrow from patients, sell them anything or take their cash.',
      'A client wants to pay for my coffee every visit. Told her no thank you, it is policy.',
    ],
    invalid: [
      { text: "The lad I'm treating fixes my car for nothing", severity: 'high', evidence: 'fixes my car' },
      { text: 'One of my regulars pays me in home-grown veg', severity: 'medium', evidence: 'pays me in' },
      { text: "A patient asked me to witness her new will and I'm in it", severity: 'high', evidence: "I'm in it" },
      { text: 'Renting my spare room to one of my clients, easy money', severity: 'high', evidence: 'Renting' },
      { text: "Asked a patient's son for a loan to cover my rent", severity: 'high', evidence: 'loan' },
      { text: "I'll bump you up the physio waiting list if you buy me a coffee 😉", severity: 'high', evidence: 'bump you up the physio waiting list' },
      { text: 'Handing out my business cards to my NHS patients for the private clinic', severity: 'high', evidence: 'Handing out my business cards' },
      { text: 'A client wants to service my boiler for free, tempting', severity: 'medium', evidence: 'service my boiler' },
      { text: 'My service user gave me her gold watch, on my wrist now', severity: 'high', evidence: 'gave me her' },
    ],
  });
  ruleTester.run(existingRelationshipRule, {
    valid: [
      'My mum was scanned same day at the walk-in centre, great service',
      'My cousin needed physio, so I asked a colleague to see her instead',
    ],
    invalid: [
      { text: 'got my brother scanned same day, perks of the job', severity: 'high', evidence: 'scanned same day' },
      { text: "my neighbour's on my caseload now, awkward", evidence: 'on my caseload' },
      { text: "Treated my own mum's knee in clinic today", evidence: "my own mum's" },
    ],
  });
});

describe('boundaries fourth pass: audiences, outings, raffles, parents', () => {
  ruleTester.run(socialContactRule, {
    valid: [
      'Dear patients, please stop trying to add me on Facebook. The clinic page is the place for questions.',
      'Any of my clients reading this, the clinic number has changed, ring reception on the new one.',
      'Took the kids to the football, my patients will love hearing about it on Monday',
      'Pub quiz with the team tonight, my patients would be proud of our music round',
      "Had a coffee with my client's social worker to plan her discharge",
      "Mum's knee is bad, her physio added me on Facebook to send her exercise videos",
    ],
    invalid: [
      { text: 'To all my rehab clients who asked: yes, I post my own workouts. Follow me on my personal insta 💪', evidence: 'Follow me on my personal' },
      { text: 'Taking one of my regulars to the cricket on Sunday, she has never been', severity: 'high', evidence: 'to the cricket' },
      { text: 'One of my falls clients is now my bingo buddy, we had a few drinks together last week', evidence: 'bingo buddy' },
    ],
  });
  ruleTester.run(relationshipRule, {
    valid: ['The mum of my kids is the love of my life, and she is an amazing nurse too'],
    invalid: [{ text: 'The dad of one of my kids on the caseload asked me out and I said yes', severity: 'high', evidence: 'asked me out' }],
  });
  ruleTester.run(personalGainRule, {
    valid: [
      'Raffle for the ward fund this Friday, our patients donated some brilliant prizes',
      // Voice notes are messages, not bank notes.
      'A client sends me voice notes about her exercises through the clinic app',
      // A refusal in the next sentence, whatever its grammar, and not mistaken across a sentence break.
      'The hardest part of community work is the family who offer you cash at the door. Saying no kindly takes practice.',
      'A brand offered me a free massage gun to promote to patients. I said no.',
    ],
    invalid: [
      { text: "Selling raffle tickets for my son's football club to the patients on my ward", severity: 'medium', evidence: 'raffle tickets' },
      { text: 'Parents of my autistic kids are great for free babysitting', evidence: 'free babysitting' },
      { text: "My client's sister owns a salon, free highlights every six weeks now", severity: 'high', evidence: 'free highlights' },
      // A refusal given up, or only asked about, is none.
      { text: "One of my service users keeps handing me a tenner after each visit. I've stopped saying no", evidence: 'handing me a tenner' },
      { text: 'My client keeps offering to pay for my holiday. Who am I to say no?', severity: 'high', evidence: 'pay for my holiday' },
    ],
  });
});

describe('boundaries fourth pass: levels', () => {
  ruleTester.run(socialContactRule, {
    valid: [],
    invalid: [
      // The registrant's own account handed over or kept open to service users: high.
      { text: "A client's wife asked for my snapchat, so I gave her my snapchat", severity: 'high', evidence: 'my snapchat' },
      { text: 'Most of my rehab patients have my personal Facebook, never been a problem', severity: 'high', evidence: 'my personal Facebook' },
      { text: 'Which of you on my caseload wants my number in case of emergencies? Comment below', severity: 'high', evidence: 'my number' },
      { text: 'Loads of my clients follow me on Instagram and I accept them all', severity: 'high', evidence: 'follow me' },
      // Their invitation, accepted and attended: high; regretted: medium.
      { text: "A patient's son invited me to his wedding next month. Obviously going!", severity: 'high', evidence: 'wedding' },
      { text: 'A patient asked for my insta and I gave it him. Regretting it now', severity: 'medium', evidence: 'my insta' },
      { text: "So many fit patients on my list this week, finally got one's number 🔥", severity: 'high', evidence: "got one's number" },
      { text: "I've invited the lady from my falls class round for tea on Sunday", severity: 'high', evidence: 'round for tea' },
    ],
  });
  ruleTester.run(relationshipRule, {
    valid: [],
    invalid: [
      // A returned feeling with nothing done: medium; a plain pursuit stays high.
      { text: 'Pretty sure my client fancies me, and honestly I fancy him back', severity: 'medium', evidence: 'fancy' },
      { text: 'The lad in bay 3 keeps flirting with me and I keep flirting back', severity: 'medium', evidence: 'flirting' },
      { text: 'A client keeps asking me out for a coffee. I said I would think about it', severity: 'medium', evidence: 'asking me out' },
      { text: "Asked my patient's brother out for a drink and he said yes", severity: 'high', evidence: 'Asked' },
    ],
  });
});

describe('boundaries fifth pass: service users by service, event and record; personal lines; advances turned down', () => {
  ruleTester.run(socialContactRule, {
    valid: [
      // A post opener, not a person met at the clinic.
      'Short one from the clinic: you have been messaging our Facebook page to book, please ring reception on 0113 496 0555 instead.',
      // A refusal later in the post, and a clinic line with a describing word.
      'Clients often ask for my mobile. I give them the practice direct line and ask admin to pass messages on.',
      // Someone else's question, reported, and the answer no.
      'A first-year asked whether she could follow a patient on Instagram after discharge. The answer is no, speak to your educator.',
      // A teaching frame in the previous sentence.
      "Led an ethics workshop for the band 5s this afternoon. Hardest question: 'what if a client adds you on Snapchat?'",
      // A business booking line at any hour, with no personal account named.
      'New sports massage clinic in Otley! Text me to book, evenings and weekends available, first session £30.',
      // The clinic's channel, not passed over for a personal one.
      'Our clinic phone is staffed until 8pm, please use it any time in those hours rather than emailing.',
      // "a call centre" is no call a crew attended.
      'The lady from the call centre rang me back and sorted my broadband, added her on LinkedIn as she said she was hiring',
    ],
    invalid: [
      // A group named by its service after "the", and services naming "my" people.
      { text: 'Added the entire pulmonary rehab group on insta so they can see my wedding photos', severity: 'high', evidence: 'pulmonary rehab group' },
      { text: 'Half my podiatry regulars follow me on my personal Facebook now and I follow them back', severity: 'high', evidence: 'podiatry regulars' },
      // Someone met at a call the crew attended, or lying on a table.
      { text: 'Gave my own number to the gent from the overdose on Tuesday, in case he wants a chat', evidence: 'gent from the overdose' },
      { text: 'Got chatting to the woman on the CT table and added her on Snapchat after', severity: 'high', evidence: 'woman on the CT table' },
      // Any noun after a determiner that a clinical verb makes a service user.
      { text: 'followed the plasterer I splinted last week on insta, he follows me back', severity: 'high', evidence: 'plasterer I splinted' },
      // A contact detail taken from a record.
      { text: 'pinched a cute one\'s number off the PRF and texted him after shift', severity: 'high', evidence: 'PRF' },
      // A person doing a course of care.
      { text: 'Handed my personal snapchat to the girl doing knee rehab with me on Thursdays', severity: 'high', evidence: 'girl doing knee rehab' },
      // A personal line offered in place of the clinic's channel, or round the clock with a number.
      { text: "@sam_k_99 don't bother ringing the surgery, just whatsapp my personal phone and I'll sort it", post: { kind: 'reply' }, severity: 'high', evidence: 'my personal phone' },
      { text: 'Ring me on my own phone day or night, 07700 900655, honestly I do not mind xx', severity: 'high', evidence: 'my own phone' },
      // The registrant's role names one person in their care; a business line is no excuse then.
      { text: "@jen_h of course, message me on here whenever you want. I'm Ellie's physio after all", post: { kind: 'reply' }, severity: 'high', evidence: 'message me on here' },
    ],
  });
  ruleTester.run(relationshipRule, {
    valid: [
      // A service user's advance turned down later in the post, even two sentences on.
      'A client asked me out at the end of his session. He was lovely about it. Kindly told him no and let my supervisor know.',
      'Patient asked whether I was seeing anyone. Told her I\'m here to get her shoulder moving, and we carried on with the exercises.',
      'Got asked out by a service user on a visit this week, sweet but no. I told him gently that I can\'t and his care is moving to a colleague.',
      // A patient denied outright.
      'Met my wife at a salsa class in 2015. She is a teacher. Not a patient, before anyone asks 😂',
      // Grief taken to supervision.
      'Young mum on the unit died today, same age as my sister. Cannot stop thinking about her. Talking it through in supervision in the morning.',
    ],
    invalid: [
      // Denied only as a condition: still counts.
      { text: "If she wasn't my patient I'd ask her out tomorrow", evidence: 'patient' },
      // A service user's advance accepted is not turned down.
      { text: 'A client asked me out after his last session and I said yes 🙈', severity: 'high', evidence: 'asked me out' },
      // A social worker's hearing and cases name the carer.
      { text: 'The foster dad from my final hearing is gorgeous, fancy taking him for a drink', evidence: 'dad from my final hearing' },
    ],
  });
  ruleTester.run(personalGainRule, {
    valid: [
      // The poster's own family, and "frequent flyer" miles.
      'My partner\'s family gave me a voucher for the spa for my birthday, bliss',
      'frequent flyer points finally paid for our weekend in Porto',
      // A comma ends a care verb's object: no person supported.
      'Thank you to everyone supporting, and please, someone buy my flapjacks at the bake sale for the hospice',
      // Asking how to say no to a gift.
      'How do you turn down gifts without offending anyone? A lovely old gent on my list keeps trying to give me his medals',
    ],
    invalid: [
      // A family, not the poster's own, giving the registrant something.
      { text: 'A grateful mum gave me a £40 Boots voucher today, am I meant to declare that?', evidence: 'grateful mum' },
      { text: 'The parents gave me a £30 Amazon voucher at discharge, already spent it', evidence: 'parents' },
      // A loan to one of "my" people named by their service.
      { text: 'lent one of my dialysis regulars £100 for his gas bill, he says he will pay me back', severity: 'high', evidence: 'dialysis regulars' },
      { text: 'Borrowed £20 off one of my care leavers for the bus, will give it back next visit', severity: 'high', evidence: 'care leavers' },
      // Selling to a group named by its service after "the".
      { text: 'Flogging my protein shakes to the cardiac rehab class, they love them', severity: 'high', evidence: 'cardiac rehab class' },
    ],
  });
});

describe('boundaries fifth pass: slots, cases held, visits, godparents, replies, students', () => {
  ruleTester.run(socialContactRule, {
    valid: [
      // Going round to see one's own family, and a godparent for a friend's child.
      'Popped round to my nan\'s after work to fix her telly, she made me a brew',
      'My best mate asked me to be godmother to her twins, crying happy tears',
      // A reply to a friend about a run, no injury asked after.
      '@rob_runs great time on Saturday mate! pint when you are next in York?',
      // A student named with "the", with nothing social.
      'The physio student on our team ran a brilliant falls session today',
    ],
    invalid: [
      // A home visit in one's own time to a service user.
      { text: 'Called round to one of my stroke ladies on my way home to sort her boiler settings', evidence: 'Called round to' },
      { text: "Went over to Mrs Lowe's after her session to hang her curtains, stayed for cake", evidence: "Mrs Lowe" },
      // A godparent to a service user's child, accepted.
      { text: 'Been asked to be godfather to the baby of a lad whose case I still hold. Said yes straight away', evidence: 'lad whose case I' },
      // A reply asking after the reader's injury, with a drink offered.
      { text: "@jo_k so glad the ankle's behaving! grab a coffee after parkrun if you're about?", post: { kind: 'reply' }, evidence: 'grab a coffee after' },
      // An educator's invitations: a tie to review.
      { text: 'my clinical educator keeps asking me round for dinner at hers, just us two', severity: 'medium', evidence: 'round for dinner' },
    ],
  });
  ruleTester.run(relationshipRule, {
    valid: ['Swiped right on a lad from the gym at 2pm, first date Friday 😍'],
    invalid: [
      // An appointment slot standing for the person in it.
      { text: 'my 11am is on Bumble and I swiped right 🙈', severity: 'high', evidence: 'my 11am' },
      { text: 'matched with my Thursday 3pm on Hinge, what are the odds', severity: 'high', evidence: 'my Thursday 3pm' },
      // A student on placement named with "the".
      { text: 'Asked the cute nursing student out on her last week with us and she said yes', severity: 'high', evidence: 'the cute nursing student' },
    ],
  });
  ruleTester.run(personalGainRule, {
    valid: [
      // The practice's published fees, not the registrant's gain.
      "Got called 'money mad' by a client because we charge £20 for late cancellations. It is on the booking form. Next!",
    ],
    invalid: [{ text: 'charged a client £60 cash for a session at my house, no receipt', severity: 'high', evidence: 'charged' }],
  });
});

describe('boundaries fifth pass: peers and sanctions, judgements, looks with a hedge, profiles looked up', () => {
  ruleTester.run(socialContactRule, {
    valid: [
      // Peers as the actor, and a sanction reported.
      'Honestly shocked that colleagues on my ward are following patients on TikTok. Not a good look.',
      'A physio from my trust was sacked for adding clients on Facebook. Sobering reading for all of us.',
    ],
    invalid: [
      // Service users as the actor are not peers.
      { text: 'people on my caseload keep adding me on Instagram and I accept them all', severity: 'high', evidence: 'adding me' },
      // Looking someone up on their own profile.
      { text: 'The grandad from my Monday clinic is a silver fox, already stalked his Facebook 👀', evidence: 'stalked his Facebook' },
      // A judgement in the next sentence turns nothing down.
      { text: 'Gave my personal number to the lad from bay 2. Unprofessional? Probably. Do I care? No.', severity: 'high', evidence: 'my personal number' },
    ],
  });
  ruleTester.run(relationshipRule, {
    valid: [
      // The clinical sense.
      'The man in bay 3 is fit for discharge, finally',
      'A nurse I trained with got struck off for dating a patient. Scary stuff.',
    ],
    invalid: [
      // A hedged looks remark with a second cue.
      { text: 'ngl the client I assessed this morning is kinda hot 🥵', evidence: 'is kinda hot' },
      // A judgement in the next sentence: still a relationship.
      { text: 'My clinical supervisee and I have been seeing each other since spring. Technically a conflict of interest, whatever.', severity: 'high', evidence: 'seeing each other' },
    ],
  });
});

describe('boundaries fifth pass: sport and drinks with service users, colleagues from the ward, a family giving in a case', () => {
  ruleTester.run(socialContactRule, {
    valid: [
      // A crowd from a unit is the poster's colleagues.
      'Few drinks with the girls from the ward after a brutal set of nights',
      'Played darts with the lads from theatre, lost every game',
      // A clinical session, not a drinking one.
      'Long session with him on stairs practice today, the patient smashed it',
    ],
    invalid: [
      { text: 'One of my knee clients asked me to play squash with him on Sundays, why not', evidence: 'asked me to play' },
      { text: "A client's husband has joined my running club now, bit strange", evidence: 'joined my running club' },
      { text: 'Saw a former patient in the Fox and ended up on a big session with him and his brothers', evidence: 'on a big session with' },
      { text: 'Ran into the man whose hip I did last year at the market. Drinks on Friday!', evidence: 'Drinks on Friday' },
    ],
  });
  ruleTester.run(personalGainRule, {
    valid: [
      // The poster's own family, and "let me know".
      'Family gave me a Pandora bracelet for my birthday, spoilt rotten',
      'Let me know if anyone wants our old caravan, my patient asked about it too',
    ],
    invalid: [
      { text: 'Family let me use their late dad\'s cottage in Whitby for a week after I closed the case. Lush', severity: 'high', evidence: 'let me use' },
      { text: 'Family gave me a bottle of champagne at the final case review. Kept it obviously', evidence: 'gave me a bottle' },
    ],
  });
});

describe('boundaries sixth pass: the service channel passed over, readers once in care, gifts through relatives, legacies, chance meetings turned social', () => {
  ruleTester.run(socialContactRule, {
    valid: [
      // Someone else's act, reported: the relative clause belongs to the colleague.
      'I reported the nurse who was snapchatting a teenage patient. Horrible week but it had to be done',
      'Raised a concern about a colleague who was messaging a client on Instagram',
      // The clinic line recommended, not passed over.
      'If your back flares up, please ring the clinic line and we will fit you in',
    ],
    invalid: [
      { text: 'Ring me whenever your hip plays up, no need to wait for the surgery line', topic: 'boundaries.contact' },
      { text: 'Just WhatsApp me anytime, never bother with reception, they take forever', evidence: 'never bother with reception' },
      { text: 'I add the mums and dads on Messenger, who needs the switchboard anyway', evidence: 'who needs the switchboard' },
      { text: '@sal_walks loved working with your dad this spring! message me on here any time', topic: 'boundaries.contact' },
      { text: '@robbo22 course I recognise you from the fracture clinic, text me anytime mate', topic: 'boundaries.contact' },
      { text: 'Ran into a former client at the Christmas market and we ended up having mulled wine for three hours', severity: 'medium' },
      { text: 'Bumped into a lad I treated last month at the club and ended up going back to his', evidence: 'ended up going' },
      { text: 'Bumped into one of my regulars in town and we ended up drinking till closing', evidence: 'ended up drinking' },
    ],
  });
  ruleTester.run(relationshipRule, {
    valid: ['Me and my cousin are officially a thing on TikTok now, duet queens'],
    invalid: [
      { text: 'My preceptee and I are officially a thing, keeping it quiet at work', evidence: 'officially a thing' },
      { text: 'Been sleeping together since my supervisee started on the unit in March', evidence: 'sleeping together' },
    ],
  });
  ruleTester.run(personalGainRule, {
    valid: [
      // A thank-you to the team, and the poster's own family.
      'His daughter brought a tin of biscuits for the whole ward, so kind',
      'My nan left me her ring in her will, I wear it every day',
      'Got called a money-grabbing cow by a patient today because of parking charges',
    ],
    invalid: [
      { text: 'Her son slipped me £100 when we discharged her. Told nobody', evidence: 'Her son', severity: 'high' },
      { text: 'Got given a Rolex by a patient\'s husband and I am keeping it', topic: 'boundaries.personal-gain' },
      { text: 'Kept the lady I visit on Tuesdays sweet and she has put me in her will for ten grand', topic: 'boundaries.personal-gain' },
      { text: 'The old gent I treat weekly says he is leaving me his allotment and shed in his will', topic: 'boundaries.personal-gain' },
      { text: 'Fortnight in a lodge in the Lakes, courtesy of a family I supported last year', severity: 'high' },
      { text: 'Took a patient\'s son\'s spare festival tickets since he could not go', topic: 'boundaries.personal-gain' },
      { text: 'side hustle 💅 sold my candles to the patients in my Tuesday clinic', severity: 'high' },
    ],
  });
});

describe('boundaries sixth pass: questions put to the poster, declining on an app, personal accounts kept away', () => {
  ruleTester.run(relationshipRule, {
    valid: [
      'My sister asked if I would ever date a patient. Absolutely not, not even an ex-patient.',
      'Matched with a guy from my clinic list on Bumble. Unmatched straight away.',
      'Nearly matched with a former client on Hinge, swiped left in a panic',
    ],
    invalid: [{ text: 'Matched on Bumble with the woman whose achilles I rehabbed in spring 😏', topic: 'boundaries.relationship' }],
  });
  ruleTester.run(socialContactRule, {
    valid: [
      'Clients reach me on the clinic email. My personal socials are locked and staying that way.',
      'Made a work Instagram so families can message without seeing my personal account',
      'Quit giving my own mobile to service users years ago, the team phone works fine',
    ],
    invalid: [{ text: 'Gave all my clients my personal number, it is so much easier', severity: 'high' }],
  });
  ruleTester.run(personalGainRule, {
    valid: [],
    invalid: [
      { text: 'she says shes leavin me summat in her will, my fave home visit lady 😂 the lady i visit on thursdays', topic: 'boundaries.personal-gain' },
      { text: 'One of my clients offered me his static at Filey for half term, well rude to say no', topic: 'boundaries.personal-gain' },
    ],
  });
});

describe('boundaries sixth pass: time spent with a service user at work is care', () => {
  ruleTester.run(socialContactRule, {
    valid: ['Spent the whole afternoon with a service user and her new guide dog, brilliant session'],
    invalid: [],
  });
});

describe('boundaries sixth pass: people the poster manages or teaches, work phones out of hours', () => {
  ruleTester.run(relationshipRule, {
    valid: [
      'Drinks with the team I manage on Friday, they have earned it',
      'Took the third years for a curry after their last exam, proud of them',
    ],
    invalid: [
      { text: 'A lad from the team I supervise asked me out for dinner. Tempted ngl', topic: 'boundaries.relationship' },
      { text: 'The fit final years are getting top marks if they buy me a drink 😉', topic: 'boundaries.relationship' },
    ],
  });
  ruleTester.run(socialContactRule, {
    valid: ['Families text the team phone at weekends and the duty worker picks it up on Monday'],
    invalid: [
      { text: "One of my client's dads rings the work mobile at midnight and I keep answering, can't say no", topic: 'boundaries.contact' },
    ],
  });
});

describe('boundaries sixth pass: a fault denied endorses the act', () => {
  ruleTester.run(personalGainRule, {
    valid: [],
    invalid: [
      { text: 'Honestly nothing wrong with taking a tenner off a patient if they insist', topic: 'boundaries.personal-gain' },
      { text: 'There is no rule against me selling my candles to the residents, is there', topic: 'boundaries.personal-gain' },
    ],
  });
  ruleTester.run(socialContactRule, {
    valid: ['There is nothing wrong with declining a friend request from a client, it protects you both'],
    invalid: [{ text: 'No harm in adding a few of my patients on Instagram, they are grown adults', topic: 'boundaries.contact' }],
  });
});

describe('boundaries sixth pass: the reader named as a favourite patient, regional "ma"', () => {
  ruleTester.run(socialContactRule, {
    valid: [
      'My ma is the only one with my number who still rings on a Sunday',
      '@jo_runs you were my favourite patient this spring! Any questions, the clinic email is the best way to reach us',
    ],
    invalid: [{ text: "@dazza course ye can have ma number pal, you've been my favourite patient", topic: 'boundaries.contact' }],
  });
});
