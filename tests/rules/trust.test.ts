import { describe } from 'vitest';
import { expectNoFindings, ruleTester, type PostInput } from './rule-tester.js';
import { BANTER_AND_PRAISE, CELEBRATIONS, COUNTER_STIGMA, DRUG_SLANG_HOMONYMS, HISTORY_AND_RESEARCH, HOMONYMS, IDENTITY_POSITIVE_PHOTOS, MYTH_BUSTING } from './hard-negatives.js';
import { intoxicationRule } from '../../src/rules/trust/intoxication.js';
import { drugsRule } from '../../src/rules/trust/drugs.js';
import { sexualRule } from '../../src/rules/trust/sexual.js';
import { violenceRule } from '../../src/rules/trust/violence.js';
import { illegalRule } from '../../src/rules/trust/illegal.js';
import { patientSlangRule } from '../../src/rules/trust/patient-slang.js';
import { disparagingColleaguesRule } from '../../src/rules/trust/disparaging-colleagues.js';
import { extremismRule } from '../../src/rules/trust/extremism.js';

ruleTester.run(intoxicationRule, {
  valid: [
    'Lovely glass of wine with dinner after a long week',
    'Pints with the team after my shift, well deserved',
    'Drunk patient in A&E tried to fight the security guard',
    'We see so many drunks in resus on a Saturday night',
    'Smashed it at the OSCE today!',
    'Wasted my whole day off on admin',
    'Pissed off that the rota changed again',
    "I've drunk four coffees and it's only 10am on shift",
    'Never drink before a shift, it is not worth it',
    'Merry Christmas to everyone working on the wards today',
    'He was absolutely hammered when he came in, took three of us to keep him safe',
    'Alcohol awareness week: know your units',
    'Feeling wrecked after three nights',
  ],
  invalid: [
    { text: 'Still drunk on shift from last night lol', topic: 'trust.intoxication', severity: 'high', evidence: 'Still drunk' },
    { text: 'Absolutely hammered last night, best sesh ever', severity: 'medium', evidence: 'hammered' },
    { text: 'So hungover at work today, someone bring me a bacon roll', evidence: 'hungover' },
    { text: 'Had a couple of pints before my night shift, shh', severity: 'high', evidence: 'pints' },
    { text: 'Off my face at Jake\'s party 🍻', evidence: 'Off my face' },
    { text: 'Came into work still pissed, nobody noticed 😂', severity: 'high', evidence: 'still pissed' },
    { text: 'Proper trollied at the Christmas do', evidence: 'trollied' },
    { text: 'Tipsy on the ward after the leaving do drinks', severity: 'high', evidence: 'Tipsy' },
    { text: 'Wine o\'clock on nights, don\'t tell matron 🍷', evidence: 'Wine' },
  ],
});

ruleTester.run(drugsRule, {
  valid: [
    'Patient took cocaine and presented with chest pain, always ask',
    'Ketamine is a great analgesic in the pre-hospital setting',
    'Took my pills and went to bed',
    'Had a coke and a sandwich on my break',
    'Picked up speed on the motorway home',
    'Blood pressure was high so we repeated it',
    'Baked a cake for the night staff',
    'Drug awareness session for the students today',
    'Medicinal cannabis is now available on prescription for some conditions',
    'Never taken drugs in my life',
  ],
  invalid: [
    { text: 'Did a line of coke in the staff toilet on nights', topic: 'trust.drugs', severity: 'high', evidence: 'line of coke' },
    { text: 'Smoking weed after work is the only way I cope', evidence: 'weed' },
    { text: 'So stoned right now lol', evidence: 'stoned' },
    { text: 'Dropped a pill at the festival, what a night', severity: 'high', evidence: 'Dropped a pill' },
    { text: 'I was so high at the weekend', evidence: 'so high' },
    { text: 'Buying ket for the weekend, who is in', severity: 'high', evidence: 'ket' },
    { text: 'Still pinging from last night and on shift in an hour', severity: 'high', evidence: 'pinging' },
    { text: 'Skinning up before clinic', evidence: 'Skinning up' },
  ],
});

ruleTester.run(sexualRule, {
  valid: [
    'Sexual health clinic open late on Thursdays',
    'Revenge porn is a crime: support for victims at the link in our bio',
    'Graduated summa cum laude!',
    'Patient was naked in the corridor, confused and scared; we got him back to bed',
    'Teaching session on consent and sexual exploitation for the new starters',
    'Chest pain in a 50-year-old man is cardiac until proven otherwise',
  ],
  invalid: [
    { text: 'Link to my OnlyFans in bio 😘', topic: 'trust.sexual', evidence: 'OnlyFans' },
    { text: 'Posting nudes in my scrubs tonight', severity: 'high', evidence: 'nudes' },
    { text: 'Threesome last night, no regrets', severity: 'medium', evidence: 'Threesome' },
    // Second pass: sexual content tied to work is delete level even in mild words (13 of the 15 work-linked sexual items in the dev data are delete).
    { text: 'So horny on this night shift', severity: 'high', evidence: 'horny' },
    { text: 'Watching porn in the on-call room lol', severity: 'high', evidence: 'porn' },
  ],
});

ruleTester.run(violenceRule, {
  valid: [
    'We battered them 4-0 on Saturday, what a game',
    'Killed it at my presentation today',
    'I could kill for a coffee right now',
    'My feet are killing me after that shift',
    'A patient punched me today. Please respect NHS staff.',
    'Smashed the 5k in under 25 minutes',
    'Training on managing violence and aggression this morning',
    'Going to shoot a video for the trust induction',
    'He got into a fight and came in with a head injury',
  ],
  invalid: [
    { text: "I'm going to punch the next patient who spits at me", topic: 'trust.violence', severity: 'high', evidence: 'punch the next patient' },
    { text: 'Swear down I will kill him if he moves my stuff again', evidence: 'kill him' },
    { text: 'Decked a bloke outside the pub last night, deserved it', severity: 'high', evidence: 'Decked a bloke' },
    { text: 'Wanted to slap the patient in bed 4 today', severity: 'high', evidence: 'slap the patient' },
    { text: 'Got into a fight in town after my shift, knuckles are wrecked', evidence: 'Got into a fight' },
    { text: "I'll kick his head in", evidence: 'kick his head in' },
  ],
});

ruleTester.run(illegalRule, {
  valid: [
    'Drink driving kills. Please get a taxi this Christmas.',
    'Patient drove home drunk and crashed, thankfully nobody else hurt',
    'Took some paracetamol for my headache',
    'Filled in my timesheet and signed off my competencies, finally',
    'Never falsify observations, document what you actually did',
    'Someone stole my lunch from the staff fridge again',
  ],
  invalid: [
    { text: 'Drove home drunk again, nobody ever gets stopped round here', topic: 'trust.illegal', severity: 'high', evidence: 'Drove home drunk' },
    { text: 'Nicked some oramorph for my back, works a treat', severity: 'high', evidence: 'Nicked some oramorph' },
    { text: 'Made up the obs because the machine was broken and I was busy', severity: 'high', evidence: 'Made up the obs' },
    // Second pass: a sickie for leisure is dishonesty towards the employer, delete level like the gold set's fake sick notes.
    { text: 'Pulled a sickie to go to the football', severity: 'high', evidence: 'Pulled a sickie' },
    { text: 'Pocketed some scrubs from work, they are so comfy', evidence: 'Pocketed some scrubs' },
    { text: 'Lied on my CV about the degree and got the job anyway', evidence: 'Lied on my CV' },
    { text: 'Fudged the fluid chart again', evidence: 'Fudged the fluid chart' },
  ],
});

ruleTester.run(patientSlangRule, {
  valid: [
    'Frequent flyer miles paid for our holiday to Spain',
    'Got my frequent flyer status upgraded at the airport',
    'Patients are so grateful when you take time to listen',
    'Apple crumble in the canteen today, lovely',
    'Please stop calling patients bed blockers. Delayed discharge is a system failure.',
    'My patient had a nightmare about surgery so we talked it through',
    'Patients are not stupid, explain things properly',
    'I felt stupid asking the consultant, but the patient was fine',
  ],
  invalid: [
    { text: 'Our frequent flyer is back in resus again, third time this week', topic: 'trust.disparaging-patients', evidence: 'frequent flyer' },
    { text: 'Ward full of bed blockers as usual', evidence: 'bed blockers' },
    { text: 'Classic GOMER on the ward tonight', severity: 'high', evidence: 'GOMER' },
    { text: 'Acopia again, does nobody cope at home anymore', evidence: 'Acopia' },
    { text: 'Status dramaticus in cubicle 3 😂', severity: 'high', evidence: 'Status dramaticus' },
    { text: 'Patients are so thick sometimes 🙄', evidence: 'Patients are so thick' },
    { text: 'Another smelly patient in bay 2, why do they never wash', evidence: 'smelly patient' },
    { text: 'Typical FLK, mum looks exactly the same', severity: 'high', evidence: 'FLK' },
    { text: 'Time wasters clogging up A&E at 3am with a cold', evidence: 'Time wasters' },
  ],
});

ruleTester.run(disparagingColleaguesRule, {
  valid: [
    'The trust\'s new rota policy is unfair to part-time staff and needs rethinking',
    'Proud to strike with my colleagues for fair pay',
    'Management need to listen to frontline staff about staffing levels',
    'My manager is amazing, thank you for the support this year',
    'Our union is balloting members on the pay offer',
    'The hospital food is rubbish',
    'Colleagues are not useless, they are exhausted',
  ],
  invalid: [
    { text: 'My manager is completely useless', topic: 'trust.disparaging-colleagues', evidence: 'manager is completely useless' },
    { text: 'The agency nurses tonight were absolute muppets', evidence: 'muppets' },
    { text: 'Honestly this trust is a joke', evidence: 'trust is a joke' },
    { text: 'Can\'t stand my ward manager, two-faced cow', evidence: 'ward manager' },
    { text: 'The reg is clueless and should be struck off', evidence: 'clueless' },
    { text: 'I hate my colleagues', evidence: 'hate my colleagues' },
    { text: 'My lazy colleagues left me with 12 patients again', evidence: 'lazy colleagues' },
  ],
});

ruleTester.run(extremismRule, {
  valid: [
    'Rowing on the Isis this morning, Oxford at its best',
    'Ira from pharmacy is retiring, we will miss her',
    'I condemn Hamas and every attack on civilians',
    'Holocaust Memorial Day: we remember the six million',
    'Stand with Palestine, ceasefire now',
    'Thoughts with the victims of the ISIS attack',
    'Saying "white power" on a hospital ward got him banned, rightly',
  ],
  invalid: [
    { text: 'Hitler was right', topic: 'trust.extremism', severity: 'high', evidence: 'Hitler was right' },
    { text: 'The great replacement is happening and nobody cares', evidence: 'great replacement' },
    { text: 'Up the RA', evidence: 'Up the RA' },
    { text: 'I support Hamas', evidence: 'support Hamas' },
    { text: 'Long live ISIS', evidence: 'Long live ISIS' },
    { text: 'Holohoax', evidence: 'Holohoax' },
    { text: 'Breivik was a hero', evidence: 'Breivik was a hero' },
  ],
});

// Phrasings written after the rules, to check they generalise.
ruleTester.run(intoxicationRule, {
  valid: ["Off to the pub for my brother's birthday, not on shift till Monday", 'Remember to drink water on nights, hydration matters', 'Drinking water, eating well and sleeping are the basics'],
  invalid: [
    { text: 'so wasted at the christmas party, turned up to my early shift still pissed', severity: 'high', evidence: 'early shift' },
    { text: 'hungover af at work', evidence: 'hungover' },
  ],
});
ruleTester.run(drugsRule, {
  valid: ['She was shot in the leg and came in by air ambulance, incredible team effort'],
  invalid: [
    { text: 'sniffing a bit of charlie before the night shift keeps me going', severity: 'high', evidence: 'charlie' },
    { text: 'smoked a joint on my lunch break', evidence: 'smoked a joint' },
  ],
});
ruleTester.run(violenceRule, {
  valid: ['I could murder a bacon sandwich right now', 'Killer shift, but we got everyone home safe'],
  invalid: [
    { text: 'slapped a patient today, she deserved it', severity: 'high', evidence: 'slapped a patient' },
    { text: "Told the patient's son I'd batter him if he shouted at my staff again", evidence: 'batter him' },
  ],
});
ruleTester.run(illegalRule, { valid: ['Dropped my phone in the sluice, again', "Swipe to see what's under my scrubs", 'Swipe card would not let me on the ward so I borrowed gloves from the next bay'], invalid: [{ text: 'took some diazepam home from the ward, nobody counts them anyway', severity: 'high', evidence: 'took some diazepam home' }] });
ruleTester.run(disparagingColleaguesRule, {
  valid: ['Proud to stand with striking junior doctors, management need to listen', 'Our ward manager is incredible, we would be lost without her', 'Hot desk policy at the trust is terrible, the chairs are broken', 'Shout out to the porters, unsung heroes'],
  invalid: [
    { text: 'our consultant is a useless prick', evidence: 'useless' },
    { text: 'Our HCA is thick as mince', evidence: 'thick' },
    { text: 'Our trust chief exec is a clueless muppet', evidence: 'clueless' },
  ],
});

