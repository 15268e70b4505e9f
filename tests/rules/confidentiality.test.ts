import { describe, expect, it } from 'vitest';
import { expectNoFindings, ruleTester, type PostInput } from './rule-tester.js';
import { BANTER_AND_PRAISE, GIFTS_DONE_RIGHT, HOMONYMS, IDENTITY_POSITIVE_PHOTOS, KNOWN_PEOPLE_AS_PATIENTS, PATIENT_CONTACT_DONE_RIGHT, RELATIONSHIP_LOOKALIKES } from './hard-negatives.js';
import { nhsNumberRule } from '../../src/rules/confidentiality/nhs-number.js';
import { niNumberRule } from '../../src/rules/confidentiality/ni-number.js';
import { postcodeRule } from '../../src/rules/confidentiality/postcode.js';
import { phoneNumberRule } from '../../src/rules/confidentiality/phone-number.js';
import { dateOfBirthRule } from '../../src/rules/confidentiality/date-of-birth.js';
import { patientDetailsRule } from '../../src/rules/confidentiality/patient-details.js';
import { imagesRule } from '../../src/rules/confidentiality/images.js';
import { emailRule } from '../../src/rules/confidentiality/email.js';
import { nhsChecksumValid, nhsRangePlausible } from '../../src/rules/confidentiality/identifiers.js';

const photo = { media: [{ type: 'photo' as const, path: 'photos/1.jpg', altText: null }] };

describe('NHS number check digit', () => {
  it('accepts valid numbers and rejects near misses', () => {
    expect(nhsChecksumValid('9434765919')).toBe(true);
    expect(nhsChecksumValid('9434765918')).toBe(false);
    expect(nhsChecksumValid('4010232137')).toBe(true);
    expect(nhsChecksumValid('123456789')).toBe(false);
  });
  it('knows the issued ranges', () => {
    expect(nhsRangePlausible('4010232137')).toBe(true);
    expect(nhsRangePlausible('9434765919')).toBe(false);
  });
});

ruleTester.run(nhsNumberRule, {
  valid: [
    'Order number 9434765918 still not delivered',
    'Call the clinic on 0161 496 0000',
    'Tracking number 9434765919 for the parcel',
    'Ref 9434765919 for the conference booking',
    'NHS 111 is there if you need advice out of hours',
    'Invoice 123 456 7890 paid',
  ],
  invalid: [
    { text: 'Patient NHS number 943 476 5919, please chase his bloods', topic: 'confidentiality.identifier', severity: 'high', evidence: '943 476 5919' },
    { text: '943 476 5919 is her NHS no if anyone needs it', evidence: '943 476 5919' },
    { text: 'CHI 9434765919 needs a repeat scan', evidence: '9434765919' },
    { text: 'Can someone find the notes for 401 023 2137 before clinic', evidence: '401 023 2137' },
    { text: 'hospital number 401-023-2137, lady in bed 3', evidence: '401-023-2137' },
  ],
});

ruleTester.run(niNumberRule, {
  valid: [
    'Our NI team are brilliant',
    'QQ 12 34 56 C is the example number on every form',
    'Flight BA1234 landed at 12:34',
  ],
  invalid: [
    { text: 'His national insurance number is AB 12 34 56 C, can payroll sort it', topic: 'confidentiality.identifier', evidence: 'AB 12 34 56 C' },
    { text: 'NI number: JZ123456D for the new patient', severity: 'high', evidence: 'JZ123456D' },
    { text: 'Found a wallet in the car park with HN 55 66 77 A in it', severity: 'medium', evidence: 'HN 55 66 77 A' },
  ],
});

ruleTester.run(postcodeRule, {
  valid: [
    'Our new clinic is at SE11 4BU, come and say hello',
    'Conference venue: Park House, London SE11 4BU',
    'Running the B12 clinic from 4am tomorrow',
    'Patients can find us at M1 1AE, parking is free',
  ],
  invalid: [
    { text: 'Patient lives at SW1A 2AA, family not answering', topic: 'confidentiality.identifier', evidence: 'SW1A 2AA' },
    { text: 'Lady in bed 4 keeps asking for a taxi home to LS6 2EX', evidence: 'LS6 2EX' },
    { text: 'Safeguarding concern for the resident at CF10 1EP', evidence: 'CF10 1EP' },
  ],
});

ruleTester.run(phoneNumberRule, {
  valid: [
    'Bookings: call us on 0161 496 0000',
    'My clinic number is 020 7946 0018 for appointments',
    'Patients can ring our helpline on 0113 496 0000',
    'Happy birthday mum, 07700 900123 is my new number by the way',
    'Shift swap anyone? Text me on 07700 900456',
  ],
  invalid: [
    { text: "Patient's daughter keeps ringing, her number is 0113 496 0578 if anyone wants to tell her off", topic: 'confidentiality.identifier', severity: 'high', evidence: '0113 496 0578' },
    { text: 'The patient in bay 2 gave me his landline, 020 7946 0999, weird', evidence: '020 7946 0999' },
    { text: 'Patient phone number 0113 496 0123, please call re results', evidence: '0113 496 0123' },
  ],
});

ruleTester.run(dateOfBirthRule, {
  valid: [
    'My DOB is 12/03/1990 and I still get asked for ID',
    'I was born on 3rd March 1985, officially middle-aged',
    'Born on 4 July 1776, the USA is older than our trust',
    'Deadline for abstracts is 12/03/2024',
  ],
  invalid: [
    { text: 'Patient DOB 12/03/1948, fell at home last night', topic: 'confidentiality.identifier', severity: 'high', evidence: 'DOB 12/03/1948' },
    { text: 'Lady in bed 6, date of birth 3rd March 1931, is a legend', evidence: 'date of birth 3rd March 1931' },
    { text: 'Can someone check d.o.b. 01.02.55 against the wristband', evidence: 'd.o.b. 01.02.55' },
  ],
});

ruleTester.run(patientDetailsRule, {
  valid: [
    'Tough shift, proud of the team',
    'A 45-year-old presents with chest pain radiating to the left arm. What is your differential?',
    'Had a patient with sepsis today, always check the lactate',
    'Get your flu jab at the Ward 5 clinic this week',
    'Please be patient with our reception staff this morning, the phones are down',
    'Our patients deserve better than corridor care',
    'Case study for students: man in his 60s with a productive cough and weight loss',
    'Remember to wash your hands between every patient',
    'Visiting hours on all wards change from Monday',
    'Ten years qualified today! Thank you to every patient who taught me something',
    'Stroke awareness week: know the signs, act FAST',
  ],
  invalid: [
    { text: 'Lovely 84-year-old lady with dementia in bay 3 today, sang to me all shift', topic: 'confidentiality.identifiable', severity: 'high', evidence: 'bay 3' },
    { text: 'Mrs Jones in bed 12 turned 100 today!', severity: 'high', evidence: 'Mrs Jones' },
    { text: 'Famous footballer came into A&E tonight with a broken leg, cannot say who 🤐', severity: 'high', evidence: 'footballer' },
    { text: 'The gent in side room 2 keeps pulling his cannula out', evidence: 'side room 2' },
    { text: 'Patient in bed 7 threw his dinner at me', evidence: 'bed 7' },
    { text: "You'll never guess who I had in my chair today 😱 #dentist", evidence: 'never guess who' },
    { text: 'Our 92yo resident at Oak Lodge died this morning, RIP', evidence: 'Oak Lodge' },
    { text: 'Patient called Derek admitted with an overdose last night', evidence: 'called Derek' },
    { text: '19 year old girl admitted last night after an overdose, so sad', evidence: '19 year old' },
    { text: 'Mr J S on Rowan Ward finally went home', evidence: 'Rowan Ward' },
    { text: 'The lady in bay C had twins this morning', evidence: 'bay C' },
  ],
});

ruleTester.run(imagesRule, {
  valid: [
    { text: 'Post-run selfie, new PB!', ...photo },
    { text: 'My baby girl is one today', ...photo },
    'Look at this x-ray from the textbook, classic Colles fracture',
    { text: 'Flowers from my garden', ...photo },
    { text: 'Graduation day!', media: [{ type: 'photo', path: null, altText: 'Me in a cap and gown' }] },
  ],
  invalid: [
    { text: 'Check out this x-ray from today', post: photo, topic: 'confidentiality.images', severity: 'high', evidence: 'x-ray' },
    { text: 'Selfie on the ward before nights', post: photo, severity: 'medium', evidence: 'on the ward' },
    { text: 'Worst pressure sore I have ever seen', post: photo, severity: 'high', evidence: 'pressure sore' },
    { text: 'Team photo in theatre 💙', post: photo, evidence: 'in theatre' },
    { text: 'This is what a stage 4 ulcer looks like', post: { media: [{ type: 'video', path: null, altText: null }] }, evidence: 'ulcer' },
    { text: '', post: { media: [{ type: 'photo', path: null, altText: 'CT scan of a patient brain' }] }, severity: 'high' },
    { text: 'Patient let me take a pic of his tattoo', post: photo, evidence: 'Patient' },
  ],
});

