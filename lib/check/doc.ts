/**
 * The text being checked, parsed once and shared by every recognizer and rule (Presidio's
 * NlpArtifacts). The compromise parse is made lazily: cheap regex recognizers never pay for it.
 */
import nlp from 'compromise';

type NlpDoc = ReturnType<typeof nlp>;

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

export class CheckDoc {
  readonly text: string;
  /** lower-cased text, same offsets as `text` (toLowerCase keeps UTF-16 length for the scripts we read) */
  readonly lower: string;
  private parsed?: NlpDoc;
  private sentenceList?: Sentence[];

  constructor(text: string) {
    this.text = text;
    const lower = text.toLowerCase();
    // A few characters (e.g. U+0130) change length when lower-cased; keep offsets true in that case.
    this.lower = lower.length === text.length ? lower : [...text].map((c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c)).join('');
  }

  /** The compromise parse of the whole text, made on first use. */
  get nlp(): NlpDoc {
    this.parsed ??= nlp(this.text);
    return this.parsed;
  }

  /** Sentences with offsets, split on end punctuation and line breaks (no parse needed; decimals stay whole). */
  get sentences(): Sentence[] {
    if (!this.sentenceList) {
      const out: Sentence[] = [];
      // A dot with a letter or digit right after it is inside a decimal, an address or a link ("0.25 mg",
      // "hank.delgado@yahoo.com", "caringbridge.org/x"), and the dot of a title or an initial ("Mr. Delgado",
      // "M. Lefebvre", "J. R.") is part of a name: none of them ends a sentence.
      const re = /(?:[^.!?\n]|\.(?=[\p{L}\p{N}_])|(?<=(?:^|[^\p{L}])(?:Mr|Mrs|Ms|Mx|Dr|Dra|Dres|St|Sr|Sra|Srta|Mme|Mlle|Jr|vs|pt|Pt|Hno|Hna|Fr|Rev|Pbro|Prof|Brgy|Col|Urb|Fracc|Av|Sta|Sto|\p{Lu}))\.(?= )|(?<=(?:^|[^\p{L}])[Nn])\.(?=[º°]))+(?:[.!?]+|\n+|$)/gu;
      for (const m of this.text.matchAll(re)) {
        if (m[0].trim()) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
      }
      this.sentenceList = out;
    }
    return this.sentenceList;
  }

  /** The sentence that contains offset `at` (or the last one). */
  sentenceAt(at: number): Sentence | undefined {
    return this.sentences[this.sentenceIndexAt(at)];
  }

  /** Index of the last sentence starting at or before `at` (binary search: long drafts stay fast); -1 if none. */
  sentenceIndexAt(at: number): number {
    const list = this.sentences;
    let lo = 0;
    let hi = list.length - 1;
    if (hi < 0) return -1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (list[mid]!.start <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}
