import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES, checkPost, createChecker } from '../../src/rules/index.js';
import { makePost, assertWellFormed } from './rule-tester.js';

const PACK = JSON.parse(readFileSync(new URL('../../src/standards/packs/hcpc.json', import.meta.url), 'utf8')) as { topics: Record<string, string[]> };

describe('RULES', () => {
  it('has unique ids of the form concern/name, and topics the pack knows', () => {
    const ids = RULES.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) {
      expect(r.meta.id.startsWith(`${r.meta.concern}/`)).toBe(true);
      for (const topic of r.meta.topics) {
        expect(topic.startsWith(`${r.meta.concern}.`)).toBe(true);
        expect(PACK.topics[topic], topic).toBeDefined();
      }
    }
  });

  it('covers every concern', () => {
    expect(new Set(RULES.map((r) => r.meta.concern))).toEqual(new Set(['discrimination', 'boundaries', 'communication', 'accuracy', 'confidentiality', 'trust', 'promotion']));
  });
});

describe('checkPost', () => {
  it('labels findings with rule and concern, and keeps evidence on the original text', () => {
    const post = makePost('Still drunk on shift lol. Patient in bed 4 is a total frequent flyer 🙄');
    const findings = checkPost(post);
    expect(findings.map((f) => f.ruleId).sort()).toEqual(['confidentiality/patient-details', 'trust/intoxication', 'trust/patient-slang']);
    for (const f of findings) {
      const rule = RULES.find((r) => r.meta.id === f.ruleId)!;
      expect(f.concern).toBe(rule.meta.concern);
      assertWellFormed(rule, post, [f]);
    }
  });

  it('skips disabled rules, by id or by concern', () => {
    const post = makePost('Still drunk on shift lol, what a fucking day');
    expect(checkPost(post, { disabledRules: ['trust/intoxication'] }).map((f) => f.ruleId)).toEqual(['communication/profanity']);
    expect(checkPost(post, { disabledRules: ['trust', 'communication'] })).toEqual([]);
  });

  it('marks reposts and quoted words as quoted, but still reports them', () => {
    const repost = checkPost(makePost({ text: 'Vaccines cause autism', kind: 'repost' }));
    expect(repost).toHaveLength(1);
    expect(repost[0]!.quoted).toBe(true);
    const own = checkPost(makePost('Vaccines cause autism'));
    expect(own[0]!.quoted).toBeUndefined();
  });

  it('does not treat the user\'s own handle as a target', () => {
    const post = makePost({ text: '@me_physio you absolute muppet, forgot my lanyard again', kind: 'post' });
    expect(checkPost(post, { ownAccounts: ['me_physio'] }).filter((f) => f.topic === 'communication.abuse').length).toBeGreaterThan(0);
    const other = makePost('@someone_else muppet');
    expect(checkPost(other).filter((f) => f.topic === 'communication.abuse')).toHaveLength(1);
    const self = makePost('@me_physio muppet');
    expect(checkPost(self, { ownAccounts: ['@Me_Physio'] }).filter((f) => f.topic === 'communication.abuse')).toHaveLength(0);
  });

  it('leaves ordinary professional and personal posts alone', () => {
    const check = createChecker();
    const benign = [
      'Great shift today with the team, proud of everyone on the ward! #NHS',
      'Anyone know a good physio in Leeds? My knee is killing me after the 10k',
      'Coffee number three and it is only 9am. Long day ahead.',
      'Happy Pride month to all our LGBTQ+ colleagues and patients 🏳️‍🌈',
      'Read this: https://www.bbc.co.uk/news/health-12345 fascinating stuff',
      'Just passed my final exams!!! Registered physiotherapist at last 🎉',
      'The new rota is out and I have five nights in a row, send help',
      'Lovely walk with the dog by the river before clinic',
      'Get your flu jab, it is free for over 65s and NHS staff',
      'Selling my old car, DM me if interested',
      'Watching the football with the lads, come on England',
      'Team building day at the trust, surprisingly fun',
      'New blog post on managing low back pain: stay active, it usually settles',
      'RT @nhsengland: Stay safe this winter, check on your neighbours',
      'Thank you to the family who sent chocolates to the ward, so kind',
      'Ramadan Mubarak to everyone fasting on shift this month',
      'Proud to be on the picket line with my colleagues today #FairPay',
      'A glass of wine and a bath after a long week',
      'Our new clinic opens on Monday at SE11 4BU. Bookings: 0161 496 0000',
      'Teaching the students about pressure area care this afternoon',
      'Tough shift, lost a patient. Hug your loved ones.',
      'We smashed it at the charity quiz, 3rd place!',
      'Eid Mubarak to all our Muslim colleagues and patients',
      'Disabled people deserve accessible services. Let us do better.',
      'My mum turned 70 today, happy birthday mum!',
      'Conference in Manchester on 12/03/2024, see you there',
      'Black History Month: celebrating the Windrush nurses who built the NHS',
      'Stroke awareness week: know the signs, act FAST',
      'Remember to drink water on nights, hydration matters',
      'Finished my MSc dissertation on falls prevention in older people',
      'Our hospice is looking for volunteers, link in bio',
      'Delighted to start as a specialist physiotherapist in respiratory care',
      'Vaccines save lives. Book your child\'s MMR if they have missed it.',
      'Five a day, move more, sleep well: simple but it works',
      'Bloody brilliant shift, thanks everyone',
      'That awkward moment when you call your manager mum',
      'Please be patient with reception staff, they are doing their best',
      'Ward 7 bake sale raised £300 for the children\'s ward',
    ].map((text) => makePost(text));
    for (const post of benign) expect(check(post), post.text).toEqual([]);
  });
});

describe('posts ending in an abbreviated street', () => {
  // Once threw in confidentiality's street-name check, which looked at the word after "St".
  it('are judged without an error', () => {
    expect(() => checkPost(makePost('Handover done, then coffee on Market St'))).not.toThrow();
    expect(() => checkPost(makePost('Visited Mrs Ellis at 4 Kings Rd'))).not.toThrow();
  });
});