// Issue 6: varied phrasings (UK English) for the trust rules' weak spots, each checked against the rule that should catch it,
// and hard negatives checked against every trust rule.
ruleTester.run(intoxicationRule, {
  valid: [],
  invalid: [
      { text: 'Rolled straight from the club to my 8am clinic, still in my glad rags under the uniform 🥴 Who needs sleep', evidence: 'straight from the club' },
      { text: 'Bit rough this morning after the staff do. Anyone got a spare Berocca? Clinic starts at 9 🥴', evidence: 'rough this morning after the staff do' },
      { text: 'Still smell of tequila and I\'m on the ward in 20 minutes 🙈', evidence: 'Still smell of tequila' },
      { text: 'Vodka in my water bottle is the only way I\'m surviving this night shift', evidence: 'Vodka in my water bottle' },
      { text: 'Had a few too many at lunch, the afternoon clinic is going to be interesting', evidence: 'the afternoon clinic' },
      { text: 'Went straight from the pub to my night shift, nobody noticed', evidence: 'straight from the pub' },
      { text: 'Two bottles of wine to myself last night, no regrets 🍷🍷', evidence: 'Two bottles of wine' },
      { text: 'Day drinking since 11, absolutely wankered now', evidence: 'Day drinking' },
      { text: 'Hungover in resus, pray for me', evidence: 'Hungover' },
      { text: 'Off my tits on pingers at the weekend, back to the ward Monday like nothing happened', evidence: 'Off my tits' },
      { text: 'Another drunk in resus who thinks we\'re his personal taxi service. Waste of a bed.', evidence: 'in resus' },
      { text: 'Nothing says Tuesday like doing a home visit with a stinking hangover 🤢', evidence: 'stinking hangover' },
      { text: 'Still tipsy from last night and I\'ve got a full list of knees today 😬', evidence: 'a full list' },
      { text: 'Three Jägerbombs at lunch and back on the wards 🫡', evidence: 'back on the wards' },
      { text: 'Necked half a bottle of wine before handover to calm my nerves', evidence: 'bottle of wine' },
      { text: 'Went out for one drink last night and now I\'m doing the drug round on two hours\' sleep and a lot of regret 🫠', evidence: 'a lot of regret' },
      { text: 'Told the drunk in resus if he swung at me again I\'d knock him out', evidence: 'in resus' },
      { text: 'Another drunk who fell over and now wants us to fix his face. Enjoy your 4 hour wait, mate.', evidence: 'drunk' },
      { text: 'First day back after the festival and I can still taste the cider. Ward round in 10 🙃', evidence: 'Ward round' },
      { text: 'Christmas do tonight, straight onto a night shift after. What could go wrong 🍾', evidence: 'straight onto a night shift' },
      { text: 'Three glasses of wine at lunch and now doing discharge letters, they\'ll be creative 😂', evidence: 'discharge letters' },
      { text: 'Only had four hours sleep and half a bottle of gin is still in my system. Clinic at 8 🤡', evidence: 'still in my system' },
      { text: 'Work drinks turned into work shots. Still on the ward tomorrow at 7, pray for me', evidence: 'into work' },
      { text: 'Hungover doesn\'t begin to cover it. Why did I agree to a 7am start after the wedding', evidence: 'a 7am start' },
      { text: 'Still a bit tipsy from last night and I\'m on the ward in an hour 🙈', evidence: 'on the ward' },
      { text: 'Couple of cans in the car park before a night shift takes the edge off', evidence: 'night shift' },
      { text: 'Pretty sure I was still drunk for the first half of my shift, the patients didn\'t notice', evidence: 'still drunk' },
      { text: 'Nothing like a drunk student at 3am telling me he pays my wages 🙄', evidence: 'drunk' },
  ],
});
ruleTester.run(drugsRule, {
  valid: [],
  invalid: [
      { text: 'Smoked a fat joint on my lunch break in the car park. Patients seemed much less annoying this afternoon 🌿', evidence: 'Smoked a fat joint' },
      { text: 'Microdosing shrooms before my clinics, honestly I\'m a better therapist for it', evidence: 'Microdosing shrooms' },
      { text: 'Ate an edible before my shift, everything is hilarious', evidence: 'before my shift' },
      { text: 'Little bump of ket in the staff loo and suddenly nights are fun again', evidence: 'in the staff loo' },
      { text: 'Anyone know a decent dealer in Leeds? Asking for a friend 😉', evidence: 'decent dealer' },
      { text: 'Few tokes before my community visits keeps me chill 🌿', evidence: 'before my community visits' },
      { text: 'MDMA at the weekend, comedown at work on Monday', evidence: 'comedown' },
      { text: 'My weed guy delivers to the hospital car park now, game changer', evidence: 'the hospital car park' },
      { text: 'Sneaky vape of the good stuff in the car before my home visits 🌿😎', evidence: 'vape of the good stuff' },
      { text: 'Mandy at the weekend and a comedown on an 12 hour shift, never again (until next time)', evidence: '12 hour shift' },
      { text: 'Had a cheeky smoke of something green before clinic, I\'ve never been so chilled with my caseload', evidence: 'smoke of something green' },
      { text: 'Popped a couple of the diazepam left over from my back and the late shift flew by', evidence: 'late shift' },
      { text: 'Nothing like a bump of ket on a Saturday night, back on the ward by Monday', evidence: 'back on the ward' },
  ],
});
ruleTester.run(illegalRule, {
  valid: [],
  invalid: [
      { text: 'Took the blue lights home the long way past the speed camera at 80. Perks of the job 😎', evidence: 'Took the blue lights home' },
      { text: 'Fiddled my mileage again this month, the trust can afford it', evidence: 'Fiddled my mileage' },
      { text: 'Looked up my ex\'s new girlfriend\'s records on the system. Spicy.', evidence: 'Looked up my ex\'s new girlfriend\'s records' },
      { text: 'Claimed overtime I didn\'t work, nobody checks the timesheets anyway', evidence: 'Claimed overtime I didn\'t work' },
      { text: 'Took home a box of gloves and some dressings for my first aid kit, they won\'t miss them', evidence: 'Took home a box of gloves' },
      { text: 'Wrote myself a sick note for Friday, festival time 🎪', evidence: 'Wrote myself a sick note' },
      { text: 'Doing 100 on the M62 to get to work on time lol', evidence: 'Doing 100 on the M62' },
      { text: 'Nicked a few boxes of gloves for my mum\'s care home', evidence: 'Nicked a few boxes of gloves' },
      { text: 'Drove home after the Christmas do, definitely over the limit but only 5 mins away', evidence: 'Drove home after the Christmas do, definitely over the limit' },
      { text: 'Used my patient\'s blue badge to park in town, he doesn\'t need it today 😂', evidence: 'Used my patient\'s blue badge' },
      { text: 'Claimed the full mileage even though I car-shared, everyone does it', evidence: 'Claimed the full mileage even though' },
      { text: 'Signed the CD book without checking, we were short-staffed', evidence: 'Signed the CD book without checking' },
      { text: 'Took a patient\'s leftover tramadol home for my back', evidence: 'Took a patient\'s leftover tramadol' },
      { text: 'Someone left a spare pack of diazepam on the trolley, now it\'s in my bag. Finders keepers 🤫', evidence: 'Finders keepers' },
      { text: 'Used the hospital van to move house at the weekend, nobody noticed', evidence: 'Used the hospital van to' },
      { text: 'Claimed for a full day on the bank and left at lunchtime, easy money', evidence: 'Claimed for a full day' },
      { text: 'Borrowed a few boxes of gloves and some dressings from work for the allotment, nobody counts them anyway', evidence: 'Borrowed a few boxes of gloves' },
      { text: 'Taking the odd bottle of hand gel home is a perk of the job as far as I\'m concerned', evidence: 'Taking the odd bottle of hand gel' },
      { text: 'Clocked in for my mate so he could have a lie-in, he\'ll do the same for me next week', evidence: 'Clocked in for my mate' },
      { text: 'Put down an extra hour on my timesheet every Friday. They never check.', evidence: 'timesheet' },
      { text: 'Signed off the competency for a student I never actually observed, didn\'t have time', evidence: 'Signed off the competency for a student I never actually observed, didn\'t' },
      { text: 'Drove home after the leaving do. Was probably over the limit but the roads were empty', evidence: 'Drove home after the leaving do. Was probably over the limit' },
      { text: 'Called in sick to go to the races. Best Friday in ages 🏇', evidence: 'Called in sick to go' },
      { text: 'Found a patient\'s wallet in the ambulance. Finders keepers 😂', evidence: 'Finders keepers' },
      { text: 'Helped myself to the leftover morphine sulphate oral solution at the end of the shift, nobody signs for it properly anyway', evidence: 'Helped myself to the leftover morphine' },
  ],
});
ruleTester.run(violenceRule, {
  valid: [],
  invalid: [
      { text: 'Next time that relative kicks off I\'ll put him in the ground myself', evidence: 'put him in the ground' },
      { text: 'I swear I\'ll swing for the next consultant who shouts at me', evidence: 'swing for the next consultant' },
      { text: 'Gave the patient a sneaky pinch to wake him up 😂', evidence: 'Gave the patient a sneaky pinch' },
      { text: 'Restrained him a bit harder than I needed to tbh, he deserved it', evidence: 'Restrained him a bit harder than' },
      { text: 'Lady in bay 4 has been pressing her buzzer every 5 mins. I\'ve unplugged it 😂', evidence: 'unplugged it' },
      { text: 'If the new manager talks to me like that again I\'ll slap her, I swear', evidence: 'slap her' },
      { text: 'Some of these gobby relatives need a good smack, honestly', evidence: 'relatives need a good smack' },
      { text: 'Kicked off with a lad at the taxi rank last night, he won\'t be doing that again 🥊', evidence: 'Kicked off with a lad' },
      { text: 'Lost my temper and shoved a bloke in the queue at Tesco. He deserved it tbh', evidence: 'shoved a bloke' },
      { text: 'Next person who parks in my space at work is getting their tyres let down', evidence: 'getting their tyres let down' },
      { text: 'Honestly wanted to slap the relative who kept shouting at the HCA today. Nearly did.', evidence: 'slap the relative' },
  ],
});
ruleTester.run(disparagingColleaguesRule, {
  valid: [],
  invalid: [
      { text: 'OTs just make cups of tea and order commodes. Why do we even pay them?', evidence: 'OTs just make cups' },
      { text: 'Physios are glorified masseurs, change my mind', evidence: 'Physios are glorified masseurs' },
      { text: 'Our managers do nothing all day and get paid double', evidence: 'managers do nothing all day' },
      { text: 'Agency nurses haven\'t got a clue what they\'re doing, every single shift', evidence: 'Agency nurses haven\'t got a clue' },
      { text: 'The new band 7 is a jumped-up little prick', evidence: 'band 7 is a jumped-up' },
      { text: 'Radiographers: press button, go home. Hardest job in the world 🙄', evidence: 'Radiographers: press button, go home' },
      { text: 'Paramedics are just taxi drivers with a first aid kit', evidence: 'Paramedics are just taxi drivers' },
      { text: 'Our new manager has the IQ of a potato', evidence: 'new manager has the IQ of' },
      { text: 'Physios on this ward are as much use as a chocolate teapot', evidence: 'Physios on this ward are as much use as a chocolate teapot' },
      { text: 'HCAs today were bone idle, sat on their phones all shift', evidence: 'HCAs today were bone idle' },
      { text: 'The GP who referred this patient should be struck off, what a clown', evidence: 'The GP who referred this patient should be struck off' },
      { text: 'Junior doctors these days can\'t cannulate to save their lives', evidence: 'Junior doctors these days can\'t cannulate to save their lives' },
      { text: 'Management are a bunch of overpaid clowns who\'ve never worked a shift', evidence: 'Management are a bunch of overpaid' },
      { text: 'Radiographers are just button pushers who think they\'re doctors', evidence: 'Radiographers are just button pushers' },
      { text: 'Our band 7 is a bully and a liar and everyone on the ward knows it', evidence: 'band 7 is a bully' },
      { text: 'Agency staff tonight were a waste of a uniform. Useless the lot of them.', evidence: 'Agency staff tonight were a waste of a uniform' },
      { text: 'Physios on our unit are a joke, they come, they go, nobody gets walked', evidence: 'Physios on our unit are a joke' },
      { text: 'The managers here couldn\'t organise a piss-up in a brewery. Clueless, the lot of them.', evidence: 'managers here couldn\'t organise a piss-up' },
      { text: 'Our new band 7 is a total waste of space. No idea how she got the job.', evidence: 'band 7 is a total waste of space' },
      { text: 'The consultants on this unit are arrogant dinosaurs who should have retired years ago', evidence: 'consultants on this unit are arrogant' },
      { text: 'This trust treats its staff like dirt. Worst employer I\'ve ever had. Avoid.', evidence: 'This trust treats its staff like dirt' },
      { text: 'The agency nurses we get are useless, they just sit on their phones all night', evidence: 'agency nurses we get are useless' }, // the contact clause "we get" is now skipped, so the insult itself is the evidence
  ],
});
ruleTester.run(patientSlangRule, {
  valid: [],
  invalid: [
      { text: 'Today\'s psych patient thinks he\'s Jesus. Told him I\'m the Pope and prescribed him a walk into the sea 😂', evidence: 'walk into the sea' },
      { text: 'Overdose number 4 this month from the same girl. If she wanted to die she\'d have done it properly by now.', evidence: 'If she wanted to die' },
      { text: 'Thick as sh1t patients who can\'t follow a simple home exercise sheet deserve their chronic pain. Not my problem.', evidence: 'Thick as sh1t patients' },
      { text: 'Self-harmer back in again for the fifth time this week, they do it for the attention 🙄', evidence: 'do it for the attention' },
      { text: 'Honestly some of these obese patients brought it on themselves and shouldn\'t get a bed', evidence: 'brought it on themselves' },
      { text: 'Another frequent flyer with \'chest pain\' who just wants a sandwich 🙄', evidence: 'just wants a sandwich' },
      { text: 'Nothing like a 40-stone patient to ruin your back. Put the pies down love', evidence: 'Put the pies down' },
      { text: 'Dementia ward bingo: how many times can she ask where her husband is 😂', evidence: 'how many times can' },
      { text: 'Had to explain to a grown adult that you can\'t get pregnant from a toilet seat. The state of the public 🙄', evidence: 'The state of' },
      { text: 'Overdosed AGAIN. Some people just want attention.', evidence: 'just want attention' },
      { text: 'Another heroin addict demanding methadone at 3am. Scum.', evidence: 'demanding methadone' },
      { text: 'If you weigh 30 stone don\'t be surprised your knees hurt 🙄 #physiolife', evidence: 'don\'t be surprised' },
      { text: 'Today\'s patient asked if his x-ray would show his soul. Thick as two short planks 😂', evidence: 'Thick as two short planks' },
      { text: 'Bed 12 has rung her bell 40 times tonight. I\'m starting to think she just likes the sound of it 🙄', evidence: '🙄' },
      { text: 'Had a man come in with \'back pain\' that turned out to be him wanting a sick note. The entitlement of some people.', evidence: 'entitlement' },
      { text: 'Dementia patients are basically toddlers with pensions 😂', evidence: 'toddlers with pensions' },
      { text: 'Love it when the fatties complain their knees hurt. Maybe skip the second pudding?', evidence: 'skip the second pudding' },
      { text: 'Why do the smelliest patients always need the longest assessments 🤢', evidence: 'smelliest' },
      { text: 'Lady today told me she was allergic to paracetamol but fine with codeine. Sure, Jan 🙄', evidence: 'Sure, Jan' },
      { text: 'The mental health lot are back in A&E again, honestly can\'t we just lock them in a room', evidence: 'The mental health lot' },
      { text: 'Chronic pain patients are the worst, nothing is ever good enough for them', evidence: 'are the worst' },
      { text: 'Obese patient asked for a bigger gown. I said they don\'t make tents 😂', evidence: 'Obese patient' },
      { text: 'Patient tried to tell me how to do my job because he read something on Google. Thick as mud.', evidence: 'tell me how to do my job' },
      { text: 'Some of the parents in clinic today, honestly. Should need a licence to breed.', evidence: 'licence to breed' },
      { text: 'If you can\'t be bothered to do your exercises don\'t come crying to me when your knee is still knackered', evidence: 'don\'t come crying to me' },
      { text: 'Patients who smoke and then whinge about their lungs get zero sympathy from me', evidence: 'zero sympathy' },
      { text: 'Gave a mouthy teenager in resus a proper fright with the big needle 😈 that shut him up', evidence: 'proper fright' },
      { text: 'Dear patients: Google is not a medical degree. Regards, every nurse ever 🙄', evidence: 'Google is not a medical degree' },
      { text: 'Honestly the self-harm lot just want attention, we\'re not a hotel', evidence: 'the self-harm lot' },
      { text: 'Another one who\'s "allergic" to everything except codeine 🙄', evidence: 'allergic' },
      { text: 'Why do people come to A&E with a stubbed toe. Honestly. Get a grip.', evidence: 'Why do people' },
      { text: 'Patients who google their symptoms and then tell me how to do my job are my favourite 🙃', evidence: 'tell me how to do my job' },
      { text: 'Had a "10 out of 10 pain" lady eating crisps and scrolling TikTok. Sure, hun.', evidence: 'Sure, hun' },
      { text: 'The entitlement of some of these patients is unreal. Wait your turn like everyone else.', evidence: 'Wait your turn' },
      { text: 'Dear patients, "I\'ve had it for 3 weeks" is not an emergency at 2am', evidence: 'is not an emergency' },
      { text: 'Some of my patients are too thick to follow simple instructions. Take. The. Tablets.', evidence: 'patients are too thick' },
      { text: 'Obese patients moaning their knees hurt... I wonder why 🤔', evidence: 'Obese patients' },
      { text: 'Lady in resus screaming like she\'s dying, it\'s a sprained ankle. Drama queen.', evidence: 'Drama queen' },
      { text: 'The smell of some of our patients 🤢 do they not own soap', evidence: 'The smell of some' },
      { text: 'Mum brought her kid in for a runny nose at 4am. Some people shouldn\'t breed.', evidence: 'shouldn\'t breed' },
      { text: 'Patients are like toddlers, they need telling ten times and still don\'t listen', evidence: 'still don\'t listen' },
      { text: 'Why are all the COPD patients still smoking outside the main door? Natural selection at work.', evidence: 'Natural selection' },
      { text: 'Had the usual Saturday night circus in majors. Clowns the lot of them 🤡', evidence: 'the lot of them' },
      { text: 'Diabetic who eats cake and then wonders why his sugars are through the roof. Can\'t fix stupid.', evidence: 'Can\'t fix stupid' },
      { text: 'Bless the patients who think we\'ve got nothing better to do than find their TV remote 🙄🙄', evidence: 'think we\'ve got nothing better to do' },
      { text: 'Pretty sure half my caseload are faking it for the blue badge', evidence: 'faking it' },
  ],
});
ruleTester.run(extremismRule, {
  valid: [],
  invalid: [
      { text: 'Enoch was right, look at the state of this country', evidence: 'Enoch was right' },
      { text: 'Tommy Robinson is a true patriot, free Tommy!', evidence: 'Tommy Robinson is a true patriot' },
      { text: 'Britain First are the only ones who speak the truth', evidence: 'Britain First are the only ones who speak the truth' },
      { text: 'The Taliban are freedom fighters, simple as', evidence: 'Taliban are freedom fighters' },
      { text: 'Hitler had some good ideas tbh', evidence: 'Hitler had some good ideas' },
      { text: 'The lads who torched that migrant hotel had the right idea', evidence: 'torched that migrant hotel had the right idea' },
      { text: 'Say what you like about Hitler but he had the right idea about some things', evidence: 'Hitler but he had the right idea' },
      { text: 'Hamas did what they had to do on October 7th', evidence: 'Hamas did what they had to' },
      { text: 'Anjem Choudary is a hero to me', evidence: 'Anjem Choudary is a hero' },
      { text: 'The IRA were freedom fighters', evidence: 'IRA were freedom fighters' },
      { text: 'Proud to march with Patriotic Alternative today 🇬🇧', evidence: 'Proud to march with Patriotic Alternative' },
      { text: 'Remigration now', evidence: 'Remigration' },
      { text: 'The guy who blew up the Manchester Arena is a martyr', evidence: 'who blew up the' },
      { text: 'Proud to support Palestine Action, smash the arms factories', evidence: 'support Palestine Action' },
      { text: 'Tommy Robinson is the only one telling the truth about this country', evidence: 'Tommy Robinson is the only one telling' },
      { text: 'Say what you like about the lads who did the Manchester attack, they believed in something', evidence: 'the Manchester attack, they believed in something' },
      { text: 'Time we took our country back from the invaders. Enough is enough.', evidence: 'took our country back from the invaders' },
  ],
});
ruleTester.run(sexualRule, {
  valid: [],
  invalid: [
      { text: 'Had a quickie with the reg in the on-call room between bleeps 😏', evidence: 'quickie' },
      { text: 'Sending spicy pics from the staff loo in my scrubs, don\'t tell matron 🔥', evidence: 'spicy pics' },
  ],
});

