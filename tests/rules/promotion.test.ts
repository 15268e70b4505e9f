import { describe } from 'vitest';
import { expectNoFindings, ruleTester, type PostInput } from './rule-tester.js';
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
    // Selling the insoles makes the false endorsement a claim to remove (the gold set labels "NHS-endorsed physio clinic!" delete).
    { text: 'Our insoles are HCPC approved', severity: 'high', evidence: 'HCPC approved' },
    { text: 'This foam roller is HCPC approved, ask me about it', severity: 'medium', evidence: 'HCPC approved' },
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

// Issue 6: varied phrasings (UK English) for the promotion rules' weak spots, each checked against the rule that should catch it,
// and hard negatives checked against every promotion rule.
ruleTester.run(misleadingClaimsRule, {
  valid: [],
  invalid: [
      { text: 'Shockwave therapy that is clinically proven to fix plantar fasciitis in ONE session. Never have heel pain again!', evidence: 'Never have heel pain again' },
      { text: 'Scoliosis corrected without bracing or surgery! Our unique exercise method straightens spines in 12 weeks. #scoliosis', evidence: 'straightens spines' },
      { text: 'Arthritis? Our cold laser has a 98% success rate at regrowing cartilage. Don\'t let your GP tell you otherwise.', evidence: 'regrowing cartilage' },
      { text: 'My client\'s amazing transformation after 4 weeks of my online rehab plan 🔥 You could be next! #physio #transformation', evidence: 'You could be next' },
      { text: 'Pelvic floor gone after three babies? My app restores full bladder control in 14 days, guaranteed. Subscribe now!', evidence: 'restores full bladder control' },
      { text: 'Say goodbye to back pain forever with my 6-week programme. Spaces limited!', evidence: 'Say goodbye to back pain forever' },
      { text: '95% of my patients are pain-free after just 3 sessions. Book yours today', evidence: '95% of my patients are pain-free' },
      { text: 'Results like these are waiting for you 💪 DM me to start your journey', evidence: 'Results like these' },
      { text: 'Our custom insoles fix knee pain for good. Order online.', evidence: 'fix knee pain' },
      { text: 'My herbal blend detoxes your liver and melts belly fat. Link in bio', evidence: 'detoxes your liver' },
      { text: 'Works for everyone, whatever your condition. Book now!', evidence: 'Works for everyone' },
      { text: 'Our acupuncture boosts fertility, 3 of my clients are now pregnant! 🤰 Book a consultation', evidence: 'boosts fertility' },
      { text: 'Cupping draws out toxins and improves circulation. Book now £35', evidence: 'draws out toxins' },
      { text: 'Kinesiology tape: the secret to instant pain relief! Shop the link', evidence: 'instant pain relief' },
      { text: 'The only physio in Yorkshire using this revolutionary technique, results in days', evidence: 'revolutionary technique' },
      { text: 'My posture course will change your life. Join 10,000 happy customers!', evidence: 'change your life' },
      { text: 'Sciatica sorted in one visit or your money back', evidence: 'or your money back' },
      { text: 'Our IV vitamin drips cure fatigue and prevent colds all winter 💉 DM to book', evidence: 'prevent colds' },
      { text: 'Knee pain? Our laser therapy regenerates cartilage so you can avoid surgery', evidence: 'regenerates cartilage' },
      { text: 'Look at this incredible before and after! 6 weeks with us and her scoliosis is gone', evidence: 'scoliosis is gone' },
      { text: '5 star physio, fixes every injury, ask anyone', evidence: 'fixes every injury' },
      { text: 'This supplement melts belly fat while you sleep, link in bio', evidence: 'melts belly fat' },
      { text: 'You\'ll walk out of your first session pain-free, I promise. Book via the link', evidence: 'pain-free' },
      { text: 'Feel 10 years younger after just one treatment with us ✨', evidence: 'after just one treatment' },
      { text: 'Our custom orthotics will stop your knee pain for good, or your next pair is free', evidence: 'stop your knee pain' },
      { text: 'Migraines? Our cranial technique gets rid of them in 3 visits. DM for prices', evidence: 'gets rid of them' },
      { text: 'Lose a dress size before Christmas with my physio-designed plan, results guaranteed', evidence: 'results guaranteed' },
      { text: 'No more painkillers after our 6 week back programme. Spaces filling fast!', evidence: 'No more painkillers' },
      { text: 'Stress, anxiety, insomnia: my reflexology treats them all. £40 a session', evidence: 'treats them all' },
      { text: 'Clinically tested by NHS physios and approved by doctors: the only posture brace you\'ll ever need', evidence: 'approved by doctors' },
      { text: 'Three sessions with me and your back pain will be gone for good. Guaranteed or your money back.', evidence: 'or your money back' },
      { text: 'My clients drop a dress size in four weeks, every single time. DM for spaces.', evidence: 'drop a dress size in' },
      { text: 'Say goodbye to migraines forever with my signature acupressure protocol 💆‍♀️', evidence: 'Say goodbye to migraines forever' },
      { text: 'Look at the difference after just one laser session! Results like this for everyone - book now', evidence: 'Results like this' },
      { text: 'Before and after: 6 weeks on my rehab plan and she\'s pain free. This could be you!', evidence: 'This could be you' },
      { text: 'Miracle results from our new shockwave machine - 100% of patients improved', evidence: '100% of patients improved' },
      { text: 'As a leading expert in sports injuries (the best in Yorkshire!), I can fix any problem in one visit', evidence: 'the best in Yorkshire' },
      { text: 'Dr Sarah (PhD in nutrition) - book your hormone-balancing consultation today, I can get you off your thyroid meds', evidence: 'get you off your thyroid meds' },
      { text: 'These supplements cured my patients\' joint pain. Get yours through my link and save 15%.', evidence: 'cured my patients\' joint pain' },
      { text: 'Our method is proven to work where the NHS has failed. Book your assessment.', evidence: 'where the NHS has failed' },
      { text: 'The most effective treatment for sciatica available anywhere in the UK - only at our clinic', evidence: 'The most effective treatment for' },
      { text: 'Results you won\'t get anywhere else. Ask our clients!', evidence: 'Results you won\'t get anywhere else' },
      { text: 'Better than surgery and no waiting list. Call the clinic today.', evidence: 'Better than surgery' },
      { text: 'Shockwave therapy has a 95% success rate for plantar fasciitis - book yours now', evidence: 'success rate' },
      { text: 'Our clients never need knee replacements after our programme', evidence: 'never need knee replacements' },
      { text: 'Finally, a treatment that actually works for fibromyalgia. Spaces limited.', evidence: 'Finally, a treatment that actually works' },
      { text: 'You will walk out of your first session pain free, I promise', evidence: 'pain free' },
      { text: 'My online course will have you running pain-free in 30 days or I\'ll refund you', evidence: 'pain-free' },
      { text: 'Struggling with IBS? My gut reset plan has helped hundreds heal completely. Link in bio.', evidence: 'helped hundreds' },
      { text: 'Fix your posture in 10 minutes a day with my app - chiropractors hate this!', evidence: 'Fix your posture' },
      { text: 'Dry needling works for everything: headaches, back pain, anxiety, you name it', evidence: 'works for everything' },
  ],
});
ruleTester.run(misleadingTitleRule, {
  valid: [],
  invalid: [
      { text: 'NHS-endorsed physio clinic! (We\'re not on the NHS, but we have NHS-trained staff, so close enough.)', evidence: 'NHS-endorsed' },
      { text: 'Dr Sam, your friendly local physiotherapist, now booking new clients', evidence: 'Dr Sam, your friendly local physiotherapist' },
      { text: 'Our posture corrector is approved by the NHS. Order yours today', evidence: 'approved by the NHS' },
      { text: 'Practising as a physio while my HCPC registration is pending, DM for sessions', evidence: 'registration is pending' },
      { text: 'Physiotherapist (well, sports therapist, same thing) offering home visits £40', evidence: 'Physiotherapist' },
      { text: 'The best physio in Leeds, no question. Book in this week', evidence: 'The best physio' },
      { text: 'Dr Jen, Chiropractor: book your adjustment today', evidence: 'Dr Jen, Chiropractor' },
      { text: 'As an NHS-approved practitioner I can see you within 48 hours', evidence: 'NHS-approved' },
      { text: 'HCPC accredited massage therapist, DM for prices', evidence: 'HCPC accredited' },
      { text: 'I\'m a fully qualified physio (final year student, I qualify in June!) offering sports massage £25', evidence: 'final year student' },
      { text: 'HCPC-registered sports massage therapist, book your deep tissue session today', evidence: 'HCPC-registered sports massage therapist' },
      { text: 'Consultant physiotherapist and spinal specialist (I\'m a newly qualified band 5, but I specialise!)', evidence: 'Consultant physiotherapist' },
      { text: 'Consultant Physiotherapist Dan Price - now taking private clients. (I\'m a band 6 but consultant sounds better 😂)', evidence: 'Physiotherapist' },
      { text: 'HCPC-approved course: become a certified spinal specialist in one weekend!', evidence: 'become a certified spinal specialist in one weekend' },
      { text: 'Fully qualified physio at your service - still finishing my degree but basically there 😉', evidence: 'basically there' },
      { text: 'I\'m an NHS-endorsed practitioner, book with confidence', evidence: 'NHS-endorsed' },
  ],
});
ruleTester.run(undisclosedEndorsementRule, {
  valid: [],
  invalid: [
      { text: 'Thanks @GlowSkincareUK for the lovely PR package! My patients always ask what I use', evidence: 'PR package' },
      { text: 'Been working with a lovely supplement brand this month, swipe up to try their sleep gummies', evidence: 'swipe up to try' },
      { text: 'Use my link for 15% off these compression socks, game changer for long shifts', evidence: 'Use my link' },
      { text: 'Loving these trainers from @RunFastUK, they sent me a pair to try. Honestly a game changer', evidence: 'they sent me' },
      { text: 'Loving my new water bottle from @HydroPro, thanks guys! 💙 get yours', evidence: 'get yours' },
      { text: 'Obsessed with my new scrubs from @ScrubLife 😍 #collab', evidence: 'collab' },
      { text: 'These running socks from @SockCo are unreal, they sent me 3 pairs 🧦 use code SAM10', evidence: 'they sent me' },
      { text: 'Use SAMPHYSIO15 at checkout for 15% off my favourite massage gun 🔥', evidence: 'SAMPHYSIO15' },
      { text: 'Loving my new recovery sliders from @ComfyFeet, get 20% off with PHYSIOJO20', evidence: 'PHYSIOJO20' },
      { text: 'Thanks to @NutriBrand for my monthly box, honestly the best protein I\'ve tried. Link in bio', evidence: 'Link in bio' },
      { text: 'Use my code SARAHPHYSIO for 20% off these knee supports, I swear by them for all my patients', evidence: 'Use my code' },
      { text: 'Loving my new Theragun - every patient should have one! Link in bio 🔗', evidence: 'every patient should have one' },
      { text: 'Thanks to @physiogear for my free massage gun! Use PHYSIOKATE10 for 10% off 🙌', evidence: 'PHYSIOKATE10' },
      { text: 'Obsessed with these compression socks, all my post-op patients should wear them. Shop via the link in my bio x', evidence: 'Obsessed with these' },
      { text: 'Collab with @wellnessbrand - their collagen has transformed my patients\' joints! Discount in bio', evidence: 'Collab with' },
  ],
});

