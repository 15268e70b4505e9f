import { describe, expect, it } from 'vitest';
import { analyse, defineLexicon, normalise, DEBUNK, META, REPORT, HASHTAG, MENTION, DOMAIN, OBFUSCATED } from '../../src/rules/text/index.js';
import type { TextAnalysis } from '../../src/rules/text/index.js';
import { makePost } from './rule-tester.js';

// A test-only list; registering it adds entries to the shared trie, which is harmless.
const L = defineLexicon(
  'test/text',
  ['fuck*', 'shit', 'bitch', 'nigger', 'vaccines cause autism', 'black history month', 'vaccineskill', 'naturalnews.com', 'frequent flyer', 'cunt', 'gave me £', 'patient', "don't work"].join('\n'),
  { masked: true },
);

const a = (text: string): TextAnalysis => analyse(makePost(text));
const terms = (t: TextAnalysis): string[] => t.hits(L).map((h) => h.entry.term);
const spans = (t: TextAnalysis): string[] => t.hits(L).map((h) => t.hitSpan(h).text);

describe('normalise', () => {
  it('lower-cases plain ASCII one for one', () => {
    const n = normalise('Hello World');
    expect(n.norm).toBe('hello world');
    expect(n.map.start(6)).toBe(6);
    expect(n.map.end(10)).toBe(11);
  });

  it('folds compatibility forms and accents, keeping offsets into the original', () => {
    const text = 'ｆｕｃｋ naïve 𝐟𝐮𝐜𝐤';
    const n = normalise(text);
    expect(n.norm).toBe('fuck naive fuck');
    // 𝐟 is a surrogate pair: two original code units for one normalised character.
    const i = n.norm.lastIndexOf('fuck');
    expect(text.slice(n.map.start(i), n.map.end(i + 3))).toBe('𝐟𝐮𝐜𝐤');
  });

  it('drops invisible characters used to break up words', () => {
    expect(normalise('f\u200buck').norm).toBe('fuck');
  });

  it('reduces URLs to their host', () => {
    const n = normalise('see https://www.NaturalNews.com/x?y=1 now');
    expect(n.norm.replace(/\s+/g, ' ')).toBe('see naturalnews.com now');
    expect(n.urls[0]!.host).toBe('naturalnews.com');
  });

  it('splits CamelCase hashtags', () => {
    expect(normalise('#BlackHistoryMonth #NHSHeroes #covid19').norm.trim().replace(/\s+/g, ' ')).toBe('black history month nhs heroes covid19');
  });

  it('counts digits for the identifier prefilters', () => {
    expect(normalise('NHS 943 476 5919').digits).toBe(10);
  });
});

describe('tokens and spans', () => {
  it('maps every hit back to the original text', () => {
    const text = 'What a F*CKING day… sh1t! Happy #BlackHistoryMonth, read https://NaturalNews.com/a';
    const t = a(text);
    expect(spans(t)).toEqual(['F*CKING', 'sh1t', 'BlackHistoryMonth', 'NaturalNews.com']);
    for (const h of t.hits(L)) {
      const e = t.hitSpan(h);
      expect(text.slice(e.start, e.end)).toBe(e.text);
    }
  });

  it('folds leet, stretched letters, masks and spaced-out letters', () => {
    expect(terms(a('you b1tch'))).toContain('bitch');
    expect(spans(a('fuuuuuck off'))).toEqual(['fuuuuuck']);
    expect(spans(a('you c**t'))).toEqual(['c**t']);
    expect(spans(a('f u c k this'))).toEqual(['f u c k']);
    expect(spans(a('n1gg3r'))).toEqual(['n1gg3r']);
    expect(a('sh1t').tokens[0]!.flags & OBFUSCATED).toBeTruthy();
  });

  it('does not match inside longer words (Scunthorpe)', () => {
    expect(terms(a('Scunthorpe United and Penistone'))).toEqual([]);
  });

  it('matches joined hashtags and phrases across hyphens', () => {
    expect(spans(a('#VaccinesKill'))).toEqual(['VaccinesKill']);
    expect(spans(a('a frequent-flyer again'))).toEqual(['frequent-flyer']);
  });

  it('does not run phrases across sentence breaks', () => {
    expect(terms(a('Vaccines cause. Autism is not caused by them'))).toEqual([]);
  });

  it('keeps currency signs as tokens and strips possessives for lookups', () => {
    expect(terms(a('he gave me £20'))).toContain('gave me £');
    expect(terms(a("the patient's mum"))).toContain('patient');
  });

  it('flags mentions, hashtags and link hosts', () => {
    const t = a('@nhs_uk #Pride naturalnews.com');
    expect(t.tokens[0]!.flags & MENTION).toBeTruthy();
    expect(t.tokens[1]!.flags & HASHTAG).toBeTruthy();
    expect(t.tokens[2]!.flags & DOMAIN).toBeTruthy();
    expect(t.domains).toEqual(['naturalnews.com']);
  });

  it('splits sentences but not after titles', () => {
    const t = a('Mr. Smith is fine. The rest is not! Really?');
    expect(t.sentences).toHaveLength(3);
    expect(t.sentences[2]!.question).toBe(true);
  });

  it('takes link domains from the post too', () => {
    const t = analyse(makePost({ text: 'look', links: [{ url: 'https://www.infowars.com/x', domain: 'www.infowars.com' }] }));
    expect(t.domains).toEqual(['infowars.com']);
  });
});

