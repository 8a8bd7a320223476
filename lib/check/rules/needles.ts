/**
 * What a regex needs in the text to match at all. A check runs hundreds of policy patterns and almost none match;
 * a substring test for the words a pattern needs is far cheaper than running the regex, so the rules look for
 * those words first.
 *
 * The pattern is read as a tree (groups, alternatives, quantifiers, classes). For each piece we know either the
 * exact strings it can match (a small set: "diab[èe]te" is "diabète" or "diabete", "(?:shot|jab)s?" is four
 * words) or strings one of which every match contains. A sequence keeps its best run of exact pieces; an
 * alternation needs one of its alternatives' strings. Anything not understood (a class of ranges, "\w", ".", a
 * back-reference, syntax this reader does not know) needs nothing, so a text without any of the strings cannot
 * match: the filter never drops a match, it only skips regexes that could not have matched.
 */

/** `exact`: every string the piece can match (it matches nothing else). `need`: every match contains one of these. */
interface Info {
  exact?: string[];
  need?: string[];
}

/** More exact strings than this and a piece is treated as "needs something we do not track". */
const MAX_SET = 64;
/** Shorter strings are too common to filter on ("de", "la"). */
const MIN_NEEDLE = 3;

class Unknown extends Error {}

const SPECIAL = '\\()[]{}|?*+.^$';
const QUANTIFIER = '?*+{';

/** The strings, or undefined when the pattern needs no string of MIN_NEEDLE characters or more in every match. */
export function requiredLiterals(pattern: string): string[] | undefined {
  let info: Info;
  try {
    const reader = new Reader(pattern);
    info = reader.alternation();
    if (reader.at < pattern.length) return undefined; // an unbalanced ")"
  } catch (e) {
    if (e instanceof Unknown) return undefined;
    throw e;
  }
  const need = needOf(info);
  return need && Math.min(...need.map((s) => s.length)) >= MIN_NEEDLE ? need : undefined;
}

const needOf = (info: Info): string[] | undefined => info.need ?? (info.exact && !info.exact.includes('') ? info.exact : undefined);

/** Of two needs, the one that filters better: longer shortest string, then fewer strings. */
function better(a: string[] | undefined, b: string[] | undefined): string[] | undefined {
  if (!a || a.some((s) => !s)) return b;
  if (!b || b.some((s) => !s)) return a;
  const la = Math.min(8, ...a.map((s) => s.length));
  const lb = Math.min(8, ...b.map((s) => s.length));
  if (la !== lb) return la > lb ? a : b;
  return a.length <= b.length ? a : b;
}

const dedupe = (xs: string[]) => [...new Set(xs)];

function product(a: string[], b: string[]): string[] | undefined {
  if (b.length === 1) return a.map((x) => x + b[0]); // the usual case, one more plain letter: no new duplicates
  if (a.length * b.length > MAX_SET) return undefined;
  return dedupe(a.flatMap((x) => b.map((y) => x + y)));
}

class Reader {
  at = 0;
  constructor(private readonly src: string) {}

  private peek(offset = 0): string {
    return this.src[this.at + offset] ?? '';
  }

  alternation(): Info {
    const alternatives = [this.sequence()];
    while (this.peek() === '|') {
      this.at++;
      alternatives.push(this.sequence());
    }
    if (alternatives.length === 1) return alternatives[0]!;
    const exact = alternatives.every((a) => a.exact) ? dedupe(alternatives.flatMap((a) => a.exact!)) : undefined;
    const needs = alternatives.map(needOf);
    return {
      exact: exact && exact.length <= MAX_SET ? exact : undefined,
      need: needs.every(Boolean) ? dedupe(needs.flatMap((n) => n!)) : undefined,
    };
  }

  private sequence(): Info {
    let run = [''];
    let allExact = true;
    let best: string[] | undefined;
    while (this.at < this.src.length && this.peek() !== '|' && this.peek() !== ')') {
      const piece = this.quantified();
      const joined = piece.exact && product(run, piece.exact);
      if (joined) {
        run = joined;
        continue;
      }
      allExact = false;
      best = better(best, run);
      if (piece.exact) {
        run = piece.exact; // too many strings to join: a new run starts here
      } else {
        best = better(best, needOf(piece));
        run = [''];
      }
    }
    best = better(best, run);
    return { exact: allExact ? run : undefined, need: best };
  }