describe('promotion: hard negatives (issue 6)', () => {
  const rules = [misleadingClaimsRule, undisclosedEndorsementRule, misleadingTitleRule];
  const texts: PostInput[] = [
    'Now taking bookings for January, DM me',
    'Disclosed: #ad Paid partnership with @kneeco. Their brace is comfy. That\'s it.',
    'Beware of clinics promising to cure back pain in one session. Real rehab takes time.',
    'No treatment works for everyone, but most people with back pain improve with activity.',
    'Exercise therapy reduces pain in knee osteoarthritis. No miracle, just consistent work.',
    'New evening clinic hours from Monday, book online',
    'Proud to be HCPC-registered and a member of the CSP',
    'Evidence shows 70% of people with low back pain improve within 6 weeks, whatever they do',
    'Guaranteed interview scheme for disabled applicants who meet the essential criteria',
    'Thanks to the team for a brilliant year',
    'Our podiatry clinic has space for new patients. HCPC-registered podiatrists.',
    'Dr Smith the consultant was brilliant with my patient today',
    'Congratulations Dr Patel on your PhD in physiotherapy!',
    'A physio was struck off last week for fraud, shocking',
    'Our new physio clinic opens Monday, evening appointments available. Book online.',
    'Exercise is the best medicine for most back pain. Here\'s a simple routine to try.',
    'Honest truth: no treatment can guarantee results, but most people improve with time and activity',
    '#ad I\'m working with @RunCo this month. Their shoes are comfy. That\'s the review.',
    'Limited slots left before Christmas for women\'s health physio assessments. Self-referral welcome.',
    'Pilates classes led by a chartered physio: beginners\' block starts 5 Feb, £60',
    'Be wary of anyone promising to cure your back pain in one session',
    'Before and after pics of my kitchen renovation, so pleased with it',
    'Loving my new trainers, bought them in the sale',
    'Results of our audit are in: 80% of patients were seen within 18 weeks',
    'The NHS recommends 150 minutes of activity a week',
    'Book via the link, first appointments this week',
    'Most people with back pain improve within six weeks. Keep moving and we\'ll help.',
    'Proud to be HCPC-registered as a physiotherapist for 10 years today',
    'Our new sports massage therapist Jo starts Monday (not a physio, and proud of it!)',
    'Shop our clinic\'s resistance bands at reception, £8 each',
    '#ad I\'ve partnered with @RunCo this month. Use RUNCO10 for 10% off. Honest review: they\'re comfy.',
    'Evidence-based rehab, no gimmicks, no promises, just hard work together',
    'Results from our patient survey: 94% would recommend us to friends and family',
    'Now taking bookings for Saturday clinics - message the practice to book',
    '#ad I\'ve partnered with @brand on their new foam roller. It\'s good for warming up, not a treatment.',
    'Our new clinic opens on Monday! Sports massage and physio assessments available.',
    'Proud to have passed my MSc in Advanced Practice today 🎓',
    'Research shows exercise therapy helps most people with knee osteoarthritis - ask us how.',
    'Results vary from person to person, but most of our patients see improvement within 6 weeks.',
    'Before and after my garden makeover 🌻 Took all weekend!',
    'Just qualified as a Band 5 physio, can\'t wait to start on the wards',
    'Honest review: this massage gun is nice but it\'s not a substitute for rehab.',
    'Special offer: 10% off your first assessment this month',
    'Book your physio assessment online or call 0113 496 0000',
    'Evidence suggests shockwave can help some people with plantar fasciitis; it doesn\'t work for everyone.',
    'We\'re a small team of HCPC-registered physiotherapists. New patients welcome.',
    'Pain after a knee replacement is normal for a few weeks. Keep up your exercises!',
    '#ad Paid partnership with @physiogear - I use their bands in my own training. Not a replacement for rehab advice.',
    'Delighted to be shortlisted for the regional health awards with my team',
    'I\'m running a free falls prevention talk at the library on Tuesday, all welcome',
    'Our survey found 9 out of 10 patients would recommend us - thank you for the feedback!',
    'Flu jabs available now - call the practice to book. I promise it doesn\'t hurt much!',
    'Most people with back pain never need surgery. Keep moving and it usually settles.',
    'The wound should heal completely in two to three weeks if you keep it clean.',
    'Nothing works for everything - that\'s why we tailor your rehab plan.',
    'Proven to work? Not yet - the trial results are due next year. Watch this space.',
    'Research shows exercise is as effective as surgery for some shoulder problems - ask your physio.',
    'Book your appointment online. Most patients recover fully within six weeks with the right exercises.',
    'I promise I\'ll answer everyone\'s messages tomorrow, it\'s been a manic week',
  ];
  expectNoFindings(rules, texts);
});

