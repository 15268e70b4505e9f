import { ruleTester } from './rule-tester.js';
import { misleadingClaimsRule } from '../../src/rules/promotion/misleading-claims.js';
import { undisclosedEndorsementRule } from '../../src/rules/promotion/undisclosed-endorsement.js';
import { misleadingTitleRule } from '../../src/rules/promotion/misleading-title.js';

ruleTester.run(misleadingClaimsRule, {
  valid: [
    'Now taking bookings for January, DM me',
    'No treatment is 100% effective, but exercise helps most people with knee pain',
    'There is no miracle cure for back pain; stay active and it usually settles',
    'I cannot guarantee results, but we will work on it together',
    'Physio can help manage arthritis symptoms. Book an assessment to find out more',
    'All medicines can have side effects, so read the leaflet',
    'Guaranteed to be the coldest clinic room in Yorkshire, bring a jumper',
    'Is there really a cure for tinnitus? Not yet, sadly.',
    'Evidence-based sports massage, new clients welcome',
    'The myth of the miracle cure: why quick fixes for back pain do not work',
  ],
  invalid: [
    { text: 'Guaranteed results or your money back! Book now', topic: 'promotion.misleading-claim', severity: 'high', evidence: 'Guaranteed results' },
    { text: 'My acupuncture cures migraines, limited spaces this month', severity: 'high', evidence: 'cures migraines' },
    { text: '100% success rate with our shockwave therapy', severity: 'high', evidence: '100% success' },
    { text: 'Totally natural, no side effects, book your session today', severity: 'medium', evidence: 'no side effects' },
    { text: 'This miracle cream sorted my clients\' eczema, link in bio', evidence: 'miracle cream' },
    { text: 'Fix your back pain in one session! DM for prices', evidence: 'in one session' },
    { text: 'Clinically proven supplement, order yours now', evidence: 'Clinically proven' },
    { text: 'Our protocol reverses arthritis naturally', severity: 'high', evidence: 'reverses arthritis' },
    { text: 'Check out these before and after photos from my clinic!', evidence: 'before and after photos' },
    { text: 'Boost your immune system with our vitamin drips, £99', evidence: 'Boost your immune system' },
    { text: 'Instant relief from sciatica with my method, book today', evidence: 'Instant relief' },
    { text: 'Permanent results after three sessions, enquire now', evidence: 'Permanent results' },
  ],
});

ruleTester.run(undisclosedEndorsementRule, {
  valid: [
    'Now taking bookings for January, link in bio',
    '#ad Loving these compression socks from @legcare, use code NURSE10 for 10% off',
    'Paid partnership with @runfast: use my code SAM15',
    'AD | Use code PHYSIO20 for 20% off this foam roller',
    'Proud to be a gifted and talented programme mentor this year',
    'Our trust is in partnership with Macmillan for the new cancer centre',
    'Doing a sponsored walk for the hospice, use the link in bio to donate',
    'Use the code on your appointment letter to log in to the patient portal',
  ],
  invalid: [
    { text: 'Obsessed with these scrubs from @scrubco, use my code NURSEJO for 15% off', topic: 'promotion.undisclosed-endorsement', evidence: 'use my code' },
    { text: 'Kindly sent these insoles by @footfix, they are amazing #gifted', evidence: 'Kindly sent' },
    { text: 'Affiliate link in my bio for the best massage gun', evidence: 'Affiliate link' },
    { text: 'Thanks @vitaminco for sending me this, my favourite product for energy', evidence: 'sending me' },
    { text: 'Discount code PHYSIO10 for all my followers', evidence: 'Discount code' },
    { text: 'So proud to be a brand ambassador for @protein_uk', evidence: 'brand ambassador' },
    { text: 'PR package from @skinlab arrived today, my favourite brand', evidence: 'PR package' },
  ],
});

ruleTester.run(misleadingTitleRule, {
  valid: [
    'Dr Smith the consultant was brilliant with my patient today',
    "I'm Dr Jones, a physiotherapist with a PhD in pain science",
    'Proud to have completed my HCPC approved programme!',
    'The NHS recommended flu jab is free for over 65s',
    'Best day ever with the physio team',
    'Our top tip for healthy feet: dry between your toes',
  ],
  invalid: [
    { text: "I'm Dr Sarah, your friendly physiotherapist. Book in today!", topic: 'promotion.misleading-title', evidence: 'Dr Sarah' },
    { text: 'Our insoles are HCPC approved', severity: 'medium', evidence: 'HCPC approved' },
    { text: "London's leading physiotherapist, now taking bookings", severity: 'medium', evidence: 'leading physiotherapist' },
    { text: 'Dr Mike here, podiatrist and foot health coach', evidence: 'Dr Mike here' },
    { text: 'NHS approved supplement for joint pain, order now', evidence: 'NHS approved' },
  ],
});

// Phrasings written after the rules, to check they generalise.
ruleTester.run(misleadingClaimsRule, {
  valid: ['Our clinic now offers evening appointments, book online'],
  invalid: [{ text: 'Guaranteed pain relief in 3 sessions or your money back', severity: 'high', evidence: 'Guaranteed pain relief' }],
});
ruleTester.run(undisclosedEndorsementRule, {
  valid: ['Smear tests save lives. Book yours.'],
  invalid: [{ text: 'Use my code JEN20 for 20% off at @physiofit, best foam roller ever', evidence: 'Use my code' }],
});
ruleTester.run(misleadingTitleRule, { valid: ['I am a registered dietitian with a PhD, ask me anything about nutrition'], invalid: [] });
