/**
 * Hard negatives shared by more than one concern's tests: posts that no rule of the concern should flag.
 * Each test file spreads the lists it needs into its own should-not-flag list, next to the cases only it has.
 */
import type { PostInput } from './rule-tester.js';

const photo = { media: [{ type: 'photo' as const, path: 'photos/1.jpg', altText: null }] };

/** Health myths quoted in order to rebut them: the claim is named, then denied. */
export const MYTH_BUSTING: PostInput[] = [
  'Chemo doesn\'t "kill more people than cancer". Modern regimens have transformed survival for many cancers.',
  'Debunking time: "natural immunity is better than the vaccine" ignores the risk of getting the disease in the first place.',
  '"The covid jab alters your DNA" - no it doesn\'t. mRNA never enters the nucleus and breaks down within days.',
  'Seeing lots of "5G causes covid" posts again. Radio waves can\'t carry viruses. Please don\'t share them.',
  'Patient asked me if the flu jab gives you flu. It can\'t: there\'s no live virus in the injected vaccine.',
  'Myth: vaccines overload a baby\'s immune system. Fact: babies meet thousands of antigens every day.',
  'There\'s a video doing the rounds saying sunscreen causes cancer. It doesn\'t. Skin cancer rates are rising because of UV.',
  'No, masks don\'t cause CO2 poisoning. Surgeons wear them for hours.',
  'A relative told me turbo cancer is real. There\'s no evidence for it at all, and cancer registries show no such spike.',
  'Ivermectin doesn\'t treat covid. Multiple large trials found no benefit.',
  'The claim that the MMR causes autism came from one fraudulent paper. Dozens of studies since have found no link.',
  'Fluoride at the levels in UK water and toothpaste is safe and prevents tooth decay.',
  'People keep telling me the HPV jab causes infertility. It doesn\'t, and it prevents cervical cancer.',
  'Homeopathy can\'t cure cancer. If someone tells you otherwise, please talk to your oncology team.',
  'Spent the morning answering questions about "vaccine shedding". It isn\'t a thing with these vaccines.',
];

/** Discredited or historical work and new research, talked about rather than endorsed. */
export const HISTORY_AND_RESEARCH: PostInput[] = [
  'Wakefield\'s fraudulent study claimed the MMR caused autism in 12 children. He was struck off.',
  'Remember Andrew Wakefield? His paper on MMR and autism was retracted in 2010.',
  'Dr Smith\'s new paper on long covid rehab is a must-read for physios',
  'Reading about Florence Nightingale and her work on sanitation in the Crimea',
];

/** Festivals, Pride and Black History Month on the ward: identity words in a warm context. */
export const CELEBRATIONS: PostInput[] = [
  'Happy Diwali from all of us on Ward 7! 🪔✨',
  'Eid Mubarak to everyone celebrating, the ward smells amazing thanks to our lovely HCA\'s biryani',
  'Proud to walk with the NHS contingent at Leeds Pride today 🏳️‍🌈',
  'Black History Month display is up in the department, go and have a look',
];

/**
 * Words that are also drug slang (dealer, high, pot, stoned, crack, charlie) in their everyday sense,
 * and a warning about dealers that reports them rather than using.
 */
export const DRUG_SLANG_HOMONYMS: PostInput[] = [
  'Drug dealers are targeting our patients outside the methadone clinic, please report concerns',
  'The dealer at the car auction was a right character',
  'High tea at the Ritz for my mum\'s 70th 🫖',
  'Took the kids to the pottery place, they came out covered in clay',
  'Our stone-baked pizza oven is finally built',
  'Crack on team, nearly Friday',
  'Charlie and the Chocolate Factory with the kids tonight',
];

/** Stigmatising labels quoted in order to call them out. */
export const COUNTER_STIGMA: PostInput[] = [
  'Stop calling patients "frequent flyers" and "bed blockers". They are people who need a better system.',
  '"Junkie", "waster", "scum" - words I still hear about patients with addictions. Language matters.',
  'Overheard a visitor call a patient a "waste of space". Challenged it. Compassion costs nothing.',
  'Hearing colleagues mock patients with dementia makes me so angry. They deserve dignity.',
  'Some people think nurses just make tea. We don\'t, but we do make good tea.',
  'Tired of people saying overdose patients are attention seekers. Addiction is an illness.',
];

/** Photos of staff at festivals, Pride and the like: faces and identity words, no patient. */
export const IDENTITY_POSITIVE_PHOTOS: PostInput[] = [
  { text: 'Eid Mubarak from the night team on the stroke unit 🌙', ...photo },
  { text: 'Pride lanyards are in! Proud to wear mine on the ward 🏳️‍🌈', ...photo },
  { text: 'Our Black History Month display in the department, made by the HCAs', ...photo },
  { text: 'Christmas jumper day on the ward, we look ridiculous 🎄', ...photo },
  { text: 'Selfie with the team at the Windrush Day celebration in the canteen', ...photo },
  { text: 'Wheelchair user and paramedic educator, giving my talk at the conference today', ...photo },
  { text: 'Hanukkah candles lit in the staff room tonight 🕎', ...photo },
];