// Issue 6, second pass: constructions rather than phrases.
describe('promotion: widened constructions (issue 6)', () => {
  ruleTester.run(misleadingClaimsRule, {
    valid: [
      // Honest guarantees, hedged outcomes, disclaimers and personal recovery.
      'Guaranteed appointment within 5 working days for new referrals. Call reception.',
      'The guaranteed minimum hours for bank staff start next month.',
      'Our clinic policy on before and after photos: written consent only, and we never promise results.',
      'Most ankle sprains settle within 6 weeks with the right exercises. Book in if yours has not.',
      'Finally pain free after my own knee op, took 9 months of boring exercises!',
      'Insoles can help some people with heel pain, but they are not a cure-all. We will assess you first.',
      'No risk of infection if you keep the dressing dry, the nurse said.',
    ],
    invalid: [
      // Outcome verb + condition, body part, people, permanence or a stated time.
      { text: 'My voice programme cures stuttering in adults. Spaces limited, book now', topic: 'promotion.misleading-claim', severity: 'high', evidence: 'cures stuttering' },
      { text: 'This brace will fix your knee for good. Trust me.', severity: 'high', evidence: 'fix your knee for good' },
      { text: 'Whiplash sorted in 3 sessions at our clinic. Book today', evidence: 'sorted in 3 sessions' },
      { text: 'Ask me how my method healed all my clients last year 🙌 link in bio', severity: 'high', evidence: 'healed all my clients' },
      { text: 'Our gentle therapy makes the symptoms disappear. Book a consultation', evidence: 'symptoms disappear' },
      // A guarantee of a measurable result.
      { text: 'Guaranteed 10lbs lighter in 6 weeks on my plan, DM for prices', severity: 'high', evidence: 'Guaranteed 10lbs' },
      { text: 'Guaranteed taller posture with our brace, order online', severity: 'high', evidence: 'Guaranteed taller' },
      // Percentages written out, absolute success, working wonders.
      { text: 'Our verruca treatment has a 99 per cent clearance rate. Book now', evidence: '99 per cent clearance' },
      { text: 'Zero risk, zero downtime. Book your shockwave session today', evidence: 'Zero risk' },
      { text: 'Acupuncture works wonders for migraines, ask about it at your next appointment', evidence: 'works wonders' },
      { text: 'Every client has walked out pain free, book your session', evidence: 'Every client has' },
      // A rhetorical question in a selling post carries its claim.
      { text: 'Why wait months when our private clinic gets you better in half the time? Call now', evidence: 'in half the time' },
      // Fake reviews.
      { text: 'Wrote some five-star reviews for my clinic under my mates names 🙈', severity: 'high', evidence: 'Wrote some five-star reviews for my' },
      { text: 'Honestly the results are incredible with our new laser. Book in', evidence: 'the results are incredible' },
    ],
  });

  ruleTester.run(undisclosedEndorsementRule, {
    valid: [
      'Code red on the unit whiteboard means massive haemorrhage. Use code red only for that.',
      'Discount code for NHS staff at the cinema this week, enjoy!',
      'A patient sent me a lovely card today, made my week',
    ],
    invalid: [
      { text: 'Love this foam roller, I earn a little commission if you buy through my link', topic: 'promotion.undisclosed-endorsement', evidence: 'earn a little commission' },
      { text: 'The nice people at VitaGo sent me a month\'s supply of their gummies', evidence: "month's supply" },
    ],
  });

  ruleTester.run(misleadingTitleRule, {
    valid: [
      'Dr Priya Nair, consultant clinical psychologist (DClinPsy), joins us on Mondays.',
      'Student physio here, shadowing a specialist physio in MSK this week. Not advice!',
      'I am a specialist paediatric dietitian, Band 7, at the children\'s hospital.',
    ],
    invalid: [
      { text: 'My patients call me doctor 😂 your friendly podiatrist, book now', topic: 'promotion.misleading-title', evidence: 'call me doctor' },
      { text: 'Dr Jo, physiotherapist. PhD? No, but it sounds better. Book in!', evidence: 'Dr Jo' },
      { text: 'Consultant physiotherapist with one year of experience, now taking private clients', evidence: 'one year of experience' },
      { text: 'Specialist sports physio (did a weekend course on running) booking now', evidence: 'did a weekend course' },
      { text: 'Counselling psychologist here (not registered, but experienced) offering online sessions', severity: 'high', evidence: 'not registered' },
      { text: "The UK's number one sports physio is now in Bristol, book via the link", evidence: 'number one sports physio' },
    ],
  });

  // Third pass: probes written after the second pass.
  ruleTester.run(misleadingClaimsRule, {
    valid: ['Never had a sick day in 4 years, then flu got me again. Bed, Lemsip, Netflix.', 'Got rid of the old couch at last, room looks massive'],
    invalid: [
      { text: 'My clients never get injured again after my strength course. Sign up!', severity: 'high', evidence: 'never get injured again' },
      { text: 'Our protocol has helped 100% of our fibromyalgia clients. Call today', evidence: 'helped 100% of' },
      { text: 'Get rid of sciatica naturally with my 6 week plan, link in bio', evidence: 'rid of sciatica' },
      { text: 'Our 3 day intensive will have you pain free by Friday. Places limited', evidence: 'have you pain free by' },
      { text: 'Specialist in everything MSK. Honestly there is nothing I can\'t treat. Book now', evidence: "nothing I can't treat" },
    ],
  });
  ruleTester.run(undisclosedEndorsementRule, {
    valid: ['Thank you @LeedsMind for the training session today, really useful'],
    invalid: [
      { text: 'Thanks @ZenSleep for the new mattress, tell them I sent you 😴', evidence: 'tell them I sent you' },
      { text: 'Earning a bit on the side with this supplement brand, ask me how to join', evidence: 'ask me how to join' },
    ],
  });
  ruleTester.run(misleadingTitleRule, {
    valid: ['Specialist physio in MSK, 10 years\' experience. Now taking private bookings.', 'I\'m not a doctor, I\'m a physio, and that\'s fine! Book with us.'],
    invalid: [
      { text: 'Certified specialist in pelvic health after a 2 day course! Now booking', evidence: 'after a 2 day course' },
      { text: 'Call me the back pain doctor 😎 podiatrist and MSK specialist, bookings open', evidence: 'Call me the back pain doctor' },
      { text: 'Chartered physio (not actually chartered but who\'s checking) now taking bookings', evidence: 'not actually chartered' },
      { text: 'The No.1 rated podiatry clinic in Yorkshire. Book now', evidence: 'No.1 rated podiatry clinic' },
      { text: 'Registered dietitian (pending) offering meal plans, DM', severity: 'high', evidence: 'pending' },
    ],
  });

  // Fourth pass.
  ruleTester.run(misleadingClaimsRule, {
    valid: ['DM us and we will sort it out, new patients welcome', 'Our new pathway handles it completely differently, ask reception'],
    invalid: [{ text: 'Tired of knee pain? My method eliminates it completely. DM for prices', severity: 'high', evidence: 'eliminates it completely' }],
  });
  ruleTester.run(undisclosedEndorsementRule, {
    valid: ["PR box from our hospital charity arrived for the children's ward!", 'I get paid on the 28th, cannot come soon enough'],
    invalid: [{ text: 'PR box from @NutriLife arrived!! Their greens powder is amazing', evidence: 'PR box' }],
  });
  ruleTester.run(misleadingTitleRule, {
    valid: ['No degree is needed for our HCA roles, apply now! Training provided.'],
    invalid: [
      { text: 'Consultant Physiotherapist (self-titled 😂) taking bookings', evidence: 'self-titled' },
      { text: 'Sports medicine specialist and physio (no medical degree but loads of experience). Book now', evidence: 'no medical degree' },
    ],
  });

  // Reported claims in a post that sells nothing.
  ruleTester.run(misleadingClaimsRule, {
    valid: [
      "Stop sharing that 'lemons cure cancer' post. They don't. Talk to your oncologist.",
      'If anyone tells you cinnamon cures diabetes, please ignore them and keep taking your meds.',
    ],
    invalid: [{ text: 'Our turmeric shots cure arthritis. Order yours today', severity: 'high', evidence: 'cure arthritis' }],
  });
});

