/** Word lists shared by the discrimination rules, registered once. */
import { loadLexicon } from '../text/index.js';

export const SLURS = loadLexicon(new URL('./slurs.txt', import.meta.url), { masked: true });
export const NOT_SLURS = loadLexicon(new URL('./not-slurs.txt', import.meta.url));
export const GROUPS = loadLexicon(new URL('./groups.txt', import.meta.url));
export const PREDICATES = loadLexicon(new URL('./predicates.txt', import.meta.url));
export const STATEMENTS = loadLexicon(new URL('./statements.txt', import.meta.url));
export const HOSTILE = loadLexicon(new URL('./hostile.txt', import.meta.url));

/** Plain-English names of the protected characteristics, for messages. */
export const CHARACTERISTIC: Record<string, string> = {
  race: 'race or ethnicity',
  religion: 'religion or belief',
  disability: 'disability',
  sex: 'sex',
  'sexual orientation': 'sexual orientation',
  sex_orientation: 'sexual orientation',
  'gender reassignment': 'gender reassignment',
  gender: 'gender reassignment',
  age: 'age',
  pregnancy: 'pregnancy or maternity',
  marriage: 'marriage or civil partnership',
  person: 'a protected characteristic',
  other: 'a group of service users',
};