// Phrasings written after the rules, to check they generalise.
ruleTester.run(patientDetailsRule, {
  valid: ['Bed 4 is broken again, estates have been called', 'My nan is 90 today and still sharper than me', 'New ultrasound machine in clinic today, very shiny', 'The police officer who came in with the patient was lovely'],
  invalid: [
    { text: "Mrs Patel, 87, in bay 4 on Ward 12 at St James's, lovely lady", severity: 'high', evidence: 'Mrs Patel' },
    { text: 'Bumped into Gary from bed 9 at Tesco lol', evidence: 'bed 9' },
    { text: 'Baby Alfie in cot 3 on NICU is doing great', severity: 'high', evidence: 'Baby Alfie' },
  ],
});
ruleTester.run(nhsNumberRule, { valid: [], invalid: [{ text: 'NHS no 401 023 2137 for Mr Hughes please', evidence: '401 023 2137' }] });
ruleTester.run(imagesRule, { valid: [], invalid: [{ text: 'Photo of the amazing wound I dressed today', post: { media: [{ type: 'photo', path: null, altText: null }] }, evidence: 'wound' }] });

// Issue 6: varied phrasings (UK English) for the confidentiality rules' weak spots, each checked against the rule that should catch it,
// and hard negatives checked against every confidentiality rule.
ruleTester.run(patientDetailsRule, {
  valid: [],
  invalid: [
      { text: 'Shout out to Doris on Ward 9 who turned 100 today! 🎉', evidence: 'turned 100' },
      { text: 'RIP Albert, my favourite resident at Sunnyside. You\'ll be missed xx', evidence: 'Sunnyside' },
      { text: 'Little Maisie went home today after 3 weeks on NICU, we\'ll miss her ❤️', evidence: 'Maisie' },
      { text: 'Ronnie in bay 3 is a proper character, asked me to marry him twice today 😂', evidence: 'Ronnie' },
      { text: 'Fixed Mrs Henderson\'s hip today, she\'s flying round the ward now', evidence: 'Mrs Henderson\'s' },
      { text: 'My lovely patient Jim finally got his new leg fitted. Proud of you Jim!', evidence: 'patient' },
      { text: 'Baby Theo born at 24 weeks is now home! Best news ever', evidence: 'born at 24 weeks' },
      { text: 'Visited Mr Ahmed at home today, his diabetes is all over the place', evidence: 'Mr Ahmed' },
      { text: 'Today I discharged Joan Smith after her knee replacement, she brought us cake', evidence: 'discharged' },
      { text: 'Edna (94) told me the filthiest joke I\'ve ever heard 😂 love my job', evidence: 'Edna' },
      { text: 'Big shout out to Kev from the rehab unit who walked 10 metres today after his stroke!', evidence: 'stroke' },
      { text: 'Lost our lovely Mr Patel overnight. Heartbroken.', evidence: 'Mr Patel' },
      { text: 'Patient of mine, Sarah, just got her all-clear from breast cancer!', evidence: 'breast cancer' },
      { text: 'Happy 90th to Stan, our oldest dialysis patient', evidence: 'dialysis' },
      { text: '@DaveRuns83 so glad the knee op went well mate, see you at your follow-up', evidence: '@DaveRuns83' },
      { text: '@KeeleyB hope you are over the stroke now, see you soon', evidence: '@KeeleyB' },
      { text: 'A 23-year-old nursery nurse from Castleford came in after an overdose last night', evidence: '23-year-old' },
      { text: 'The lollipop lady outside St Joseph\'s has been on my ward all week with pneumonia', evidence: 'lollipop lady' },
      { text: 'Guess which Leeds United player was in A&E last night with a broken foot 👀', evidence: 'United player' },
      { text: 'One of the Strictly dancers came in for physio today. Can\'t say who but she\'s lovely', evidence: 'Strictly dancers' },
      { text: 'Mum of twins from Hebden Bridge delivered at 28 weeks last night', evidence: 'Hebden Bridge' },
      { text: 'Teacher at my son\'s school came into clinic with a UTI today. Awkward!', evidence: 'came into clinic' },
      { text: 'Only 34 and terminal, and she runs the café on Market Street. Gutted.', evidence: 'Market Street' },
      { text: 'Home visit list tomorrow: Mr Crowther, 7 Beech Grove, lives alone after his stroke', evidence: '7 Beech Grove' },
      { text: 'Safeguarding visit at 54 Crossley Street, Pudsey this afternoon. Third referral for this family.', evidence: '54 Crossley Street' },
      { text: 'Our oldest resident celebrated her 104th today! Former headmistress of the village school, still sharp as a tack', evidence: 'village school' },
      { text: 'Discharged the bus driver who crashed on the A629 last week, amazing recovery considering', evidence: 'Discharged' },
      { text: 'The teenager from the Hollins estate who was stabbed on Friday is out of ICU', evidence: 'Hollins estate' },
      { text: 'Can\'t believe I\'ve got the local vicar on my caseload for his drinking. Awkward at church on Sunday', evidence: 'on my caseload' },
      { text: 'Delivered the first baby of the new year at 00:03 at Leeds General! Mum and baby doing great', evidence: 'Leeds General' },
      { text: 'Had the Grove Road twins in again today, both with asthma flare-ups', evidence: 'Grove Road' },
      { text: 'Treated a well-known Huddersfield Town player for a hamstring tear this morning. Lips sealed 🤐', evidence: 'Huddersfield' },
      { text: 'Our Deborah in side room 3 is going home after 6 weeks, we\'ll all miss her', evidence: 'side room 3' },
      { text: 'Lovely Mr Singh (the one with the parrot) finally got his new hip', evidence: 'Mr Singh' },
      { text: 'Took bloods from my daughter\'s maths teacher today, she nearly fainted 😂', evidence: 'Took bloods from' },
      { text: 'Going to my patient\'s 50th birthday party on Saturday, she invited the whole ward but I\'m the only one going', evidence: '50th birthday' },
      { text: 'Patient in bay 4 is gorgeous, might slip him my number when he\'s discharged 😏', evidence: 'Patient' },
      { text: 'The patient in bed 9 keeps winking at me and honestly I don\'t hate it 😏', evidence: 'patient' },
      { text: 'Patient gave me his Man United season ticket for the weekend, can\'t believe it', evidence: 'Patient' },
      { text: 'You\'ll never guess which Emmerdale actor came through resus tonight. Lips sealed but wow 🤐', evidence: 'never guess' },
      { text: 'Had the local MP in for a vasectomy consult this morning, very down to earth', evidence: 'this morning' },
      { text: 'Young lad, 17, from Keighley, came in after a moped crash on the A650 last night. Touch and go.', evidence: 'last night' },
      { text: 'Our 101-year-old on ward 4 celebrated with the Lord Mayor today - the oldest patient we\'ve ever had', evidence: '101-year-old' },
      { text: 'Just discharged a headteacher from one of the big Huddersfield secondaries after her breakdown. Hope she\'s OK.', evidence: 'Huddersfield' },
      { text: 'The vicar at St Anne\'s is finally off the waiting list for his new hip 🙏', evidence: 'St Anne\'s' },
      { text: 'Treated a Leeds Rhinos player for a dislocated shoulder today, can\'t say who but he was lovely', evidence: 'Rhinos player' },
      { text: 'Mrs K from Ilkley with the early-onset dementia asked after you all today x', evidence: 'dementia' },
      { text: 'Transferred a pregnant 15-year-old from Otley to the regional unit this afternoon', evidence: 'this afternoon' },
      { text: 'JB, 34, Pudsey, back in with another overdose. Third time this month.', evidence: 'overdose' },
      { text: 'Today\'s home visit: retired headmaster, 88, lives alone on Moor Lane, very poorly with his heart', evidence: 'home visit' },
      { text: 'Guess who we had in A&E last night? Only the bloke off Gogglebox! Broken wrist.', evidence: 'off Gogglebox' },
      { text: 'Baby Isla went home today after 94 days on NICU 💕 So proud of her mum and dad', evidence: 'Baby Isla' },
      { text: 'The Polish couple on Elm Road who lost their baby last week came in to thank us', evidence: 'last week' },
      { text: 'Jacob, the lad with cystic fibrosis from Year 9 at Brighouse High, is back with us again', evidence: 'cystic fibrosis' },
      { text: 'Sad news today - we lost Doreen, who\'d been coming to our day centre for years. Rest easy lovely x', evidence: 'been coming to our day centre' },
      { text: 'Shout out to Kev in bed 6 who walked the whole corridor today after his amputation!', evidence: 'amputation' },
      { text: 'Our youngest ever stroke patient, just 24, went home walking today', evidence: 'youngest' },
      { text: 'Met a woman today who\'s had 11 miscarriages. 11. I can\'t stop thinking about her.', evidence: '11 miscarriages' },
      { text: 'The bloke from the chip shop on Market Street came in with chest pain, turns out it was an MI', evidence: 'Market Street' },
      { text: 'Guess who I scanned today... the new Bradford City striker! Ankle looks grim.', evidence: 'City striker' },
      { text: 'Huge congratulations to our patient Amira on finishing chemo! So proud of you ❤️ #cancerfree', evidence: 'patient' },
      { text: 'Poor old Mr Hussain from the corner shop is back in with his chest again', evidence: 'Mr Hussain' },
      { text: 'A nurse from our own trust was admitted overnight after an overdose. Please check on your colleagues.', evidence: 'nurse from our own trust' },
      { text: 'Discharged the twins from Shelf today, both off oxygen at last 💙', evidence: 'Discharged' },
      { text: 'Visited a lovely couple in their 90s this morning, both with dementia, in a flat above the Co-op in Todmorden', evidence: 'in their 90s' },
      { text: 'Our patient with the rare Ehlers-Danlos type who plays for the county netball team is back for her knee', evidence: 'plays for the county netball team' },
      { text: '@MikeJ_84 hope the new hip is settling in, see you at your 6 week review!', evidence: '@MikeJ_84' },
  ],
});
ruleTester.run(phoneNumberRule, {
  valid: [],
  invalid: [
      { text: 'Patient\'s wife keeps ringing from 07700 900542. Mr Byrne is fine, just waiting for a scan!', evidence: '07700 900542' },
      { text: 'If anyone\'s on the ward later, Jean Begum\'s son is on 07700900464, he wants an update on his mum.', evidence: '07700900464' },
      { text: 'His daughter left a number for a callback: (0113) 496 0694. Whoever\'s on tomorrow please ring re the discharge.', evidence: '(0113) 496 0694' },
      { text: 'Can someone call the lady in bay 3\'s husband back on +44 7700 900450, he\'s been waiting all day', evidence: '+44 7700 900450' },
  ],
});
ruleTester.run(emailRule, {
  valid: [],
  invalid: [
      { text: 'Carer for Mrs Quigley is shirley.quigley47@example.net if the social worker needs to get in touch.', evidence: 'shirley.quigley47@example.net' },
      { text: 'Her daughter wants the results emailed to pauline.okafor45@example.org, can someone on the stroke unit send them?', evidence: 'pauline.okafor45@example.org' },
  ],
});
ruleTester.run(dateOfBirthRule, {
  valid: [],
  invalid: [
      { text: 'Bethan Fraser, DOB 1948-07-27, early-onset dementia. Does anyone know if she\'s been referred on?', evidence: 'DOB 1948-07-27' },
      { text: 'Happy birthday to my favourite patient Funmi, born 1964-05-20! Celebrating on the ward today 🎂', evidence: 'born 1964-05-20' },
  ],
});
ruleTester.run(postcodeRule, {
  valid: [],
  invalid: [
      { text: 'Dropped Declan Rafiq\'s walking frame round to NE6 3FP on my way home, he\'d left it on the ward.', evidence: 'NE6 3FP' },
  ],
});
ruleTester.run(imagesRule, {
  valid: [],
  invalid: [
      { text: 'Whiteboard from handover, names visible in the corner 🙈', post: photo, evidence: 'Whiteboard' },
      { text: 'My caseload diary for next week, visits in Wibsey and Great Horton 📒', post: photo, evidence: 'caseload diary' },
  ],
});