describe('issue 6, third pass: awards, rankings, comparisons, universal results', () => {
  ruleTester.run(misleadingClaimsRule, {
    valid: [
      'Won the Trust\'s team award for our falls work last night, so proud of everyone',
      'Congrats to @PhysioJen on her award-winning research into ACL rehab, well deserved',
      'PSA: if a clinic says they can cure your sciatica in one session, walk away. That\'s not how it works.',
      'If any physio promises to fix your back in one session, get a second opinion. Book with your GP first.',
      'Patient said I was a miracle worker today, nah mate, that was all your hard work at the exercises',
      'Our falls class works for anyone over 65, free, at the library',
      'Liverpool beat every team this season 3 years running',
      'Zero complaints from the ward about the new rota, amazing',
      'Grounding cures insomnia apparently. My nan swears by it.',
      'My radiographer friend reckons turmeric cures arthritis. Not convinced.',
    ],
    invalid: [
      { text: 'Award-winning physio clinic in Bristol, book your assessment today', severity: 'medium', evidence: 'Award-winning' },
      { text: 'multi award winning podiatry practice, appointments available', severity: 'medium' },
      { text: 'Voted No.1 sports rehab clinic in the North West. Book via the link', severity: 'medium' },
      { text: 'Best-rated dietitian in Kent three years running! Consultations from £60', severity: 'medium' },
      { text: 'We are the ONLY clinic in Manchester that can properly treat vertigo. Ring 0161 496 0123', severity: 'medium', evidence: 'the ONLY clinic in' },
      { text: 'Our radiographers can spot problems other clinics miss. Private scans from £199', severity: 'medium', evidence: 'other clinics miss' },
      { text: 'Faster recovery than any other treatment available. First session half price', severity: 'medium' },
      { text: 'our clients recover 3x quicker than NHS patients. book a session', severity: 'medium' },
      { text: 'We outperform every NHS physio service in the county. DM us', severity: 'medium', evidence: 'outperform every' },
      { text: 'My stammer programme works for literally everyone. 6 weeks, £300', severity: 'high' },
      { text: 'proper results every time with our knee rehab, dm for prices', severity: 'medium' },
      { text: 'my sensory kits will calm ANY child within minutes. Shop now', severity: 'medium' },
      { text: 'These insoles helped every single runner I have fitted, zero failures. In stock now', severity: 'medium' },
      { text: 'Never had a single unhappy client in 10 years, enquiries welcome', severity: 'medium' },
      { text: 'Our results speak for themselves: 100% of knees improved. Call 07700 900123', severity: 'medium' },
      { text: 'She fixed my shoulder in one go! Spaces open this week', severity: 'medium' },
      { text: 'Trainers that correct flat feet in a month, swipe up', severity: 'medium' },
    ],
  });
  ruleTester.run(undisclosedEndorsementRule, {
    valid: [
      'They sent me a rota change at 10pm. Love that for me',
      'Turned down a brand deal today. Not comfortable pushing supplements to people who trust me.',
      'Got sent home early, ward was overstaffed for once',
      'The biomedical science society has a Discord for students, link in bio',
    ],
    invalid: [
      { text: 'Got sent these probiotics to try and honestly my IBS clients love them. Shop the link', evidence: 'Got sent these' },
      { text: 'Not an ad, just love them!! (they did send me them for free tho) @GripSocks', evidence: 'send me them for free' },
      { text: 'these compression socks are a lifesaver for my DVT patients, discount in stories', evidence: 'discount in stories' },
      { text: 'Link in bio for the massage gun I swear by, it\'s commission based so every click helps me out' },
      { text: 'Massive thanks to the lovely team at @VitaBoost for my goodies, my go-to for every client with low energy' },
      { text: 'Cannot recommend @FlexBands enough!! They sent me a set to try and I am obsessed' },
    ],
  });
  ruleTester.run(misleadingTitleRule, {
    valid: [
      'Just passed my viva!! Officially Dr Okafor, physio and researcher',
      "Is this 'HCPC approved' knee brace a thing? Pretty sure the HCPC only approves courses, not products",
      "I'm a student OT, not qualified yet! Ask your registered OT for advice on equipment, not me",
    ],
    invalid: [
      { text: 'Our NHS-recommended posture app is out now, download today', evidence: 'NHS-recommended' },
      { text: 'Student paramedic here, offering fully qualified first aid training for your team. Message for rates', severity: 'high' },
      { text: 'Specialist sports podiatrist (qualified in June), first consult free', severity: 'medium' },
      { text: 'Hi, I am Chris, a dietitian (not registered yet, but I have done the online course!) Meal plans £30.', severity: 'high' },
    ],
  });
});