describe('trust: hard negatives (issue 6)', () => {
  const rules = [intoxicationRule, drugsRule, sexualRule, violenceRule, illegalRule, patientSlangRule, disparagingColleaguesRule, extremismRule];
  const texts: PostInput[] = [
    'Lovely glass of wine with dinner after a long week',
    'Couple of pints with the old uni crew in York. Haven\'t laughed that much in ages.',
    'Team leaving do for Brenda after 31 years in the department. Bubbly, cake and speeches. What a legend.',
    'Cider at the village fete and the dog won a rosette. Peak summer.',
    'Clinic overran again 🥴 home at 8pm',
    'Dead after last night\'s shift, 12 hours in resus',
    'Rough night on the ward, three arrests, proud of the team',
    'Never drinking again after the wedding 🥴 what a day though',
    'Alcohol liaison nurse has been brilliant this week, brief interventions work',
    'Our alcohol and drug service is recruiting, link below',
    'Patient took cocaine and presented with chest pain, always ask',
    'Blue lights to a cardiac arrest, ROSC on scene, great teamwork',
    'We used the blues and twos to get through traffic to a sick child',
    'The speed camera on the A61 catches everyone at 31, be careful',
    'Proud to strike with my colleagues for fair pay',
    'Management need to listen to frontline staff about staffing levels',
    'Physios are brilliant, they got my nan walking again',
    'OTs are the unsung heroes of discharge planning',
    'Managers have a tough job too, be kind',
    'Patients deserve their dignity, always close the curtains',
    'Some days I understand why people punch walls. Deep breaths.',
    'The patient thinks I\'m his granddaughter and honestly I\'m happy to be her for an hour ❤️',
    'Some patients say they\'d rather die than go into a care home. We need better home care.',
    'Watched a documentary about Enoch Powell\'s rivers of blood speech. Chilling.',
    'I condemn Britain First and everything they stand for',
    'Reading about the Taliban\'s treatment of women healthcare workers. Heartbreaking.',
    'Took my son to the pub for his 18th, one pint each, proud dad',
    'Union rep meeting tonight about the pay offer',
    'Some days I understand why people punch walls. Deep breaths, back in.',
    'Junior doctors\' strike today, solidarity from the physios ✊',
    'Our radiographers are unsung heroes, thank you team',
    'Management have made a mess of the rota again, we need a proper consultation',
    'Frequent flyer miles got us a free upgrade to Spain ✈️',
    'Grateful to the patient who made me laugh through a horrible night shift',
    'Quiet moment in the stairwell after a difficult conversation with a family. Breathe. Back in.',
    'A patient with dementia asked where her husband was twelve times today. It breaks my heart every time ❤️',
    'Lovely glass of red after a long week 🍷',
    'A pint with my dad after the match, perfect Saturday',
    'Drink driving limits are lower in Scotland. Don\'t risk it this Christmas.',
    'Remember the victims of the Manchester Arena bombing today',
    'Watched a documentary about the IRA and the Troubles, fascinating and sad',
    'Blue badge holders can park free in our hospital car park',
    'Naloxone saves lives. Ask your local drug service for a kit.',
    'Presented our audit on ketamine use in pre-hospital analgesia today',
    'Dear patients: please bring a list of your medications to your appointment, it really helps',
    'A patient with chronic pain taught me more about resilience than any textbook',
    'Frequent attenders often have unmet needs; our new service has cut repeat visits by a third',
    'Lady in bed 12 rang her bell all night because she was frightened. Sat with her for a bit, she settled.',
    'Obesity is a complex condition, and shaming patients makes it worse, not better',
    'Big shout out to the parents in clinic today, so much patience with a tricky appointment',
    'Half a cider at the festival then water all day, responsible adulting',
    'Staff Christmas do tonight, I\'m on the lemonades because I\'m on an early tomorrow',
    'Harm reduction training today: how to talk to patients about chemsex without judgement',
    'A relative tried to slap my colleague today. Security escorted him out. Please be kind to staff.',
    'Palestine Action protest outside the hospital today, a few patients asked what it was about',
    'Our band 7 is leaving and we\'re all gutted, best manager I\'ve had',
    'Agency staff saved us tonight, thank you for stepping in',
    'Radiographers do so much more than press buttons, come and shadow us',
    ...MYTH_BUSTING,
    ...HISTORY_AND_RESEARCH,
    ...CELEBRATIONS,
    ...DRUG_SLANG_HOMONYMS,
    ...COUNTER_STIGMA,
    ...IDENTITY_POSITIVE_PHOTOS,
    ...HOMONYMS,
    ...BANTER_AND_PRAISE,
    'A patient asked me to find her TV remote at 3am and honestly it was the nicest chat of my shift',
    'Saturday nights in majors are chaos, but the team was incredible tonight',
    'COPD patients: it\'s never too late to stop smoking. Ask us about support.',
    'Diabetes is hard to manage, especially around birthdays and Christmas. Be kind to yourself.',
    'Some patients struggle to follow instructions when they\'re frightened - slow down and check understanding.',
    'Four cans of Monster to get me through this night shift, my heart is racing',
    'Hungover after the wedding but it\'s my day off so it\'s a duvet day',
    'Early start tomorrow for the flight to Malaga, can\'t wait 🌞',
    'Took home some leftover dressings the district nurse gave us for my dad\'s leg, with her blessing',
    'Borrowed a wheelchair from the Red Cross for mum\'s holiday - brilliant service',
    'Took a box of gloves home for the home visits tomorrow as we\'re out at the base',
    'Signed the card for Sue\'s retirement, can\'t believe she\'s going',
    'Documented everything in the notes before I left, as always',
    'Drove home after the leaving do - on the orange juice all night as designated driver!',
    'Over the limit for the year on annual leave carry-over, need to book some days off',
    'He shoved his way to the front of the queue and the cashier told him off',
    'Our consultant is brilliant but can be a bit arrogant sometimes, she\'d admit it herself',
    'The government treats nurses like dirt with this pay offer. Vote yes in the ballot.',
    'Worst shift I\'ve ever had, three arrests and no breaks. Love my team though.',
    'Watched a documentary about the Manchester Arena attack. Heartbreaking for the families.',
    'Tommy Robinson\'s supporters were out in town today. Counter-protest was bigger, thankfully.',
    'Take our country back? From what, exactly? Immigrants staff half our wards.',
    'Popped a couple of paracetamol before my shift for this headache',
    'Took my prescribed diazepam before the MRI, it really helped with the claustrophobia',
    'The patient had taken her husband\'s tramadol for her back, so we had a chat about that',
    'Gave 5mg diazepam PR for a prolonged seizure, settled within minutes',
    'Had a cheeky smoke on my break - 3 months off the fags and I caved 😩',
    'My timesheet is wrong again, payroll never check anything properly. Hours of unpaid overtime.',
    'Signed off a student\'s competency today after watching her do it brilliantly three times',
    'Why do people think nurses just hand out tablets? Come and shadow a shift!',
    'Dear patients, thank you for your patience during the strike 💙',
    'Teaching the students about antibiotic resistance today: natural selection in action on the ward',
    'I wonder why the clinic phones are always down on a Monday 🙄',
    'Sure hun, I\'ll cover your shift again 🙄 love you really x',
    'Still don\'t listen to my own advice about sleep 😂',
    'Patients are like family here, we\'re a small practice and we know everyone',
    'Wait your turn is what I used to say to my kids, now I say it to the printer queue',
    'My favourite patients are the ones who bring photos of their grandchildren 🙃 no wait, that\'s all of them ❤️',
    'A patient told me how to do my job today and honestly she was right, I\'d missed something',
    'Why are all the good biscuits gone by 10am? Night shift, I\'m looking at you',
    'Dr Google strikes again - but honestly, I\'d rather patients ask me than worry alone',
    'That\'s not an emergency, that\'s a Tuesday - the joys of running a busy practice',
    'The smell of fresh toast on the ward at 6am is unbeatable',
  ];
  expectNoFindings(rules, texts);
});

