import { describe, expect, it } from 'vitest';
import { expectNoFindings, makePost, ruleTester, runRule, type PostInput } from './rule-tester.js';
import { CELEBRATIONS, COUNTER_STIGMA, DRUG_SLANG_HOMONYMS, HISTORY_AND_RESEARCH, MYTH_BUSTING } from './hard-negatives.js';
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

const photo = { media: [{ type: 'photo' as const, path: 'photos/1.jpg', altText: null }] };

// Issue 6: varied phrasings (UK English) for the accuracy rules' weak spots, each checked against the rule that should catch it,
// and hard negatives checked against every accuracy rule.
ruleTester.run(healthClaimsRule, {
  valid: [],
  invalid: [
      { text: 'Covid tests are contaminated with the virus itself. That\'s why cases went up when testing did. Think about it.', evidence: 'Covid tests are contaminated with' },
      { text: 'The Great Barrington Declaration was right all along. Lockdowns killed more than covid.', evidence: 'Lockdowns killed more than covid' },
      { text: 'Not convinced about sunscreen tbh. All those chemicals soaking into your skin, surely worse than a bit of sun?', evidence: 'Not convinced about sunscreen' },
      { text: 'Fluoride is a neurotoxin that calcifies your pineal gland. Stop brushing with it, as a health professional I\'m telling you.', evidence: 'Fluoride is a neurotoxin that calcifies your pineal gland' },
      { text: 'Anyone else notice a lot more shingles since the jabs started? Makes you wonder.', evidence: 'Anyone else notice' },
      { text: 'Funny how all these young footballers are dropping dead since 2021. Just asking questions 🤔', evidence: 'Funny how' },
      { text: 'I\'m not anti-vax but I wouldn\'t let my kids anywhere near the HPV jab. Do your own research.', evidence: 'I\'m not anti-vax but' },
      { text: 'The mRNA jabs rewrite your DNA. Look into it.', evidence: 'mRNA jabs rewrite your DNA' },
      { text: 'Covid was just a bad flu and the hospitals were empty, I worked there, I know', evidence: 'Covid was just a bad flu' },
      { text: 'Masks cause more harm than good, they\'re basically child abuse', evidence: 'Masks cause more harm than good' },
      { text: 'Vitamin D and zinc are all you need against covid, forget the jab', evidence: 'Vitamin D and zinc are all you need against covid' },
      { text: 'Chemo kills more people than cancer does. Look it up.', evidence: 'Chemo kills more people than cancer' },
      { text: 'Statins are poison, my patients should throw them in the bin', evidence: 'Statins are poison' },
      { text: 'Why is nobody talking about the vaccine injuries? The truth will come out.', evidence: 'Why is nobody talking about' },
      { text: 'Honestly the jab is a bigger risk than the virus for kids. Do your research.', evidence: 'jab is a bigger risk than' },
      { text: 'HPV vaccine causes infertility in girls, that\'s why they\'re pushing it so hard', evidence: 'HPV vaccine causes infertility in' },
      { text: 'Say no to the booster, your immune system can handle covid on its own', evidence: 'Say no to the booster' },
      { text: 'Natural immunity beats the vaccine every time', evidence: 'Natural immunity beats' },
      { text: 'The jabbed are shedding spike protein, keep your babies away from them', evidence: 'The jabbed are shedding' },
      { text: 'Cancer is just a fungus, baking soda cures it', evidence: 'Cancer is just a fungus' },
      { text: 'Don\'t trust the MMR. My nephew changed overnight after his jabs.', evidence: 'Don\'t trust the MMR' },
      { text: 'Sunscreen causes cancer, the sun is good for you', evidence: 'Sunscreen causes cancer' },
      { text: 'Turmeric shrinks tumours better than chemo', evidence: 'Turmeric shrinks tumours better than chemo' },
      { text: 'Covid\'s a hoax to control us', evidence: 'Covid\'s a hoax to control us' },
      { text: '5G masts are spreading covid, wake up people', evidence: '5G masts are spreading covid' },
      { text: 'Is it just me or are there way more young people having strokes since 2021? 🤔', evidence: 'strokes since 2021' },
      { text: 'Not saying the vaccine did it, but my neighbour was fine until his booster', evidence: 'Not saying the vaccine did it' },
      { text: 'Why are we still giving mRNA jabs to pregnant women when nobody knows the long-term effects?', evidence: 'Why are we still giving' },
      { text: 'Interesting how all the \'experts\' have gone quiet about myocarditis', evidence: 'Interesting how' },
      { text: 'I\'d never let my kids have the flu nasal spray, too many unknowns', evidence: 'I\'d never let my kids have' },
      { text: 'Honestly can\'t see why we vaccinate babies against something they\'ll never catch', evidence: 'can\'t see why we vaccinate' },
      { text: 'Who actually benefits from the booster programme? Follow the money.', evidence: 'Follow the money' },
      { text: 'Just saying, my grandparents never had half these vaccines and they lived to 95', evidence: 'Just saying' },
      { text: 'Natural remedies work, big pharma just doesn\'t want you to know', evidence: 'doesn\'t want you to know' },
      { text: 'Four healthy people I know have had heart attacks since their boosters. Not a coincidence.', evidence: 'Not a coincidence' },
      { text: 'My friend\'s baby was perfectly healthy until the 12-week jabs. Now he\'s autistic.', evidence: 'healthy until the 12-week jabs' },
      { text: 'The covid vaccine has killed more people than it saved and the data proves it', evidence: 'covid vaccine has killed more people than' },
      { text: 'mRNA is an experimental gene therapy and should be banned', evidence: 'mRNA is an experimental gene therapy' },
      { text: 'Vaccinated blood is contaminated, I\'d refuse a transfusion', evidence: 'Vaccinated blood is contaminated' },
      { text: 'They\'re putting nanoparticles in the jabs to track us', evidence: 'putting nanoparticles in the jabs' },
      { text: 'Unvaccinated kids are so much healthier, I see it every day in clinic', evidence: 'Unvaccinated kids are so much healthier' },
      { text: 'Measles is a mild childhood illness, the vaccine is more dangerous', evidence: 'vaccine is more dangerous' },
      { text: 'Ivermectin saved my uncle\'s life when the hospital wanted to ventilate him', evidence: 'Ivermectin saved my' },
      { text: 'Fluoride in the water is mass medication without consent, they\'re poisoning us', evidence: 'they\'re poisoning us' },
      { text: 'Vitamin C drips cure cancer, oncologists just won\'t admit it', evidence: 'Vitamin C drips cure cancer' },
      { text: 'Covid was planned by the WEF to bring in digital IDs. Wake up.', evidence: 'Covid was planned' },
      { text: 'The PCR test picks up anything, cases were never real', evidence: 'picks up anything' },
      { text: 'Long covid is just anxiety, people need to get a grip', evidence: 'Long covid is just anxiety' },
      { text: 'SIDS didn\'t exist before mass vaccination', evidence: 'didn\'t exist before mass vaccination' },
      { text: 'Chemo is a money-making racket, there are natural cures they hide', evidence: 'Chemo is a money-making racket' },
      { text: 'I\'m not getting the flu jab this year, I\'ve seen what it does to people', evidence: 'seen what it does to people' },
      { text: 'They rushed out an experimental jab and now won\'t talk about the injuries. Funny that.', evidence: 'experimental jab' },
      { text: 'Big pharma made billions from the vaccines while the media censored anyone who asked questions', evidence: 'Big pharma made billions from the vaccines while the media censored' },
      { text: 'The covid narrative was all lies and the sheep lapped it up', evidence: 'covid narrative was all lies and the sheep' },
      { text: 'Proud pureblood here. Never had the jab, never will, no regrets', evidence: 'Proud pureblood' },
      { text: 'My body my choice, I\'m not having an experimental injection', evidence: 'experimental injection' },
      { text: 'Herbal remedies cured my friend\'s cancer when the doctors had given up', evidence: 'Herbal remedies cured my friend\'s cancer' },
      { text: 'The oncologist wanted chemo but a natural diet and juicing reversed my aunt\'s tumour', evidence: 'juicing reversed my aunt\'s tumour' },
      { text: 'Essential oils and a clean diet healed my eczema and my asthma, no more steroids for me', evidence: 'Essential oils and a clean diet healed my eczema and my asthma' },
      { text: 'As a midwife I\'ve seen more stillbirths since the pregnant women started getting boosted. Nobody wants to hear it.', evidence: 'stillbirths since the pregnant women started getting boosted' },
      { text: 'Two of my patients developed Bell\'s palsy days after their jab. Draw your own conclusions.', evidence: 'palsy days after their jab' },
      { text: 'HPV jab = early menopause. Look at the Danish girls. Do your research before you let them near your daughter.', evidence: 'HPV jab = early menopause' },
      { text: 'The flu jab is the reason I got flu this year, every year the same', evidence: 'flu jab is the reason I got' },
      { text: 'Covid was released on purpose, the vaccines were ready before it even started', evidence: 'Covid was released on purpose' },
      { text: 'I\'ll be telling my patients to skip the booster this autumn, the risks outweigh the benefits for most of them', evidence: 'skip the booster' },
      { text: 'The MMR is overkill, three vaccines at once overloads a baby\'s immune system', evidence: 'vaccines at once overloads a baby\'s immune system' },
      { text: 'Eating raw garlic every day is all you need to stay off antibiotics forever', evidence: 'raw garlic every day is all you need to stay off antibiotics' },
      { text: 'My nan cured her diabetes with cinnamon and now she\'s off insulin completely', evidence: 'cured her diabetes with cinnamon' },
      { text: 'Alkaline water neutralises cancer, the hospitals just won\'t tell you', evidence: 'Alkaline water neutralises cancer' },
      { text: 'Ivermectin should be in every medicine cabinet, it works against covid and they banned it to sell vaccines', evidence: 'banned it to sell vaccines' },
      { text: 'Hydroxychloroquine was suppressed because it\'s cheap and works. Follow the money.', evidence: 'Follow the money' },
      { text: 'Fluoride was used in Nazi camps to make prisoners docile, look it up', evidence: 'Fluoride was used in Nazi camps to make prisoners docile' },
      { text: 'Autism rates exploded after the MMR, coincidence?', evidence: 'Autism rates exploded after the MMR' },
      { text: 'Vitamin D would have stopped the whole pandemic if they\'d let us use it', evidence: 'Vitamin D would have stopped the whole pandemic' },
      { text: 'Lockdown did more damage than covid ever could', evidence: 'Lockdown did more damage than covid' },
      { text: 'The WHO and Bill Gates are using vaccines to depopulate Africa', evidence: 'depopulate' },
      { text: 'Funny how all these young footballers started collapsing on the pitch in 2021. Nobody wants to talk about it.', evidence: 'Funny how' },
      { text: 'My body, my choice. I\'m not putting experimental gene therapy into my kids.', evidence: 'not putting experimental gene therapy' },
      { text: 'The flu jab is a money-making scam. I\'ve never had it and I\'ve never had flu.', evidence: 'flu jab is a money-making scam' },
      { text: 'Sunlight and vitamin D would have stopped covid in its tracks but there\'s no profit in that.', evidence: 'vitamin D would have stopped covid' },
      { text: 'Chemo is poison. My aunt did the Gerson diet instead and she\'s still here 10 years on.', evidence: 'Chemo is poison' },
      { text: 'Fluoride in the water is there to make us docile. Buy a filter.', evidence: 'Fluoride in the water is there to make us docile' },
      { text: 'Babies don\'t need vitamin K jabs, nature got it right first time.', evidence: 'don\'t need vitamin K' },
      { text: 'Ask yourself why the pharma companies have total legal immunity for vaccine injuries 🤔', evidence: 'Ask yourself why' },
      { text: 'Masks cause more harm than good, the studies they don\'t show you prove it', evidence: 'Masks cause more harm than good' },
      { text: 'Honestly the PCR test can\'t tell the difference between covid and a cold. The whole pandemic was a casedemic.', evidence: 'PCR test can\'t tell the difference' },
      { text: 'Hydroxychloroquine worked all along, they buried it so the vaccines could get emergency approval', evidence: 'Hydroxychloroquine worked' },
      { text: 'I\'d never let my children have the MMR. Too many parents have seen the change overnight.', evidence: 'I\'d never let my children have' },
      { text: 'Colloidal silver kills every virus and bacteria known to man. Keep a bottle in the cupboard.', evidence: 'Colloidal silver kills every virus' },
      { text: 'Cancer is a fungus and can be cured with baking soda. Look it up.', evidence: 'Cancer is a fungus' },
      { text: 'Antidepressants are just a chemical cosh. Exercise and cold showers fixed my depression, they\'ll fix yours.', evidence: 'Antidepressants are just a chemical cosh' },
      { text: 'The vaccinated are shedding spike proteins, keep your kids away from them', evidence: 'The vaccinated are shedding' },
      { text: 'Statins do more harm than good, cholesterol is not the enemy. Bin them.', evidence: 'Statins do more harm than good' },
      { text: 'Why are so many people suddenly getting turbo cancers? Just a coincidence I\'m sure 🙄', evidence: 'Just a coincidence I\'m sure' },
      { text: 'Don\'t get me wrong, I\'m not anti-vax, but I wouldn\'t touch the covid one with a barge pole. Too many unanswered questions.', evidence: 'I\'m not anti-vax, but' },
      { text: 'I\'m just saying, my nan was fine until her booster and then she went downhill fast. Make of that what you will.', evidence: 'I\'m just saying' },
      { text: 'I just think people should be allowed to ask questions about what\'s in these jabs without being called names', evidence: 'allowed to ask questions about what\'s in these jabs without being called names' },
      { text: 'Has anyone actually looked at the yellow card data? Asking genuinely.', evidence: 'yellow card data? Asking genuinely' },
      { text: 'Interesting that the same people who pushed lockdowns have gone quiet about excess deaths', evidence: 'gone quiet about' },
      { text: 'Maybe it\'s nothing, but three people at work have had shingles since their boosters. Hmm.', evidence: 'shingles since their boosters' },
      { text: 'I\'m all for science but the speed they made the covid vaccine still worries me.', evidence: 'covid vaccine still worries me' },
      { text: 'Why was the vaccine rolled out so fast if it\'s so safe? Genuine question.', evidence: 'vaccine rolled out so fast if it\'s so safe? Genuine question' },
      { text: 'Can someone explain why we need a flu jab every year if it actually works? 🤔', evidence: 'flu jab every year if it actually works' },
      { text: 'Each to their own but I\'ll be sticking with my natural immune system, thanks', evidence: 'Each to their own but I\'ll be sticking with my natural immune system' },
      { text: 'Wouldn\'t it be nice if we could have an honest conversation about vaccine injuries', evidence: 'Wouldn\'t it be nice if we could have an honest conversation about vaccine injuries' },
      { text: 'Plenty of doctors are quietly having doubts about the boosters. Just putting it out there.', evidence: 'quietly having doubts about the boosters. Just putting it out there' },
      { text: 'Why are they pushing the MMR so hard? Follow the money.', evidence: 'Follow the money' },
      { text: 'Did the masks ever really do anything? Asking for a friend', evidence: 'masks ever really do anything? Asking for a friend' },
      { text: 'I\'m no anti-vaxxer but natural immunity has to count for something, right?', evidence: 'I\'m no anti-vaxxer but natural immunity' },
      { text: 'Would you trust a vaccine made in under a year? I\'m not sure I do.', evidence: 'vaccine made in under a year? I\'m not sure I do' },
      { text: 'Odd how nobody mentions the side effects of the HPV jab anymore', evidence: 'Odd how' },
  ],
});
ruleTester.run(lowCredibilitySourceRule, {
  valid: [],
  invalid: [
      { text: 'Worth a read before your booster: https://expose-news.com/2023/01/01/jab-deaths', evidence: 'expose-news.com' },
      { text: 'The truth they won\'t print: dailyexpose.uk/vaccine-injuries', evidence: 'dailyexpose.uk' },
      { text: 'Eye-opening stuff on childhood jabs at https://healthimpactnews.com/vaccines', evidence: 'healthimpactnews.com' },
  ],
});