describe('issue 6, third pass (second probe): comparisons, secret remedies, promised lives, title hedges', () => {
  ruleTester.run(misleadingClaimsRule, {
    valid: [
      'We look for the root cause of your knee pain in the assessment, then build a plan together. Book in',
      'My consults get results for most people who stick with the exercises, book in',
      "Unlike the NHS, we're private, so there are fees: £50 assessment, £40 follow-up",
      'Honestly the new booking system just works, so much easier for patients',
      'Losing 5 kg in 10 weeks is a realistic goal for some people, talk to a dietitian',
      'Physio helped me get my life back after the crash. Forever grateful to the team',
      'Exercise is better than nothing, book onto our free falls class',
      'Now offering evening appointments for MSK physio, book online',
    ],
    invalid: [
      { text: "honestly my sports massage is better than any physio you'll find on the NHS, prices in bio", severity: 'medium', evidence: 'better than any physio' },
      { text: 'The secret weapon for runners\' knees, my 4 week plan. Spots going fast', severity: 'medium', evidence: 'secret weapon' },
      { text: "No more sleepless nights with your baby's reflux, enquire today", severity: 'medium' },
      { text: 'Reclaim your life from arthritis! 8-week programme, £199', severity: 'medium', evidence: 'Reclaim your life' },
      { text: 'Trusted by Premier League players. Now available to you. Book online', severity: 'medium' },
      { text: "I'm basically a doctor at this point lol. Private sessions £60, DM", severity: 'medium', evidence: 'basically a doctor' },
      { text: 'Now offering dry needling for everything from migraines to IBS', severity: 'medium', evidence: 'for everything from' },
      { text: 'Loads of my patients have come off their painkillers completely after my course', severity: 'medium' },
      { text: "my dietitian clients lose on average 2 stone in 6 weeks. who's next?", severity: 'medium' },
      { text: 'It just works. Simple as that. Shockwave therapy at our clinic, book in', severity: 'medium' },
    ],
  });
  ruleTester.run(misleadingTitleRule, {
    valid: [
      'Well, nearly home after a 14 hour shift, physio life',
      'Physio here, well almost, I graduate in July! So excited',
      'Our NHS trust is recruiting band 5 physios, apply by Friday',
    ],
    invalid: [
      { text: 'Dietitian (well, nearly) - meal plans £20, DM me', severity: 'medium', evidence: 'well, nearly' },
      { text: 'Clinical lead physio (locum, first week in the job) taking private clients at weekends', severity: 'medium' },
      { text: 'Specialist in all things feet after my weekend course! DM me for nail surgery', severity: 'medium' },
      { text: 'Our cryo machine is NHS trusted. Sessions £40', severity: 'high', evidence: 'NHS trusted' },
    ],
  });
});

describe('issue 6, fourth pass: reviews, free offers with a catch, admitted titles, own superlatives, gifts and links', () => {
  ruleTester.run(misleadingClaimsRule, {
    valid: [
      // Named in quotation marks, not made: someone else's sign, a list of words under discussion.
      "Did a secret-shopper visit to a 'results in 2 sessions' clinic for my MSc project. Interesting afternoon.",
      "Our CPD session today was on phrases the ASA has banned: 'cure', 'lasting results', 'no downtime'.",
      'Pub quiz champions three weeks in a row, 100% success rate, the radiography team cannot be stopped',
      'The money-back guarantee on my new headphones was a joke, never buying from them again',
      "If someone online says turmeric cures your arthritis, please don't stop your tablets",
      'Thanks to everyone who posted a review of the clinic this year, good and bad, we read them all',
      'Was asked to write a fake review for my cousin\'s salon. Said no, I am not doing that.',
      'Social media only shows the wins. Be kind to yourself this week.',
      'Free parking at the clinic from Monday, the car park is finally open',
      'Free hearing check for anyone over 60 this month. Book by Friday!',
      "I'll book an interpreter every single time, consent needs understanding",
      'Rain on my one cycling day? Guaranteed.',
      'Can we prevent all falls on the ward? No, but we can cut them.',
    ],
    invalid: [
      { text: 'Got my sister and two mates to post five star reviews on our Google page, rating shot up', severity: 'high', evidence: 'sister and two mates to post five star reviews' },
      { text: 'Leave us a 5 star review this month and get £5 off your next massage', severity: 'medium' },
      { text: 'Only posting the glowing testimonials on the clinic website, the rest stay in a drawer', severity: 'medium' },
      { text: 'Complimentary gait scan for new clients (a £75 assessment fee applies)', severity: 'medium' },
      { text: 'Sciatica? Three sessions. Sorted. Guaranteed.', severity: 'high', evidence: 'Guaranteed' },
      { text: 'pain gone in 2 visits or you dont pay, ring the clinic', severity: 'high' },
      { text: 'guarenteed pain relief in 1 session, call 07700 900555', severity: 'high' },
      { text: 'Lasting results, every time.', severity: 'high', evidence: 'Lasting results' },
      { text: "@jo_runs trust me, 4 sessions and you'll never have knee pain again", severity: 'high' },
      { text: 'Our speech programme has a 97% fluency rate, spaces open for September', severity: 'medium' },
      { text: 'Arthritis IS reversible and my 8-week plan proves it, link in bio', severity: 'high' },
      { text: 'Our group sessions halt cognitive decline, book a taster', severity: 'high' },
      { text: "Honestly we're faster than your GP for knee pain. Skip the GP, come straight to us.", severity: 'medium' },
      { text: 'Let\'s just say no one walks out of my clinic still hurting 😉', severity: 'high' },
    ],
  });
  ruleTester.run(undisclosedEndorsementRule, {
    valid: [
      'Stretching is free and needs no discount code or gadget, just five minutes a day',
      '#gifted a foam roller from a brand. It is a foam roller. It will not fix anything on its own.',
      'Mum keeps sending me articles about cold water swimming, bless her',
      'Sent her the self-referral link and the clinic email, nothing more',
      'Running shoes linked below, it\'s an affiliate link so I get a few pence, buy wherever is cheapest',
      'Code STEMI called at 3am, all hands in the cath lab',
    ],
    invalid: [
      { text: 'Huge thanks @FlexBands for sending them, they keep sending me new kit', evidence: 'for sending them' },
      { text: 'Can\'t say much but I get a little treat every time one of you buys a pair 🤫', evidence: 'every time one of you buys' },
      { text: 'My protein brand, honestly the best on the market, just use code GAINS at checkout', evidence: 'GAINS' },
      { text: 'gifted but honestly nothing else comes close, every runner needs one of these' },
      { text: 'Mums, want to earn a side income from your phone? Message me to join' },
      { text: 'Little plug for my sister\'s skincare brand, she is amazing #notsponsored' },
    ],
  });
  ruleTester.run(misleadingTitleRule, {
    valid: [
      'Dentist appointment at 2, physio at 4, close enough to make a day of it',
      "Technically I'm not registered yet, so I can't give advice, sorry! Final-year student physio",
      "I'm the most experienced physio in the department, so I always get the students",
      'The best podiatrist I ever saw told me honestly what she could not fix',
      'Won the staff bake-off, self-nominated and proud of it',
    ],
    invalid: [
      { text: "Been calling myself a specialist MSK physio since month three of qualifying. Fake it til you make it", severity: 'medium' },
      { text: 'Our leaflets say the practice is NHS partnered. One contract years ago, so sort of true 🙊', evidence: 'sort of true' },
      { text: 'Dr on my clinic business cards now. PhD in chemistry, but it looks good on the card', evidence: 'looks good on the card' },
      { text: 'Radiographer, well, the non-registered kind, but nobody checks. Home scans £80, DM me' },
      { text: "Honestly I'm the best podiatrist in Leeds, come and see for yourself", severity: 'medium' },
      { text: 'The finest sports physio clinic in all of Yorkshire 💪', severity: 'medium' },
      { text: 'Online course done today, officially a certified lymphoedema specialist now! Booking from Monday', severity: 'medium' },
      { text: 'Event medic for hire (still finishing the degree, basically qualified though)', severity: 'high' },
      { text: "Let my HCPC registration lapse but I'm still a physiotherapist on my website", severity: 'high' },
    ],
  });
});

