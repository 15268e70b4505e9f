/** Small closed word classes used by several rules; tested by token key, so kept out of the phrase trie. */

export const FIRST_PERSON = new Set([
  'i', "i'm", 'im', "i've", 'ive', "i'd", "i'll", 'me', 'my', 'mine', 'myself', 'we', "we're", "we've", "we'd", "we'll", 'us', 'our', 'ours', 'ourselves',
]);

export const SECOND_PERSON = new Set([
  'you', "you're", 'youre', "you've", "you'll", "you'd", 'ur', 'u', 'your', 'yours', 'yourself', 'ya', 'yer', "y'all", 'yall', 'thou',
]);

export const THIRD_PERSON = new Set([
  'he', 'she', 'they', 'him', 'her', 'them', 'his', 'hers', 'their', "he's", "she's", "they're", 'theyre', "he'd", "she'd", "they'd", 'himself', 'herself', 'themselves',
]);

export const NEGATION_CUES = new Set([
  'not', 'no', 'never', 'nobody', 'none', 'nothing', 'neither', 'nor', 'without', 'hardly', 'cannot', 'nowhere', 'noone',
  "don't", 'dont', "doesn't", 'doesnt', "didn't", 'didnt', "isn't", 'isnt', "aren't", 'arent', "wasn't", 'wasnt', "weren't", 'werent',
  "won't", "wouldn't", 'wouldnt', "can't", 'cant', "couldn't", 'couldnt', "shouldn't", 'shouldnt', "haven't", 'havent', "hasn't", 'hasnt',
  "hadn't", 'hadnt', "mustn't", "ain't", 'aint', "needn't", "mightn't", "shan't",
]);

/** Cue + next word pairs that do not negate what follows ("not only", "no doubt", "nothing but"). */
export const NEGATION_EXCEPTIONS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['not', new Set(['only', 'just', 'gonna', 'to', 'least', 'bad'])],
  ['no', new Set(['doubt', 'wonder', 'matter', 'joke', 'way', 'longer'])],
  ['nothing', new Set(['but', 'else', 'short', 'less', 'says', 'beats', 'like', 'compares'])],
  ['never', new Set(['mind', 'forget', 'again'])],
  ["can't", new Set(['wait', 'believe', 'stand', 'stop', 'help'])],
  ['cant', new Set(['wait', 'believe', 'stand', 'stop', 'help'])],
  ['cannot', new Set(['wait', 'believe', 'stand', 'stop', 'help'])],
  ["don't", new Set(['care', 'mind'])],
  ['dont', new Set(['care', 'mind'])],
]);

/** Words that end a negation scope early. */
export const SCOPE_ENDS = new Set(['but', 'however', 'although', 'though', 'yet', 'because', 'cos', 'coz', 'whereas', 'while', 'whilst', 'and', 'so']);

/** Determiners and intensifiers that make a following noun an insult aimed at someone ("a", "you", "such a"). */
export const INSULT_LEAD = new Set([
  'a', 'an', 'the', 'you', 'ur', 'u', 'your', 'ya', 'yer', 'such', 'what', 'those', 'these', 'that', 'this', 'bunch', 'load', 'lot', 'like',
  'fucking', 'fuckin', 'effing', 'bloody', 'dirty', 'filthy', 'stupid', 'thick', 'typical', 'fat', 'ugly', 'disgusting', 'absolute', 'total', 'complete',
  'little', 'bunch', 'lazy', 'useless', 'bastard', 'sick',
]);