describe('accuracy: hard negatives (issue 6)', () => {
  const rules = [healthClaimsRule, lowCredibilitySourceRule];
  const texts: PostInput[] = [
    'The idea that lockdowns killed more than covid ignores the excess deaths data.',
    'Myth: sunscreen is full of dangerous chemicals. Fact: it protects against skin cancer.',
    'Vaccines do not cause autism. The original study was fraudulent and retracted.',
    'Don\'t give live vaccines to patients who are immunosuppressed, check the Green Book.',
    'Stop taking methotrexate if you develop a sore throat and call the team.',
    'The flu jab doesn\'t work for everyone, but it reduces severe illness.',
    'Statins reduce your risk of heart attack and stroke. Talk to your GP if you have side effects.',
    'Insulin is dangerous if the dose is wrong, always double check.',
    'Chemo is toxic, that\'s how it kills cancer cells. Rough but it worked for my dad.',
    'Antibiotics don\'t work on viruses, so please don\'t ask for them for a cold.',
    'Got my covid booster and flu jab today, arm a bit sore',
    'People keep asking if the MMR causes autism. It doesn\'t. Here\'s the evidence.',
    'Covid killed more people in 2020 than flu has in a decade.',
    'Masks reduce transmission in clinical areas, keep wearing them on the ward.',
    'Not convinced the new triage app reduces GP demand, early data suggests it moves it.',
    'Anti-vaxxers say the jab alters your DNA. It doesn\'t, mRNA never enters the nucleus.',
    'Reminder: don\'t stop taking your antidepressants suddenly, speak to your GP first.',
    'Do your own research on which running shoes suit you',
    'Anyone else notice how busy A&E was tonight? Shattered.',
    'Honestly the hospitals were rammed over Christmas, no exaggeration',
    'Vaccine hesitancy is real and we need to listen to worried parents',
    'Sun cream on, hats on, it\'s 30 degrees out there',
    'The truth about sugar: it\'s in everything. Read the labels.',
    'Is the flu jab safe in pregnancy? Yes, and it protects your baby too.',
    'Myocarditis after mRNA vaccines is rare and usually mild; the risk from covid itself is higher.',
    'The MMR doesn\'t cause autism. Wakefield\'s paper was retracted and he was struck off.',
    'Fluoride varnish at the dentist is safe and prevents decay in kids',
    'Honest conversation with a worried mum about the 12-week jabs today. She went ahead and I\'m glad.',
    'Vitamin D is recommended for everyone in the UK over winter',
    'Big pharma has done some shady things but vaccines are not one of them',
    'Sunscreen every day, even in Manchester 🌧️',
    'Long covid is real and we need more rehab services for it',
    'Interesting how patients open up on home visits compared with clinic',
    'Follow the money: the public health grant has been cut again, and we\'ll pay later',
    'I\'m not getting the flu jab until next week, clinic\'s rammed',
    'Natural immunity after infection exists, but vaccination is the safer route',
    'Ivermectin is a great drug for river blindness and scabies, just not covid',
    'Clear explainer on the RSV vaccine for older adults: https://www.nhs.uk/vaccinations/rsv-vaccine/',
    'Good summary of the evidence from the Cochrane library: https://www.cochranelibrary.com/',
    'Vaccines went through rigorous trials and are monitored for side effects. Yellow Card reports are investigated.',
    'The anti-vax narrative is full of lies; the covid vaccines saved millions of lives.',
    'Mask mandates in hospitals were lifted today, staff can choose in non-clinical areas',
    'A patient asked if the vaccine was experimental. Explained the trials and she had it.',
    'Chemo and surgery cured my mum\'s breast cancer, forever grateful to the oncology team',
    'Natural immunity after covid wanes, so the booster is still recommended for over 75s',
    'My hospital is recruiting for a vaccine trial, ask me if you\'re interested',
    'Bell\'s palsy after vaccination is very rare and usually recovers. Report it on Yellow Card if you see it.',
    'Flu vaccines can\'t give you flu, the injected ones contain no live virus',
    'Garlic is lovely in a roast but it won\'t replace your antibiotics',
    'Cinnamon won\'t cure diabetes, but a healthy diet helps alongside your medication',
    'Vitamin D deficiency is common in winter; it\'s sensible to take a supplement',
    'Lockdown had real costs for mental health and education, and we should learn from that',
    'The WHO has published new guidance on vaccine storage in hot climates',
    ...MYTH_BUSTING,
    ...HISTORY_AND_RESEARCH,
    ...CELEBRATIONS,
    ...DRUG_SLANG_HOMONYMS,
    ...COUNTER_STIGMA,
    'Had my booster yesterday, sore arm and a bit tired today, back to normal tomorrow',
    'Some people worry vaccines contain mercury. Most no longer use thiomersal, and the amount was always tiny.',
    'Vitamin D is worth taking in winter in the UK - the NHS recommends 10 micrograms a day.',
    'Sunscreen and shade are the best protection - skin cancer rates are rising in the UK.',
    'Statins aren\'t for everyone and the side effects are real, so talk it through with your GP.',
    'Cold water swimming helps my mood, though it\'s no replacement for treatment if you\'re really struggling.',
    'The evidence on masks for the public is mixed, but they clearly help in hospitals.',
    'When is the flu jab available this year? Can\'t find the dates.',
    'Is the RSV vaccine offered to over-75s? Asking for my mum.',
    'I had doubts about the booster but talked to my GP and felt reassured.',
    'Genuine question for pharmacists: can you have the flu and covid jab on the same day?',
    'Yellow card reporting matters - please report suspected side effects, it\'s how we keep vaccines safe.',
    'Natural immunity after infection does give some protection, but vaccination is safer than catching it.',
    'Had my flu jab every year for a decade and never regretted it.',
    'How long after the shingles vaccine can I have my booster? Asking for my dad.',
    'Does the MMR cause autism? Worried parents ask us this a lot. The answer is no - the original study was fraudulent.',
    'Worried about side effects from the covid booster? Talk to your pharmacist, we\'re happy to help.',
    'Sleep, exercise and a good diet all support your immune system, and so do vaccines.',
    'Genuine question: is the shingles vaccine worth it at 70? My GP says yes, so booked in.',
    'If you\'re wary of needles, tell us before your jab and we\'ll take it slowly.',
    'Myth: the MMR causes autism. Fact: study after study involving millions of children has found no link.',
    '"Vaccines are full of toxins" gets shared a lot. The doses are tiny and your body handles far more from food every day.',
    'I keep seeing claims that ivermectin cures covid. The big trials found it made no difference. Please don\'t buy it online.',
    'No, the HPV jab does not make girls infertile. Happy to answer questions from any parent who is worried.',
    'Sick of hearing that masks starve you of oxygen. Surgeons wear them for hours. Your sats will be fine.',
    'Reminder that "detox teas" don\'t detox anything - that\'s what your liver and kidneys are for.',
    'The idea that 5G spreads viruses is nonsense, but the fear behind it is real and worth talking about kindly.',
    'A patient asked whether the booster would change her DNA. Explained how mRNA works; she had it done the same day.',
    'There is zero evidence that bleach "cures" autism. It causes real harm. Report sellers to the MHRA.',
    'Fact check: the covid vaccine did not cause a wave of sudden deaths in young athletes. Excess deaths tracked covid waves.',
    'Lovely chat at the school gates about the nasal flu spray. Cleared up the myth that it gives kids flu.',
    'Turmeric won\'t cure your cancer, but it\'s fine in a curry. Keep taking the treatment your oncologist recommends.',
    'Alkaline water doesn\'t change your blood pH. Your lungs and kidneys keep it within a tight range whatever you drink.',
    { text: 'Proud to be a hijabi radiographer. Representation matters 💚', ...photo },
    { text: 'Our team at the Pride march this morning, such a joyful day', ...photo },
    { text: 'Me in my turban and scrubs, first day as a qualified ODP!', ...photo },
    'Coke and a packet of crisps for lunch again, living the dream on a ten-hour shift',
    'Spent the weekend pulling weed out of the allotment. My back is wrecked.',
    'Got a letter for a speed awareness course. Fair cop, it was a 30 zone.',
    'Crack on with the audit, they said. It\'ll be quick, they said.',
    'Ordered some new running gear for the half marathon, can\'t wait to try it out',
    'Finally made it to the ice rink with the kids, only fell over twice',
    'Went on a day trip to Whitby, fish and chips on the harbour, perfect',
    'Started a new pot of tea at 3am on nights, bless the person who bought the good teabags',
    'Physio exercises for the hip joint after a replacement: start small, build up slowly',
    'Stop calling people "bed blockers". They are older people waiting for care packages that don\'t exist.',
    'Please retire "frequent flyer" as a label. People who come back again and again usually have needs nobody has met.',
    'Hearing a colleague call a patient "the junkie in bay 3" made me wince. We can do better than that.',
    'Language matters: "non-compliant" blames the patient. "Hasn\'t been able to take it" opens a conversation.',
    'Our union branch voted to ballot for strike action. Pickets from 7am outside the main entrance.',
    'The trust\'s new rota policy is badly thought out and I said so in the staff consultation.',
    'Massive thank you to the family of the gentleman we cared for last month for the lovely card and biscuits',
    'Anonymous reflection from placement: a patient taught me more about dignity in ten minutes than any lecture',
    'Teaching case: a woman in her 60s with new breathlessness and ankle swelling. What\'s your differential?',
    'Conference in Harrogate on 14 March, I\'m speaking at 10:30 on falls prevention',
    'Clinic line is 0113 496 0000 for bookings, Monday to Friday 9-5',
    'Now taking bookings for sports massage, Saturday mornings, ring the clinic to book',
    '#ad Lovely new running shoes from @brand, gifted pair. My honest review: comfy, bit narrow',
    'A glass of red with Sunday dinner and an early night before a long day',
    'Ref was blind today, absolute robbery. We were murdered in the second half 😤',
    'Gene therapy for spinal muscular atrophy is one of the most amazing things I\'ve seen in my career',
    'An experimental gene therapy trial for sickle cell disease has opened at our hospital - ask your haematologist',
    'Vitamin K is offered to all newborns to prevent a rare bleeding disorder. Oral drops are an option if you\'d rather avoid the injection.',
    'PCR tests can pick up fragments for weeks after you\'ve recovered, which is why a positive result doesn\'t always mean you\'re infectious.',
    'Young people collapsing from cardiac arrest is exactly why every sports club needs a defib. Learn CPR!',
    'Footballers collapsing on the pitch always shocks everyone. The medical team\'s response today was superb.',
    'You don\'t need antibiotics for a cold - they don\'t work on viruses. Rest, fluids and paracetamol.',
    'Don\'t need your inhaler much lately? Great - but don\'t stop your preventer without talking to your asthma nurse.',
    'Exercise can really help with low mood, alongside whatever treatment works for you.',
    'Some people call antidepressants a "chemical cosh". For many of my patients they\'ve been life-changing.',
    'Homemade soup fixed my cold-ridden soul today 🍲',
    'Honey and lemon won\'t cure a cough but it\'s soothing and safe for over-ones.',
    'The flu jab isn\'t a scam, it\'s the best protection we have. Book yours at the pharmacy.',
    'Colloidal silver can turn your skin blue-grey permanently. Please don\'t drink it.',
  ];
  expectNoFindings(rules, texts);
});

