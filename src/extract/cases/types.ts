// The shape of a hand-written extraction case: a short text, its document date, and exactly the facts expected.
import type { FactBody } from '../../shared/types';

export interface Case {
  /** One to three sentences of news text. */
  text: string;
  /** The document's publication date ('2023-05-16'), or null/undefined when none. */
  date?: string | null;
  /** Exactly the facts expected, all types (persons included). Empty for a negative case. */
  facts: FactBody[];
  /** The headline, when the case needs the document's main pair of states from it. */
  title?: string;
  /** Why this case matters (the general pattern it pins down). */
  note?: string;
}
