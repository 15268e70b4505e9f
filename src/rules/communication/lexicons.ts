/** Word lists shared by the communication rules, registered once. */
import { loadLexicon } from '../text/index.js';

export const PROFANITY = loadLexicon(new URL('./profanity.txt', import.meta.url), { masked: true });
export const INSULTS = loadLexicon(new URL('./insults.txt', import.meta.url), { masked: true });
export const CLINICAL = loadLexicon(new URL('./clinical.txt', import.meta.url));
export const NOT_ANCHORS = loadLexicon(new URL('./not-anchors.txt', import.meta.url));
export const LEADS = loadLexicon(new URL('./leads.txt', import.meta.url));
/** More names, threats, ill wishes and harassment (aggression.txt): read by the rules only, not by the model's features. */
export const AGGRESSION = loadLexicon(new URL('./aggression.txt', import.meta.url), { masked: true });