/** Words that also name sex, drugs, violence or a body part, used in an everyday or clinical sense. */
export const HOMONYMS: PostInput[] = [
  'Pussy willow out in the hospital garden, spring is here',
  'Could murder a brew and a bacon sandwich after that list',
  'Lemon tart turned out perfectly',
  'Our greyhound bitch Daisy won best rescue at the show',
  'Dick Whittington at the Grand with the kids',
  'Booster shot done, sore arm, zero regrets 💉',
  'Joint pain that\'s worse in the morning and eases with movement? Could be inflammatory.',
  'Kidney stones are no joke, passed one last year and I\'ve never felt pain like it',
  'Took a line for a walk with the art therapy group today',
  'Snorted with laughter at the Christmas panto',
  'Spliced the main brace at the retirement do, one small glass of port',
  'My high horse has been retired, promise',
  'Smashed it on the ward round today, consultant was impressed',
  'Weed the garden all afternoon, knackered now',
  'Ketamine for procedural sedation in children: great session at the ED conference',
  'Got the lines in on the first go, cannulation queen 👑',
  'Coke and a packet of crisps for tea, living the dream on nights',
  'Magic mushrooms found in a patient\'s bag, handed to security as per policy',
  'Dropped acid on the floor in the lab, spill kit to the rescue',
  'Baked, iced and delivered 40 cupcakes for the bake sale',
  'Had a pill bug in my shoe, my daughter was delighted',
  'The hospital\'s new speed bumps are brutal',
];

/** Sport banter and hyperbole (battered, killed it, legend) about no one harmed. */
export const BANTER_AND_PRAISE: PostInput[] = [
  'The consultant is a legend, taught me so much',
  'Wales were shocking. I\'m in mourning. Don\'t talk to me.',
  '@DaveBarnsleyRad your lot got lucky and you know it 😂',
  'We battered them 4-0 on Saturday, what a game',
  'Killed it at my presentation today',
];

/** Contact with patients and family through the proper channels, or declined; and social media among family. */
export const PATIENT_CONTACT_DONE_RIGHT: PostInput[] = [
  'A patient sent me a friend request. I declined and reminded her she can contact the team on the clinic email.',
  'Never follow patients on social media. Ever.',
  'Should I accept a friend request from a former client? What would you do?',
  'Our clinic Instagram is @kneeclinic_uk, follow for exercise tips!',
  'My sister added me on Snapchat, I feel old',
  'Texted my mum to say the shift overran',
  'The patient\'s daughter rang the ward for an update, I told her the consultant would call',
  'Patients can message the team through the practice app',
  'Patients, follow me on Instagram for exercise tips and rehab videos!',
];

/** Romance and dating words that are about no patient: asked out and declined, 'fit and well', a donor match, a spouse. */
export const RELATIONSHIP_LOOKALIKES: PostInput[] = [
  'A patient asked me out today. I said no and told my supervisor.',
  'Gorgeous baby born on the unit this morning 😍 congrats to mum and dad',
  'Patient looking fit and well at review, discharged to GP follow-up',
  'Dating apps are full of paramedics apparently',
  'My husband took me out for dinner after my long shift ❤️',
  'Patient kissed my hand and said I was an angel, bless her',
  'Patient matched with a kidney donor today, amazing news for the family',
  'Patient winked at me when I finally got the cannula in, what a legend',
];

/** Gifts declined, declared or shared with the team; selling and private work with no patient as the buyer. */
export const GIFTS_DONE_RIGHT: PostInput[] = [
  'Got a lovely card from a patient\'s family today ❤️',
  'Patient\'s family gave the ward a huge tin of Quality Street ❤️',
  'A patient offered me £20 today, politely declined and explained the gifts policy',
  'Donated the voucher a family gave me to the ward fund',
  'Selling my old car, anyone interested? DM me',
  'My patients are lovely, they always bring cake for the team',
  'Thank you to the family of the patient in bay 2 for the flowers, they brighten the ward',
  'Recruiting patients to our physio trial, ask your clinician',
  'Now taking bookings at my private clinic, evenings available',
  'My client lent me her book on stroke recovery, really useful',
];

/** Family, friends and neighbours who are or were patients, handled properly. */
export const KNOWN_PEOPLE_AS_PATIENTS: PostInput[] = [
  'My mum was a patient on the stroke unit last year and the care was brilliant',
  'My neighbour came into my clinic so I asked a colleague to see him instead',
  'Took my son to A&E after he fell off his bike',
  'My friend is a patient at the practice down the road',
];