describe('confidentiality: hard negatives (issue 6)', () => {
  const rules = [patientDetailsRule, phoneNumberRule, emailRule, dateOfBirthRule, postcodeRule, imagesRule, nhsNumberRule, niNumberRule];
  const texts: PostInput[] = [
    'Today a man walked for the first time since his stroke. The whole gym clapped. Best job in the world.',
    'Watching a teenager I\'ve worked with for two years go off to uni. Can\'t say more. Heart full.',
    'My nan turned 90 today! Still beats everyone at rummy. Happy birthday, Nana Joan 🎂',
    'Shout out to Sarah on the stroke unit for her brilliant teaching session today',
    'Thanks to Dave the porter for saving my life with a coffee at 3am',
    'Welcome to the team, Fatima Rafiq, our new band 6 physio',
    // The poster's own state a clause away from an @mention is not the person's condition.
    'Getting drunk tonight at Greggs with the team, @dave you absolute prick',
    'My son Oliver broke his arm at football, 4 hours in A&E but he\'s fine',
    'Sarah from pharmacy sorted the meds for bay 4, what a star',
    'Congratulations to Dr Amy Shah on her PhD on stroke rehab!',
    'A 45-year-old presents with chest pain radiating to the left arm. What\'s your differential?',
    'Simulation today: a teenager with an overdose who doesn\'t want their parents told. Great debrief.',
    'Reading about Mary Seacole with my daughter for Black History Month',
    'Delighted our stroke unit in Leeds has been rated outstanding',
    'RIP Jack Charlton, a Leeds legend',
    'Thank you to the family of the patient in bay 2 for the flowers ❤️',
    'Me and Jen survived a 12 hour shift in resus, tea please',
    'Our patients on Ward 12 deserve better than corridor care',
    'Urgent queries to the community therapy duty line, 0113 496 0993.',
    'The speech and language therapy team has a new number: (0113) 496 0678.',
    'Shift swap anyone? Text me on 07700 900456',
    'Happy birthday mum, 07700 900123 is my new number by the way',
    'Email bookings@kneeclinic.example.com to book an assessment',
    'Any questions about the study, email me at j.smith@example.nhs.uk',
    'Running a CPD webinar on 2023-04-26 at 7pm on pelvic health. Free to members.',
    'Born 14/02/1988 and still not a fan of Valentine\'s Day',
    'Our clinic has moved to 147 Church Walk, Holmfirth. Free parking round the back!',
    'Open day at the practice, 64 Church Walk, HX1 5PY, on Saturday: meet the team',
    'Invoice 5735192984 paid for the clinic\'s new plinth',
    'Welcome to the team, Chelsea Haigh, our new band 6 radiographer.',
    'Congratulations to Nasreen Osei on passing her MSc with distinction!',
    'Happy 80th birthday to my mum, still the best cook in Otley.',
    'I\'m 44 and just ran my first marathon. Knees, forgive me.',
    { text: 'Post-run selfie, new PB!', ...photo },
    { text: 'Team photo at the Christmas party, best team in the trust', ...photo },
    'A 72-year-old man with a hip fracture: what are your priorities in the first 24 hours?',
    'Great teaching session on managing delirium in older adults',
    'Our stroke unit in Huddersfield is recruiting band 5 nurses',
    'First baby of the new year at Leeds General was born at 00:03, says the trust\'s press release',
    'Thank you to the local vicar for blessing our new chapel',
    'My daughter\'s maths teacher ran the London Marathon, so proud of her',
    { text: 'Happy Diwali from all of us on Ward 7! 🪔✨', ...photo },
    ...IDENTITY_POSITIVE_PHOTOS,
    ...HOMONYMS,
    ...BANTER_AND_PRAISE,
    ...PATIENT_CONTACT_DONE_RIGHT,
    ...RELATIONSHIP_LOOKALIKES,
    ...GIFTS_DONE_RIGHT,
    ...KNOWN_PEOPLE_AS_PATIENTS,
    'A woman in her 40s presents with sudden severe headache. What are your red flags? #FOAMed',
    'Stroke awareness: FAST - face, arms, speech, time. Call 999.',
    'Thank you to the family of the gentleman we cared for last week for the kind card',
    'Had a lovely day at the Harrogate conference. Met so many inspiring clinicians!',
    'Covering ward 4 tonight, it\'s absolutely heaving',
    'Anonymous reflection: a patient taught me that dignity is in the small things.',
    'Our clinic is on Moor Lane, Ilkley. Call 01943 000000 to book.',
    'My nan turned 100 today! Letter from the King and everything 🎉',
    'So proud of my daughter, 15, who ran her first half marathon in Otley today',
    'New research from Leeds shows early mobilisation after hip surgery cuts length of stay',
    'Retired headteacher and marathon runner Jean Smith will open our new gym on Saturday',
    'Sad news today - Doreen from our admin team is retiring after 30 years. We\'ll miss you!',
    'Shout out to Kev from estates who fixed the heating in bay 6 today',
    'Stroke can happen at any age - know the signs. FAST.',
    'Miscarriage is more common than people think. You\'re not alone - the Miscarriage Association can help.',
    'Congratulations to Amira from the physio team on finishing her MSc! So proud ❤️',
    'Proud of our team today - a busy day but every patient got the care they deserved',
    'Our day centre is open Monday to Friday in Todmorden - pop in for a cuppa',
    'Twins run in my family - my nan was a twin and so am I!',
  ];
  expectNoFindings(rules, texts);
});

