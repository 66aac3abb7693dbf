// General commentary sentences that carry no facts, so that about half of each benchmark article is filler as in real news.
import { exportGoods, months } from './vocab.mjs';
import { pct, pastYear, who, fresh } from './phrases.mjs';

const speakers = ['Analysts', 'Observers in the region', 'Business associations', 'Economists', 'Officials on both sides', 'Industry representatives', 'Local commentators', 'Diplomats', 'Several experts', 'Market participants', 'Trade unions', 'Opposition politicians', 'Foreign investors', 'Think-tank researchers', 'Chambers of commerce', 'Bankers'];
const verbs = ['note that', 'point out that', 'argue that', 'say that', 'have long warned that', 'believe that', 'stress that', 'suggest that', 'caution that', 'expect that', 'agree that', 'doubt that', 'fear that', 'hope that'];
const claims = [
  'the pace of economic reforms will determine how quickly new investment arrives', 'logistics remain the main bottleneck for exporters',
  'currency fluctuations have weighed on import demand', 'the energy transition is reshaping trade across the region',
  'small and medium-sized firms still find it hard to enter foreign markets', 'bureaucratic obstacles at the border add days to every delivery',
  'demand for skilled workers is outpacing supply', 'the rising cost of freight has eaten into margins',
  'digital services are the fastest-growing part of the economy', 'agricultural output depends heavily on the weather',
  'the banking sector is cautious about financing long-term projects', 'public opinion broadly supports closer ties with neighbours',
  'the tourism industry has fully recovered', 'infrastructure spending has become a priority for the government',
  'the investment climate has improved but remains uneven', 'mineral wealth has not yet translated into broad-based growth',
  'young people increasingly look for work abroad', 'the informal economy remains large', 'the new customs rules will take time to bear fruit',
  'rail freight is gaining ground on road transport', 'water scarcity is becoming a strategic issue', 'food prices remain a sensitive political topic',
  'regional integration projects have moved slower than promised', 'the shift to local currencies in trade settlements is gathering pace',
  'competition for foreign capital is intensifying', 'many announced projects never move beyond memoranda', 'the manufacturing base needs modernisation',
  'energy security has climbed to the top of the agenda', 'exporters are looking for new markets to diversify risk',
  'the state still plays an outsized role in the economy', 'higher interest rates have cooled domestic demand', 'cross-border e-commerce is growing quickly',
  'the education system struggles to keep up with industry', 'climate change is already affecting harvests', 'visa procedures discourage business travel',
  'payment problems still hold back some deals', 'insurance costs for cargo have risen sharply', 'port capacity is close to its limit',
  'the services sector is underestimated in official statistics', 'remittances play a large role in household incomes',
  'special economic zones have had mixed results', 'public-private partnerships are gaining popularity', 'the green agenda opens new niches for exporters',
  'the legal framework for investors needs to be more predictable', 'the middle class is growing, and with it demand for imported goods',
  'the construction boom may be slowing', 'the pharmaceutical market is dominated by imports', 'food processing offers quick wins',
  'the mining sector attracts the bulk of foreign capital', 'technology transfer matters more than headline investment figures',
];
const tails = ['', '', '', ', especially in the manufacturing sector', ' despite the global slowdown', ', according to a recent survey', ' over the coming decade', ', at least in the short term', ' in the current environment', ', a view shared by many investors', ' in both countries', ' across the region', ', although the data are patchy', ' more than is commonly thought'];
const orgs = ['the United Nations', 'the World Trade Organization', 'regional development banks', 'the Non-Aligned Movement', 'regional economic bodies', 'the Group of 77', 'UNESCO', 'the International Labour Organization', 'multilateral climate talks', 'the Organisation of Islamic Cooperation', 'the Commonwealth', 'regional security forums'];
const issues = ['many global issues', 'climate policy', 'the reform of international institutions', 'regional security', 'trade liberalisation', 'food security', 'development finance', 'nuclear non-proliferation', 'migration', 'the fight against terrorism', 'debt relief', 'the digital divide'];
const driver = ['construction', 'services', 'mining', 'agriculture', 'household consumption', 'public investment', 'exports', 'tourism', 'manufacturing', 'remittances'];
const pickOrgs = (r) => { const o = r.sample(orgs, r.int(1, 2)); return o.join(' and '); };