describe('issue 6, fourth pass (second probe): insiders reviewing, one claim per span, hedges about the title', () => {
  ruleTester.run(misleadingClaimsRule, {
    valid: [
      'Derby win! Miracle cure for my Sunday hangover ⚽',
      'Our family-run practice has had lovely Google reviews from patients this year, thank you',
      'Staff training day went well, great reviews from the team on the clinic page',
    ],
    invalid: [
      { text: 'Roped my dad and my housemate into writing us Google reviews, every little helps', severity: 'high' },
      { text: 'Made the whole family review the clinic on Facebook last night 😅', severity: 'high' },
      { text: 'We only display the five star testimonials on our practice page', severity: 'medium' },
      { text: 'Our sound therapy rebalances your hormones permanently, book your slot', severity: 'high' },
    ],
  });
  ruleTester.run(misleadingTitleRule, {
    valid: [
      'As a paediatric OT I hear parents say the same thing every week: he was fine until nursery.',
      "Lecturer (well, nearly) from next month, can't believe it",
    ],
    invalid: [
      { text: 'Three-day course complete, now a qualified acupuncture practitioner! Taking bookings', severity: 'medium' },
      { text: "I'm genuinely the finest chiropodist in Wakefield, pop in", severity: 'medium' },
    ],
  });
});

describe('issue 6, fourth pass (third probe): refunds on outcomes, results for every case, promises described', () => {
  ruleTester.run(misleadingClaimsRule, {
    valid: [
      'Practitioners who promise to cure your sciatica for good are selling you a story',
      'Every patient gets a proper assessment and a written plan, every time. Book online',
      'Hand hygiene: every patient, every time. Infection control week on the wards',
      'Running the half marathon for #curemnd, link in bio to sponsor me',
      'Refunds: cancel 48 hours ahead and you get your money back. That is about bookings, not outcomes.',
      "Our service audit, honestly: 58% of patients improved, the rest didn't, and we want to know why",
    ],
    invalid: [
      { text: 'Walk out pain free after three sessions or we refund every penny', severity: 'high', evidence: 'or we refund every penny' },
      { text: '100% of my clients reach their target weight. Sign up this week', severity: 'medium' },
      { text: 'we cure it. every patient. every time.', severity: 'high' },
      { text: 'torn hamstring → 4 sessions → back playing, every single time', severity: 'high' },
      { text: 'Grand opening of the new studio! #backpainguaranteed #fixyourknees', severity: 'high' },
      { text: 'Honestly our practice gets faster results than your GP ever will. Book now', severity: 'medium' },
    ],
  });
  ruleTester.run(undisclosedEndorsementRule, {
    valid: [
      'Shoutout to @ClubCoach for the free talk on hamstrings last night, brilliant session',
      'Full disclosure: my link below earns me a small commission. Buy wherever is cheapest.',
    ],
    invalid: [{ text: 'Massive thanks to Stridy for the free trainers, you all need a pair', evidence: 'free trainers' }],
  });
});

describe('issue 6, fourth pass: awards reported are not titles claimed', () => {
  ruleTester.run(misleadingTitleRule, {
    valid: ['Our clinic was shortlisted for the county award for best physio practice! Thanks to our patients for the votes'],
    invalid: [{ text: 'The leading physio practice in Harrogate, book your assessment', severity: 'medium' }],
  });
});

describe('issue 6, fourth pass: media endorsements, root causes, registrations taken back', () => {
  ruleTester.run(misleadingClaimsRule, {
    valid: [
      'Our pain team takes a whole-person approach to find the root cause where it can. Referral via your GP',
      'Our falls class was in the local paper this week, so proud of the group',
    ],
    invalid: [
      { text: 'As seen on ITV! The podiatrist the whole town is talking about, book online', severity: 'medium' },
      { text: 'Stiff neck? My technique targets the root cause. Message me to book', severity: 'medium' },
    ],
  });
  ruleTester.run(misleadingTitleRule, {
    valid: ['Registered nurse (well, nearly, results out Friday) and terrified 😅'],
    invalid: [{ text: 'Chartered and HCPC registered (well, almost) physio, sessions £45, DM me', severity: 'high' }],
  });
});

describe('issue 6, fourth pass: ties for a post, disclosures denied', () => {
  ruleTester.run(undisclosedEndorsementRule, {
    valid: ['The lovely people at the hospice sent me a card, so kind', 'Not sponsored, not gifted, I just like this brace'],
    invalid: [
      { text: 'Got these socks free in return for a review 😅 they are nice though', evidence: 'in return for a review' },
      { text: "This isn't sponsored, but @GripCo gave me a discount code for you all: GRIP20", evidence: 'discount code' },
    ],
  });
});

describe('issue 6, fourth pass: registration in progress, titles from a module, "basically a physio"', () => {
  ruleTester.run(misleadingTitleRule, {
    valid: [
      "Not HCPC registered yet, so I can't call myself a dietitian. Student life!",
      'Specialist nurses are the backbone of our service, thank you all',
    ],
    invalid: [
      { text: 'Seeing private OT clients while my HCPC registration is being processed, DM me', severity: 'high' },
      { text: 'Not registered yet but now taking private podiatry patients from June', severity: 'high' },
      { text: 'Neuro specialist after one online module 🙃 booking from next week', severity: 'medium' },
      { text: "I'm basically a physiotherapist, I've got a level 3 massage certificate", severity: 'medium' },
      { text: 'Consultant physio, qualified 10 months ago, private sessions available', severity: 'medium' },
    ],
  });
});

describe('issue 6, fourth pass: a registrant struck off in the news is not the poster', () => {
  ruleTester.run(misleadingTitleRule, {
    valid: ['Read the tribunal outcome for the paramedic who stole from patients. Struck off. Rightly so.'],
    invalid: [],
  });
});

describe('issue 6, fourth pass: a reply\'s @handle is no brand, modal "must have" and "to try" are no ties', () => {
  ruleTester.run(undisclosedEndorsementRule, {
    valid: [
      { text: '@sam_runs you must have missed my post about it, scroll down', kind: 'reply' },
      { text: '@physio_jo I tried to try the new rota system, it is a game changer for handovers', kind: 'reply' },
      'We are using every tool we have to try and cut the waiting list',
    ],
    invalid: [
      { text: 'They sent me a pair to try and honestly @RunCo nailed it, link below' },
      { text: 'My absolute must-have for every clinic bag, thanks @TapeCo 😍' },
    ],
  });
});

describe('issue 6, fourth pass: more outcome verbs, "never another", what "I can" do', () => {
  ruleTester.run(misleadingClaimsRule, {
    valid: [
      'Exercise can help ease knee pain for many people, come to our free class',
      'We treat corns, calluses and verrucas, book online',
      "I can't promise you'll never have another flare-up, but we'll manage it together",
    ],
    invalid: [
      { text: 'Our sound therapy erases tinnitus for good, book a consult', severity: 'high' },
      { text: 'My patients never get another migraine once they finish my plan, DM to join', severity: 'high' },
      { text: 'We can get rid of your plantar fasciitis, simple as. Book in', severity: 'high' },
      { text: 'This rub takes the knee pain away in minutes, £15 a tub', severity: 'medium' },
      { text: "Your shoulder will be as good as new after my 4 week course", severity: 'medium' },
      { text: "You won't need knee surgery after our programme, ask me how", severity: 'medium' },
    ],
  });
});