// Issue 6, part 2: mechanisms added for unseen phrasings. Each block has cases that must flag and
// look-alikes that must not.
ruleTester.run(patientDetailsRule, {
  valid: [
    // A bed or room as a thing, not a person.
    'Bed 7 needs a new mattress, ordered it today',
    'Side room 3 is being deep cleaned after the norovirus outbreak',
    // The poster's own family in a bed.
    "My dad's in bed 4 on Ward 9 at Pinderfields after his op, doing well",
    // Relative clauses in anonymous reflections.
    "Had a lady today who told me I'd made her week. That's why we do it.",
    'Met a woman today who reminded me why I became a physio.',
    // Someone else's story.
    'Watching Casualty, the man who swallowed the keys was hilarious',
    'Read about a woman who swallowed a toothbrush in the BMJ, fascinating',
    // Initials, nicknames and surnames that are not patients.
    'JB and I survived a 13 hour shift together, what a team',
    'SPF 50 on the kids and off to Filey 🌞',
    'Big Dave from estates fixed the radiator, legend',
    'The Smith family next door have a new puppy and it\'s adorable',
    // "your nan" in advice, not in care.
    'Got my booster and flu jab today, bit of a sore arm. Do it for your nan 💪',
    // Care words in the poster's own life.
    'Nursed a hangover all day after the Christmas do, never again',
    'Got a new job at Airedale! Starting in the new year 🎉',
    'Only 2 physios on for the whole hospital tonight, send help',
    'Court was adjourned again, three months of waiting for my divorce',
    'My neighbour at number 12 on our street just had a baby girl! Congrats x',
    'Drop-in sessions at Fairfield Children\'s Centre, 12 Church Street, every Wednesday. No referral needed.',
    // A colleague praised, not a colleague as a patient.
    'The new physio on our team is killing it, patients love her',
  ],
  invalid: [
    // A bed standing for its occupant.
    { text: 'bed 11 keeps ringing the bell for a cuppa every 10 mins lol', severity: 'high', evidence: 'bed 11' },
    { text: 'whoever is in bay 6 snores like a tractor', severity: 'high', evidence: 'bay 6' },
    { text: 'Arthur (91) in the end bed has been asking for his wife all night', evidence: 'end bed' },
    // Initials with a place, nicknames, a family by its surname, someone the reader knows.
    { text: 'RB from Shipley is back in with another overdose', severity: 'high', evidence: 'RB' },
    { text: 'Client T.W. (Keighley) finally told me about the abuse at home', severity: 'high', evidence: 'T' },
    { text: 'Little Alfie on the NICU is off CPAP at last', severity: 'high', evidence: 'Alfie' },
    { text: 'Child protection case conference for the Ahmed children tomorrow, wish me luck', severity: 'high', evidence: 'the Ahmed children' },
    { text: 'Saw your nan at the memory clinic today, she\'s doing well x', severity: 'high', evidence: 'your nan' },
    { text: 'ha your old PE teacher was in my chair today for a root canal 😂', evidence: 'your old PE teacher' },
    // Age, place and detail added up; a care act standing for a patient word.
    { text: 'Had a 16 year old from Todmorden in clinic today who is 30 weeks pregnant and nobody knew', severity: 'high', evidence: '16 year old' },
    { text: 'Visited a family in Dewsbury today, 5 kids in a 2 bed flat, mum with MS and dad inside', severity: 'high', evidence: 'Dewsbury' },
    { text: 'The local butcher had his bypass last week, I did his cardiac rehab today', severity: 'high', evidence: 'butcher' },
    { text: 'The lady who runs the bakery in Holmfirth is on my caseload for her drinking', severity: 'high', evidence: 'who runs the' },
    // Named homes and schools in lower case, and one person singled out there.
    { text: 'Oakwood nursing home resident who keeps ringing 999 about her cat is on my list again', severity: 'high', evidence: 'Oakwood nursing home' },
    { text: 'Only child at Moorside Infants with a trachy, the school is brilliant with her', evidence: 'Moorside Infants' },
    // Odd mechanisms and famous patients found through a care act or a hint.
    { text: 'Woman who got a fork stuck in her throat at the Harvester last night, that was my shift', severity: 'high', evidence: 'stuck' },
    { text: 'You\'ll never believe which footballer I had on my plinth today', evidence: 'footballer' },
    { text: 'A Coronation Street actor was in our minor injuries unit tonight, can\'t say more 🤐', evidence: 'actor' },
    { text: 'Anaesthetised a Leeds Rhinos prop this morning, needed the big tube', severity: 'high', evidence: 'Rhinos prop' },
    // A house number or address with the person who lives there.
    { text: 'the fella at flat 9 on the Holme Wood estate has cut his tag off again', evidence: 'flat 9' },
    { text: 'Can anyone translate for a family at 22 Oak Street? Mum only speaks Tigrinya and the baby is poorly', evidence: '22 Oak Street' },
  ],
});
ruleTester.run(dateOfBirthRule, {
  valid: ['My DOB is 14/08/1961, yes I am that old'],
  invalid: [
    { text: 'His DOB is 14/08/1961 and he keeps telling us he\'s 25 lol', severity: 'high', evidence: 'DOB is 14/08/1961' },
    { text: 'd.o.b. 3.7.58 male, no ID, anyone know him?', severity: 'high', evidence: 'd.o.b. 3.7.58' },
  ],
});
ruleTester.run(postcodeRule, {
  valid: ['New address for the clinic: Unit 4, Canal Wharf, Leeds LS11 5QX'],
  invalid: [
    { text: 'postcode is WF13 2AB if the crew can get there quicker, elderly man on the floor', evidence: 'WF13 2AB' },
    { text: 'Visit at BD7 4HF this afternoon, mum wasn\'t in again', evidence: 'BD7 4HF' },
  ],
});
ruleTester.run(imagesRule, {
  valid: [
    { text: 'Our new gym kit arrived!! Can\'t wait to get patients using it next week 🏋️', ...photo },
    { text: 'Poster for our conference presentation on early mobility after hip fracture 📊', ...photo },
    { text: 'Our new ward garden is finished! Patients will love it', ...photo },
    { text: 'New hoist training day for the team 💪', ...photo },
    { text: 'Before and after: 8 weeks of my coaching, book your free call', ...photo },
  ],
  invalid: [
    { text: 'New thermoplastic splint I made today, proud of this one ✋', post: photo, severity: 'medium', evidence: 'thermoplastic' },
    { text: 'Day in the life of a student paramedic: vlog from inside the ambulance', post: { media: [{ type: 'video', path: null, altText: null }] }, evidence: 'Day in the life' },
    { text: 'Snapped the theatre list on the board, 11 cases today', post: photo, severity: 'high', evidence: 'theatre list' },
  ],
});