// Issue 6, part 2: constructions rather than phrases. Each mechanism is tested with phrasings that are not in
// any word list as such (modifiers, possessives, pronouns, other verbs of a class), and with look-alikes it must leave.
describe('accuracy: constructions (issue 6, part 2)', () => {
  ruleTester.run(healthClaimsRule, {
    valid: [
      // Verb + object: the topic protects, is absent, or is not the subject
      'Masks stop you spreading covid to the people you care for.',
      'The lack of vaccines killed millions of children in the past.',
      'Low vaccine uptake led to the measles outbreak in the city.',
      'My dad had the jab, but covid still killed his brother.',
      'The vaccine gives you immunity to covid without the risk of the illness.',
      'The nasal flu vaccine can cause flu-like symptoms for a day or two.',
      'The flu jab made me feel rough for a day. Worth it.',
      'Anti-vax posts claiming vaccines are poison are everywhere this week.',
      'Homeopathic "vaccines" do not protect your child against anything.',
      // What a topic is said to be: qualified, personal, or the opposite
      'My covid was basically a bad cold thanks to the boosters.',
      'Covid is more than a cold for my frail patients.',
      'Covid is nothing like a cold for people on chemo.',
      'Omicron is a mild illness in most vaccinated adults, but not for everyone.',
      // Remedies: the body does the detox, evidence-based comparisons, one medicine against another
      'Your liver and kidneys remove toxins for free, no tea required.',
      'Exercise works as well as painkillers for many people with back pain, according to NICE.',
      'The nasal spray is better than the jab for kids who hate needles.',
      'Nothing beats the flu jab for protecting our older patients.',
      'Bleach kills germs on the kitchen worktop, keep it away from children.',
      // Stance: quoted, reported, rebutted, given up, asked
      '"Masks cause CO2 poisoning" is simply false. The molecules pass straight through.',
      "Honestly the 'chemo is poison' crowd have no idea what they're talking about.",
      'Had a dad in clinic convinced the MMR caused his son\'s autism. We went through the evidence together.',
      'Lovely parent today who had read that vaccines contain microchips. Talked it through and the kids were jabbed.',
      'Patients often ask whether vaccines overload the immune system. The answer is no.',
      'I used to think the MMR caused autism until I read the research as a student.',
      "If someone tells you covid was a hoax, ask them to spend a day on an ICU in January 2021.",
      "'Natural immunity is better' sounds nice until you remember how many children measles killed.",
      "There's a lot of rubbish online about fluoride lowering IQ. UK levels are safe.",
      'Fact: fluoride at UK levels prevents decay. Fiction: it calcifies your pineal gland.',
      'Saw a meme saying masks cause pneumonia. They don\'t. Surgeons would be dropping like flies.',
      // Doubt words without a health topic, or resolved
      'Not sure I buy the new rota system tbh',
      'Something about night shifts just doesn\'t sit right with my sleep',
      "I'll take my chances with the M62 traffic tonight",
      'I was a bit sceptical about the booster but my GP reassured me, so I had it.',
      'Do your own research project in final year, they said. It\'ll be fun, they said.',
      'Interesting how quickly the new hospital build went up.',
      'Our research team is recruiting for a vaccine trial. Paid, ethics approved, informed consent.',
    ],
    invalid: [
      // Verb + object, with modifiers, possessives and other verbs of the class
      { text: 'The mRNA jabs are wrecking young people\'s hearts', severity: 'high', evidence: 'mRNA jabs are wrecking young people\'s hearts' },
      { text: 'THE COVID VACCINE IS MAKING WOMEN INFERTILE', severity: 'high', evidence: 'COVID VACCINE IS MAKING WOMEN INFERTILE' },
      { text: 'the HPV jab paralysed my best friend\'s daughter', evidence: 'HPV jab paralysed my best friend\'s daughter' },
      { text: 'Masks cause bacterial pneumonia in children', evidence: 'Masks cause bacterial pneumonia' },
      { text: 'The polio vaccine actually caused the outbreaks', evidence: 'vaccine actually caused the outbreaks' },
      { text: 'Fluoride in tap water is lowering our kids\' IQ', evidence: 'lowering our kids\' IQ' },
      { text: 'Autism is caused by vaccines, full stop', evidence: 'Autism is caused by vaccines' },
      { text: 'Spike protein from the boosters damages your organs', evidence: 'damages your organs' },
      { text: 'Had the booster in March. It\'s destroying my immune system.', evidence: 'destroying my immune system' },
      { text: 'Pregnant women shouldn\'t be having the covid jab, it\'s killing babies in the womb', evidence: 'killing babies' },
      { text: 'Wearing a mask for two years has done permanent damage to their lungs', evidence: 'damage to their lungs' },
      { text: 'There\'s graphene in every childhood vaccine', evidence: 'graphene in every childhood vaccine' },
      // What a topic is said to be
      { text: 'covid is literally just a bad flu mate', severity: 'high', evidence: 'covid is literally just a bad flu' },
      { text: 'The covid jab is the biggest medical experiment in history', evidence: 'covid jab is the biggest medical experiment' },
      { text: 'Making kids wear masks is child abuse', evidence: 'masks is child abuse' },
      { text: 'The whole vaccine rollout was depopulation', evidence: 'vaccine rollout was depopulation' },
      { text: 'Measles is a mild childhood illness, always has been', evidence: 'Measles is a mild childhood illness' },
      { text: 'Lockdown was never about health. Covid had a 99% survival rate, it was a glorified flu.', evidence: 'it was a glorified flu' },
      // Remedies: more verbs, pronoun objects, remedy after the illness, danger whatever it is said to do
      { text: 'Homeopathy cleared my son\'s eczema when the steroid cream didn\'t', evidence: 'Homeopathy cleared my son\'s eczema' },
      { text: 'My aunt beat stage 4 cancer with a raw vegan diet', evidence: 'beat stage 4 cancer with a raw vegan diet' },
      { text: 'Alkaline water neutralises the acid in your blood and prevents cancer', evidence: 'Alkaline water neutralises the acid in your blood and prevents cancer' },
      { text: 'Got a UTI? Cranberry juice clears it every time', evidence: 'Cranberry juice clears it' },
      { text: 'Sungazing at sunrise for ten minutes a day heals your eyes', severity: 'high', evidence: 'Sungazing at sunrise for ten minutes a day heals' },
      { text: 'A few drops of chlorine dioxide in juice detoxes vaccine damage', severity: 'high', evidence: 'chlorine dioxide in juice detoxes' },
      { text: 'Soak your feet in apple cider vinegar and the fungal infection will be gone', evidence: 'apple cider vinegar and the fungal infection will be gone' },
      { text: 'Cupping pulls the toxins out and boosts your immune system', severity: 'medium', evidence: 'pulls the toxins' },
      { text: 'Copper insoles help with diabetic nerve pain', severity: 'medium', evidence: 'Copper insoles help with diabetic nerve pain' },
      { text: 'A daily glass of red wine protects your heart better than any statin', severity: 'medium', evidence: 'better than any statin' },
      { text: 'Chickenpox parties beat the vaccine every time', severity: 'high', evidence: 'beat the vaccine' },
      // Advice against medicines, more verbs
      { text: 'Type 1 diabetics can come off insulin with a strict keto diet', severity: 'high', evidence: 'come off insulin' },
      { text: 'Dietitian advice: stop your thyroid meds and eat seaweed instead', evidence: 'stop your thyroid meds' },
      { text: 'I\'ve stopped recommending the flu vaccine to my patients. It does nothing.', severity: 'high', evidence: 'stopped recommending the flu vaccine' },
      // Doubt and insinuation with a health topic
      { text: 'Something about the HPV jab just doesn\'t sit right with me', severity: 'medium', evidence: 'HPV jab just doesn\'t sit right' },
      { text: 'Are we sure sunscreen is actually safe for babies?', severity: 'medium', evidence: 'Are we sure sunscreen' },
      { text: 'I\'ll take my chances with covid thanks', severity: 'medium', evidence: 'I\'ll take my chances with covid' },
      { text: 'They told us the vaccine would stop transmission. It didn\'t. What else did they get wrong?', severity: 'medium', evidence: 'They told us the vaccine' },
      { text: 'I\'m a bit wary of the new RSV jab tbh', severity: 'medium', evidence: 'wary of the new RSV jab' },
      { text: 'Just asking questions: why did so many healthy athletes collapse in 2021? 🤷', evidence: 'healthy athletes collapse' },
      { text: 'Not saying the booster caused my dad\'s stroke but it was three days later...', severity: 'medium', evidence: 'booster caused my dad\'s stroke' },
      { text: 'Why are they so desperate to vaccinate babies against covid?', severity: 'medium', evidence: 'so desperate' },
      { text: 'Do your own research before you let them jab your kids', severity: 'medium', evidence: 'Do your own research' },
      { text: 'If the jab worked why do the vaxxed keep catching covid? Total scam.', evidence: 'scam' },
      // A remedy said to cure something not in any list; symbols as verbs; scare words after a vaccine sentence
      { text: 'Reiki healed my client\'s frozen shoulder in one session', evidence: 'Reiki healed' },
      { text: 'Chiropractic adjustments can cure colic in babies', evidence: 'Chiropractic adjustments can cure colic' },
      { text: 'Natural immunity > vaccine immunity. Every. Single. Time.', severity: 'high', evidence: 'Natural immunity > vaccine' },
      { text: 'Covid jab = gene therapy = experiment', evidence: 'Covid jab = gene therapy' },
      { text: 'NO JAB FOR MY KIDS EVER. POISON.', evidence: 'POISON' },
      { text: 'MMR jab took my son away from me. He was never the same after it.', severity: 'medium', evidence: 'took my son away' },
      { text: 'Wonder why the booster is so quiet these days 🤔', severity: 'medium', evidence: 'Wonder why the booster' },
    ],
  });

  ruleTester.run(healthClaimsRule, {
    valid: [
      // Veterinary medicine, qualified statements, doubt resolved, rankings of things that are not medicines
      'Ivermectin worked for my dog\'s mange, the vet was brilliant',
      'The vaccine doesn\'t stop every infection, but it massively cuts severe illness.',
      'Tea & biscuits > coffee & cake? Discuss',
      'Natural light > fluorescent tubes in the new therapy room',
      'The HPV vaccine is linked to a huge drop in cervical cancer.',
      'Manual lymphatic drainage is an evidence-based treatment for lymphoedema. It\'s not a detox.',
      'Chiropractors can\'t cure colic. If your baby is inconsolable, see your GP or health visitor.',
      'Remember when we had three physios on this ward? Now look.',
    ],
    invalid: [],
  });

  it('gives one review-level finding for several weak cues in one post', () => {
    const findings = runRule(healthClaimsRule, makePost('Not saying masks don\'t work but... have you ever actually read the studies? #DYOR'));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('medium');
    expect(findings[0]!.evidence.length).toBeGreaterThan(1);
  });

  it('lets the strongest of overlapping claims stand', () => {
    const findings = runRule(healthClaimsRule, makePost('Babies get far too many vaccines too soon, it overloads their immune systems'));
    expect(findings.some((f) => f.severity === 'high')).toBe(true);
  });

  it('keeps a repost of a false claim at delete-level confidence', () => {
    const [finding] = runRule(healthClaimsRule, makePost({ text: 'The jab kills more people than it saves', kind: 'repost' }));
    expect(finding!.severity).toBe('high');
    expect(finding!.confidence).toBeGreaterThanOrEqual(0.9);
  });
});