// Issue 6, part 2: generalisation. Each mechanism is tested on phrasings other than the dev items that prompted it,
// and on the look-alikes it must leave alone.
describe('trust: issue 6 generalisation', () => {
  ruleTester.run(intoxicationRule, {
    valid: [
      'Finished nights, one small glass of wine at 9am and bed',
      'Done with clinic for the week, G&T in the garden 🍸',
      'Our netball team got hammered 30-8 but the post-match chips were elite',
      'You can still be over the limit the morning after a big night. Plan a lift.',
      'Bottle of red with the girls tonight, no work till Monday',
      'Never have a drink before a shift, simple as',
    ],
    invalid: [
      { text: 'Cheeky G&T over lunch before my afternoon clinic', evidence: 'G&T over lunch' },
      { text: 'a bottle of white and I am on call from 8, fingers crossed the bleep stays quiet', severity: 'high', evidence: 'bottle of white' },
      { text: 'Pre-drinks in the locker room before the end of the late shift 🍾', severity: 'high', evidence: 'Pre-drinks' },
      { text: 'Couple of tinnies in the back of the ambulance between calls, shh', severity: 'high' },
      { text: 'Hungover in the CT control room, every beep hurts', evidence: 'Hungover' },
      { text: "Can't feel my legs after 6 jagerbombs and I'm doing home visits at 9", evidence: 'jagerbombs' },
      { text: 'Absolutely leathered by 3pm at the wedding 🥂', evidence: 'leathered' },
    ],
  });
  ruleTester.run(drugsRule, {
    valid: [
      'Ket bladder is brutal. Please talk to your GP if it hurts to pee.',
      'Took my pills at the party like I always do, diabetes never takes a day off',
      'Patient brought in after taking ket at a festival',
      'My car dealer finally sorted the warranty',
      'Got a bump on the head from the cupboard door on shift',
    ],
    invalid: [
      { text: "Dropped the patient's oramorph into my tea to see what the fuss was about", severity: 'high', evidence: 'oramorph' },
      { text: "Necked a couple of my nan's tramadol for my back", severity: 'high', evidence: 'tramadol' },
      { text: 'A few diazepam out of the CD cupboard make a long day fly by', severity: 'high', evidence: 'diazepam' },
      { text: 'Mandy at the rave then straight to my 8am clinic lol', severity: 'high', evidence: 'Mandy' },
      { text: 'Quick sneaky bump in the on-call room to get through nights ❄️', severity: 'high', evidence: 'sneaky bump' },
      { text: 'anyone got a plug for ket in leeds? asking for a physio mate 😉', severity: 'high' },
      { text: 'still coming up from saturday and my first patient is at 9', evidence: 'still coming up from' },
      { text: 'benzos from the ward get me to sleep after nights', severity: 'high', evidence: 'benzos' },
      { text: 'My dealer does a student discount, love him', evidence: 'My dealer' },
    ],
  });
  ruleTester.run(sexualRule, {
    valid: [
      'It got busy on the ward tonight, no breaks at all',
      'Nothing turns me on like a clean fridge, honestly',
      'Swipe to see what is underneath the dressing: a beautifully healed wound',
      'Best bum in the building award goes to my new squat rack gains',
      'Messed around with the rota all morning on shift',
    ],
    invalid: [
      { text: 'Got jiggy with the reg in the on-call room, what a night shift 😏', evidence: 'Got jiggy' },
      { text: 'Made out with a student nurse in the sluice lol', evidence: 'Made out with' },
      { text: 'Men in scrubs really do turn me on, the new ODP can frisk me anytime', severity: 'high' },
      { text: "The new porter has the peachiest bum on the ward, the things I'd do to him", severity: 'high' },
      { text: 'The new physio can examine me if you know what I mean 😏', evidence: 'if you know what I mean' },
    ],
  });
  ruleTester.run(violenceRule, {
    valid: [
      'Twisted his arm to come to the pub quiz',
      'He gave me a right hook to the jaw and I still finished the job',
      'People getting stabbed in London is a national crisis',
      'Restraint should always be the last resort and proportionate',
      'Got knocked out of the pub quiz in round 2',
      'Boxercise for cardiac rehab: jab, jab, right hook to the pads 🥊',
    ],
    invalid: [
      { text: 'He went for me so I bent his wrist back a bit further than I needed to', severity: 'high', evidence: 'bent his wrist' },
      { text: 'Grabbed her arm harder than necessary, she will not try that again', severity: 'high' },
      { text: 'Any relative who swears at my student is getting decked', evidence: 'is getting decked' },
      { text: 'Next patient to kick off is leaving on a stretcher', severity: 'high', evidence: 'leaving on a stretcher' },
      { text: "If that man grabs me again I'm throwing him through the window", evidence: 'throwing him through the window' },
      { text: 'Best de-escalation is a quick jab to the nose tbh', evidence: 'quick jab to the nose' },
      { text: 'Some of these visitors are asking for a slap', evidence: 'asking for a slap' },
      { text: 'I nearly put a pillow over his face at 4am', severity: 'high', evidence: 'put a pillow over his face' },
      { text: 'Little boy bit me so I flicked him on the ear', severity: 'high', evidence: 'flicked him' },
      { text: 'Was so tempted to slap the old dear on the end', evidence: 'slap the old dear' },
    ],
  });
  ruleTester.run(illegalRule, {
    valid: [
      'Called in sick today with a migraine, hate letting the team down',
      'Off sick again with my back, so frustrating',
      'Claimed my mileage for this month: 400 miles of community visits',
      'Our pay rise has finally been backdated to April',
      "I'm made up with my new care plan template",
      'Please document obs when you do them, never backfill',
      'Drove home after a long day on the wards, so tired',
      'If you have had a few pints, never drive home. Get a taxi.',
      'Lifting boxes of gloves from stores into the treatment room all morning',
      'Told my manager I was struggling and she sorted a phased return. Grateful.',
    ],
    invalid: [
      { text: 'Drove home after four pints, the roads were dead', severity: 'high', evidence: 'Drove' },
      { text: 'had a couple of bottles of wine at the BBQ and drove the kids home after', severity: 'high' },
      { text: 'Rang in sick so I could go to the Arsenal match 😂', evidence: 'Rang in sick' },
      { text: 'Phoned in sick, not even ill, just needed a lie-in', evidence: 'Phoned in sick' },
      { text: "best sickie I've ever pulled", evidence: 'sickie' },
      { text: 'Backdated the care plan after the audit so it looked like we had done it', severity: 'high', evidence: 'Backdated the care plan' },
      { text: 'Faked the waterlow scores on the whole bay', severity: 'high', evidence: 'Faked the waterlow scores' },
      { text: "Copied yesterday's notes into today's for everyone, who's gonna know", severity: 'high' },
      { text: 'Claimed travel for a home visit I actually did on the phone', severity: 'high', evidence: 'Claimed travel' },
      { text: 'Put in overtime for a shift that got cancelled, nice little bonus', severity: 'high' },
      { text: "Signed off my friend's competencies so she could qualify on time", severity: 'high' },
      { text: 'Dodged the bus fare all week, skint', evidence: 'Dodged the bus fare' },
      { text: 'Nabbed a box of dressings from the ward for my dad, he goes through loads', evidence: 'Nabbed a box of dressings' },
      { text: 'Lifted a few boxes of gloves from stores for home, cost of living innit' },
      { text: "Told work I was at a study day but actually went to the beach" },
    ],
  });
  ruleTester.run(patientSlangRule, {
    valid: [
      'Looked-after children are entitled to an annual health assessment',
      'Fat patients deserve the same physio as anyone else, and better chairs in the waiting room',
      "The 'fat patients don't deserve physio' crowd have never worked in MSK",
      'Got told to go away by a drunk patient four times tonight. Standard Saturday 🙃',
      'Lovely lady on my caseload told me she loves a crossword. Love her ❤️',
      'Ivermectin for parasites, yes. For covid, no.',
    ],
    invalid: [
      { text: 'Genuinely the thickest man I have ever treated, took 40 minutes to explain a walking frame', evidence: 'the thickest man' },
      { text: 'Absolute unit of a patient today, whale of a woman, took the hoist and three of us 🐋' },
      { text: 'patients who google their symptoms and tell me what is wrong, ok karen 🙄' },
      { text: 'The anxious lady on my caseload rang six times today, absolute nutcase 😂' },
      { text: "Complaint from a client's son because I was 'too blunt'. Boo hoo, snowflake" },
      { text: "30 stone gent telling me he 'only eats salad'. Sure mate" },
      { text: 'Drug seekers in again tonight. Junkies will junk.' },
      { text: "'Agony' she says, while eating a Greggs and scrolling TikTok. Oscar-worthy performance" },
      { text: 'Service user told me she is allergic to exercise. Love, you are allergic to effort 🙄' },
      { text: 'Had a proper div in clinic, brain of a goldfish' },
      { text: 'The bariatric gent broke the plinth 😂😂' },
      { text: 'These patients are parasites, bleed the NHS dry' },
    ],
  });
  ruleTester.run(disparagingColleaguesRule, {
    valid: [
      'Stop telling student physios they are useless on placement. Teach them instead.',
      "Calling a colleague a 'stupid cow' in front of patients is bullying, full stop.",
      'Tag him, share it, this idiot needs to lose his job',
      'The ODPs in our theatres are the best in the region',
      "I'm a physio, useless at remembering birthdays",
    ],
    invalid: [
      { text: 'Podiatrists are the laziest people in the NHS, fight me', evidence: 'laziest' },
      { text: 'The registrar has the bedside manner of a brick and a brain to match' },
      { text: 'The HCAs on our ward are a bunch of lazy gossips', evidence: 'lazy' },
      { text: 'Our trust is run by clowns in lanyards', evidence: 'clowns' },
      { text: "My manager couldn't run a bath", evidence: "couldn't run a" },
      { text: 'The OTs on my unit are as useful as a chocolate fireguard' },
      { text: 'Band 7s who cannot even cannulate should hand their badge back' },
      { text: 'Senior management are spineless yes men', evidence: 'spineless' },
    ],
  });
  ruleTester.run(extremismRule, {
    valid: [
      'Watched the Glastonbury livestream. Legend.',
      'The Taliban banned girls from school. Respect to the women resisting.',
      'Respect to the brothers at the mosque for running the food bank',
      'The Manchester video was horrific. Thoughts with the families.',
    ],
    invalid: [
      { text: 'The Taliban run a tighter ship than our trust ever will. Respect.', severity: 'high' },
      { text: 'Breivik knew exactly what he was doing. Wish we had more like him', severity: 'high' },
      { text: 'Say what you want about ISIS, more discipline than my ward', severity: 'high' },
      { text: 'Remember the 14 words', severity: 'high', evidence: '14 words' },
      { text: 'Rewatched the shooter\'s video from the mosque attack. Legend', severity: 'high' },
    ],
  });
});