// Second pass (issue 6): the pronoun "it" no longer makes a name staff; self-harm, social-work case
// details, mobility aids and diet measures as health details; a job tied to the poster's street;
// kinship words used as names are the poster's own family; warmth with nothing else about a bed's
// occupant; adverts' own numbers and addresses; NINO shapes beside a context word; photos of feet,
// lines and patients taking part.
ruleTester.run(patientDetailsRule, {
  valid: [
    "Dad's chemo starts Monday at Jimmy's. Fingers crossed everyone 🤞",
    'Nan is home from hospital after her fall, so relieved',
    "Mum's in bay 4 at St Mary's after her stroke, staff have been brilliant",
    'Patient on bay 2 was so funny today, had the whole team in stitches with his stories',
    'Lovely lady in bed 6 today, so sweet 🥰',
    'it was actually a really good shift, Priya from IT fixed the printers',
    'Court today for a care proceedings case. Long day, exhausted, need a brew.',
    'Tips for managing your blood sugars over Christmas: little and often 🎄',
    'Lost 3 stone myself this year, feeling great',
    'Ordered a new zimmer frame display for the falls prevention stand',
    'Our practice has a patient WhatsApp broadcast run by reception for appointment reminders, staff never reply personally',
    'Had chips on Market St after a long shift',
  ],
  invalid: [
    { text: 'patient today told me her name was Princess Sparkle lol. it was actually Tracey. dementia is cruel', severity: 'high', evidence: 'Tracey' },
    { text: "cannot believe Mrs Pemberton-Hughes STILL won't use her zimmer. 3rd fall this month", severity: 'high' },
    { text: "dietetics clinic: Colin lost 3 stone since january and his sugars are normal now. proud of u Col!", severity: 'high' },
    { text: 'the postman on our estate was in the waiting room for the sexual health clinic this arvo 👀', severity: 'high', evidence: 'postman' },
    { text: 'the lollipop lady from my street was in with a broken hip today', severity: 'high' },
    { text: "SW update: court date for the Hendersons' kids is 12th March, mum's been using again", severity: 'high' },
    { text: "Got called out to a 32 year old bloke in Hebden Bridge who'd tried to hang himself in his garage" },
    { text: 'Mr P in bed 4, Mum is with him, he has dementia', severity: 'high' },
    { text: 'Mum of twins from Hebden Bridge delivered at 28 weeks last night' },
    { text: 'bed 4 was hilarious today, he tried to escape 3 times', severity: 'high' },
    { text: 'video of Mr Gill taking his first steps with the new prosthetic 🥹', severity: 'high' },
    { text: 'our patient McKenzie had her stroke on Tuesday', severity: 'high', evidence: 'McKenzie' },
    { text: 'the woman who runs the florist on Market St came into ED after an overdose', severity: 'high' },
    { text: 'scanned the bin man from my road today, massive kidney stone 😬', severity: 'high' },
    { text: 'Little Harvey, 4, from Morley is finally home after his heart op ❤️', severity: 'high' },
  ],
});
ruleTester.run(phoneNumberRule, {
  valid: [
    'Now taking bookings for January! Podiatry home visits across Leeds, ring 0113 496 0456',
    'Home visits for patients across Bradford, call us on 07700 900222',
    'Worried about a patient? ring 0113 496 0999 for the duty team',
  ],
  invalid: [
    { text: "client's mum's mobile is 07700 900461 if anyone from the team needs it", severity: 'high', evidence: '07700 900461' },
    { text: 'Taking bookings again soon. Btw her mobile 07700 900333 keeps ringing, patient keeps calling me', evidence: '07700 900333' },
  ],
});
ruleTester.run(postcodeRule, {
  valid: ['Physio Clinic Leeds - bookings 0113 496 0500, 12 Park Row LS1 5HD. Open Sat! Patients welcome'],
  invalid: [{ text: 'pt address 14 Mill Street, Ossett WF5 8AB. please someone go round, no answer for 2 days', evidence: 'WF5 8AB' }],
});
ruleTester.run(niNumberRule, {
  valid: ['my NI number starts with QQ lol', 'Order ref QQ123456C dispatched', 'NI number example format: qq123456c'],
  invalid: [{ text: 'Her NI number was QQ123456C and she still got refused PIP', severity: 'high', evidence: 'QQ123456C' }],
});
ruleTester.run(imagesRule, {
  valid: [
    { text: 'Happy Christmas to all our patients and staff from ward 5 🎄', ...photo },
    { text: 'Our new ward garden is finished! Patients will love enjoying it next week', ...photo },
    { text: 'my new trainers for the Leeds 10k, wish me luck 🏃', ...photo },
    { text: 'my own verruca is disgusting, sorry 🤢', ...photo },
    { text: 'my x-ray from the netball injury, 2 breaks 😭', ...photo },
  ],
  invalid: [
    { text: 'look at this absolute unit of a bunion 😳 clinic was wild today', post: photo, severity: 'high', evidence: 'bunion' },
    { text: 'nailed this cannula on a tricky one today 💉', post: photo, severity: 'high', evidence: 'cannula' },
    { text: 'our ward christmas party in the day room 🎄 patients joined in too!! best day', post: photo, severity: 'high' },
    { text: "my patient's x-ray, look at this", post: photo, severity: 'high', evidence: 'x-ray' },
    { text: 'my first cannula on a patient today!!', post: photo, severity: 'high' },
  ],
});

