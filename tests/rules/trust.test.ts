import { ruleTester } from './rule-tester.js';
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
    { text: 'So horny on this night shift', severity: 'medium', evidence: 'horny' },
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
    { text: 'Pulled a sickie to go to the football', severity: 'medium', evidence: 'Pulled a sickie' },
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
ruleTester.run(illegalRule, { valid: ['Dropped my phone in the sluice, again'], invalid: [{ text: 'took some diazepam home from the ward, nobody counts them anyway', severity: 'high', evidence: 'took some diazepam home' }] });
ruleTester.run(disparagingColleaguesRule, {
  valid: ['Proud to stand with striking junior doctors, management need to listen', 'Our ward manager is incredible, we would be lost without her', 'Hot desk policy at the trust is terrible, the chairs are broken', 'Shout out to the porters, unsung heroes'],
  invalid: [
    { text: 'our consultant is a useless prick', evidence: 'useless' },
    { text: 'Our HCA is thick as mince', evidence: 'thick' },
    { text: 'Our trust chief exec is a clueless muppet', evidence: 'clueless' },
  ],
});