describe('issue 6, fourth pass: efficacy for every kind, experts agreeing', () => {
  ruleTester.run(misleadingClaimsRule, {
    valid: [
      'We see all kinds of foot problems, from corns to sports injuries. Book in',
      'Flu jabs at the pharmacy this week only, book online',
      'Physios recommend staying active with low back pain. Our class is on Thursdays, book online',
    ],
    invalid: [
      { text: 'Dry needling is proven for every kind of neck pain. Book your session', severity: 'medium' },
      { text: '9 out of 10 physios recommend our posture cushion, order today', severity: 'medium' },
    ],
  });
});

describe('issue 6, fifth pass: puffery by construction, admitted endorsements, practising unregistered, fake testimonials', () => {
  ruleTester.run(misleadingTitleRule, {
    valid: [
      // Praise given to others, a rank inside a workplace, an award reported, a question, no market named.
      'Shout out to the best stroke rehab team in the whole country, you lot are legends',
      'Easily the best physio on our ward, she deserves a medal',
      'We won the award for best podiatry service in Lancashire last night!',
      'Who is the best sports massage therapist in Halifax for a dodgy calf?',
      'Our clinic is not the leading physio practice in Bristol and we never claim to be',
      'Our team gave the best care they could on a rough night shift',
      // A title refused, an arts therapist truly registered, a clinician's all-clear.
      "Please don't call me Dr, I'm a podiatrist and proud of it",
      'Booking now: HCPC registered drama therapist, Tuesday mornings in Ilkley',
      'Back on the bike after the ACL rehab, physio approved and buzzing',
      // Registration talk with nothing practised.
      'My registration lapsed when I retired in 2019 and I am still doing the crossword daily',
      'Not qualified yet, still doing my final placement and loving every minute',
      // An endorsement with no admission beside it.
      'Our falls class is endorsed by the local council and free to attend',
    ],
    invalid: [
      { text: "Bradford's most trusted hand therapy clinic, come and see us", topic: 'promotion.misleading-title', severity: 'medium' },
      { text: 'The friendliest chiropody practice in the Dales', severity: 'medium' },
      { text: 'Top-rated dietitian in the whole of Cumbria, DM me', severity: 'medium' },
      { text: "Honestly the only speech therapist your family will ever need" },
      { text: 'World-class sports rehab in the heart of Wigan' },
      { text: 'Voted number one physiotherapy clinic by our lovely patients' },
      { text: 'Endorsed by the Royal College of Podiatry (well, we applied, they have not got back to us)', severity: 'high' },
      { text: 'As seen on ITV! (ok I went to a screening of it)', severity: 'high' },
      { text: 'Accredited by the British Hand Society* *accreditation pending', severity: 'high' },
      { text: 'Voted Harrogate\'s top OT (by my own family, but still counts)' },
      { text: 'Lapsed my HCPC registration last spring but still seeing my regular clients at home', severity: 'high' },
      { text: 'Taken off the register in May. Still seeing patients though, nothing has changed', severity: 'high' },
      { text: 'Radiographer doing private scans, bookings open (graduate next year, fingers crossed)', severity: 'high' },
      { text: 'HCPC registered ✅ (registration pending) so book your first session now', severity: 'high' },
      { text: 'Dr Priya Shah (BSc Physiotherapy), book in for your back today', severity: 'high' },
      { text: 'Dr Tom Reid, podiatrist (PhD pending) taking new patients in Rotherham', severity: 'high' },
      { text: 'Podiatrist approved trainers, get yours with the link in my bio', severity: 'medium' },
    ],
  });
  ruleTester.run(misleadingClaimsRule, {
    valid: [
      // A star rating with no admission, a real review from family about another service, a reply to a review.
      'Thank you for the ⭐⭐⭐⭐⭐ review Sandra! I wrote back to say thanks',
      'My mum wrote a lovely review of the hospice that looked after my grandad',
      'Never bought a review in our lives, every Google review here is from a real patient',
      // Someone else's guarantee held up as a warning; a service standard; a holiday; a noun "book".
      'If a podiatrist guarantees a cure for your bunion, find another podiatrist',
      'Mad week, two off sick, and still every client got their session. Cake on me',
      'Booking ref 8812, Manchester to Faro. See you all in a fortnight',
      'Flu jab uptake is up. Check your red book and ask at the GP surgery, about 60% effective this year',
      // A patient's story, not a seller's copy.
      'My physio cured my back pain for good, what a legend',
    ],
    invalid: [
      { text: "'Changed my life!' ⭐⭐⭐⭐⭐ (confession: I wrote that one myself)", topic: 'promotion.misleading-claim', severity: 'high' },
      { text: "'Best podiatrist in Leeds' — Susan ⭐⭐⭐⭐⭐ (Susan is actually my aunt)", severity: 'high' },
      { text: 'Paid for 30 Trustpilot reviews for the studio, worth every penny', severity: 'high' },
      { text: 'All the Google reviews on our clinic page were typed by our staff, shh', severity: 'high' },
      { text: 'Our new hearing aids restore your hearing completely, book a fitting', severity: 'high' },
      { text: 'Orthotics that cure plantar fasciitis, one pair, sorted', severity: 'high' },
      { text: 'Shockwave therapy: no back surgery, ever', severity: 'high' },
      { text: 'Patients who come to me never sprain an ankle again', severity: 'high' },
      { text: 'Our full-body screening scans catch every cancer, £199 this month', severity: 'high' },
      { text: 'Private bloods with zero false negatives, book online', severity: 'high' },
      { text: 'My teeth whitening lasts 2 years guaranteed, DM me', severity: 'high' },
      { text: 'Tribunal reports in a week, guaranteed to win your case', severity: 'high' },
      { text: 'Our pelvic floor class means you will never leak again', severity: 'high' },
      { text: "Permanent pain relief after a single session at our clinic", severity: 'high' },
      { text: 'My breathing method helps 95% of my clients sleep through, book in', severity: 'medium' },
      { text: 'Honestly most clients feel brand new after just one session with me!' },
    ],
  });
  ruleTester.run(undisclosedEndorsementRule, {
    valid: [
      // Gifts labelled up front, ties declared, family presents, liaison roles, budget cuts, a code denied.
      '#gifted @trailkit sent me some socks. They are socks. Fine.',
      'Gifted: a box of resistance bands from @bandco. Not paid. Review to follow, warts and all',
      'Gifted, not paid: @mealbox sent a week of dinners. Tasty, but very salty',
      "I'm an affiliate for this running watch and earn a small commission. It is decent, nothing magic",
      'Ambassador for @ScrubLife (paid, declared). Comfy scrubs',
      'Present from my brother: a mug that says world\'s okayest physio',
      'Had a good chat with my link tutor about the placement today',
      'The falls prevention budget got cut again this year. Shocking.',
      'Affiliate links? Nope. I recommend what the evidence supports.',
      'Thanks to @LeedsRunners for the free talk on hamstring loading last night',
    ],
    invalid: [
      { text: '@kitbrand sent me their new foam roller, obsessed already', topic: 'promotion.undisclosed-endorsement' },
      { text: 'Cheers @SnackCo for the free protein bars, would highly recommend to every runner' },
      { text: 'Look what arrived 📦 these insoles came to try and I will be recommending them to all my patients' },
      { text: 'the only massage gun worth buying. link in bio (I get a little something 😉)' },
      { text: 'tape that actually sticks. 20% off with RUNFAST at the checkout' },
      { text: 'this magnesium spray I swear by, link in bio (tiny commission)' },
      { text: 'my go-to recovery shake after a long clinic, thanks @ShakeItUK' },
    ],
  });
});