  private quantified(): Info {
    const atom = this.atom();
    let min = 1;
    let max = 1;
    const c = this.peek();
    if (c === '?' || c === '*' || c === '+') {
      this.at++;
      [min, max] = c === '?' ? [0, 1] : c === '*' ? [0, Infinity] : [1, Infinity];
    } else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.at));
      if (!m) return atom; // a plain "{"
      this.at += m[0].length;
      min = +m[1]!;
      max = m[2] ? (m[3] ? +m[3] : Infinity) : min;
    } else {
      return atom;
    }
    if (this.peek() === '?') this.at++; // lazy
    if (min === 0) return { exact: max === 1 && atom.exact ? dedupe([...atom.exact, '']) : undefined };
    if (min === 1 && max === 1) return atom;
    return { need: needOf(atom) };
  }

  private atom(): Info {
    const c = this.src[this.at++] ?? '';
    if (c === '(') return this.group();
    if (c === '[') return this.characterClass();
    if (c === '\\') return this.escape();
    if (c === '.') return {};
    if (c === '^' || c === '$') return { exact: [''] };
    if (c === ')' || c === '|' || c === '') throw new Unknown();
    // a run of plain letters is one piece, up to the last one before a quantifier (which only that letter takes)
    let end = this.at;
    while (end < this.src.length && !SPECIAL.includes(this.src[end]!) && !QUANTIFIER.includes(this.src[end + 1] ?? '')) end++;
    const run = c + this.src.slice(this.at, end);
    this.at = end;
    return { exact: [run] };
  }

  private group(): Info {
    let lookaround = false;
    if (this.peek() === '?') {
      const rest = this.src.slice(this.at + 1);
      const m = /^(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/.exec(rest);
      if (!m) throw new Unknown(); // modifiers and other syntax this reader does not know
      lookaround = m[0] === '=' || m[0] === '!' || m[0] === '<=' || m[0] === '<!';
      this.at += 1 + m[0].length;
    }
    if (lookaround) return this.skipGroup();
    const inner = this.alternation();
    if (this.src[this.at++] !== ')') throw new Unknown();
    return inner;
  }

  /** A lookaround matches no text, so nothing in it is needed: step over it to its closing parenthesis. */
  private skipGroup(): Info {
    let depth = 1;
    while (depth > 0) {
      const c = this.src[this.at++];
      if (c === undefined) throw new Unknown();
      if (c === '\\') this.at++;
      else if (c === '[') {
        while (this.at < this.src.length && this.src[this.at] !== ']') this.at += this.src[this.at] === '\\' ? 2 : 1;
        this.at++;
      } else if (c === '(') depth++;
      else if (c === ')') depth--;
    }
    return { exact: [''] };
  }

  /** A class of a few plain characters ("[èe]", "[’']") is exact; ranges, escapes of sets and negation are not. */
  private characterClass(): Info {
    const chars: string[] = [];
    let plain = this.peek() !== '^';
    while (this.at < this.src.length && this.peek() !== ']') {
      let c = this.src[this.at++]!;
      if (c === '\\') {
        c = this.src[this.at++] ?? '';
        if (!/[.\-'’"()[\]{}|?*+^$\\/ #&,:;!@%=<>~`]/.test(c)) plain = false;
      } else if (c === '-' && chars.length && this.peek() !== ']') {
        plain = false; // a range
      }
      chars.push(c);
    }
    if (this.src[this.at++] !== ']') throw new Unknown();
    return plain && chars.length && chars.length <= 8 ? { exact: dedupe(chars) } : {};
  }

  private escape(): Info {
    const c = this.src[this.at++] ?? '';
    if (c === 'b' || c === 'B') return { exact: [''] };
    if ('dDwWsS'.includes(c)) return {};
    if (c === 'p' || c === 'P' || c === 'k') {
      const close = this.peek() === '{' ? '}' : this.peek() === '<' ? '>' : '';
      if (close) this.at = this.src.indexOf(close, this.at) + 1;
      if (!close || this.at === 0) throw new Unknown();
      return {};
    }
    if (/[1-9]/.test(c)) return {}; // a back-reference
    if ('uxc0'.includes(c) || /[a-zA-Z]/.test(c)) {
      const control: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v' };
      if (control[c]) return { exact: [control[c]!] };
      throw new Unknown(); // \u…, \x…, \c… and the rest: not worth reading
    }
    return { exact: [c] }; // an escaped punctuation mark stands for itself
  }
}