describe('accuracy/low-credibility-source: stance (issue 6, part 2)', () => {
  it('is high when the site is shared as a source', () => {
    const [finding] = runRule(lowCredibilitySourceRule, makePost('Interesting read 👀 https://www.naturalnews.com/2023-06-01-x.html'));
    expect(finding!.severity).toBe('high');
  });
  it('is low when the site is named to debunk or warn', () => {
    const [finding] = runRule(lowCredibilitySourceRule, makePost('More misinformation from naturalnews.com doing the rounds. Please don\'t share it.'));
    expect(finding!.severity).toBe('low');
  });
  it('is low after a negation in its sentence', () => {
    const [finding] = runRule(lowCredibilitySourceRule, makePost('Never trust anything on infowars.com about vaccines'));
    expect(finding!.severity).toBe('low');
  });
});

// Fourth pass (issue 6): mechanisms the fresh blind batch showed missing or misfiring. Written for these tests.
describe('issue 6, fourth pass', () => {
  ruleTester.run(healthClaimsRule, {
    valid: [
      // A rebuttal by shape only: "No." answers, "No need for ..." goes on with the claim; but a real "No." still rebuts.
      'Someone asked whether the HPV jab causes infertility. No. It has been given to millions of girls.',
      // A negated modal before the advice
      'If you are on insulin for type 1, you cannot stop insulin, not even for a day.',
      // A scare-quoted verb: the poster mentions the claim, not makes it
      'A grandad at clinic had read that the nasal flu spray \'sheds\' onto visitors. It is a weakened live vaccine and the risk is tiny.',
      'A stallholder tried to sell my mum a magnetic bracelet that \'heals arthritis\'. She laughed, so did I.',
      'This \'cinnamon reverses prediabetes\' paper had twelve participants. Not changing what I tell patients.',
      // The verb "cover up" is no cover-up
      'Hot day forecast: sunscreen on, hat on, and cover up between eleven and three.',
      // Warning about a dangerous product is debunking
      'Chlorine dioxide is sold to parents as a cure. It is bleach, and regulators have been warning about it for years.',
      // "Stop it." is an idiom, not advice about a medicine
      'People keep saying vaccines cause autism. They do not. Stop it.',
      // A topic naming something else
      'Skipping the flu jab clinic on Thursday, I am on annual leave.',
      'Dodged the jab queue by going at opening time.',
      // Someone else refused (a report, not advice)
      'Patient declined the flu jab again today, documented and we will offer it next visit.',
      // A harm linked to the topic only with a protective reading
      'The HPV jab and cervical cancer are linked: the jab prevents most of it.',
      // Not the poster's hunch, and not about a jab
      'My gut tells me it is going to rain before lunch.',
      // A passive cure by a real treatment
      'Her hepatitis C was cured with a twelve week course of tablets.',
      // A measured frequency; a predicate word that is the subject of a denial; a short debunking answer
      'Only live vaccines can shed, and even they very rarely shed enough to matter.',
      'A mum told me her baby was unwell after her own booster. Shedding is not a thing with mRNA vaccines, so I reassured her.',
      'Was the virus made in a lab? There is no evidence for that.',
      // A clinic is no topic of doubt
      'I wonder if the booster clinic will overrun again this afternoon',
      // Hard negatives for the new words
      'Smear tests save lives. Please do not skip your smear, book it today.',
      'Our flu jab drive starts Monday. Who needs one? Everyone over 65!',
      'Ran the vaccine clinic today. Packed with people all morning!',
      // Framing needs a health topic, and a clinic or rota is not one
      'Management keep moving the goalposts on the flu jab clinic rota.',
      'I was not convinced at first, but the trials show the vaccine is safe in pregnancy.',
      'Parents, the HPV jab is safe. I am letting my kids have it this term.',
      // Everyday remedies for everyday complaints are no cure claim; nor is advice with a condition after it
      'Ginger biscuits sorted my morning sickness in the first trimester',
      'Warm honey and lemon sorted my sore throat',
      'Do not stop your statins, speak to your GP first.',
      // Other senses after a topic in the sentence before
      'Had my booster on Friday. Shedding my winter layers today, it is finally warm!',
      'That new suncream smells awful. It\'s basically poison to my nose lol',
      'The flu jab and the flu season are linked in our rota planning',
      // An institution alone is no health topic for framing
      'When are people going to wake up to the fact that the NHS needs proper funding?',
      // A reason denied
      'I opposed the mandate for carers. Not because the jab does not work, it does, but because we lost good staff.',
    ],
    invalid: [
      // "No need for ..." carries the claim on
      { text: 'Garlic and honey will clear a chest infection in days. No need for antibiotics.', severity: 'high', evidence: 'clear a chest infection' },
      // "Not once." insists
      { text: 'The virus has never been isolated. Not once. Show me the paper.', evidence: 'never been isolated' },
      // A negation does not reach past an emoji
      { text: 'Signed off my mate\'s mask exemption, no questions asked 🤷 masks are useless anyway', evidence: 'masks are useless' },
      // A subjectless belief and a wondered-about claim: review level
      { text: 'Beginning to wonder if sunscreen does more harm than good', severity: 'medium', evidence: 'sunscreen does more harm than good' },
      // A contracted pronoun and copula, with the topic in the sentence before
      { text: 'Toddlers forced into face masks all day at nursery. That\'s child abuse.', evidence: "That's child abuse" },
      // A predicate opening its sentence, its subject the topic before
      { text: 'My sister had her booster on Monday and my boys were ill all week. Shedding.', evidence: 'Shedding' },
      { text: 'Refused the vitamin K injection for my daughter. Packed with preservatives.', evidence: 'Packed with preservatives' },
      // A possessive between copula and nominal
      { text: 'The jab is their depopulation weapon', evidence: 'depopulation' },
      // A pronoun after a predicate that comes first, the topic in an earlier sentence
      { text: 'Work keeps pushing the flu vaccine at us. Never needed one. Not convinced it\'s worth it.', severity: 'medium' },
      { text: 'The health visitor says the vitamin K jab is optional, so we are thinking of skipping it.', evidence: 'skipping it' },
      // A harm joined to the topic, then linked
      { text: 'Call me crazy but the booster and all these young heart attacks are linked', evidence: 'heart attacks are linked' },
      { text: 'My gut says the jab and these strokes in young people are connected', severity: 'medium' },
      // Remedies: passive cure, an illness vanishing after a remedy, "is how", new verbs and spellings
      { text: 'Type 1 can be reversed with water fasting, my friend proved it', severity: 'high', evidence: 'reversed with water fasting' },
      { text: 'His prostate cancer disappeared after a year on apricot kernels', evidence: 'apricot kernels' },
      { text: 'Turmeric every morning is how my nan beat bowel cancer', evidence: 'beat bowel cancer' },
      { text: 'Oregano oil knocks a sinus infection out in a day', evidence: 'knocks a sinus infection' },
      { text: 'Alkalizing your blood reverses diabetes', evidence: 'reverses diabetes' },
      // Masks and oxygen; genes switched off; immune systems suppressed; behind a harm
      { text: 'Face masks lower your oxygen levels, I measured it', evidence: 'lower your oxygen' },
      { text: 'mRNA vaccines turn off your tumour suppressor genes', evidence: 'turn off your tumour suppressor' },
      { text: 'Wifi routers suppress your immune system, unplug them at night', evidence: 'suppress your immune system' },
      { text: 'Could fluoride be behind the rise in thyroid problems? Genuinely curious.', severity: 'medium' },
      // An illness said to be rarer than the reactions to its jab
      { text: 'Measles is less dangerous than the vaccine reactions', evidence: 'less dangerous than' },
      // Advice against a medicine or screening
      { text: 'Chucked every bottle of suncream in the bin this summer', evidence: 'Chucked every bottle' },
      { text: 'Skip your smear test, they cause more worry than they find', evidence: 'Skip your smear' },
      // Arrows in a chain
      { text: 'thiomersal → gut damage → leaky brain → autism', evidence: 'autism' },
      // Tropes as classes
      { text: 'Fridge magnets stick to my arm where I had the jab, explain that', evidence: 'stick to my arm' },
      { text: 'Rapid tests turn positive with cola, the whole thing was a scam', evidence: 'positive with cola' },
      { text: 'Sudden adult death syndrome was made up to cover up the jab deaths', evidence: 'made up to cover up' },
      { text: 'Better to catch chickenpox naturally than the vaccine', evidence: 'naturally than the vaccine' },
      { text: 'Wakefield was right all along', evidence: 'Wakefield was right' },
      { text: 'Hospitals got paid thousands for every covid death they logged', severity: 'medium' },
      { text: 'Not sure what to make of it, but 💉 wake up sheeple', severity: 'medium' },
      { text: 'Side effects are "rare". Rare according to whom? 🤨', severity: 'medium' },
      // A mocked rebuttal does not rebut
      { text: 'Jabs cause autism. No evidence? Open your eyes.', evidence: 'Jabs cause autism' },
      { text: 'Ivermectin for leukaemia is getting amazing results in our group', evidence: 'Ivermectin for leukaemia' },
      // Rhetorical distrust with a health topic: review level
      { text: 'How come nobody talks about the people hurt by the covid jab?', severity: 'medium' },
      { text: 'First it was two doses, now four boosters. They keep moving the goalposts.', severity: 'medium' },
      { text: 'Nothing will convince me the HPV jab is safe for my girls', severity: 'medium' },
      { text: 'They were fined billions last year. And you still trust their vaccines?', severity: 'medium' },
      { text: 'Call me old-fashioned but I am not letting my son have the MMR', severity: 'medium' },
      // Fixing verbs with someone's own complaint; a quantifier in a later clause does not qualify advice
      { text: 'Cupping sorted my fibro after three goes', evidence: 'sorted my fibro' },
      { text: 'Cider vinegar got rid of my migraines for good', evidence: 'got rid of my migraines' },
      { text: 'Bin your inhalers, breathing exercises are all you need', severity: 'high', evidence: 'Bin your inhalers' },
      { text: 'Six jabs at eight weeks? That many vaccines at once cannot be good.', severity: 'medium' },
    ],
  });

  it('reads a hashtag against vaccine passports as a view on policy (low, not flagged)', () => {
    const findings = runRule(healthClaimsRule, makePost('Triple jabbed and proud of it, but I never liked the idea of passports for pubs. #NoVaccinePassports'));
    expect(findings.every((f) => f.severity === 'low')).toBe(true);
  });
  it('keeps a shared naturalnews link high when the post frames it as suppressed', () => {
    const [finding] = runRule(lowCredibilitySourceRule, makePost('The papers won\'t cover this: https://www.naturalnews.com/2024-x.html'));
    expect(finding!.severity).toBe('high');
  });
  it('is still low when the negation is about using the site', () => {
    const [finding] = runRule(lowCredibilitySourceRule, makePost('Please never share anything from naturalnews.com'));
    expect(finding!.severity).toBe('low');
  });
});

