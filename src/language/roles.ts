// Titles and role nouns of news copy, mapped to the roles of Facts v1, and the ministry topics they imply.
import type { Role } from '../shared/types';

// Order matters: the first pattern that matches a title decides its role.
const ROLE_PATTERNS: Array<[RegExp, Role]> = [
  [/\b(?:deputy|vice)[ -](?:prime minister|premier|president|chancellor)\b/i, 'minister'],
  [/\b(?:deputy|vice|first deputy|state) (?:foreign )?minister\b/i, 'minister'],
  [/\bforeign (?:minister|secretary)\b|\bminister (?:of|for) (?:foreign|external) affairs\b|\b(?:foreign|external) affairs (?:cabinet )?(?:minister|secretary)\b|\bsecretary of state\b|\btop diplomat\b/i, 'foreign_minister'],
  [/\b(?:prime minister|premier|chancellor|head of (?:the )?government|chairman of the cabinet of ministers)\b/i, 'head_of_government'],
  // Princes and popes hold no office of Facts v1: a crown prince is not the head of state.
  [/\b(?:crown prince|prince|princess|pope)\b/i, 'other'],
  [/\b(?:defen[cs]e|finance|trade|energy|agriculture|health|education|interior|home|treasury|commerce|labou?r|transport|transportation) secretary\b/i, 'minister'],
  [/\b(?:president|king|queen|emir|sultan|monarch|head of (?:the )?state|leader)\b/i, 'head_of_state'],
  [/\bminister\b|\bcabinet secretary\b|\bsecretary (?:of|for) [a-z]+/i, 'minister'],
  [/\b(?:ambassador|envoy|consul|high commissioner|charg[ée] d'affaires|diplomat)\b/i, 'diplomat'],
  [/\b(?:ceo|chief executive|managing director|founder|chairman of the board|businessman|businesswoman|entrepreneur|general director|director general of (?:the )?company)\b/i, 'business'],
  [/\b(?:analyst|expert|economist|researcher|professor|political scientist|scholar|observer|fellow|lecturer)\b/i, 'expert'],
  [/\b(?:spokes(?:man|woman|person)|governor|mayor|head|chairman|chairwoman|chair|director|deputy|adviser|advisor|aide|official|commissioner|secretary|speaker|senator|mp|lawmaker|general|commander|chief)\b/i, 'official'],
];

export function roleOf(title: string): Role {
  for (const [re, role] of ROLE_PATTERNS) if (re.test(title)) return role;
  return 'other';
}

/** Title words that can stand right before a name ("President", "Economy Minister", "analyst"). */
export const TITLE_SOURCE = String.raw`(?:(?:[Ff]irst |[Dd]eputy |[Vv]ice[ -]|[Aa]cting |[Ff]ormer |[Ss]tate )*(?:[Pp]rime [Mm]inister|[Pp]remier|[Pp]resident|[Cc]hairman of the [Cc]abinet of [Mm]inisters|[Cc]rown [Pp]rince|[Pp]rince|[Pp]ope|[Ss]peaker|(?:Defen[cs]e|Finance|Trade|Energy|Agriculture|Health|Education|Interior|Home|Treasury|Commerce|Labou?r|Transport|Transportation) [Ss]ecretary|[Uu]ndersecretary|[Kk]ing|[Qq]ueen|[Ee]mir|[Ss]ultan|[Cc]hancellor|[Ff]oreign [Mm]inister|[Ff]oreign [Ss]ecretary|[Ss]ecretary of [Ss]tate|[Mm]inister of [Ff]oreign [Aa]ffairs|(?:[A-Z][a-z]+ (?:[A-Z][a-z]+ )?(?:and [A-Z][a-z]+ )?)?(?:[Mm]inister|[Cc]abinet [Ss]ecretary)(?: (?:of|for) (?:the )?[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}(?:(?:,| and|, and| &) [A-Z][a-z]+(?: [A-Z][a-z]+){0,2})*)?|(?:[Aa]mbassador|[Hh]igh [Cc]ommissioner)(?: (?:to|in) [A-Z][a-z]+)?|[Ee]nvoy|[Cc]onsul|[Gg]overnor|[Mm]ayor|[Ss]pokes(?:man|woman|person)|CEO|[Cc]hief [Ee]xecutive|[Cc]hairman|[Cc]hairwoman|[Aa]nalyst|[Ee]xpert|[Ee]conomist|[Pp]rofessor|[Rr]esearcher|(?:[Ss]enior |[Rr]esearch |[Vv]isiting )?[Ff]ellow|[Ll]ecturer|[Ss]cholar|[Pp]olitical [Ss]cientist|[Bb]logger|[Jj]ournalist|[Aa]ctivist|[Ll]eader|[Aa]dviser|[Aa]dvisor|[Dd]irector(?: [Gg]eneral)?|[Hh]ead of [A-Z][\w-]*(?: [A-Z][\w-]*)*|[Ss]ecretary(?: [Gg]eneral)?))`;

// Which agreement topic a minister's portfolio implies ("Defence Ministers inked a plan").
const PORTFOLIO_TOPICS: Array<[RegExp, string]> = [
  [/defen[cs]e|military|armed forces/i, 'defense'],
  [/foreign|diplomat/i, 'political'],
  [/econom|trade|commerce/i, 'economic'],
  [/energy|oil|gas/i, 'energy'],
  [/agricultur|farm/i, 'agriculture'],
  [/education|science/i, 'education'],
  [/health/i, 'health'],
  [/transport|railway/i, 'transport'],
  [/culture/i, 'culture'],
  [/sport|youth/i, 'sport'],
  [/tourism/i, 'tourism'],
  [/financ/i, 'finance'],
  [/interior|security|police/i, 'security'],
];

export function portfolioTopic(title: string): string | undefined {
  if (!/minister|ministry/i.test(title)) return undefined;
  for (const [re, topic] of PORTFOLIO_TOPICS) if (re.test(title)) return topic;
  return undefined;
}