describe('negation', () => {
  const negatedTerm = (text: string): boolean => {
    const t = a(text);
    const h = t.hits(L)[0]!;
    return t.negatedHit(h);
  };

  it('scopes a negation over the rest of its clause', () => {
    expect(negatedTerm('I do not think vaccines cause autism')).toBe(true);
    expect(negatedTerm("I don't trust them, but vaccines cause autism")).toBe(false);
    expect(negatedTerm('Not only that, vaccines cause autism')).toBe(false);
  });

  it('finds negation between the parts of a claim', () => {
    const t = a('Vaccines do not cause autism');
    expect(t.negationIn(1, 3)).toBe(true);
  });

  it('leaves a pattern its own negation', () => {
    const t = a("masks don't work");
    const h = t.hits(L)[0]!;
    expect(t.negatedHit(h)).toBe(false);
  });
});

describe('quotes and frames', () => {
  it('marks text inside double and curly quotes', () => {
    const t = a('He said “what a shit day” and left');
    const h = t.hits(L)[0]!;
    expect(t.quotedSpan(h.t0, h.t1)).toBe(true);
    expect(t.inQuotes(0)).toBe(false);
  });

  it('treats "RT @x:" as shared text', () => {
    const t = a('RT @someone: shit happens');
    const h = t.hits(L)[0]!;
    expect(t.quotedSpan(h.t0, h.t1)).toBe(true);
  });

  it('does not take apostrophes for quotes', () => {
    const t = a("it's the patient's shit day");
    const h = t.hits(L).find((x) => x.entry.term === 'shit')!;
    expect(t.quotedSpan(h.t0, h.t1)).toBe(false);
  });

  it('recognises reported abuse and talk about a word', () => {
    const t = a('A man called me a bitch on the bus');
    const h = t.hits(L)[0]!;
    expect(t.frameOver(h.t0, h.t1) & REPORT).toBeTruthy();
    const m = a('The word "bitch" is a slur');
    expect(m.frameOver(m.hits(L)[0]!.t0, m.hits(L)[0]!.t1) & META).toBeTruthy();
  });

  it('recognises debunking frames before and after a claim', () => {
    for (const text of ['Myth: vaccines cause autism', 'There is no evidence that vaccines cause autism', 'The claim that vaccines cause autism has been debunked']) {
      const t = a(text);
      const h = t.hits(L)[0]!;
      expect(t.frameOver(h.t0, h.t1) & DEBUNK, text).toBeTruthy();
    }
    const plain = a('Vaccines cause autism, wake up');
    const h = plain.hits(L)[0]!;
    expect(plain.frameOver(h.t0, h.t1)).toBe(0);
  });
});

describe('capitalised', () => {
  it('is false past either end of the post, so rules may look one word ahead or back', () => {
    const t = a('Met her on Market St');
    expect(t.capitalised(t.tokens.length - 1)).toBe(true);
    expect(t.capitalised(t.tokens.length)).toBe(false);
    expect(t.capitalised(-1)).toBe(false);
  });
});

describe('single quotes closed after punctuation', () => {
  it("end the quotation at a quote that follows the quoted sentence's own full stop", () => {
    const t = a("Overheard at the bus stop: 'they should all go back home.' No. Just no.");
    const words = t.tokens.map((_, i) => [t.original(i), t.inQuotes(i)] as const);
    expect(words.find(([w]) => w === 'home')?.[1]).toBe(true);
    expect(words.find(([w]) => w === 'Just')?.[1]).toBe(false);
  });

  it('still leaves apostrophes alone', () => {
    const t = a("It's the patients' choice, isn't it.");
    expect(t.tokens.some((_, i) => t.inQuotes(i))).toBe(false);
  });
});

describe('entry terms', () => {
  it('are each expansion of its line, words joined by spaces, whichever expansion matched', () => {
    const lex = defineLexicon('test/terms', 'gave/handed [my] number/mobile to | contact\nhug* | touch', {});
    const hit = (text: string) => analyse(makePost(text)).hits(lex).map((h) => [h.entry.term, h.entry.tag]);
    expect(hit('I handed my mobile to him')).toEqual([['handed my mobile to', 'contact']]);
    expect(hit('gave number to her')).toEqual([['gave number to', 'contact']]);
    expect(hit('hugging everyone')).toEqual([['hug*', 'touch']]);
    // Asking twice gives the same string.
    const h = analyse(makePost('gave my number to')).hits(lex)[0]!;
    expect(h.entry.term).toBe(h.entry.term);
  });
});