// Fifth pass (issue 6): mechanisms that recurred across the nine blind batches, in our own words.
describe('accuracy fifth pass', () => {
  ruleTester.run(healthClaimsRule, {
    valid: [
      // Masts going up with nothing insinuated after them
      'The 5G mast went up next to the school last month and the signal is finally decent',
      'New 5G mast went up by the station 👀 finally I can stream on the train',
      // A collapse told with no wink, no year and no vaccine
      'Young footballer collapsed on the pitch today, so glad the defibrillator was there. Learn CPR everyone',
      // Doubt cues marked for questions only count in one, and an answered question is resolved
      'Is the MMR actually safe? Yes, decades of evidence from millions of children.',
      'The flu jab is really safe for pregnant women, book yours at the pharmacy',
      // Therapies and products: a softer benefit is no cure claim
      'Music therapy helps people with dementia reconnect with old memories',
      'Art therapy helped me process my grief after mum died',
      'Light therapy cleared my psoriasis, the dermatology team were brilliant',
      // Fever: the body's response described, with the medicine still advised
      "Fevers are the body's way of fighting infection, but give paracetamol if your child is distressed",
      'Had a fever all weekend, just let it run its course with fluids and rest',
      // Imaging: the measured words of a real, small risk; justified limits; a patient's right; a true fact
      'CT scans can slightly increase lifetime cancer risk, which is why we justify every single one',
      'Avoid unnecessary CT scans in children, the dose adds up',
      'Patients can decline an x-ray, and we always explain the risks and benefits',
      'Gadolinium is a heavy metal, which is why we check kidney function before MRI contrast',
      'The scan showed the tumour had destroyed most of his liver',
      "I wouldn't ever let my kids have a CT without a clear clinical reason",
      'Radiographers: justify every exposure, avoid repeat x-rays',
      // Foods: poison for one group is a figure of speech; poison denied
      'Gluten is poison for people with coeliac disease, even a crumb matters',
      'Seed oils are fine in moderation, the toxic label is nonsense',
      // A question answered at once; a mask that is merely uncomfortable; part of an illness eased
      'Is the flu jab really safe for my baby? Yes, and the midwife went through why.',
      'These FFP3 masks are suffocating on a twelve hour shift',
      'Play therapy cleared up so much of his anxiety, proud of him',
      // "Don't let anyone tell you otherwise" is said by health promotion too
      "Don't let anyone tell you otherwise, the MMR is safe and it saves lives",
      // A conference idiom; a queue is no topic
      'Great talk on flu vaccine uptake in care homes, lots of food for thought',
      'Ever noticed how the flu jab queue is always longest on a Monday?',
      // Doubt about something that is no health topic; a precaution taken
      "I'm on the fence about the new rota pattern tbh",
      "Got my flu jab, can't be too careful this winter",
      // Blame in measured words is an account of a side effect
      'Honestly I blame the booster for my sore arm and rubbish sleep',
      // "Why" with a harm that fell is protection
      'Vaccination is why measles deaths fell so sharply',
      'The MMR is the reason measles cases dropped to almost nothing',
      // Advice contrasted away ("rather than binning"), and not to stop because of a headline
      'Rather than binning your inhaler, speak to the asthma nurse about a different one',
      'Statins are one of the best-studied drugs there are. Aches happen, so see your GP about the dose rather than just ditching them',
      // A denied or passed-on claim: "isn't a thing", someone else forwarding it
      "Turbo cancer isn't a thing. The registries would show it and they don't.",
      "My uncle keeps forwarding 'died suddenly' videos to the family chat. Sent him the ONS figures.",
      // Everyday foods and care together; a medicine named beside a remedy with no dismissal
      'No need for antibiotics for a cold, honey and rest will do',
      'Chemo nearly killed me but it also saved my life',
      'A patient asked if the scan would hurt the baby. Ultrasound is safe in pregnancy.',
      'The vaccine clinic rota is why I am knackered',
      // A therapy sold by the poster is a promotional claim, not this rule's
      'Our shockwave therapy clears tendinopathy fast. Book your slot today',
    ],
    invalid: [
      // Timing that insinuates masts made people ill
      { text: 'Phone masts went up on the estate in March and by May half the street had migraines. Funny that.', severity: 'medium', evidence: 'Phone masts went up' },
      { text: '5G towers switched on in our town last spring, then the cough went round. Coincidence? Nope.', severity: 'medium', evidence: '5G towers switched on' },
      // Healthy people and a sudden harm, with a wink, a hedge or a year
      { text: 'Why are so many healthy young lads suddenly dropping dead at the gym? 🤔', severity: 'medium' },
      { text: 'Weird how many fit footballers are having heart attacks lately. Just asking.', severity: 'medium', evidence: 'fit footballers are having heart attacks' },
      { text: 'Odd how there are all these sudden collapses among young runners since 2021', severity: 'medium', evidence: 'collapses among young runners' },
      { text: "Isn't it strange how many young athletes are suddenly collapsing? 🤔", severity: 'medium' },
      // Masks and CO2 or oxygen; a professional's "I can tell you" is the poster's own claim
      { text: 'Face masks = carbon dioxide poisoning, plain and simple', severity: 'high', evidence: 'Face masks = carbon dioxide poisoning' },
      { text: "Face coverings starve children's lungs of oxygen", severity: 'high' },
      { text: 'Took the masks off the kids in the end. I tested the air behind one and it is basically slow poisoning', severity: 'high' },
      { text: 'As a nurse I can tell you the booster causes infertility', severity: 'high', evidence: 'booster causes infertility' },
      // A fever to be left alone
      { text: 'Let the temperature sweat itself out, a fever never harmed a child', severity: 'high' },
      { text: 'Put the Calpol away. A fever is the body healing itself.', severity: 'medium' },
      { text: 'Rub raw garlic on their soles when they are burning up, beats Nurofen hands down', severity: 'high', evidence: 'beats Nurofen' },
      // Doubt in a question; "so safe" as a taunt
      { text: 'Is fluoride in tap water really safe?? asking for a friend', severity: 'medium' },
      { text: 'If jabs are so safe, why do the companies get immunity from being sued?', severity: 'medium' },
      { text: "The vaccine's so safe they needed a law to stop you suing? 🙄", severity: 'medium' },
      { text: 'Do toddlers actually need the flu spray every single year?', severity: 'medium' },
      // Waiting for years of data, someone else as the guinea pig, on the fence, "not anti-vax"
      { text: 'I will wait for ten years of safety data before my kids have that jab', severity: 'medium' },
      { text: 'Someone else can go first with the new covid jab, let others be the guinea pigs', severity: 'medium' },
      { text: "I'm on the fence about the HPV jab for my daughter tbh", severity: 'medium', evidence: 'on the fence about the HPV jab' },
      { text: "Letter came about the 4-in-1 pre-school booster. I'm not anti-vax, I just want to read more first.", severity: 'medium' },
      // Profit as the motive
      { text: 'Big pharma needs you sick, a cured patient is a lost customer', severity: 'high', evidence: 'Big pharma needs you sick' },
      { text: 'The drug companies would hate you to find out how well fasting works for diabetes', severity: 'medium' },
      { text: 'Funny how the ones pushing the boosters are the ones making money from them', severity: 'medium' },
      // Imaging said to harm, refused, or kept from children
      { text: 'Dental x-rays give you brain tumours, refuse them every time', severity: 'high', evidence: 'Dental x-rays give you brain tumours' },
      { text: "Every ultrasound scan fries the baby's brain a little, skip the extra ones", severity: 'high' },
      { text: 'MRI contrast is basically heavy metal poisoning', severity: 'high' },
      { text: 'I would never let my kids near a CT scan', severity: 'medium' },
      { text: 'Gadolinium is heavy metal pumped in so they can track you', severity: 'medium' },
      // Foods called poison; "not saying ... but" hedges
      { text: 'Sunflower oil is basically poison. Do your research.', severity: 'medium' },
      { text: 'Not saying seed oils are toxic, but I binned mine months ago', severity: 'medium' },
      { text: 'Aspartame is poison for everyone, cut it out', severity: 'medium' },
      // Therapies and products with a verb of cure
      { text: 'Music therapy cured his dementia, honestly a miracle', severity: 'high', evidence: 'Music therapy cured his dementia' },
      { text: 'Hypnotherapy cleared her epilepsy in three sessions', severity: 'medium' },
      { text: 'Weighted blankets cure ADHD in kids, every parent needs one', severity: 'high' },
      { text: 'PTSD can be cleared in a single session with EFT tapping', severity: 'medium' },
      // Illness gone since a remedy; a remedy's cure of someone "of" an illness; passive and adjectival cures
      { text: 'Her psoriasis has completely gone since she went on a raw vegan diet', severity: 'high' },
      { text: "My son's eczema has all but vanished since we started colloidal silver", severity: 'high' },
      { text: 'Three of my clients came off their inhalers after switching to raw milk. Asthma, hayfever, all gone.', severity: 'high' },
      { text: 'Hydroxychloroquine, twice a day for five days. Cured my whole household of covid.', severity: 'high' },
      { text: 'Grandad has cured his type 2 diabetes with a teaspoon of apple cider vinegar a day', severity: 'high' },
      { text: 'Dementia is reversible with the right supplements and a keto diet', severity: 'high' },
      // Care or a medicine waved away for a remedy
      { text: 'Skip the GP, oregano oil will sort a chest infection', severity: 'medium' },
      { text: "You don't need insulin if you do a proper water fast", severity: 'medium' },
      { text: 'Why pay for statins? Go carnivore instead.', severity: 'medium' },
      // Defying the authorities by name, beside a health topic
      { text: "Hydroxychloroquine got me through covid in two days, don't let the doctors tell you otherwise", severity: 'medium' },
      // Chemo blamed instead of the cancer
      { text: 'Chemo killed my uncle, not the cancer', severity: 'high' },
      // Illness in the head, more forms
      { text: 'ME/CFS is all in the head, they just need to get moving', severity: 'medium' },
      { text: "Long covid is 100% in people's heads", severity: 'medium' },
      // An arrow emoji between a jab and a harm
      { text: 'MMR ➡️ autism, every SLT knows it', severity: 'high' },
      // More medicines by name; a medicine called a street drug; poisoning said of a medicine
      { text: 'Steroid creams are poison, bin them', severity: 'high' },
      { text: 'Stopped my levothyroxine and thyroxine both, never felt better', severity: 'high' },
      { text: 'Ritalin is basically speed for children', severity: 'medium' },
      { text: 'Antidepressants are an industry scam', severity: 'high' },
      // A hidden link; "why" with a clause as its object
      { text: 'The autism link has been buried for twenty years', severity: 'high' },
      { text: 'The flu jab is why so many of my older patients end up with pneumonia every winter', severity: 'high' },
      // A report frame does not reach across an emoji
      { text: 'Watching Murder She Wrote 🧶 Kids both poorly 😔 few drops of eucalyptus oil on the pillow and no need for the GP', severity: 'medium' },
      // Contrasted advice still counts when it is the claim; a condition inside a later clause qualifies nothing
      { text: "Toddlers don't need vaccines, their immune systems are perfect until you interfere", severity: 'high' },
      // A rebuttal that is itself a conspiracy line does not rebut
      { text: "Turbo cancers are real and I see them every week. They won't tell you.", severity: 'high' },
      // Vaccinated people clotting since 2021
      { text: 'Boosted patients have been clotting like crazy since 2021', severity: 'medium' },
      // Kids who "went autistic right after theirs"
      { text: "Not doing his MMR. I've seen too many kids regress right after theirs.", severity: 'medium' },
      // Promotion of a cure outside a selling post is still a health claim
      { text: 'Custom insoles cure sciatica, knee pain and migraines', severity: 'high' },
    ],
  });

  it('leaves a weak framing cue beside a trusted source at low (not flagged)', () => {
    const findings = runRule(healthClaimsRule, makePost('Make up your own mind about the flu jab after reading the NHS leaflet and talking to your GP'));
    expect(findings.every((f) => f.severity === 'low')).toBe(true);
  });
  it('escalates the same cue with a health topic and no trusted source', () => {
    const findings = runRule(healthClaimsRule, makePost('Mums, make your own minds up about the vitamin K jab for newborns'));
    expect(findings.some((f) => f.severity === 'medium')).toBe(true);
  });
});

