import { describe, expect, it } from 'vitest';
import { ruleTester } from './rule-tester.js';
import { nhsNumberRule } from '../../src/rules/confidentiality/nhs-number.js';
import { niNumberRule } from '../../src/rules/confidentiality/ni-number.js';
import { postcodeRule } from '../../src/rules/confidentiality/postcode.js';
import { phoneNumberRule } from '../../src/rules/confidentiality/phone-number.js';
import { dateOfBirthRule } from '../../src/rules/confidentiality/date-of-birth.js';
import { patientDetailsRule } from '../../src/rules/confidentiality/patient-details.js';
import { imagesRule } from '../../src/rules/confidentiality/images.js';
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