// Fourth pass (issue 6): acquaintances treated, records looked up, public stories, refusals, talk about confidentiality,
// schools and towns with a child's condition, beds said to be people, hints of fame. Written for these tests.
ruleTester.run(patientDetailsRule, {
  valid: [
    // Refusing someone who asks, with no health detail given away.
    'Nope, not telling you which rugby player I strapped up this week. Stop asking, Auntie Jan.',
    'Friends always ask if I have looked after anyone famous. Even if I did, my lips would stay shut.',
    // Advice that forbids a hint, and talk about what identifies a person.
    "Students: no 'guess who came in' posts, no screenshots, no selfies by the beds. Ever.",
    'Quiz for the new starters: is a ward name identifying? Alone, rarely. With an age and a diagnosis and a date, yes. Think jigsaw.',
    // Idioms and things that look like people the reader knows.
    'A client asked me to join her candle business so I could be my own boss. Said no thanks, I keep work and side hustles apart.',
    'No, I will not accept your friend request, former patient from last summer. It is the rules, nothing personal.',
    // The poster's own records, a denied look-up, a patient's own results.
    'Told my mum for the tenth time that I cannot look up her neighbour on the system, it is a sacking offence',
    // A title, not a name; a news story about staff.
    'Facebook keeps putting my patients under People You Might Know. Mortifying.',
    'Physio on the news struck off for sharing a client list. Good.',
    // Own family, and a nickname that is a product.
    "Grandad's back on Ward 3 since his fall, Mum says the staff there are angels",
    // A rare-disease awareness day, and thanks to givers by name.
    'Rare Disease Day: around 1 in 17 people will live with a rare condition at some point',
    'Thank you to Dev and Priya for the samosas in the staff room today, and to the patients who joined us for chai',
    // A bed that is furniture.
    'Bed 9 in our spare room is officially the cat\'s now',
  ],
  invalid: [
    // Someone the poster knows, treated or with a health detail.
    { text: "my sister's boyfriend came in with gonorrhoea tonight and she has no idea 😬", severity: 'high', evidence: "my sister's boyfriend" },
    { text: 'Colonoscopy on a lad I went to college with this morning. Awkward for both of us.', severity: 'high' },
    { text: "Perks of working where you grew up: doing your old geography teacher's mammogram.", severity: 'high' },
    { text: "my mum's best friend was admitted to us overnight, early onset dementia at 61, didn't know me", severity: 'high' },
    // Records opened for personal reasons.
    { text: 'checked up on my ex on the system, turns out he has been to the clinic twice 😂', severity: 'high' },
    { text: 'Had a quick nosy in the records at my neighbour, no wonder she is always off sick', severity: 'high' },
    // A person in care who is also in a public story.
    { text: 'the lad from the news who got glassed outside the club on Friday? yep, ours. long shift.', severity: 'high' },
    { text: 'my client from Tuesday was all over the local news this morning 😳', severity: 'high' },
    { text: 'Found the woman from the Ossett fire on Facebook, she is walking again after her skin grafts 🥹', severity: 'high' },
    // Hints of fame at work.
    { text: 'My 10 o\'clock client is a world champion at something very obscure. Say no more 🤫', severity: 'high' },
    { text: 'Had a certain breakfast TV weatherman on my couch today. Calves of steel.', severity: 'high' },
    { text: 'so starstruck at work this morning, that is all I am saying 🤐' },
    // Age, town and condition, in new shapes.
    { text: '41, from Keighley, fourth stroke this year. Sat with her until her son arrived from Hull.', severity: 'high' },
    { text: 'Rough call: attended a fatal near Otley. Young woman, 22, on her way home from work.', severity: 'high' },
    { text: 'Today I assessed a 7-year-old from Shipley with a severe stammer. Mum was close to tears.', severity: 'high' },
    { text: '22F seen in our fertility clinic in Harrogate this week, maybe the second case ever in the region', severity: 'high' },
    // Schools and a child's condition.
    { text: 'Proud of my little man from Greenhill Primary with selective mutism, he read aloud to the class today!', severity: 'high' },
    // An odd injury at work, a town and a day.
    { text: 'Everyone in Filey will have heard by now: we had the fisherman in with a hook right through his palm on Sunday.', severity: 'high' },
    // A third person's account handed out.
    { text: 'the girl with anorexia on our unit has a wild tiktok, her handle is @not_a_real_handle_x', severity: 'high' },
    // A bed said to be a person, or mourned: review level.
    { text: 'bed 3 is the loveliest old man', severity: 'medium' },
    { text: 'RIP bay 2 bed 5', severity: 'medium' },
    // A family with a recent suicide.
    { text: 'Spent the morning with a family whose mum took her own life last week. Two little ones.', severity: 'medium' },
    // One person, their health and their town.
    { text: 'Somewhere in Halifax a retired miner is very pleased with his new knee tonight. Go on, G.' },
  ],
});
ruleTester.run(imagesRule, {
  valid: [{ text: 'my own ankle after netball, still swollen 😭', ...photo }],
  invalid: [
    { text: 'grabbed a pic of the PACS screen before anyone noticed, what a break 😍', post: photo, evidence: 'PACS screen' },
    { text: 'Look at the size of this knee!!! courtesy of a bouncy castle in Rotherham', post: photo, severity: 'medium' },
    { text: 'night shift vibes from the nurses station 🌙', post: photo, severity: 'medium' },
  ],
});
ruleTester.run(patientDetailsRule, {
  valid: [
    // A look at something else on the system, with a person named after it in another clause.
    'Had a look at the on-call rota on the system, my best mate is on nights all week',
    // Visitors and topics, not patients.
    'Our local councillor visited the unit today to hear about the bed shortage',
    'The woman from the news who campaigns for hospice funding gave a talk to our team today',
    'Dementia awareness session at Elmfield Academy this morning, the kids asked brilliant questions',
    'Parkinson\'s training day for the whole team, really useful',
    // Someone the poster knows, with no care and no health.
    'Someone I went to sixth form with has just qualified as an OT, so proud',
    'My brother\'s fiancee works in theatres at Jimmy\'s too',
  ],
  invalid: [
    // A request that is not a refusal does not excuse a bed named for its occupant.
    { text: 'whoever is in bay 3 bed 2 please stop asking me for biscuits, I am the physio', severity: 'high' },
    // Spelling variants of a look at someone's records.
    { text: 'had a nosey through my boyfriend\'s ex\'s records. Explains everything 👀', severity: 'high' },
    { text: 'Checked my brother-in-law\'s notes on the system, he never told us about the op', severity: 'high' },
    // Treating someone the poster knows socially.
    { text: 'Scanning somebody whose hen do I went to last year. Mortifying for both of us.', severity: 'high' },
    // Names in a post about the poster's own class.
    { text: 'Our Thursday balance group is back! Maureen Sugden brought flapjack for everyone', severity: 'high' },
    // A celebrated patient with an age, at work.
    { text: 'Big shout out to Winifred who turned 101 on our ward today 🎂', severity: 'high' },
    // A soap star in the waiting room.
    { text: 'Guess which Hollyoaks actor was sat in our waiting room this morning 👀', severity: 'high' },
  ],
});
ruleTester.run(patientDetailsRule, {
  valid: [
    // Care of someone known handed to a colleague, and a clinic's own address.
    'My old headteacher was on my list today, so I asked a colleague to see him. Always declare it.',
    "Referral came in for my cousin's husband. Passed it to a colleague, conflict of interest logged.",
    'Our clinic has moved to 12 Mill Lane, Otley. Plenty of parking.',
  ],
  invalid: [],
});
ruleTester.run(patientDetailsRule, {
  valid: [
    // "names" closing a sentence does not name the next word; characters and brands with a title are not patients.
    'I never write about a patient from round here, even without names. Too easy to piece together.',
    'Mr Men stickers all over the children\'s ward, the kids adore them',
    'Mr Kipling cakes for the night shift, the patients got the leftovers',
  ],
  invalid: [],
});
ruleTester.run(nhsNumberRule, {
  valid: ['Spine is down again across the trust, ring IT on 0113 496 0000'],
  invalid: [{ text: 'EMIS keeps timing out on 401 023 2137, anyone else?', evidence: '401 023 2137' }],
});
ruleTester.run(emailRule, {
  valid: ['Questions about the service? Our team contact is admin@example.org'],
  invalid: [{ text: "if the community team need the daughter's contact it's sue.harker70@example.com, mum has vascular dementia", evidence: 'sue.harker70@example.com' }],
});
ruleTester.run(dateOfBirthRule, {
  valid: [
    'Dr Amy Shah 14/06/2023 keynote at the clinic, book your place',
    'Happy birthday to me, 22/03/1995 and still no idea how to cook',
  ],
  invalid: [
    { text: 'R.M. 02.09.1961 — if this is you, ring the ward, your bloods are back', severity: 'high', evidence: '02.09.1961' },
    { text: 'Mrs Ellery 23/04/1939 still waiting for her discharge letter', severity: 'high', evidence: '23/04/1939' },
  ],
});
ruleTester.run(patientDetailsRule, {
  valid: ['Our new stroke unit was in the Yorkshire Post today, proud of the team'],
  invalid: [
    { text: 'the lady I saw on Monday was in the Halifax Courier this morning 😳', severity: 'high' },
    { text: 'Woman, 70s, from Todmorden, second hip fracture this year, lives alone', severity: 'high' },
    { text: 'Guess which local vicar was sat in our minor injuries unit this afternoon 👀', severity: 'high' },
  ],
});
ruleTester.run(patientDetailsRule, {
  valid: [
    // A generic statement and a public appeal, with nobody in the poster's care.
    'A 65-year-old from Bradford with diabetes is at much higher risk of amputation, so check those feet',
    'Local lad, 19, from Dewsbury is cycling to Paris for the spinal unit that treated him. Donate if you can!',
  ],
  invalid: [
    // The poster's own patient still counts, appeal or not.
    { text: 'Our patient Oliver, 7, from Batley has leukaemia and his family are fundraising for treatment abroad', severity: 'high' },
  ],
});
ruleTester.run(patientDetailsRule, {
  valid: ['Mrs K, my old music teacher, would laugh at my recorder skills now', 'Mr T was my childhood hero'],
  invalid: [
    // A title with a bare initial, nothing else: review level.
    { text: "Mr P's lemon drizzle has ruined my diet again. Cheers pal 🍋", severity: 'medium' },
    { text: "Me: *explains the exercises for the 4th time* Mrs W: 'so I don't need to do them?' 😂", severity: 'medium' },
  ],
});
ruleTester.run(patientDetailsRule, {
  valid: ['Clocked a name on my list I knew from school, so I swapped my list with a colleague. Always declare it.'],
  invalid: [{ text: 'Recognised the surname on my caseload this week and felt sick. Small towns.', severity: 'medium' }],
});
ruleTester.run(patientDetailsRule, {
  valid: ['New podcast out with @gait_lab_example on falls prevention. Lots more to come. Tip of the week: stand up every half hour. Your back will thank you.'],
  invalid: [{ text: '@wheelie_wendy_example so glad the op went well! See you at your follow-up next week', severity: 'high' }],
});
ruleTester.run(patientDetailsRule, {
  valid: [
    "Dad's chemo starts Monday at Jimmy's, he's 67 and stubborn as ever",
    'Prison healthcare in Leeds is chronically underfunded and the staff are exhausted',
  ],
  invalid: [
    // A family's circumstances with a child's age and their town (social work).
    { text: 'Mum on remand, dad nowhere to be seen, and a 12 year old in Seacroft looking after two little ones. Hard day.', severity: 'high' },
  ],
});
ruleTester.run(patientDetailsRule, {
  valid: ['Five years qualified today! Started on a stroke ward in Huddersfield, now in community neuro. Grateful for every patient and colleague.'],
  invalid: [{ text: 'The gent on our stroke ward from Brighouse, 58, ex-miner, asked for his pipe again today', severity: 'high' }],
});
ruleTester.run(patientDetailsRule, {
  valid: [
    // Health news about the poster's own people, with work mentioned, is not care.
    "My aunt's neighbour has just been diagnosed with MS, and being on a neuro ward makes it hit home",
    "my best mate's grandad died of a stroke last night, I was on shift so couldn't be there for her",
  ],
  invalid: [{ text: "Joys of working where you grew up: doing my old swimming coach's knee replacement review", severity: 'high' }],
});
ruleTester.run(patientDetailsRule, {
  valid: [
    'A former world champion sprinter opened our new rehab gym today and the patients loved meeting her',
    'Our stroke unit was all over the local news today for its outcomes, proud of everyone',
    'Fitted grab rails for my own mum this weekend, OT skills coming in handy',
  ],
  invalid: [],
});
ruleTester.run(patientDetailsRule, {
  valid: ['Was that your patient on the telly? No idea, not one of mine'],
  invalid: [{ text: 'If you were in Briggate at lunchtime and saw a bloke dressed as a banana on a stretcher, yes that was my patient 😂', severity: 'high' }],
});