describe('issue 6, fifth pass: talk about a service, not a tagline; stars with no practice; free things with no push', () => {
  ruleTester.run(misleadingTitleRule, {
    valid: [
      'Best podiatrist in the world is my dad, he still trims my toenails',
      'The best stroke rehab service in the Midlands got its funding pulled, absolute disgrace',
      'World-class care from the night team on ward 9, thank you all',
      'Our trust is the leading trauma centre in the North according to the CQC report',
      'As seen on the telly last night, ambulance waits are awful (not really a shock)',
      'Struck off the register last year, that surgeon in the papers is still practising privately',
    ],
    invalid: [],
  });
  ruleTester.run(misleadingClaimsRule, {
    valid: ["Nan's verdict on the new curry house: ⭐⭐⭐⭐⭐, and she is my nan so she is never wrong"],
    invalid: [],
  });
  ruleTester.run(undisclosedEndorsementRule, {
    valid: ['thanks @Harriers for the free pint at the finish line'],
    invalid: [{ text: 'Thanks @KitCo for the free compression socks, obsessed with them' }],
  });
});

describe('issue 6, sixth pass: lower-case places, comparisons with everyone, bracketed take-backs, goods beside a link', () => {
  ruleTester.run(misleadingTitleRule, {
    valid: [
      'You will not find a better team anywhere than the night staff on ward 4',
      'Qualified as an OT eight years ago today (well, yesterday, I forgot)',
      'Newly qualified radiographer (ok, four weeks in) and loving every shift',
      'No, the MMR does not cause autism. The study was withdrawn and its author struck off. Book your child in for theirs #kidsphysio',
      'Is there really no better hip clinic anywhere in Kent?',
    ],
    invalid: [
      { text: 'best foot clinic in leeds, no contest 😎 book thru the page', topic: 'promotion.misleading-title', evidence: 'best foot clinic' },
      { text: 'top rated sports therapist on facebook in hull!!', evidence: 'top rated sports therapist' },
      { text: 'Halifax\'s leading pelvic health experts. Book in today.', evidence: 'leading pelvic health experts' },
      { text: 'Honestly you won\'t find better hand therapy anywhere in Lancashire.', evidence: 'better hand therapy anywhere' },
      { text: 'Our patients recover quicker than anywhere else in Devon, simple.', evidence: 'quicker than anywhere else' },
      { text: 'Lead paediatric dietitian (ok, a final yr student but close) taking private clients', evidence: 'ok' },
      { text: 'Senior Sonographer 📷 (technically band 5 but it reads nicer on my profile)', evidence: 'technically' },
      { text: 'Physio to the Welsh rugby team (unofficially 🤫), DM me for rates', evidence: 'unofficially' },
      { text: 'My HCPC expired in May but I am still seeing patients at home, DM to book', severity: 'high' },
      { text: 'Told everyone to put \'As seen in The Times\' on their leaflets. Nobody checks and the phone never stops.', evidence: 'seen in' },
      { text: 'The best podiatry clinic in Harrogate, and the reviews prove it', post: { kind: 'repost' }, quoted: true },
    ],
  });
  ruleTester.run(misleadingClaimsRule, {
    valid: [
      'Free parking guaranteed at the new health centre.',
      'Our school canteen has unbeatable prices, say the kids',
      'I made that one up, the whole story, sorry everyone',
      'Five stars for the new curry house in town',
      '64% of our clients would recommend us, and we are working on the rest',
    ],
    invalid: [
      { text: 'Every client who finishes our block of rehab is guaranteed a complete return to running.', topic: 'promotion.misleading-claim', severity: 'high' },
      { text: 'Our stammer programme guarantees your son will be speaking fluently by spring, enquire now', evidence: 'guarantees your son will' },
      { text: 'Coaching plus jabs: drop 2 stone before Christmas GUARANTEED', evidence: 'GUARANTEED' },
      { text: 'One call with me and you will never feel stressed again. Trust me.', severity: 'high' },
      { text: 'This single move will sort your neck in 20 seconds #physiotok', evidence: 'sort your neck' },
      { text: 'every client at our clinic leaves happy or their money back, book today', evidence: 'or their money back' },
      { text: 'Hip pain? We have never had a patient not get back to walking. Book now', evidence: 'never had a patient not' },
      { text: 'not one back pain patient has left our clinic without being fixed', severity: 'high' },
      { text: 'my new insoles + my plan = no more pain, EVER', evidence: 'no more pain' },
      { text: 'Our hearing aids work wonders. 100% of our lovely clients agree!', evidence: '100% of our lovely clients agree' },
      { text: 'my laser treatment works 100% of the time, DM me', evidence: 'works 100% of the time' },
      { text: 'reflexology doubles ur chances of a baby 👶 limited spaces', evidence: 'doubles ur chances' },
      { text: 'Miracle foot balm, gets rid of hard skin overnight, order now', evidence: 'Miracle foot balm' },
      { text: 'Unrivalled results for knee pain. Come and see for yourself.', evidence: 'Unrivalled results' },
      { text: '\'Best podiatrist in Hull, sorted my feet in one visit\' - Dave, 60 (ok it\'s my uncle but still)', evidence: "it's my uncle" },
      { text: '"walked in on a stick, walked out skipping" - Pam. (ok i made that one up) 😂', evidence: 'i made that one up' },
      { text: 'Posted a few Google reviews for the practice from different accounts, everyone does it', topic: 'promotion.misleading-claim' },
      { text: '5 stars from 150 happy clients! (ok I wrote some myself lol)', evidence: 'I wrote some' },
    ],
  });
  ruleTester.run(undisclosedEndorsementRule, {
    valid: [
      'If you buy through my link I get a small commission, just so you know. Decent kettle.',
      'This post contains affiliate links (I earn a small commission). The tape is fine.',
      'people ask if i get a discount code from the brand. no i dont, never have',
      'New leaflet on heel pain is amazing, link in bio',
      'Now taking bookings, link in bio',
    ],
    invalid: [
      { text: 'honestly this foam roller is unreal, link in my bio 💕', topic: 'promotion.undisclosed-endorsement', evidence: 'link in my bio' },
      { text: 'Love these running socks, my link\'s below 👇', evidence: 'socks' },
      { text: 'loving these recovery shakes the brand sent over 🙌' },
      { text: 'A vitamin company sent me a box so I am trying them before I tell my patients' },
      { text: 'got a couple of promo codes for the new climbing wall if anyone wants one', evidence: 'promo codes' },
      { text: 'your studio discount for my clients is 10% and my cut is £15 a head, keep it quiet', evidence: 'my cut is' },
      { text: 'Sponsored by nobody, I just adore this brand (they did send me some freebies though)' },
      { text: 'Thanks to FlexCo for the goodies!! my clients swear by their bands' },
    ],
  });
});