describe('trust: issue 6 generalisation, second round', () => {
  ruleTester.run(intoxicationRule, {
    valid: ['Got smashed by the hills on my cycle commute, legs are jelly', 'Two pints deep in the garden on my week off, bliss'],
    invalid: [
      { text: 'Five proseccos deep and someone wants me to cover an early tomorrow', evidence: 'Five proseccos deep' },
      { text: 'Glass of wine with lunch before my afternoon sessions', evidence: 'wine with lunch' },
    ],
  });
  ruleTester.run(drugsRule, {
    valid: ['Baked some brownies for the ward night out, vegan ones too'],
    invalid: [
      { text: 'Space cakes at the staff summer party were a mistake', evidence: 'Space cakes' },
      { text: 'A few bumps in the toilets at the wedding and I was flying', severity: 'high' },
    ],
  });
  ruleTester.run(sexualRule, {
    valid: ['Hands all over the new rota trying to fix it on shift'],
    invalid: [{ text: 'Had my hands all over the new ODP at the staff do 😈', evidence: 'hands all over' }],
  });
  ruleTester.run(violenceRule, {
    valid: ['Shook his hand at the end of rehab, he walked out unaided'],
    invalid: [
      { text: 'Shook her hard enough to make her stop shouting. Nights are long', severity: 'high' },
      { text: 'Next relative to call me sweetheart gets a fist in the face', evidence: 'gets a fist' },
    ],
  });
  ruleTester.run(illegalRule, {
    valid: ['Called in sick, proper flu, bed all day', 'Ticked off my mandatory training at last, all done properly'],
    invalid: [
      { text: 'Ticked all the two-hourly turns on the chart, didn\'t actually do half of them', severity: 'high' },
      { text: "Off 'sick' for the Six Nations final", evidence: 'Off' },
      { text: 'Claimed for a hotel I never stayed in on the course, easy money', severity: 'high' },
    ],
  });
  ruleTester.run(patientSlangRule, {
    valid: ['As a gay man I am sick of being asked who is the woman in the relationship. Neither, Karen.', 'My 2pm brought me flowers, what a lovely man'],
    invalid: [
      { text: 'Smelled my 10am before I saw her. Soap exists 🤢' },
      { text: "Grown man crying like a baby over a blood test. Pathetic" },
      { text: 'The local legend is back with his "crushing chest pain" again 🙄' },
      { text: 'Why are all my patients either obese or thick?' },
      { text: 'Parents in clinic today were a different breed. Mouth breathers' },
    ],
  });
  ruleTester.run(disparagingColleaguesRule, {
    valid: ['Our receptionists are the kindest people I have ever worked with'],
    invalid: [
      { text: 'The new reg has the clinical skills of a toaster', evidence: 'clinical skills of a' },
      { text: 'Receptionists here are the rudest people on earth', evidence: 'rudest' },
      { text: 'Never ask the physios, they are too busy drinking tea' },
    ],
  });
  ruleTester.run(extremismRule, {
    valid: ['Hitler did more damage to medicine than anyone, as the T4 exhibition shows'],
    invalid: [{ text: 'Hitler did more for working people than any government since', severity: 'high' }],
  });
});

describe('trust: issue 6, drinking near work', () => {
  ruleTester.run(intoxicationRule, {
    valid: [
      'Lovely glass of red with dinner after a long week. Cheers to Friday 🍷 Snow day in Leeds. Walked to work in wellies so the early shift was covered',
      'Spinning class then the room was spinning too, gym is brutal',
      'Anyone else seen how drunk the patients get on a Saturday?',
    ],
    invalid: [
      { text: 'Anyone else ever done a ward round with the room still spinning? Tequila is not my friend', evidence: 'room still spinning' },
      { text: 'Two pints at lunch and back on the ward for the afternoon, nobody noticed', evidence: 'pints at lunch' },
    ],
  });
});

describe('trust: issue 6, sarcasm and mishaps', () => {
  ruleTester.run(patientSlangRule, {
    valid: [
      'My stroke patient walked to the bin and back today. Six weeks ago he could not sit up 😭',
      'Pain scores are subjective, and that is fine. Believe your patients.',
      'Rate my new podiatry chair out of 10, finally got the budget 🙌',
      'Patients who struggle with exercises usually need a simpler plan, not a lecture.',
    ],
    invalid: [
      { text: 'Patients who never do their exercises then wonder why they are not better. Genius 🙄' },
      { text: 'Client said her pain was 15 out of 10 while laughing on the phone. Yeah right' },
      { text: 'haha my patient tried to stand and fell flat on his face 😂😂' },
      { text: 'Rate my client’s toenails out of 10 😂', evidence: 'Rate my client' },
      { text: 'Some of my clients are too stupid to be helped, honestly' },
      { text: 'Surprise surprise, the methadone lot missed their appointments again' },
    ],
  });
  ruleTester.run(disparagingColleaguesRule, {
    valid: ['Our physios have a degree and a masters, and it shows'],
    invalid: [
      { text: 'Physios are just gym instructors with a degree', evidence: 'with a degree' },
      { text: 'This NHS trust is a sinking ship', evidence: 'sinking ship' },
    ],
  });
  ruleTester.run(illegalRule, {
    valid: ['Drove the crew home after the Christmas do, stone cold sober on the lemonade'],
    invalid: [
      { text: 'Drove my mates home after the party, probably had too much wine', severity: 'high' },
      { text: "Been claiming mileage for visits I don't do for months", severity: 'high' },
    ],
  });
  ruleTester.run(drugsRule, {
    valid: ['Chemsex support: our sexual health clinic offers confidential advice, no judgement.'],
    invalid: [
      { text: 'Smoking a bit of green on my days off keeps me sane', evidence: 'Smoking a bit of green' },
      { text: 'chemsex weekend then clinic on Monday, living my best life', severity: 'high' },
    ],
  });
  ruleTester.run(extremismRule, {
    valid: ['Mosque open day today, lovely to meet the community', 'Someone attacked the synagogue in town last night. Horrific. Solidarity with our Jewish neighbours.'],
    invalid: [
      { text: 'Whoever firebombed that synagogue deserves a medal', severity: 'high' },
      { text: 'The lads who burned down that asylum hotel did what the government wouldn\'t', severity: 'high' },
    ],
  });
});

// ---------------------------------------------------------------------------------------------
// Issue 6, second pass: mechanisms widened on a fresh blind batch (tests/eval/dev/trust2.jsonl)

// Insults said of a person in a post about care: after a copula, used as a name, or as a sentence of its own.
ruleTester.run(patientSlangRule, {
  valid: [
    'Some clown parked across two disabled bays outside the clinic. Idiot.',
    'Patient on bay 2 was so funny today, had the whole team in stitches with his stories',
    'My patient today was a lovely man, so kind',
    'I was so useless on shift today, nothing went right',
    'Shift from hell on the ward. Nightmare.',
    'Long day in clinic. She was brilliant with the kids though',
    'Dementia is not someone being difficult. Please be patient with them',
    'The physio on the ward is an idiot',
  ],
  invalid: [
    { text: 'That bloke in resus tonight was so ugly I nearly asked for a bag to put over his head 😂', severity: 'high', evidence: 'bloke in resus tonight was so ugly' },
    { text: "@jodiePhysio the frequent attender from bay 3 is back. he's such a needy little moaner lol", severity: 'high' },
    { text: 'Another whale on the x-ray table today, needed two of us just to roll her', severity: 'high', evidence: 'Another whale' },
    { text: 'had a right nutter on the ambulance tonight, screaming about aliens', severity: 'high' },
    { text: 'Lady in clinic swore blind she walks daily. She was lying. What a liar', severity: 'high' },
    { text: 'Imagine being a 40 year old man crying over a sprained ankle. Pathetic. Physio life', severity: 'high', evidence: 'Pathetic' },
    { text: 'The podiatry patient who had not washed his feet since 2019. rank. absolutely rank.', severity: 'high' },
    { text: 'Patients are so thick sometimes', severity: 'high', evidence: 'Patients are so thick' },
  ],
});

// Colleagues: a relative clause between the colleague and the insult, time words, educators and the leadership.
ruleTester.run(disparagingColleaguesRule, {
  valid: [
    'The leadership team who took over last year are doing a decent job',
    'My practice educator is brilliant, learnt so much',
    'Radiographers who are not useless are rare... joking, love my team',
    'The physios who covered last night are not useless at all, they saved us',
  ],
  invalid: [
    { text: 'radiographers who cant cannulate are a waste of a uniform', evidence: 'radiographers who cant cannulate are a waste of a uniform' },
    { text: 'Honestly the paramedic crew last night were thick as mince' },
    { text: 'my practice educator is the most incompetent woman i have ever met #studentlife' },
    { text: "Our trust's leadership are a bunch of clowns" },
  ],
});

// Illegal: theft of everyday kit, signing off what was not seen, drink-driving named as such, paid for work not done.
ruleTester.run(illegalRule, {
  valid: [
    'Drink driving kills. Plan your lift home this Christmas',
    "Don't even think about drink driving home this year",
    'He signed it without reading it, and got a warning',
    'Pulled a sickie at school in 1998 to watch the World Cup, mum never found out',
    'Bought a new stethoscope from the shop, finally',
    'Stock room tidied and all the pens counted, audit ready',
  ],
  invalid: [
    { text: 'nicked a load of the good pens and a stethoscope from the stock room, spoils of war', severity: 'high' },
    { text: "Signed off the student's competencies without ever watching her do them", severity: 'high', evidence: 'Signed off the student\'s competencies without ever watching' },
    { text: 'drink driving home after the christmas do again, I know the back roads', severity: 'high' },
    { text: 'mate in payroll sorted me some extra overtime hours I didnt work', severity: 'high', evidence: 'hours I didnt work' },
    { text: 'took a box of dressings home from work, nobody counts them lol', severity: 'high' },
  ],
});

// Drugs: lines at work or a night out with no drug named, wanting some of a drug, and self-use always delete level.
ruleTester.run(drugsRule, {
  valid: [
    'learnt my lines before the show at the club',
    'I want weed to be legalised, the evidence on criminalisation is clear',
    'Patients on methadone often need some support with housing',
    'Read a few lines before my shift, a good book helps',
  ],
  invalid: [
    { text: 'couple of lines before the night shift keeps me sharp tbh', severity: 'high' },
    { text: 'anyone know a dealer in leeds? need some sniff for saturday', severity: 'high', evidence: 'need some sniff' },
    { text: 'Smoked a joint at the weekend, best sleep ever', severity: 'high' },
  ],
});

// Sexual: "nothing sexier than", pictures offered, crude appraisal of a body.
ruleTester.run(sexualRule, {
  valid: [
    'Nothing sexier than a well-organised sluice, said no one ever',
    'Nothing better than a cuppa after a night shift',
    'Cock of the North pub quiz tonight',
  ],
  invalid: [
    { text: 'Nothing sexier than me in my tunic. DM for pics 😈 #physio', severity: 'high' },
    { text: "That patient had the biggest cock I've ever catheterised, I wasn't complaining 😏", severity: 'high', evidence: 'biggest cock' },
  ],
});

// Violence: a blow named by the blow, and the subject of "restrained a kid and gave him ..." is the poster.
ruleTester.run(violenceRule, {
  valid: [
    'The patient came in and gave him a slap',
    'Saw a man in the street and he punched a lamp post',
    'Gave him a crack at the stairs assessment, he smashed it',
  ],
  invalid: [
    { text: 'restrained a kid on the unit today and gave him a crack round the ear when nobody was looking', severity: 'high', evidence: 'gave him a crack' },
    { text: 'Met a lad at the bar and then punched him', severity: 'high' },
  ],
});

// Extremism: the caliphate and mass killers by full name, with approval short of praise words.
ruleTester.run(extremismRule, {
  valid: [
    'Breivik murdered 77 people, mostly teenagers. Never forget Utøya',
    'Documentary on the rise and fall of the caliphate, fascinating and horrifying',
    'My grandad fought for the British army in Burma. Respect to all veterans',
  ],
  invalid: [
    { text: 'Respect to the brothers who fought for the caliphate. Martyrs', severity: 'high' },
    { text: 'Anders Breivik did what needed doing. Europe will thank him one day', severity: 'high' },
  ],
});

