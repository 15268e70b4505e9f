import { ruleTester } from './rule-tester.js';
import { socialContactRule } from '../../src/rules/boundaries/social-contact.js';
import { relationshipRule } from '../../src/rules/boundaries/relationship.js';
import { personalGainRule } from '../../src/rules/boundaries/personal-gain.js';

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
ruleTester.run(relationshipRule, { valid: [], invalid: [{ text: 'Finally asked out the lovely patient from bay 2', severity: 'high', evidence: 'asked out' }] });
