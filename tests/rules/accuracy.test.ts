import { ruleTester } from './rule-tester.js';
import { healthClaimsRule } from '../../src/rules/accuracy/health-claims.js';
import { lowCredibilitySourceRule } from '../../src/rules/accuracy/low-credibility-source.js';

ruleTester.run(healthClaimsRule, {
  valid: [
    // Debunking, negation, reporting, questions
    'Vaccines do not cause autism. The study that claimed they did was fraudulent.',
    'Myth: vaccines cause autism. Fact: they have been studied in millions of children.',
    'There is no evidence that the MMR causes autism.',
    'Does the MMR cause autism? No, and here is why.',
    'A parent asked me today if the HPV vaccine causes infertility. It does not, and I showed her the data.',
    'The false claim that 5G spreads covid led to masts being burnt down.',
    'Anti-vaxxers claim vaccines alter your DNA. mRNA never enters the nucleus.',
    "It's not true that masks don't work; they reduce spread in crowded indoor spaces.",
    'Fact check: ivermectin does not cure covid, and large trials showed no benefit.',
    'Some people think homeopathy cures cancer. Please talk to your oncologist before stopping treatment.',
    'No, vaccines do not contain microchips',
    // Ordinary health messaging
    'Got my covid booster and flu jab today, arm a bit sore but fine',
    'Chemotherapy saved my mum\'s life, grateful to the oncology team',
    'Covid is real and it is still putting people in hospital',
    'The flu vaccine is the best protection we have this winter',
    'Masks help reduce transmission in clinical areas',
    'Vitamin D supplements are recommended for everyone in the UK in autumn and winter',
    'A low-calorie diet can put type 2 diabetes into remission, ask your GP about the programme',
    'Do your own research on which running shoes suit you before marathon training',
    'Grandad died suddenly last week, thank you for all the kind messages',
    'Vaccine damage payments are a real scheme; rare side effects are taken seriously',
  ],
  invalid: [
    { text: 'Vaccines cause autism, wake up', topic: 'accuracy.misinformation', severity: 'high', evidence: 'Vaccines cause autism' },
    { text: 'The MMR caused my son\'s autism, nobody will tell you that', evidence: 'MMR caused my son\'s autism' },
    { text: 'The covid jab alters your DNA', evidence: 'alters your DNA' },
    { text: 'Covid is a hoax', severity: 'high', evidence: 'Covid is a hoax' },
    { text: 'This whole plandemic was planned from the start', evidence: 'plandemic' },
    { text: '5G spreads coronavirus, look it up', evidence: '5G spreads coronavirus' },
    { text: 'Masks don\'t work and never did', severity: 'medium', evidence: 'Masks don\'t work' },
    { text: 'Ivermectin cures covid, the trials were rigged', evidence: 'Ivermectin cures covid' },
    { text: 'Turmeric cured my cancer, no chemo needed', evidence: 'Turmeric cured my cancer' },
    { text: 'Use essential oils instead of antibiotics', evidence: 'essential oils instead of antibiotics' },
    { text: 'Natural immunity is better than any vaccine', evidence: 'Natural immunity is better' },
    { text: 'Don\'t vaccinate your kids', severity: 'high', evidence: 'Don\'t vaccinate your kids' },
    { text: 'Stop taking your statins, they are poison', evidence: 'Stop taking your statins' },
    { text: 'Big pharma is hiding the cure for cancer', evidence: 'Big pharma is hiding the cure' },
    { text: 'Another young footballer collapsed. #DiedSuddenly', evidence: 'DiedSuddenly' },
    { text: 'Turbo cancer everywhere since the rollout', evidence: 'Turbo cancer' },
    { text: 'Vaccines are poison. Do your own research.', evidence: 'Vaccines are poison' },
    { text: 'The vaccine kills more people than covid ever did', evidence: 'vaccine kills more' },
    { text: 'Pfizer jab causes miscarriages', evidence: 'Pfizer jab causes miscarriages' },
    { text: 'Chemo is poison, go natural', evidence: 'Chemo is poison' },
    { text: 'Bleach cures autism, the parents groups know', evidence: 'Bleach cures autism' },
    { text: 'Vaccines cause autism', post: { kind: 'repost' }, quoted: true, evidence: 'Vaccines cause autism' },
    { text: 'Clot shot victims are being ignored', evidence: 'Clot shot' },
    { text: 'HIV does not cause AIDS', evidence: 'HIV does not cause AIDS' },
  ],
});

ruleTester.run(lowCredibilitySourceRule, {
  valid: [
    'Great explainer on the new RSV vaccine https://www.nhs.uk/vaccinations/rsv-vaccine/',
    'Read the NICE guidance https://www.nice.org.uk/guidance/ng28',
    'Interesting piece https://www.bbc.co.uk/news/health-123',
    { text: 'New guidance out', links: [{ url: 'https://www.gov.uk/x', domain: 'www.gov.uk' }] },
  ],
  invalid: [
    { text: 'Read this before your jab https://www.naturalnews.com/2021-05-01-vaccine.html', topic: 'accuracy.low-credibility-source', evidence: 'naturalnews.com' },
    { text: 'Eye opening: childrenshealthdefense.org/defender/x', evidence: 'childrenshealthdefense.org' },
    { text: 'Worth a read https://articles.mercola.com/sites/articles/archive/x.aspx', evidence: 'articles.mercola.com' },
    { text: 'Shared a link', post: { links: [{ url: 'https://www.infowars.com/posts/x', domain: 'www.infowars.com' }] } },
    { text: 'https://INFOWARS.com/watch', evidence: 'INFOWARS.com' },
  ],
});

// Phrasings written after the rules, to check they generalise.
ruleTester.run(healthClaimsRule, {
  valid: ['Great lecture on vaccine hesitancy and how to talk to worried parents', 'Evidence shows masks reduce spread of respiratory viruses in hospitals', 'Chemo starts tomorrow for my dad, send good vibes', 'Feeling rough after the flu jab, worth it'],
  invalid: [
    { text: 'covid vaccines have killed more people than covid', evidence: 'killed more' },
    { text: 'the mmr jab gave my nephew autism and nobody will admit it', evidence: 'gave my nephew autism' },
    { text: 'apple cider vinegar cures diabetes, ditch the metformin', evidence: 'apple cider vinegar cures diabetes' },
    { text: 'The vaccine is full of toxins and metals, do your research', evidence: 'full of toxins' },
    { text: 'Ivermectin works, the media lied', evidence: 'Ivermectin works' },
  ],
});

ruleTester.run(healthClaimsRule, {
  valid: ['I would always recommend the flu jab to my patients with asthma'],
  invalid: [
    { text: 'Jabs do more harm than good, simple as', evidence: 'more harm than good' },
    { text: "I won't be recommending the covid booster to any of my patients", severity: 'high', evidence: 'recommending the covid booster' },
  ],
});