// A statement about an act in general ("Getting drunk before a shift is ...") is not an admission; "gross misconduct" is a term of art.
ruleTester.run(intoxicationRule, {
  valid: ['Getting drunk before a shift is a disciplinary matter. Don\'t risk your registration'],
  invalid: [{ text: 'Getting drunk before my shift again, nobody notices', severity: 'high' }],
});
ruleTester.run(illegalRule, {
  valid: ['Nicking meds from the ward is a crime and will get you struck off'],
  invalid: [{ text: 'Nicked meds from the ward again, nobody counts them', severity: 'high' }],
});
ruleTester.run(patientSlangRule, {
  valid: ['Stealing from patients is gross misconduct, saw it at a tribunal hearing summary today', 'Patient with gross haematuria on the ward today, urology aware'],
  invalid: [{ text: 'Patients are gross', severity: 'high' }],
});

// "a colleague from the ward" says where someone is from, not that the poster is on duty.
ruleTester.run(intoxicationRule, {
  valid: ['My colleague from the ward is now my best mate, we go to the pub every Friday'],
  invalid: [{ text: 'Came straight from the ward to the pub still in scrubs, 4 pints deep', severity: 'high' }],
});
// Contempt said only of "the lot of them" (no patient, work or condition) stays review level; with a patient it is delete level.
ruleTester.run(patientSlangRule, {
  valid: [],
  invalid: [
    { text: 'Builders next door, thick as two short planks the lot of them 😂', severity: 'medium' },
    { text: 'My 3pm patient, thick as two short planks 😂', severity: 'high' },
  ],
});

// Second pass (trust3): sneering at bodies by size, at speech and minds, sarcasm; not said of animals or of the poster.
ruleTester.run(patientSlangRule, {
  valid: [
    "Did the feral cats get fed? Neighbour's away and I'm on nights",
    'My accent gets mocked every time I ring a GP surgery down south 🙃 Geordie and proud',
    'Dietitian tip: eat less salt and more fibre, your heart will thank you',
    'Had a lovely chat with a patient about her cat. Made my day.',
    'Weight stigma in healthcare is real. Fat patients deserve the same dignity as anyone',
  ],
  invalid: [
    { text: 'lol the ankle in cubicle 3 weighs more than my car. how do u even get that size', severity: 'high' },
    { text: 'Nothing like a 25 stone lady crying that the hoist is too small 😂😂', severity: 'high' },
    { text: 'Today\'s SLT client couldnt string a sentence together 😂', severity: 'high' },
    { text: 'Patient complained I was rough during her manual handling. Love, maybe eat less', severity: 'high' },
    { text: 'pt asked if the xray would show his soul. one brain cell rattling round in there', severity: 'high' },
    { text: 'regular attender back again with his imaginary back pain, the only thing broken is his personality', severity: 'high' },
  ],
});
ruleTester.run(illegalRule, {
  valid: [
    'Got reimbursed out of the petty cash for the team cake',
    'Mileage claims portal is down again. Anyone know who to contact?',
    'My nan uses her blue badge for the hospital car park',
  ],
  invalid: [
    { text: 'put down 3 home visits i never actually went to. targets met', severity: 'high' },
    { text: 'Patients I never saw still got a note, targets are targets', severity: 'high' },
    { text: 'Took £20 out of the petty cash tin for a takeaway, nobody counts it anyway', severity: 'high' },
    { text: 'Dipped into the tea fund again for my bus fare', severity: 'high' },
    { text: 'Used the blue badge from one of my clients to park in town', severity: 'medium' },
  ],
});
ruleTester.run(violenceRule, {
  valid: ['Someone keyed my car last night, gutted', 'Proper scrap in the FA cup tonight, great match', 'Kid smashed the window with a football'],
  invalid: [
    { text: 'Got into it with some lad outside the kebab shop, he won\'t be mouthing off again', severity: 'medium' },
    { text: 'Got in a proper scrap outside Wetherspoons, bloke\'s nose is pointing the other way now', severity: 'medium' },
    { text: 'Smashed my ex\'s car windscreen last night, he had it coming', severity: 'medium' },
    { text: 'Keyed his car after he cut me up at the roundabout', severity: 'medium' },
  ],
});
ruleTester.run(intoxicationRule, {
  valid: ['Drank too much coffee before clinic, jittery as anything ☕', "Friend asked me out for a drink after my shift on the stroke unit, can't wait"],
  invalid: [{ text: 'Out for a drink before my shift, two pints, fine', severity: 'high' }],
});
ruleTester.run(disparagingColleaguesRule, {
  valid: ["Had a patient tell me I was the thickest physio he'd met. Laughed it off, we got there in the end"],
  invalid: [],
});
ruleTester.run(drugsRule, {
  valid: ['Got through a whole box of tissues this week with this cold', 'Made brownies for the ward', 'Mushroom risotto for tea tonight, lush'],
  invalid: [
    { text: 'smoked a fat one on my lunch break, best session with my clients all week', severity: 'high' },
    { text: 'mushroom tea with the girls last night, saw God. back on the ward now', severity: 'high' },
    { text: 'Got through a whole eighth at the weekend, still feeling it on the ward today', severity: 'high' },
    { text: 'Skinned up behind the ambulance station before nights', severity: 'high' },
  ],
});
ruleTester.run(sexualRule, {
  valid: ['Pole dancing class tonight, my core is on fire', 'Bent the rules for a patient today'],
  invalid: [
    { text: 'Bent the new student over the desk in the stock room 😈 #perksofthejob', severity: 'high' },
    { text: 'Pole dancing in my scrubs at the Christmas party, video in my bio 🔞', severity: 'high' },
  ],
});
ruleTester.run(extremismRule, {
  valid: ['Reading about Breivik for my dissertation on radicalisation. Chilling.', 'The English civil war module was the best bit of my history A level'],
  invalid: [
    { text: 'Honestly Breivik said some things that need saying', severity: 'high' },
    { text: "The next civil war can't come soon enough. Ready when you are lads", severity: 'high' },
  ],
});
ruleTester.run(intoxicationRule, {
  valid: [],
  invalid: [{ text: 'hungover as hell, just did an assessment with my sunglasses on', severity: 'medium' }],
});
// Colleagues: a contact clause ("we get"), a place of training and piled-on adjectives, pretension, a closing put-down.
ruleTester.run(disparagingColleaguesRule, {
  valid: ['The physios we get are brilliant', "My mentor thinks I'm a real clinician now!", 'Our mentor on placement is a kind old soul'],
  invalid: [
    { text: 'the agency OTs we get are clueless. couldn\'t assess a kettle', severity: 'medium' },
    { text: 'my mentor on placement is a bitter old cow who hates students', severity: 'medium' },
    { text: "ODPs think they're anaesthetists. Bless them, they're not", severity: 'medium' },
    { text: 'Social workers? More like social shirkers. Never answer their phones, lazy lot', severity: 'medium' },
    { text: "Our consultant thinks he's god's gift", severity: 'medium' },
  ],
});
// A negation cue inside one sign of contempt ("I cannot with ...") does not negate the next ("these people").
ruleTester.run(patientSlangRule, {
  valid: ['I cannot fault these people, the ward team were amazing with my nan', 'Patients are not a nuisance, these people are scared'],
  invalid: [
    { text: 'Client brought her emotional support hamster to the session. I cannot with these people' },
    { text: 'SLT home visit: man with zero teeth and even fewer brain cells wants to know why he cant eat steak', severity: 'high' },
    { text: 'Dietitian clinic: she swears she only has salad. Funny how salad makes you 22 stone' },
  ],
});
ruleTester.run(illegalRule, {
  valid: ['Walked my visits today on foot, lovely weather, claimed nothing obviously'],
  invalid: [{ text: "Claimed mileage for visits I did on foot, it's basically a pay rise", severity: 'high' }],
});
// Things thrown by the poster are damage (review); thrown by someone else, or negated, they are not the poster's act.
ruleTester.run(violenceRule, {
  valid: ['The patient threw a chair at me today, shaken', 'Dad threw a mug at the telly when England lost', "I would never key someone's car"],
  invalid: [{ text: 'Threw a chair at the wall in the staff room, felt great', severity: 'medium' }],
});

// Fourth pass (issue 6, trust4): mechanisms, in the project's own words.
describe('trust: fourth pass', () => {
  // Work declared finished after it ("nights done"), a social "night out", a count of work ("9 home visits"),
  // a question tag that confesses ("..., anyone else?"), a drink as the cause after a negation, uniform still on.
  ruleTester.run(intoxicationRule, {
    valid: [
      'Final early of the week finished, feet up with a cold beer in the sun',
      'Block of nights over at last, first glass of red in a fortnight',
      'Girls night out on Saturday, prosecco and dancing, cannot wait',
      'Never had a drink before a shift, anyone else find that people assume we all do?',
      'Is drinking on shift ever ok? Just me who thinks never?',
      'Who else thinks drinking before a shift should be a sackable offence?',
      'The hospital pub quiz raised 300 quid for the children\'s ward',
      'Ran 3 home visits this morning then a hangover-free afternoon, sober October going well',
    ],
    invalid: [
      { text: 'pounding hangover and 9 home visits ahead of me, send help', severity: 'medium', evidence: 'hangover' },
      { text: 'Tunic still on, three shots down at the bar 🍻', severity: 'high', evidence: 'shots' },
      { text: 'keep a mini vodka in my scrubs pocket for the 3am wall. just me?', severity: 'high' },
      { text: 'the 8am list was a haze, could not focus after all that gin', severity: 'high', evidence: 'gin' },
      { text: 'went into placement totally trolleyed after the student ball', evidence: 'trolleyed' },
    ],
  });
  // Stones a post puns on; someone else's stimulant taken on duty; a confessing tag.
  ruleTester.run(drugsRule, {
    valid: [
      'Passed a kidney stone on shift, absolutely stoned on the pain relief they gave me 🪨',
      "My son's Ritalin prescription is late again, on the phone to the GP before my shift",
      'Stoned fruit and yoghurt for breakfast before clinic',
      'Got offered pills at every festival I went to, said no every time. Anyone else?',
      "Picked up my flatmate's Adderall from the pharmacy before my shift",
    ],
    invalid: [
      { text: "a few of my housemate's Ritalin before my long day. Wired 🚀", severity: 'high', evidence: 'Ritalin' },
      { text: 'did some ket on Saturday and was still spaced out on the ward Monday, anyone else?', severity: 'high' },
    ],
  });
  // Animals hurt by the poster are violence; animals given things, named as things, or hurting each other are not.
  ruleTester.run(violenceRule, {
    valid: ['threw the dog a tennis ball for an hour on the beach', 'threw a stick at the dog for it to fetch', 'kicked the cat flap open with my foot', 'My cat kicked the dog off the sofa', 'A man in the park was kicking a swan, so I called the RSPCA'],
    invalid: [
      { text: 'punted a seagull off the bench this morning lol', severity: 'high', evidence: 'punted a seagull' },
      { text: 'lobbed a shoe at the neighbours cat again, direct hit', severity: 'high' },
      { text: 'video of us flinging the neighbour\'s cat into the pond 😹', severity: 'high' },
    ],
  });
  // Warnings and training, requests refused, records looked at on a system, counted and figure fraud, lies across sentences.
  ruleTester.run(illegalRule, {
    valid: [
      'Fraud awareness module today: backdated notes, padded mileage, fake sick notes. People lose their jobs over it, do not do it.',
      "My aunt wanted me to look up her husband's scan results on the system. Told her to ask his consultant.",
      "I'm made up for her, she passed three courses this year",
    ],
    invalid: [
      { text: 'My ex came in through A&E last night so I had a nosy on SystmOne', severity: 'high' },
      { text: 'invented two study days on my CPD log, nobody checks', severity: 'high' },
      { text: 'made up four courses on my portfolio and passed the audit', severity: 'high' },
      { text: 'Fudged the referral figures so the service looked busier', severity: 'high' },
      { text: 'Told the office I was at a safeguarding course. Was actually at the races', severity: 'high' },
      { text: "Told the auditor I'd checked every fridge temp. Did I though 🤷", severity: 'high' },
      { text: 'Signed off all her pressure area checks without going in, she was asleep', severity: 'high' },
      { text: 'knocked up my own sick note on the old template, nobody checks', severity: 'high' },
      { text: 'Borrowed the entonox off the truck for a mate\'s party', severity: 'high' },
    ],
  });
  // A quoted label defined, disputed, retired or put in someone else's mouth is held up; one used is not.
  ruleTester.run(patientSlangRule, {
    valid: [
      "'Frequent flyer' is a label, not a diagnosis. These are people the system keeps failing.",
      "A locum labelled my lady in bay 2 a 'GOMER' at handover. Spoke to him after. Not on.",
      "Time we retired 'bed blockers' from the handover sheet",
      'Ranking my patients by how much they taught me this year: all tied for first',
      "Long week, back on the ward tomorrow with a full list. Anyway enough moaning, who's up for a brew? 🙄",
      'Mrs B asked me the same question twenty times this morning, wanting her husband back. Love her, she is the sweetest 😂',
      "Saw a paramedic call dementia patients 'crumblies' online and reported it",
      'They should not have to fight this hard for the care they are entitled to, three of my patients were refused PIP',
    ],
    invalid: [
      { text: "Our resident 'frequent flyer' is back again on the ward 🙄", severity: 'high' },
      { text: 'first assessment of the day was like examining a turnip. a grumpy turnip', severity: 'high' },
      { text: "Half my caseload have less going on than a houseplant. I've met more personality in a teabag", severity: 'high' },
      { text: 'two hours on one bloke to learn three words, my goldfish could have learnt it quicker #SLT', severity: 'high' },
      { text: 'rating my clients from most annoying to least annoying this week, thread below 🧵', severity: 'high' },
      { text: 'half my clinic list today had the social skills of a traffic cone', severity: 'high' },
      { text: 'the family in side room 2 are vultures, circling before she has even gone', severity: 'high' },
      { text: 'New job update: the team are lovely and the canteen is decent. My caseload is mostly old boys who smell of wee lol', severity: 'high' },
      { text: 'majors tonight: a 28 stone man who ate his way into heart failure. zero sympathy 🐷', severity: 'high' },
      { text: 'the whole dementia bay were wandering again, if any of them could remember where the toilet is 😂', severity: 'high' },
      { text: "love the ones who say they've 'tried everything' and then skip every session. sure princess", severity: 'medium' },
    ],
  });
  // Colleagues: one member for all with a contact clause, students of a profession, out-of-date put-downs, a superlative naming its colleague.
  ruleTester.run(disparagingColleaguesRule, {
    valid: [
      "Every OT I've worked with has been brilliant",
      'Student paramedics these days are so well prepared',
      "I'm the worst physio at remembering birthdays",
      'Worst physio at the netball, me, twisted my ankle again',
      'The worst consultant I ever had turned out to be the best teacher I know',
      'Caught my hip on the door knob. Physio, heal thyself.',
      "Someone asked me to get hold of some codeine. No. That's theft, it's dangerous, and I'd lose my registration.",
    ],
    invalid: [
      { text: "every sonographer I've met has been useless. every one.", severity: 'medium' },
      { text: "Every agency nurse we've had this year has been clueless", severity: 'medium' },
      { text: 'Worst registrar in the deanery. Steer clear.', severity: 'medium' },
      { text: 'my clinical educator is a relic who still thinks ice cures everything', severity: 'medium' },
      { text: 'student midwives these days are soft as butter, one bad shift and they want a week off', severity: 'medium' },
    ],
  });
});