// Fifth pass (issue 6): mechanisms from nine blind batches, tested in new words.
describe('fifth pass', () => {
  // A condition that a claim is about (a cause, a cure) is a topic, with a public figure beside it.
  ruleTester.run(patientDetailsRule, {
    valid: [
      'Vaccines do not cause autism. The author of that paper lost his licence years ago.',
      'A juice cleanse is not a cure for anxiety, whatever the celebrity selling it says.',
      "Saw a blogger saying turmeric 'reverses' dementia. Reported it.",
    ],
    invalid: [{ text: 'The author who wrote that diet book came to see me today with early dementia', severity: 'high' }],
  });
  // The generic "you" of advice in a reply is not the addressee's own health; a "your" denied is no care.
  ruleTester.run(patientDetailsRule, {
    valid: [
      '@amy_rad if you are still hungover at 7am, call in sick. Nobody wants you in resus like that',
      '@dev_bms early shifts make you feel drunk by 2pm honestly',
      '@max_hca no, you should not peek at your neighbour\'s scan results on the system',
    ],
    invalid: [{ text: '@kath_runs_example hope you are feeling better after the stroke, see you at your rehab session', severity: 'high' }],
  });
  // A public figure written to is no patient.
  ruleTester.run(patientDetailsRule, {
    valid: [
      'A woman in her 90s with a fractured hip waited nine hours for an ambulance. Please write to your MP about it.',
      'Our patients with dementia deserve better than this. I have emailed the councillor again tomorrow.',
    ],
    invalid: [{ text: 'The local MP came in with a broken wrist today, lovely man', severity: 'high' }],
  });
  // Names of animals, mannequins and staff named next to their job are not service users.
  ruleTester.run(patientDetailsRule, {
    valid: [
      'Went out to a patient with chest pain, the cat was called Pudding and sat on my kit bag the whole time',
      'The new sim mannequins on the ward are named Doris and Alf, patients are safe from our cannulation practice',
      'A patient had a fall, and a physio called Lisa came to help lift. Team effort.',
    ],
    invalid: [{ text: 'Mrs Doris Atkinson in bed 6 kept trying to leave the ward today, bless her dementia', severity: 'high' }],
  });
  // A reader's own caseload in a general reflection is no one's.
  ruleTester.run(patientDetailsRule, {
    valid: ['Rural work is odd: the only electrician in the village might be your client one day and fix your boiler the next.'],
    invalid: [{ text: 'The only electrician in the village is on my caseload this week, small world', severity: 'high' }],
  });
  // Notices of a service or an event describe no one.
  ruleTester.run(patientDetailsRule, {
    valid: [
      'Free blood pressure checks in Dewsbury market on Saturday morning with our student nurses. No booking needed!',
      'New clinic hours for the memory service: Tuesdays and Thursdays. Self-referrals welcome.',
      "I'm speaking at the Leeds stroke conference next Friday about rehab after a stroke. Come and say hi!",
    ],
    invalid: [{ text: 'The lady with dementia from the Dewsbury market stall came to see me today, Tuesdays are her day', severity: 'high' }],
  });
  // A great age said of someone in care singles them out; the poster's own age does not.
  ruleTester.run(patientDetailsRule, {
    valid: ["Driving to a home visit and I'm 40 years old and still sing in the car", 'My grandad is 92 and still mows his own lawn'],
    invalid: [
      { text: 'Scanned a gentleman on the unit who is 102 today and sharper than me', severity: 'medium' },
      { text: 'One of our residents turned 105 today, the whole home sang to her', severity: 'medium' },
    ],
  });
  // A service user in a public story: one of the poster's own, or their case, in the paper or on television.
  ruleTester.run(patientDetailsRule, {
    valid: ['Our trust made the local news today for its new scanner. Proud!'],
    invalid: [
      { text: 'One of my patients is on the front page of the local paper today, say no more', severity: 'high' },
      { text: 'our trickiest case this year is going to be in the local paper, watch this space', severity: 'high' },
      { text: 'one of our families was on a BBC documentary last night and nobody warned me', severity: 'high' },
    ],
  });
  // "Mum" and "Dad" of a family the post has introduced are that family's, not the poster's own.
  ruleTester.run(patientDetailsRule, {
    valid: ["Mum's home after her knee op, Dad is doing the cooking and we are all surviving on toast"],
    invalid: [
      { text: 'Joint visit to the family on the Hollins estate today. Dad back in prison, Mum struggling with four kids', severity: 'high' },
      { text: 'Play therapy with the Kowalczyk children this afternoon. Dad\'s court hearing is next week.', severity: 'high' },
    ],
  });
  // A full name and, a sentence on, a condition said of him or her.
  ruleTester.run(patientDetailsRule, {
    valid: ['Brilliant talk from Dr Anna Price today. Her research on his and her heart failure outcomes was fascinating.'],
    invalid: [
      { text: 'Saw Brian Whitworth in clinic this morning. Lovely man, but his COPD is getting worse.', severity: 'high' },
      { text: 'Margaret Fielding from Batley, 81, finally had her TAVI today after waiting a year', severity: 'high' },
    ],
  });
  // Someone from the poster's own life, in the poster's care.
  ruleTester.run(patientDetailsRule, {
    valid: ['One of my old school mates is a paramedic now, we met for a coffee. Small world.'],
    invalid: [
      { text: 'Ran the bloods for someone I went to college with today. Not good news. Small world.', severity: 'high' },
      { text: 'Had a patient today who was in my class at primary school. Awkward', severity: 'high' },
      { text: "My neighbour's been coming to the clinic for his shoulder. Awkward!", severity: 'high' },
      { text: "the mum from our SCBU last year turns out to be my supervisor's sister", severity: 'high' },
    ],
  });
});

// Images: a picture that says it shows no patient, or an anonymised teaching image.
ruleTester.run(imagesRule, {
  valid: [
    { text: 'Sunset from the ambulance bay tonight. No patients, just sky', ...photo },
    { text: 'Teaching quiz for the students: spot the fracture on this film (anonymised)', ...photo },
    { text: 'Practising intubation on the simulator today, no real patient harmed', ...photo },
  ],
  invalid: [
    { text: 'This x-ray is the wildest foreign body of the year. Names blurred, relax', post: photo, severity: 'medium' },
    { text: 'Pic of the wound on the ward today, no patient consent but it is fascinating', post: photo, severity: 'medium' },
  ],
});

// Postcodes in a notice that a service has moved are the service's own.
ruleTester.run(postcodeRule, {
  valid: ['We have moved! New address from Monday: Unit 2, Mill Yard, Halifax HX1 2AB. Same phone number.'],
  invalid: [{ text: 'her address is 3 Mill Lane, HX1 2AB and she keeps refusing the carers', severity: 'high' }],
});

