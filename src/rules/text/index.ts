export { analyse, TextAnalysis, REPORT, DEBUNK, META } from './analysis.js';
export { defineLexicon, loadLexicon, outermost, Lexicon, type Hit, type LexEntry } from './lexicon.js';
export { normalise, OffsetMap, type Normalised, type UrlSpan } from './normalise.js';
export { tokenise, type Token, type Sentence, BREAK, CLAUSE, HASHTAG, MENTION, DOMAIN, NUM, EMOJI, OBFUSCATED, MASKED } from './tokens.js';
export { q, qList, tidy } from './message.js';
export * from './words.js';