describe('trust: fourth pass, continued', () => {
  // Sexual: a euphemism tied to a work room, uniform worn with nothing else, milder words piling up about a patient.
  ruleTester.run(sexualRule, {
    valid: [
      'Got lucky with the weather for the ward fun run!',
      'after a night shift I need a cold shower and my bed',
      'had to strip off for my MRI at the hospital, gown on backwards obviously',
      'Keep your private account separate from work, set it to private',
      'Scrubs and nothing else would get me through this heatwave, the ward is 30 degrees',
    ],
    invalid: [
      { text: 'got lucky in the sluice with the new porter last night 😈', severity: 'high' },
      { text: 'stethoscope and nothing underneath, new pics on my spicy account 🔥', severity: 'high' },
      { text: 'my first patient this morning was gorgeous, dirty thoughts all through the assessment, might need a cold shower', severity: 'high' },
    ],
  });
  // Extremism: a slogan in a repost counts; a repost of a report that condemns it does not; a figure's book; violence as the only answer.
  ruleTester.run(extremismRule, {
    valid: [
      "RT @localnews: 'Day of the rope' graffiti condemned by police and cleaned off",
      'Reading Mein Kampf for my history A level, chilling how ordinary it sounds',
      'RT @policeuk: Man charged after shouting sieg heil outside a synagogue',
      'RT @counterterror: the day of the rope is a white supremacist fantasy, report anything you see',
    ],
    invalid: [
      { text: 'RT @true_brit_88: day of the rope is coming for the traitors', severity: 'high' },
      { text: 'Halfway through Mein Kampf on nights. He made some good points', severity: 'high' },
      { text: 'political violence is the only way anything changes now', severity: 'high' },
    ],
  });
  // Violence: a subject carried over from the sentence before ("... his whole session. deserved a slap").
  ruleTester.run(violenceRule, {
    valid: [
      'My sister finally passed her driving test. Deserved a good celebration',
      'Patient spat at me so I stepped back and called security',
      'A lad kept kicking the door so I rang the police',
      'He hit on me at the bar so I went home',
      'Pushed the confused lady back into her chair gently and sat with her till she settled',
      'Gave a talk to the students on falls prevention',
    ],
    invalid: [
      { text: 'the teenager in bay 2 swore at my student all through his obs. deserved a good slap', severity: 'medium' },
      { text: "confused gent grabbed at me so I 'accidentally' tightened the strap a bit extra", severity: 'high' },
      { text: 'she kept scratching so I pinched her back, two can play', severity: 'high' },
      { text: 'gave a quick clip to the lad in cubicle 4 who would not stop swearing', severity: 'high' },
      { text: 'dragged the drunk man back onto the trolley much harder than I needed to', severity: 'high' },
    ],
  });
  // Dishonesty: hours claimed above hours worked, stock sold on, errands in an emergency vehicle, discounts lent,
  // documents bought, disabled bays, illness in scare quotes for a trip, a "not saying ... but" disclaimer.
  ruleTester.run(illegalRule, {
    valid: [
      'Sold my old scrubs on Vinted for a fiver',
      'Parked in the disabled bay because I have a blue badge, before anyone starts',
      'Took a box of the spare nitrile gloves to the home visit, as you do',
      'Drove the ambulance home to the station after the last job',
      'Timesheet says 37 hours but I worked 45 this week, unpaid again',
      'Had flu so missed the festival, gutted',
      "Told my manager I'd done the checks and I had, every hour",
      "I'm not saying the new system is bad, but the notes take forever",
      'Rang in with d&v, three days on the sofa feeling awful',
    ],
    invalid: [
      { text: 'claimed 11 hours on the timesheet, actually did 8 and went to the gym', severity: 'high' },
      { text: 'Put 12 hours on the rota for Saturday, did 9', severity: 'high' },
      { text: 'flogged a few boxes of spare visors on eBay during lockdown, easy money £', severity: 'high' },
      { text: 'blues and twos to the KFC drive thru, starving', severity: 'high' },
      { text: 'lent my NHS ID to my sister for the discount at the garden centre 😂', severity: 'medium' },
      { text: 'using my staff discount card for my neighbour\'s shopping again, shh', severity: 'medium' },
      { text: 'pinched a roll of the expensive zinc oxide tape from the store room for my bike', severity: 'high' },
      { text: 'got my sick note from a mate who works at a surgery', severity: 'high' },
      { text: 'parking in the disabled bays at work, who cares', severity: 'medium' },
      { text: "off with my 'migraine' again, Ibiza here I come ✈️", severity: 'high' },
      { text: 'signed the CD register for two vials that never existed', severity: 'high' },
      { text: 'Countersigned the fridge checks for a nurse who was not even on shift', severity: 'high' },
      { text: "Checked out my neighbour's husband on SystmOne after his ambulance came", severity: 'high' },
      { text: "Not saying I've ever backdated the obs chart, but I'm not saying I haven't", severity: 'high' },
    ],
  });
});

// Fifth pass (issue 6): mechanisms that recurred across the nine blind batches, tested in fresh wording.
describe('trust, fifth pass', () => {
  ruleTester.run(drugsRule, {
    valid: [
      'Massive line for the toilets at the staff Christmas party ❄️',
      'Snow day ❄️ stood in a line of cars outside the hospital, shift starts late',
      'The phone lines in the staff toilets corridor are down again on the ward',
      'Key worker discount at the garden centre this week ❄️',
      'Learnt my lines for the ward panto in the loo on my break',
    ],
    invalid: [
      { text: 'quick bump in the staff loos and the rest of the night shift flew by', topic: 'trust.drugs', severity: 'high', evidence: 'bump' },
      { text: 'few lines off the cistern in the disabled toilet before handover', severity: 'high' },
      { text: 'bit of sniff before clinic, only way to survive Mondays 👃', severity: 'high' },
      { text: 'a cheeky line before my early ❄️❄️', severity: 'high' },
    ],
  });
  ruleTester.run(intoxicationRule, {
    valid: [
      'Work Christmas do on Saturday: nobody in uniform, everyone home by midnight, all in for the early',
      "Christmas party theme this year is 'scrubs and sparkle' 🥂",
      'Uniform washed and ironed for tomorrow, then a glass of wine with tea 🍷',
      'Changed out of my scrubs at the station, then a pint with my brother off duty 🍺',
      'Hanging baskets are up outside the clinic, looks lovely',
      'Flu shot done in the staff room, then straight onto the ward',
      'One too many mince pies at the ward party, handover at 8 tomorrow',
    ],
    invalid: [
      { text: 'Hungover in outpatients all morning. Kill me now', topic: 'trust.intoxication', severity: 'medium', evidence: 'Hungover' },
      { text: 'hanging. clinic room 2 all day. pray for me 🥴', severity: 'medium', evidence: 'hanging' },
      { text: 'hanging out my backside on this late, never again sambuca', severity: 'medium' },
      { text: 'wandered into placement still reeking of tequila from the night before 😬', severity: 'medium' },
      { text: 'Cocktails straight from the ward, still in my tunic 🍹', severity: 'medium', evidence: 'tunic' },
      { text: 'pub crawl in our scrubs after the last exam 🍻 what a night', severity: 'medium', evidence: 'scrubs' },
      { text: 'graduation ball, still in my greens at 4am eating a kebab 🥴', severity: 'medium', evidence: 'greens' },
      { text: 'vodka in the sports bottle for the whole afternoon clinic, nobody any the wiser', severity: 'high' },
      { text: 'One too many glasses of rosé last night and a full clinic at 8', severity: 'high', evidence: 'One too many' },
    ],
  });
  ruleTester.run(illegalRule, {
    valid: [
      'A physio was struck off last week for still practising after her registration lapsed',
      "Student OT, not registered yet, so I can't take private clients until I qualify",
      'Renewed my HCPC registration this morning, still practising and still loving it',
      'Told the family the truth about his prognosis, gently, and sat with them for an hour',
      'Signed in for my bank shift and worked every minute of it, knackered',
      'The agency nurse faked the obs chart and nobody checked, so I reported it the same night',
    ],
    invalid: [
      { text: "Registration ran out in June but I'm still seeing my private clients from home, nobody checks", topic: 'trust.illegal', severity: 'high' },
      { text: "Got removed from the register in the spring and I'm still practising as a 'wellness coach' 🤫", severity: 'high' },
      { text: "Forgot to renew my registration and I'm still treating people at the gym, it's only admin", severity: 'high' },
      { text: 'clocked in for the Sunday overtime then headed home to watch the match, nobody checks', severity: 'high' },
      { text: 'Invoiced the insurance company for six sessions, he turned up for three', severity: 'high' },
      { text: 'charged my old client with dementia double this month, she will never remember', severity: 'high' },
      { text: 'wrote up two study days I never attended for my CPD portfolio', severity: 'high' },
      { text: 'helped myself to a box of gloves for the garage at home, they will never miss it', severity: 'high' },
      { text: 'Drove back from the Christmas do at twice the limit, no harm done', severity: 'high' },
      { text: 'Told the ward my car had a flat and went to the sales instead, manager none the wiser', severity: 'high' },
      { text: 'snaffled a couple of vials of morph from the CD cupboard, weekend sorted', severity: 'high' },
      { text: 'pro tip for new starters: backdate the fridge temperature log on Mondays, nobody checks', severity: 'high' },
    ],
  });
  ruleTester.run(violenceRule, {
    valid: [
      "I 'accidentally' ate the last of the biscuits in the staff room 🙈",
      "Patient 'accidentally' cancelled her own appointment in the app again",
      "The word 'accidentally' does a lot of heavy lifting in incident forms on the ward",
      'Gave her a little squeeze of the hand before theatre, she was so nervous',
      'A dad gave the little boy a slap in the waiting room, so I made a safeguarding referral',
    ],
    invalid: [
      { text: "Man in bay 6 kept buzzing all night so I 'accidentally' turned his bell off", topic: 'trust.violence', severity: 'high' },
      { text: "if a patient is rude at the desk they get 'accidentally' moved to the end of the list 😇", severity: 'high' },
      { text: "sometimes I 'misplace' the referrals from the rudest GP's patients, whoops", severity: 'high' },
      { text: "Some 'firm handling' and the shouter in cubicle 4 went very quiet 😉", severity: 'high' },
      { text: 'gave the confused gent a clip round the ear when he grabbed my lanyard', severity: 'high' },
      { text: "flicked the patient's hand away hard when he wouldn't stop touching the dressing", severity: 'high' },
      { text: 'We had him pinned on the floor. Gave him a good squeeze for good measure, little sod', severity: 'high' },
    ],
  });
  ruleTester.run(patientSlangRule, {
    valid: [
      "We write 'frequent attender', never 'frequent flyer'. They are people the system keeps failing.",
      'GOMER is a vile term and it has no place on any ward',
      "The 'acopia' culture on discharge letters needs to go.",
      "'Acopia' on a referral hides someone who can't cope at home.",
      'Our courgettes have gone feral, clinic garden is a jungle',
      'Five years of the practice 🥂 we are wild animals, one glass and home by nine',
      'Recorded a teaching video on safe transfers with our patient volunteers, on the trust page now 😂',
      "Never film patients for your TikTok, it's a disciplinary matter",
      "Took a photo of my patient's drawing for her to keep, she was chuffed 😂",
      "My patient wanted 'a proper brew' after theatre so I made her one, bless her",
    ],
    invalid: [
      { text: 'Frequent flyer weekend has started already 🙄', topic: 'trust.disparaging-patients' },
      { text: 'bariatric gent on the ward needs a forklift and three hoists 🐋', severity: 'high' },
      { text: 'Some patients are just career complainers', topic: 'trust.disparaging-patients' },
      { text: 'videoed the old boys in bay 4 arguing over the telly remote, the group chat is crying 😂', severity: 'high' },
      { text: 'Resident nodded off in the lounge so I snapped him drooling for the WhatsApp 😂', severity: 'high' },
      { text: 'took a selfie next to the body bag on the last job as a joke, crew loved it', severity: 'high' },
      { text: "Patient in cubicle 2 demanded 'something stronger' because the ibuprofen 'wasn't touching it' after ten minutes 🙄", topic: 'trust.disparaging-patients' },
    ],
  });
  ruleTester.run(sexualRule, {
    valid: [
      'Snuck into the linen cupboard with a brew for five minutes of peace on nights 😅',
      'Fell flat on my bum on the ice walking into clinic 😂',
      'Bum bag packed for the night shift 😈 coffee, snacks, pens',
      'Sex education session with the year 9s went brilliantly, proud of the ward team',
    ],
    invalid: [
      { text: 'Sex in the sluice on a night shift, tick 🫦', topic: 'trust.sexual', severity: 'high' },
      { text: 'slipped off to the store cupboard with the new reg again 😏 shh', severity: 'high' },
      { text: 'scrub pics for the boys who pay 💋 link in bio', severity: 'high' },
      { text: "Back on the ward Monday. The uniform came home and didn't stay on long 😏 DM me for the full set", severity: 'high' },
    ],
  });
  ruleTester.run(extremismRule, {
    valid: [
      'Counter-protest against the National Front in town today, proud of everyone who turned out',
      'My grandad remembers the National Front marching through Bradford in the 70s, and the people who stood up to them',
      'Proud to march with my union for fair pay on Saturday',
    ],
    invalid: [
      { text: 'All we want is a white ethnostate, is that too much to ask', topic: 'trust.extremism' },
      { text: "Getting our streets back by force if that's what it takes", topic: 'trust.extremism' },
      { text: 'Marching with the English Front again this weekend, proud to be there', topic: 'trust.extremism' },
    ],
  });
  ruleTester.run(disparagingColleaguesRule, {
    valid: [
      'Physios are just brilliant, every one of them',
      'Paramedics are just people too, please be kind to them',
      'Radiographers are just as tired as the rest of us this winter',
      'The porters on our ward are legends',
      'Our physios ran the half marathon for the hospice. Legends.',
      'The new OT had no idea what she was doing on her first week, bless her, and neither did I once',
      "The patient had no idea what he was doing with the spacer so we went through it again",
      'The nurses were on their feet for thirteen hours. Shattered.',
      'Two of our student physios nearly quit over the uniform rules. Lazy rule-making.',
    ],
    invalid: [
      { text: 'Osteopaths are basically masseurs who bought a skeleton', topic: 'trust.disparaging-colleagues', severity: 'medium' },
      { text: 'dietitians are just food bloggers with a lanyard', severity: 'medium' },
      { text: 'OTs who only do discharge paperwork are basically secretaries', severity: 'medium' },
      { text: 'The registrars on my surgical rotation are clueless', severity: 'medium' },
      { text: 'The anaesthetists in theatre 5 are overgrown toddlers', severity: 'medium' },
      { text: 'agency locums are cowboys, the lot of them', severity: 'medium' },
      { text: "half my MDT couldn't find their way out of a wet paper bag", severity: 'medium' },
      { text: "band 6s nowadays can't do a thing without being told", severity: 'medium' },
      { text: "the new grad radiographers can't even read an x-ray, honestly", severity: 'medium' },
      { text: 'Student paramedics these days need a debrief after every job. Snowflakes.', severity: 'medium' },
      { text: 'the dietitian on this ward is useless, three days and no plan', severity: 'medium' },
      { text: "The locum podiatrist this week has no idea what he's doing, rebooked half his list", severity: 'medium' },
    ],
  });
});