// Fifth pass (issue 6), continued: injuries as a class, great ages and former jobs met at work, euphemisms and rarity.
ruleTester.run(patientDetailsRule, {
  valid: [
    'Ladder safety week: most people who fell off a ladder did it at home. Hold the bottom for each other!',
    'My 97 year old nan in Otley still walks to the shops every morning',
    'My dad is a retired judge in Ilkley and spends all day in the garden',
    'I left my keys somewhere they should never be. The fridge, apparently',
    'The odds of a jackpot are 1 in 14,000,000, buy a ticket anyway',
    'Strangest case of the Mondays today: the coffee machine broke and so did I',
  ],
  invalid: [
    { text: 'The 23 year old from Ossett who fell off a ladder on Friday, broken pelvis and both wrists, is now on our ward', severity: 'high' },
    { text: 'Long night. 88 year old gent in Batley who had been on the floor for two days before his neighbour found him' },
    { text: 'A 97 year old lady in my Otley clinic today still walks to the shops every morning. Legend' },
    { text: 'Lovely chat with a retired judge in Ilkley on a home visit today, he told me about his old cases' },
    { text: 'A 30 year old in A&E tonight with a remote control somewhere it should never be', severity: 'high' },
    { text: '@kim_slt_example little girl on my caseload has a genetic condition that is 1 in 500,000, such a character', severity: 'medium' },
    { text: 'Strangest case this week: a teenage diver with a fractured kneecap from a trampoline', severity: 'medium' },
  ],
});

// Fifth pass (issue 6), continued: a famous person only asked about or denied, a condition naming a clinic or a café,
// a colleague bringing treats, and the poster's own child's age.
ruleTester.run(patientDetailsRule, {
  valid: [
    'My aunt asked at dinner whether I have ever scanned anyone famous. I said I could not possibly comment and passed the gravy',
    'Footballers I have treated this season: none. Footballers I saw in the Asda car park: two.',
    'Our consultant called the Down syndrome clinic by an awful old name today. Reported it to the ward manager.',
    'Signed up to help at a dementia cafe in Halifax on my days off. Checked first that none of my clients go.',
    'Diwali on the ward 🪔 Anjali brought in jalebi for the whole team and I have had four',
    '@sam_rad my 7yo fractured his wrist on the monkey bars, so I was the worried parent in the x-ray queue today',
  ],
  invalid: [
    { text: 'Guess which famous footballer I treated in clinic this morning, his hamstring is a mess', severity: 'high' },
    { text: 'The man in bed 4 on the dementia ward keeps asking for his wife, bless him', severity: 'high' },
    { text: 'Our Tuesday falls class is back! Edna Pickles brought scones for everyone', severity: 'high' },
    { text: '@sam_rad we x-rayed a 7yo today who fractured his wrist on the monkey bars at Ossett park' },
  ],
});

// Fifth pass (issue 6), continued: paperwork in a picture, and clients said to be in it.
ruleTester.run(imagesRule, {
  valid: [
    { text: 'New desk plant for the office, she is called Fern', ...photo },
    { text: 'Clients can now book online, here is how the new page looks', ...photo },
  ],
  invalid: [
    { text: 'screenshot of the funniest request form of the week 😂', post: photo },
    { text: 'my worklist for tomorrow, pray for me', post: photo },
    { text: 'Team selfie in clinic, a few clients in the background but you can barely see them', post: photo },
  ],
});

// Fifth pass (issue 6), continued: a person from an incident named in lower case or by its day, in a post about care or work.
ruleTester.run(patientDetailsRule, {
  valid: ['Terrible news about the bus crash on the A62 yesterday, thoughts with everyone involved'],
  invalid: [
    { text: 'The lad from the motorway crash on Sunday is on my list this week, doing well', severity: 'high' },
    { text: "the woman from yesterday's canal rescue is stable on the ward, lovely to see", severity: 'high' },
  ],
});

// Fifth pass (issue 6): a number that belongs to whoever rang the poster, or to the family the poster describes.
ruleTester.run(phoneNumberRule, {
  valid: [
    'Ring me on 07700 900123 if you want to swap Saturday, no rush',
    'My mum rang me on 07700 900456 from her new phone, save it everyone in the family chat',
  ],
  invalid: [
    { text: "the patient's daughter called me on 07700 900789 three times before 8am", severity: 'high' },
    { text: 'The family I am supporting can be reached on 07700 900321 if anyone has a spare cot', severity: 'high' },
    { text: "His number's 07700 900654 if anyone on the team needs to call him back about the referral", severity: 'high' },
  ],
});

// Sixth pass (issue 6): a service user's number when the poster's "my" owns the client, not the number, and a phone word
// earlier in a long sentence.
ruleTester.run(phoneNumberRule, {
  valid: [
    'Any of my clients can ring me on 07700 900222 to rebook, the admin team will pass it on',
    'My mobile if anyone on the rota wants to swap a late: 07700 900333',
  ],
  invalid: [
    { text: 'could someone on the late shift call my client back on 07700 900444, he is the man waiting on his housing letter', severity: 'high' },
    { text: "service user's mobile in case the duty worker needs it later, she's struggling today: 07700 900555", severity: 'high' },
  ],
});

// Sixth pass (issue 6): a street address typed in lower case, or with the household there, in a post about work.
ruleTester.run(patientDetailsRule, {
  valid: [
    'Open morning at 22 Beech Grove on Saturday, kids welcome, come and meet the team!',
    'We finally moved into 8 willow road last month and the kids love the garden',
  ],
  invalid: [
    { text: 'welfare check at 9 ashfield rd before lunch, the woman there has not answered her door for days', severity: 'high' },
    { text: 'Parked outside 31 Larkspur Drive on a home visit, the mum is refusing to open the door to us again', severity: 'high' },
  ],
});

// Sixth pass (issue 6): a famous person placed at work, a kind of programme instead of its title, a coy club.
ruleTester.run(patientDetailsRule, {
  valid: ['Our Paralympian physio is running the balance class this week, come along', 'Guess which Olympian is opening our new gym on Friday? Tickets at reception'],
  invalid: [
    { text: 'Former Olympian in resus tonight 🤫', severity: 'high' },
    { text: 'my new client is the lad from that baking show, here for his knee', severity: 'high' },
    { text: 'x-rayed a bloke who plays for a certain Lancashire club today, his wrist is in bits' },
  ],
});

// Sixth pass (issue 6): a hint that readers know who, about someone met at work (review level); saying no more is discretion.
ruleTester.run(patientDetailsRule, {
  valid: ['Lost a patient on shift this morning. Will not say more. Going for a long walk.', "Shift over. Two transfers and a cuppa. That's all I'm saying."],
  invalid: [
    { text: "You won't believe who was in my clinic this afternoon 😶", severity: 'medium' },
    { text: 'home visit this morning to a family on an estate so small everyone round here will know exactly who I mean', severity: 'medium' },
  ],
});

// Sixth pass (issue 6): someone the poster knows from home or school, met in care or in the records.
ruleTester.run(patientDetailsRule, {
  valid: ['The old man across the road has a new greenhouse, very jealous', 'Bumped into sum1 from my old school in Tesco, he is a firefighter now'],
  invalid: [
    { text: 'The bloke across the road is on my caseload now and I found out from his notes he has had a stroke', severity: 'high' },
    { text: 'spotted sum1 from my old class in the waiting room at the sexual health clinic, kept my head down', severity: 'high' },
    { text: 'Pushed a woman into theatre today who I went to primary with. Awkward.', severity: 'high' },
  ],
});

// Sixth pass (issue 6): one person in care placed in their town or on a named road (review level), not the poster's own town.
ruleTester.run(patientDetailsRule, {
  valid: [
    'Patient asked where I was from and I said Rotherham, he said he was sorry to hear it 😂',
    'Met him on a bus to Durham. Not a patient, not a client. Just a very chatty man.',
    'Home visits all day, then our Keighley clinic, then home to the dog',
  ],
  invalid: [
    { text: 'Little lad on my caseload in Todmorden has named his walking frame Sonic', severity: 'medium' },
    { text: 'Rough shift. Older man, the A629 this morning. We could not save him.', severity: 'medium' },
  ],
});

// Sixth pass (issue 6): a bare great age after the person, carried on with "and".
ruleTester.run(patientDetailsRule, {
  valid: ['Caught up with my best mate today, 40 and still acts like a teenager'],
  invalid: [{ text: 'Gorgeous gentleman on my list today, 103 and still walks to the paper shop every morning' }],
});

// Sixth pass (issue 6): a shared headline about one person and the poster's part in their care.
ruleTester.run(patientDetailsRule, {
  valid: [
    'So proud of this one. "Pontefract physio team wins regional award" brilliant patients, brilliant colleagues',
    'Resident said to her son "Nobody here ever brings me a biscuit" and honestly she has a point',
  ],
  invalid: [
    { text: 'I plastered this lad\'s arm on Friday! "Dewsbury teenager breaks arm in trampoline stunt"', severity: 'high' },
    { text: 'That was a grim one to attend. "Three injured in Keighley warehouse blaze"', severity: 'high' },
  ],
});