describe('accuracy sixth pass', () => {
  ruleTester.run(healthClaimsRule, {
    valid: [
      // A "nobody"/"won't" outside framing still denies
      'Nobody has shown that young athletes are collapsing from the jab; cardiac screening finds the same rates as before.',
      // The "just asking" disclaimer needs a health topic near it, and doubt that is resolved is no insinuation
      'Can I swap my Thursday shift for Friday? Just asking before the rota goes out.',
      'Is the shingles vaccine worth it at 70? Just asking for my dad. Booked him in after the GP explained it.',
      // "Not anti-vax" said of a view, not of the poster
      'The rollout to housebound patients was chaotic and under-staffed. That is not anti-vax, it is asking for a plan that works.',
      'Written as a complaint about logistics, not anti-vax: nobody told the care home staff when their slot was.',
      // A condition on stopping; someone else's past act told as what went wrong
      'Blood thinners can cause bruising. Speak to your pharmacist before stopping them.',
      'Two clients this month who had stopped their inhalers after reading a blog, both ended up in resus. Please keep taking them.',
      // Belief said of others and corrected
      'Where I grew up lots of people believe the polio drops make girls infertile. I tell my aunties it is not true and show them the studies.',
      // A care word waved away with no remedy offered in its place, or a remedy with care kept
      'Skip the clinic queue by booking online, the link is in our bio.',
      "I'd never tell anyone to skip their meds, whatever the turmeric crowd say.",
      'Keep using the eye drops the optician gave you; a warm compress with a clean flannel can help alongside them.',
    ],
    invalid: [
      // Framing of suppression asserts what follows its "nobody"/"won't"
      { text: 'Funny how no one is talking about healthy young lads dropping dead on the pitch 🤔', severity: 'medium' },
      { text: 'The thing nobody else will tell you: statins are poison', severity: 'high' },
      { text: 'The truth no one wants to hear is that chemo kills more patients than cancer', severity: 'high' },
      // The disclaimer of "just asking questions" beside a health topic
      { text: 'Eight jabs before their first birthday. Just askin if that is really necessary', severity: 'medium' },
      { text: 'Does fluoride really belong in tap water? #askingforafriend', severity: 'medium' },
      { text: 'Call me paranoid but the new booster went through awfully fast', severity: 'medium' },
      // Framing in txt-speak
      { text: 'do ya own research b4 u let them give ur baby the jab', severity: 'medium' },
      { text: 'the docs wont tell u this but the flu jab gives u the flu', severity: 'high' },
      // Disclaiming with the "I'm" left out, then doubt
      { text: "Not anti-vax in the slightest, but I'd hold off on the new RSV jab for a few years till the data is in.", severity: 'medium' },
      // Care waved away by its kind, a remedy offered in its place
      { text: 'Ditch the hearing aids. Castor oil in the ears every night brings your hearing back.', severity: 'medium' },
      { text: 'Forget the wound clinic, pack it with manuka and hydrogen peroxide and it heals itself', severity: 'high' },
      { text: 'Stop giving your toddler Nurofen when he is hot, raw onion in his socks pulls the fever out', severity: 'medium' },
      { text: "Don't bother with the splint, turmeric paste on the wrist does the job", severity: 'medium' },
      // The poster's own past act still counts
      { text: 'Chucked my inhalers in January, breathing exercises are all I need now', severity: 'high' },
      // A remedy credited with an illness that never came
      { text: 'Two spoons of apple cider vinegar every morning and you will never catch flu again', severity: 'medium' },
      { text: "Colloidal silver since March. Haven't been ill once, unlike everyone on my ward", severity: 'medium' },
      // Public health slogans in scare quotes of their own
      { text: 'Ah yes, "follow the science". Ask the people who got myocarditis how that went', severity: 'medium' },
      { text: "Funny how the 'experts' went quiet about the booster", severity: 'medium' },
      // Denial of isolation in the simple past; "keep" among the verbs that leave people in a state
      { text: 'The virus was never isolated, not once, look it up', severity: 'high' },
      { text: 'They put fluoride in the water to keep the public docile', severity: 'high' },
      // Doubt that "isn't adding up"; one person harmed, in the singular
      { text: "Something isn't adding up with these fluoride studies", severity: 'medium' },
      { text: 'The flu jab paralysed a lad on my course', severity: 'high' },
    ],
  });
  ruleTester.run(healthClaimsRule, {
    valid: [
      // Not catching something, with no remedy credited, or with the jab credited, or denied
      "Haven't had a cold all winter, I put it down to working from home",
      'Had my flu jab in October and vitamin D through the winter, not had flu once',
      "Zinc lozenges won't stop you catching covid, but the vaccine lowers your risk of being badly ill",
      // Quotation marks that hold more than the slogan, or report it, or talk about the word
      'The leaflet calls the MMR "safe and effective" and twenty years of data agree.',
      'Our "Pandemic preparedness in primary care" session is on Thursday at 2pm',
      'The word "pandemic" comes from the Greek for all the people.',
      // Isolation of a patient, not a virus
      'She was never isolated on the ward because the side rooms were full',
      // Totality in a denied or conditioned act still qualifies it
      "Don't come off your steroids all at once, your GP will taper them",
      'Never stop your epilepsy meds completely without your neurologist',
    ],
    invalid: [
      // Totality intensifies an urged act rather than qualifying it
      { text: 'Honestly you can come off your levothyroxine completely once you fix your gut', severity: 'high' },
      { text: 'Bin the blood pressure tablets, all of them, beetroot juice does the same job', severity: 'high' },
    ],
  });
});