describe('trust, sixth pass', () => {
  // Colleagues: the put-down idiom with any verb, self-importance said of a group, a "why" that is a jibe, txt-speak links.
  ruleTester.run(disparagingColleaguesRule, {
    valid: [
      "Our podiatrists couldn't be more helpful, they found their way round the new system in a day",
      'Why are the sonographers so short-staffed this winter? Fund the posts.',
      "I don't think the pharmacists are better than anyone, we just do different jobs",
      "Lost my way out of the car park again, couldn't find the exit to save my life",
      'Our lab techs r amazing, results back in an hour',
      "My mentor thinks I'm so special for remembering her coffee order 😂",
    ],
    invalid: [
      { text: "The orthoptists at our place couldn't triage their way out of a wet paper bag", topic: 'trust.disparaging-colleagues', severity: 'medium', evidence: 'paper bag' },
      { text: "Sonographers think they're god's gift. Press a probe, print a picture.", severity: 'medium' },
      { text: 'Why are the registrars on this rotation so full of themselves?', severity: 'medium' },
      { text: 'phlebotomists r useless, missed three veins in one morning', severity: 'medium' },
      { text: 'Pharmacy techs at the main site couldnae organise a piss-up in a brewery', severity: 'medium' },
      { text: 'Why do counselling psychologists think they are above the rest of the MDT? Snobs.', severity: 'medium' },
    ],
  });
  // Fake reviews: a review word and, near it, the poster or family as the authors, or a review traded for a favour.
  ruleTester.run(illegalRule, {
    valid: [
      'Please leave us a Google review if you enjoyed your sessions, it really helps a small clinic',
      'Someone has been posting reviews of my practice from fake accounts, reported to Google',
      'Medication review done, now it is my mum’s turn for her flu jab',
      'Never write reviews of your own business from other accounts, it is against the law and the standards',
      'Got a lovely 5 star review from a runner whose knee we rehabbed, made my week',
      'Would anyone swap a review in exchange for a free session? No. That would be dishonest.',
    ],
    invalid: [
      { text: 'Twelve new Trustpilot reviews this month 🙌 (full disclosure, I did a couple myself)', topic: 'trust.illegal', severity: 'high' },
      { text: 'Our testimonials page is looking great, mostly from my spare email addresses but who checks', severity: 'high' },
      { text: 'Five-star rating on Facebook now! To be fair they are all my aunties 😂', severity: 'high' },
      { text: 'Free sports massage in return for a glowing Google review, you do not even need to have come in 😉', severity: 'high' },
      { text: 'Reviews are flying in. Half of them are from my brother’s and my partner’s accounts lol', severity: 'high' },
    ],
  });
  // A lead-in ending in a colon does not make its own words the subject ("Tip nobody tells you: put in for ...").
  ruleTester.run(illegalRule, {
    valid: ['Tip from payroll: claim overtime only for hours you actually worked, they do audit the timesheets'],
    invalid: [
      { text: 'Advice your manager will never give you: put in for 10 hours overtime on an 8 hour day, nobody checks the rota', topic: 'trust.illegal', severity: 'high' },
    ],
  });
  // Sexual: the uniform as fetish or paid-for picture, a desire comparative about a person, slang, hints at work hideaways.
  ruleTester.run(sexualRule, {
    valid: [
      'Nothing hotter than this heatwave on the ward, fans on full',
      'Nobody fitter than our cardiac rehab class, 90 and still doing step-ups',
      'Scared the pants off me when the fire alarm went in the scanner room',
      'Left my stethoscope in the store cupboard again 🙄',
    ],
    invalid: [
      { text: 'Nothing sexier than a man in scrubs 🔥 DM me for the theatre pics', topic: 'trust.sexual', severity: 'high' },
      { text: 'Scrubs on, knickers off 😈 who wants a home visit', severity: 'high' },
      { text: 'got a blowie in the sluice on nights lol', severity: 'high' },
      { text: 'Paramedic in greens, taking requests 😏 #UniformFetish', severity: 'high' },
      { text: 'Fancy meeting me in the linen cupboard on my break? 😏🍑', severity: 'high' },
    ],
  });
  // Intoxication: the drunk as someone else's agent, a single drink with work later, work named by the shift alone.
  ruleTester.run(intoxicationRule, {
    valid: [
      'Spat at by a drunk on the high street tonight. Reported it and had a cup of tea.',
      'Shoved by a drunk fella at the bus stop, shift went fine after',
      'A glass of red with my tea, back on shift on Thursday 🍷',
      'One pint at the leaving do and home, early shift tomorrow',
    ],
    invalid: [
      { text: 'One glass of wine before the on-call starts, what could go wrong', topic: 'trust.intoxication', severity: 'high' },
      { text: 'hungover af and on the 8am hand therapy list 🤢', severity: 'medium' },
      { text: 'beer fear this morning on the early 😩', severity: 'medium' },
      { text: 'Still pissed from the wedding and on the ambulance at 7, pray for me', severity: 'high' },
      { text: 'steamin last night, then straight on tae the early shift', severity: 'high' },
      { text: 'four pints in and back on at 6am 🫠', severity: 'high' },
    ],
  });
  // Drugs: the medical gas taken by the poster (not as a patient), small-treat joints, before-work prefixes, spellings.
  ruleTester.run(drugsRule, {
    valid: [
      'Gas and air all the way through labour, I sucked on the entonox like my life depended on it',
      'Huffed on the entonox while they reset my dislocated shoulder in ED, brilliant stuff',
      'The patient sucked on the entonox the whole way to the hospital',
      'Cheeky joint protection class for our rheumatology group today',
      'Nothing like a bump on the head to make you check the fire exits',
    ],
    invalid: [
      { text: 'Nothing like a sneaky line in the staff loo to get you through a night shift ❄️', severity: 'high' },
      { text: 'huffed the gas and air in the back of the truck on the way back to base 😂', topic: 'trust.drugs', severity: 'high' },
      { text: 'sneaky spliff behind the day unit before clinic', severity: 'high' },
      { text: 'pre-shift edibles make the night go so much quicker', severity: 'high' },
      { text: 'wake and bake before my home visits 🌿', severity: 'high' },
      { text: 'had a bifta on my lunch break in the car park', severity: 'high' },
    ],
  });
  // Violence: a blow as the fix for patients, a beating wished on them, blows that name their own target.
  ruleTester.run(violenceRule, {
    valid: [
      'A good night of sleep would sort most of my patients out, honestly',
      'Took a good kicking from the opposition, 4-0 at half time',
      'Gave her a quick clip of the video so she could practise at home',
      'Pilates gave me a good hiding today, legs are gone',
    ],
    invalid: [
      { text: 'A swift slap would sort half the residents on my unit out', topic: 'trust.violence', severity: 'high' },
      { text: "the lad in cubicle 3 swung at me, I'd have knocked his teeth out given the chance", severity: 'high' },
      { text: 'Toddler kicked me in clinic so I flicked her ear when mum looked away', severity: 'high' },
      { text: 'punched a drunk who went for me on the ambo, no regrets', severity: 'high' },
    ],
  });
  // Patient slang held up: a term noun before it, a quoted label naming a headline or jokes, a quoted view rebutted,
  // and someone else's words quoted (abuse the poster received).
  ruleTester.run(patientSlangRule, {
    valid: [
      'Terms like "frequent flyer" and "bed blocker" stigmatise people who need us most. Drop them.',
      "Saw the 'bed blocker' headline in the paper today. It's a person waiting for care.",
      "'Frequent flyers are time wasters.' Nope. They're people the system keeps failing.",
      'The email I got from a relative today: "You should be ashamed of this ward." Passed to PALS, we are learning from it.',
      'A patient told our student she was "too thick to be a physio". She finished the session beautifully.',
    ],
    invalid: [
      { text: 'Our usual frequent flyer is back in majors again 🙄', topic: 'trust.disparaging-patients', severity: 'high' },
      { text: 'Our bed blocker on the ward is still refusing every care home going 🙄', severity: 'medium' },
      // A complaint in scare quotes counted as one of a series, at work, with an eye-roll: mild mockery, review level.
      { text: "yet another 'can't weight bear since Tuesday' in majors at 4am 🙄", severity: 'medium' },
      { text: "fifth 'worst headache of my life' in clinic this week 🙃", severity: 'medium' },
    ],
  });
  ruleTester.run(patientSlangRule, {
    valid: [
      "Another 'quick question' from the manager on the ward 🙄",
      "Yet another 'urgent' email at 5pm 🙃",
      "Another 'once in a lifetime' storm this week 🙄 stay safe on the roads",
      'People with chronic pain are routinely branded drug seekers in ED. Listen to them and treat the pain.',
    ],
    invalid: [
      { text: 'Labelled him a drug seeker in the notes and moved on to the next one in majors 🙄', topic: 'trust.disparaging-patients' },
    ],
  });
});