const generic = [
  (ctx) => `${ctx.r.pick(speakers)} ${ctx.r.pick(verbs)} ${ctx.r.pick(claims)}${ctx.r.pick(tails)}.`,
  (ctx) => `${ctx.r.pick(speakers)} in ${ctx.r.pick([ctx.A, ctx.B]).capital} ${ctx.r.pick(verbs)} ${ctx.r.pick(claims)}${ctx.r.pick(tails)}.`,
  (ctx) => `Diplomatic relations between ${ctx.A.name} and ${ctx.B.name} were established in ${ctx.r.int(1946, 1995)}.`,
  (ctx) => `The two countries cooperate within ${pickOrgs(ctx.r)} and have ${ctx.r.pick(['similar', 'close', 'coordinated', 'largely shared'])} positions on ${ctx.r.pick(issues)}.`,
  (ctx) => `${ctx.r.pick([ctx.A, ctx.B]).name}'s economy grew by ${pct(ctx, 1, 8)} percent in ${pastYear(ctx, 1, 3)}, driven by ${ctx.r.pick(driver)} and ${ctx.r.pick(driver)}.`,
  (ctx) => `Inflation in ${ctx.r.pick([ctx.A, ctx.B]).name} ${ctx.r.pick(['slowed', 'accelerated', 'eased'])} to ${pct(ctx, 2, 15)} percent in ${ctx.r.pick(months)}, the central bank said.`,
  (ctx) => `The ${ctx.r.pick([ctx.A, ctx.B]).adj} government has promised to ${ctx.r.pick(['simplify tax rules', 'cut red tape', 'improve the business climate', 'support exporters', 'attract foreign investors', 'reduce dependence on imports', 'privatise state assets', 'digitalise public services'])} and to ${ctx.r.pick(['modernise infrastructure', 'create new jobs', 'raise wages in the public sector', 'develop the regions', 'expand renewable energy', 'build affordable housing', 'reform vocational training'])}.`,
  (ctx) => `Both sides stressed the importance of ${ctx.r.pick(['dialogue', 'mutual respect', 'people-to-people contacts', 'cultural exchanges', 'cooperation between universities', 'contacts between regions', 'youth exchanges', 'parliamentary diplomacy'])} and of ${ctx.r.pick(['predictable rules for business', 'regular consultations', 'joint work in international forums', 'preserving historical memory', 'direct air links', 'protecting investors'])}.`,
  (ctx) => `The talks took place in a ${ctx.r.pick(['friendly', 'constructive', 'businesslike', 'warm', 'frank', 'trusting'])} atmosphere, ${ctx.r.pick(['according to the official statement', 'both delegations said', 'a participant said', 'the press service noted', `the ${ctx.A.adj} side said`, `a ${ctx.B.adj} diplomat said`])}.`,
  (ctx) => `The ${ctx.r.pick(['region', 'continent', 'world economy'])} has faced ${ctx.r.pick(['supply chain disruptions', 'volatile commodity prices', 'tighter financial conditions', 'geopolitical tensions', 'droughts and floods', 'a slump in demand'])} in recent years, ${ctx.r.pick(['forcing governments to rethink their priorities', 'prompting a search for new partners', 'and trade has shifted accordingly', 'which has hit smaller economies hardest'])}.`,
  (ctx) => `Much of the discussion focused on ${ctx.r.pick(['practical steps', 'removing barriers', 'the timetable', 'financing', 'the role of the private sector', 'logistics', 'customs procedures'])}, rather than on ${ctx.r.pick(['new declarations', 'broad political statements', 'long-term plans', 'past disagreements'])}.`,
  (ctx) => `Demand for ${ctx.r.pick(exportGoods)} has been ${ctx.r.pick(['rising steadily', 'recovering', 'volatile'])}, while prices for ${ctx.r.pick(exportGoods)} have ${ctx.r.pick(['fallen', 'stabilised', 'risen'])}.`,
  (ctx) => `The number of tourists travelling between ${ctx.A.name} and ${ctx.B.name} ${ctx.r.pick(['has grown', 'has recovered', 'remains modest', 'is still small'])}, and airlines are considering ${ctx.r.pick(['new routes', 'more frequent flights', 'direct flights', 'charter services'])}.`,
  (ctx) => `Students from ${ctx.B.name} study at universities in ${ctx.A.name}, and the sides want to ${ctx.r.pick(['expand scholarships', 'open branch campuses', 'launch joint degree programmes', 'promote language teaching'])}.`,
  (ctx) => `${ctx.r.pick(['The meeting', 'The visit', 'The session', 'The conversation', 'The round of talks'])} comes at a time of ${ctx.r.pick(['rapid change in the region', 'intense diplomatic activity', 'economic uncertainty', 'growing interest in new trade routes', 'rising energy prices'])}${ctx.r.pick(['', '', ` for ${ctx.A.name}`, ` for ${ctx.B.name}`])}.`,
  (ctx) => `"${ctx.r.pick(['There is still a lot of work to do', 'We must move from words to deeds', 'The potential is far from exhausted', 'Business expects concrete results', 'We have good foundations to build on', 'Our peoples have always been close', 'We will meet again soon to check progress'])}," ${who(ctx, ctx.r.pick([ctx.A.fm, ctx.B.fm, ctx.A.min, ctx.B.min]))} said.`,
  (ctx) => `Critics say ${ctx.r.pick(claims)}, and that ${ctx.r.pick(claims)}.`,
  (ctx) => `${ctx.r.pick(['Officials', `${ctx.A.adj} officials`, `${ctx.B.adj} officials`, 'The ministries', 'Spokespeople'])} did not give details of ${ctx.r.pick(['the financing', 'the timetable', 'the partners involved', 'the legal framework', 'the costs'])}${ctx.r.pick(['', '', ' or the location', ', saying these would be announced later'])}.`,
  (ctx) => `In ${pastYear(ctx, 1, 20)}, ${ctx.A.name} and ${ctx.B.name} ${ctx.r.pick(['celebrated an anniversary of relations', 'opened consulates in each other\'s cities', 'launched a joint cultural festival', 'held a year of culture', 'opened direct flights', 'set up a business council'])}.`,
  (ctx) => `Local media in ${ctx.r.pick([ctx.A, ctx.B]).name} reported that ${ctx.r.pick(claims)}.`,
  (ctx) => `The ${ctx.r.pick(['agenda', 'programme', 'schedule'])} also included ${ctx.r.pick(['a visit to a technology park', 'a wreath-laying ceremony', 'a meeting with the business community', 'a tour of the old city', 'a lecture at the national university', 'a concert', 'a visit to an industrial zone'])}${ctx.r.pick(['', ` in ${ctx.r.pick([ctx.A, ctx.B]).capital}`])}.`,
  (ctx) => `${ctx.C.adj} officials are watching the rapprochement between ${ctx.A.capital} and ${ctx.B.capital} ${ctx.r.pick(['closely', 'with interest', 'with some concern'])}.`,
  (ctx) => `Unemployment in ${ctx.r.pick([ctx.A, ctx.B]).name} stood at ${pct(ctx, 3, 20)} percent at the end of ${pastYear(ctx, 1, 2)}.`,
  (ctx) => `The ${ctx.r.pick([ctx.A, ctx.B]).adj} currency has ${ctx.r.pick(['lost', 'gained'])} ${pct(ctx, 1, 25)} percent against the dollar since ${ctx.r.pick(months)}.`,
  (ctx) => `${ctx.r.pick(['Thousands of', 'Many', 'Several thousand'])} ${ctx.A.adj} citizens live and work in ${ctx.B.name}, ${ctx.r.pick(['mostly in construction and services', 'many of them students', 'a community that has grown in recent years'])}.`,
  (ctx) => `The two countries are ${ctx.r.pick(['separated by several thousand kilometres', 'linked by historical trade routes', 'both members of regional groupings', 'seen as emerging markets by investors'])}, ${ctx.r.pick(['which shapes the logistics of trade', 'which both sides see as an asset', 'a fact often mentioned by officials'])}.`,
  (ctx) => `${ctx.r.pick(['Earlier in the day', 'Later', 'Before the talks', 'In the evening'])}, the delegations ${ctx.r.pick(['laid flowers at a memorial', 'toured an exhibition of national products', 'attended a gala dinner', 'met members of the diaspora', 'visited a historic mosque, church and synagogue', 'attended a business round table'])}.`,
  (ctx) => `According to ${ctx.r.pick(['the World Bank', 'the International Monetary Fund', 'a recent UN report', 'rating agencies', 'the national statistics office'])}, ${ctx.r.pick(claims)}.`,
];

/** One filler paragraph of two to four distinct sentences. */
export function fillerParagraph(ctx) {
  const n = ctx.r.int(2, 4);
  const out = new Set();
  for (let k = 0; k < 8 && out.size < n; k++) out.add(fresh(ctx, generic)(ctx));
  return [...out].join(' ');
}
