// Sentence templates that state facts (visits, calls, meetings, agreements, figures, projects, people) for the benchmark corpus.
import { agreementTopics, documentKinds, commodities, exportGoods, projectKinds, summits, bodies, ordinals, months, companyName } from './vocab.mjs';
import { pastDate, futureDate, pastYear, period, money, quantity, pct, who, cap } from './phrases.mjs';

const topicList = (r, k) => {
  const ts = r.sample(agreementTopics, k);
  return ts.length === 1 ? ts[0] : `${ts.slice(0, -1).join(', ')}${ts.length > 2 && r.chance(0.5) ? ',' : ''} and ${ts[ts.length - 1]}`;
};
const visitKind = (r) => r.pick(['an official', 'a state', 'a working', 'a two-day official', 'a three-day state', 'an official', 'a one-day working']);
const goods = (r) => { const g = r.sample(exportGoods, r.int(1, 3)); return g.length === 1 ? g[0] : `${g.slice(0, -1).join(', ')} and ${g[g.length - 1]}`; };
const town = (ctx, c) => (ctx.r.chance(0.5) ? c.capital : `${ctx.r.pick(['the outskirts of ', 'near ', ''])}${c.capital}`);
/** Either side of the pair, in random order, so facts run in both directions. */
const sides = (ctx) => (ctx.r.chance(0.5) ? [ctx.A, ctx.B] : [ctx.B, ctx.A]);

/** Opening facts: how the two sides met. Each returns one paragraph. */
export const leads = {
  visit: [
    (ctx) => { const { A, B, r } = ctx; const h = A.head; return `${who(ctx, h)} arrived in ${B.capital} ${pastDate(ctx, 6)} on ${visitKind(r)} visit to ${B.name}, ${h.his} first since ${pastYear(ctx, 2, 9)}. ${cap(h.he)} was met at the airport by ${who(ctx, B.fm)}.`; },
    (ctx) => { const { A, B } = ctx; return `${who(ctx, B.head)} received ${who(ctx, A.fm)} in ${B.capital} ${pastDate(ctx, 10)}. The two discussed the state of bilateral relations and preparations for the next round of political consultations.`; },
    (ctx) => { const { A, B, r } = ctx; return `${who(ctx, A.pm)} began ${visitKind(r).replace(/^an? /, A.pm.his + ' ')} visit to ${B.name} ${pastDate(ctx, 5)} with talks in ${B.capital} with ${who(ctx, B.pm)}.`; },
    (ctx) => { const { A, B } = ctx; return `${who(ctx, A.min)} paid a working visit to ${B.capital} ${pastDate(ctx, 14)}, the ${A.adj} ministry said in a statement. During the visit, ${A.min.he} met ${who(ctx, B.min)}.`; },
    (ctx) => { const { A, B } = ctx; return `Talks between ${who(ctx, A.head)} and ${who(ctx, B.head)} were held in ${B.capital} ${pastDate(ctx, 4)} as part of the ${A.adj} leader's state visit to ${B.name}.`; },
    (ctx) => { const { A, B, r } = ctx; return `A ${A.adj} government delegation led by ${who(ctx, A.pm)} visited ${B.name} ${pastDate(ctx, 20)}. It was ${A.pm.his} ${r.pick(ordinals.slice(0, 4))} trip to ${B.capital} since taking office in ${pastYear(ctx, 1, 6)}.`; },
    (ctx) => { const { A, B } = ctx; return `${who(ctx, A.fm)} flew to ${B.capital} ${pastDate(ctx, 8)} for talks with ${A.fm.his} ${B.adj} counterpart ${who(ctx, B.fm)}, the first visit by a ${A.adj} foreign minister in ${ctx.r.int(3, 15)} years.`; },
    (ctx) => { const { A, B, r } = ctx; return `${who(ctx, A.head)} will pay ${visitKind(r)} visit to ${B.name} ${futureDate(ctx)}, ${r.pick(['the presidential press service announced', 'the foreign ministry said', 'officials said', 'according to a government statement'])}.`; },
    (ctx) => { const { A, B, r } = ctx; return `${cap(B.name)} welcomed ${who(ctx, A.head)} ${pastDate(ctx, 3)} with a ceremony in ${B.capital}, opening a visit that ${r.pick(['both sides', 'officials', 'diplomats'])} have described as a turning point in relations.`; },
  ],
  call: [
    (ctx) => { const { A, B, r } = ctx; return `${who(ctx, A.head)} held a telephone conversation with ${who(ctx, B.head)} ${pastDate(ctx, 5)}, the ${A.adj} ${r.pick(['presidential press service', 'presidential office', 'government'])} reported.`; },
    (ctx) => { const { A, B } = ctx; return `The foreign ministers of ${A.name} and ${B.name}, ${who(ctx, A.fm)} and ${who(ctx, B.fm)}, spoke by phone ${pastDate(ctx, 7)} to discuss the bilateral agenda.`; },
    (ctx) => { const { A, B, r } = ctx; return `${who(ctx, A.pm)} and ${who(ctx, B.pm)} discussed ${r.pick(['energy supplies', 'trade and investment', 'the regional situation', 'transport links'])} in a video conference ${pastDate(ctx, 6)}.`; },
    (ctx) => { const { A, B, r } = ctx; return `In a phone call ${pastDate(ctx, 6)}, ${who(ctx, A.head)} congratulated ${who(ctx, B.head)} on ${r.pick(['the national holiday', 'his re-election', 'the anniversary of diplomatic relations', 'the successful elections'])} and invited ${B.head.him} to visit ${A.capital}.`; },
    (ctx) => { const { A, B } = ctx; return `${who(ctx, B.fm)} had a telephone conversation with ${who(ctx, A.fm)} ${pastDate(ctx, 9)}, the ${B.adj} foreign ministry said.`; },
    (ctx) => { const { A, B, r } = ctx; return `${cap(A.capital)} and ${B.capital} held a virtual meeting ${pastDate(ctx, 10)} at the level of ${r.pick(['deputy foreign ministers', 'trade ministers', 'heads of government'])}, officials said.`; },
  ],
  meeting: [
    (ctx) => { const { A, B, C, r } = ctx; return `${who(ctx, A.head)} met ${who(ctx, B.head)} on the sidelines of ${r.pick(summits)} in ${C.capital} ${pastDate(ctx, 5)}.`; },
    (ctx) => { const { A, B, r } = ctx; const [h] = sides(ctx); return `The ${r.pick(ordinals)} session of the ${A.adj}-${B.adj} ${r.pick(bodies)} was held in ${h.capital} ${pastDate(ctx, 6)}, co-chaired by ${who(ctx, A.min)} and ${who(ctx, B.min)}.`; },
    (ctx) => { const { A, B, r } = ctx; return `${who(ctx, A.fm)} and ${who(ctx, B.fm)} held talks on the margins of ${r.pick(summits)} ${pastDate(ctx, 8)}.`; },
    (ctx) => { const { A, B, C, r } = ctx; return `Delegations of ${A.name} and ${B.name} met in ${C.capital} ${pastDate(ctx, 12)} for the ${r.pick(ordinals.slice(0, 8))} round of political consultations.`; },
    (ctx) => { const { A, B, r } = ctx; return `On the sidelines of ${r.pick(summits)}, ${who(ctx, A.pm)} had a bilateral meeting with ${who(ctx, B.pm)} ${pastDate(ctx, 4)}.`; },
    (ctx) => { const { A, B, r } = ctx; const [h] = sides(ctx); return `A meeting of the ${A.adj}-${B.adj} ${r.pick(bodies)} will take place in ${h.capital} ${futureDate(ctx)}, ${who(ctx, A.min)} said.`; },
  ],
};

/** Follow-ups that recall earlier or announce later contacts. */
export const contacts = [
  (ctx) => { const { A, B } = ctx; return `${cap(who(ctx, A.head))} last visited ${B.capital} in ${pastYear(ctx, 1, 8)}.`; },
  (ctx) => { const { A, B } = ctx; return `${cap(who(ctx, B.head))} accepted an invitation to visit ${A.name} ${futureDate(ctx)}.`; },
  (ctx) => { const { A, B } = ctx; return `${cap(who(ctx, B.pm))} is expected to travel to ${A.capital} ${futureDate(ctx)} for intergovernmental consultations.`; },
  (ctx) => { const { A, C } = ctx; return `From ${ctx.B.capital}, ${who(ctx, A.fm)} is due to travel on to ${C.name}.`; },
  (ctx) => { const { A, B } = ctx; return `The two ministers last met in ${A.capital} in ${months[ctx.r.int(0, 11)]} ${pastYear(ctx, 1, 3)}.`; },
  (ctx) => { const { A, B, r } = ctx; return `${cap(who(ctx, A.head))} and ${who(ctx, B.head)} also spoke by phone ${pastDate(ctx, 60)}, ahead of the ${r.pick(['summit', 'visit', 'commission session'])}.`; },
  (ctx) => { const { A, B } = ctx; return `The next session of the intergovernmental commission will be held in ${B.capital} ${futureDate(ctx)}.`; },
  (ctx) => { const { B, C, r } = ctx; return `${cap(who(ctx, B.fm))} ${r.pick(['also visited', 'was in', 'travelled to'])} ${C.capital} ${pastDate(ctx, 60)}, where ${B.fm.he} discussed ${r.pick(['energy', 'regional security', 'trade'])} with ${C.adj} officials.`; },
];

/** Agreements signed, in force, planned, and their denials. */
export const agreements = [
  (ctx) => { const { r } = ctx; return `Following the talks, the sides signed ${r.int(3, 24)} documents, including agreements on ${topicList(r, r.int(2, 4))}.`; },
  (ctx) => { const { A, B, r } = ctx; return `${cap(A.name)} and ${B.name} signed ${r.pick(['an', 'a'])} ${r.pick(documentKinds)} on ${r.pick(agreementTopics)} ${pastDate(ctx, 5)}.`.replace(/ a (agreement|intergovernmental)/, ' an $1').replace(/ an (memorandum|protocol|programme|roadmap)/, ' a $1'); },
  (ctx) => { const { r } = ctx; return `The ${r.pick(documentKinds)} on ${r.pick(agreementTopics)}, signed in ${pastYear(ctx, 1, 4)}, entered into force ${pastDate(ctx, 30)}.`; },
  (ctx) => { const { r } = ctx; return `The ministers also agreed to prepare an agreement on ${r.pick(agreementTopics)}, to be signed ${futureDate(ctx)}.`; },
  (ctx) => { const { r } = ctx; return `${cap(r.pick(['an agreement', 'a memorandum', 'an intergovernmental agreement']))} on ${r.pick(agreementTopics)} is expected to be signed during the next visit.`; },
  (ctx) => { const { r } = ctx; return `The two sides exchanged memoranda on cooperation in ${topicList(r, r.int(2, 3))}.`; },
  (ctx) => { const { r } = ctx; return `In the presence of the two leaders, ministers signed an agreement on ${r.pick(agreementTopics)} and a memorandum on ${r.pick(agreementTopics)}.`; },
  (ctx) => { const { A, B } = ctx; return `The agreement on ${ctx.r.pick(agreementTopics)} between ${A.name} and ${B.name} came into force ${pastDate(ctx, 30)} after ratification by both parliaments.`; },
  (ctx) => { const { A, B, r } = ctx; return `${cap(A.capital)} and ${B.capital} adopted a joint statement ${r.pick(['on strategic partnership', 'on the further development of relations', 'reaffirming their commitment to international law', ''])}`.trimEnd() + '.'; },
  (ctx) => { const { A, r } = ctx; return `A draft agreement on ${r.pick(agreementTopics)} is being finalised, ${who(ctx, A.fm)} said.`; },
  (ctx) => { const { r } = ctx; return `No agreement on ${r.pick(agreementTopics)} was signed, however, and talks will continue at expert level.`; },
  (ctx) => `${ctx.r.pick(['The sides', 'The delegations', 'The two governments', 'The ministers', 'The leaders'])} did not sign any documents ${ctx.r.pick(['this time', 'during the talks', 'at the meeting', 'on this occasion'])}, ${ctx.r.pick(['a government spokesperson said', 'contrary to earlier reports', 'although several were under preparation', `a ${ctx.A.adj} official said`, `the ${ctx.B.adj} side confirmed`])}.`,
  (ctx) => { const { A, r } = ctx; return `${A.adj} officials said they were ready to consider an agreement on ${r.pick(agreementTopics)}.`; },
  (ctx) => { const { A, B, C, r } = ctx; return `${cap(A.name)} signed a similar ${r.pick(documentKinds)} on ${r.pick(agreementTopics)} with ${C.name} in ${pastYear(ctx, 1, 5)}.`; },
  (ctx) => { const { r } = ctx; return `A package of ${r.int(5, 40)} commercial deals worth ${money(ctx, 5e7, 2e10)} was also signed at the accompanying business forum.`; },
];

/** Figures: turnover, exports and imports, shipments, investment, targets, credit. */
export const figures = [
  (ctx) => { const { A, B } = ctx; return `Trade turnover between ${A.name} and ${B.name} reached ${money(ctx, 5e7, 8e10)} ${period(ctx)}.`; },
  (ctx) => { const { r } = ctx; return `Bilateral trade amounted to ${money(ctx, 5e7, 8e10)} ${period(ctx)}, ${r.pick(['up', 'down', 'an increase of', 'a decrease of'])} ${pct(ctx)} percent year on year.`; },
  (ctx) => { const { A } = ctx; return `According to ${A.adj} customs data, trade between the two countries totalled ${money(ctx, 5e7, 8e10)} ${period(ctx)}.`; },
  (ctx) => { const [X, Y] = sides(ctx); return `${cap(X.name)}'s trade with ${Y.name} stood at ${money(ctx, 5e7, 8e10)} ${period(ctx)}.`; },
  (ctx) => { const { A } = ctx; return `${cap(period(ctx))}, the two countries' trade turnover came to ${money(ctx, 5e7, 8e10)}, ${A.adj} statistics show.`; },
  (ctx) => { const [X, Y] = sides(ctx); return `${X.adj} exports to ${Y.name} ${period(ctx)} were worth ${money(ctx, 1e7, 4e10)}, mainly ${goods(ctx.r)}.`; },
  (ctx) => { const [X, Y] = sides(ctx); return `${cap(X.name)} exported ${goods(ctx.r)} worth ${money(ctx, 1e7, 4e10)} to ${Y.name} ${period(ctx)}.`; },
  (ctx) => { const [X, Y] = sides(ctx); return `${cap(X.name)}'s imports from ${Y.name} reached ${money(ctx, 1e7, 4e10)} ${period(ctx)}.`; },
  (ctx) => { const [X, Y] = sides(ctx); return `${cap(Y.name)} bought ${money(ctx, 1e7, 4e10)} worth of ${X.adj} ${goods(ctx.r)} ${period(ctx)}.`; },
  (ctx) => { const [X, Y] = sides(ctx); return `Supplies of ${X.adj} goods to ${Y.name} rose by ${pct(ctx)} percent to ${money(ctx, 1e7, 4e10)} ${period(ctx)}.`; },
  (ctx) => { const [X, Y] = sides(ctx); const c = ctx.r.pick(['t', 't', 't', 'bbl', 'm3']); return `${cap(X.name)} shipped ${quantity(ctx, c)} of ${ctx.r.pick(commodities[c])} to ${Y.name} ${period(ctx)}.`; },
  (ctx) => { const [X, Y] = sides(ctx); const c = ctx.r.pick(['t', 'bbl', 'm3']); return `${cap(quantity(ctx, c))} of ${X.adj} ${ctx.r.pick(commodities[c])} were delivered to ${Y.name} ${period(ctx)}.`; },
  (ctx) => { const [X, Y] = sides(ctx); const c = ctx.r.pick(['t', 't', 'bbl', 'm3']); return `${cap(Y.name)} received ${quantity(ctx, c)} of ${ctx.r.pick(commodities[c])} from ${X.name} ${period(ctx)}.`; },
  (ctx) => { const [X, Y] = sides(ctx); const c = ctx.r.pick(['t', 'bbl', 'm3']); return `Under the new contract, ${X.name} will supply ${quantity(ctx, c)} of ${ctx.r.pick(commodities[c])} to ${Y.name} ${ctx.r.pick(['a year', 'next year', 'by the end of the year', 'over five years'])}.`; },
  (ctx) => { const [X, Y] = sides(ctx); return `${X.adj} investment in ${Y.name} amounted to ${money(ctx, 1e7, 2e10)} ${period(ctx)}.`; },
  (ctx) => { const [X, Y] = sides(ctx); return `${X.adj} companies have invested ${money(ctx, 5e7, 3e10)} in the ${Y.adj} economy over the past ${ctx.r.int(3, 20)} years.`; },
  (ctx) => { const [X, Y] = sides(ctx); return `${cap(X.name)} plans to invest ${money(ctx, 5e7, 1e10)} in ${Y.name}'s ${ctx.r.pick(['energy', 'mining', 'agricultural', 'transport', 'manufacturing', 'tourism'])} sector.`; },
  (ctx) => { const { r } = ctx; return `The sides agreed to bring trade to ${money(ctx, 5e8, 1e11, { approx: 0 })} by ${ctx.docDate.getUTCFullYear() + r.int(2, 10)}.`; },
  (ctx) => { const { A } = ctx; return `${cap(who(ctx, A.head))} set a target of raising bilateral trade to ${money(ctx, 5e8, 1e11, { approx: 0 })} ${ctx.r.pick(['within five years', 'in the coming years', `by ${ctx.docDate.getUTCFullYear() + 5}`])}.`; },
  (ctx) => { const [X, Y] = sides(ctx); return `${cap(X.name)} expects exports to ${Y.name} to reach ${money(ctx, 1e8, 2e10, { approx: 0 })} by ${ctx.docDate.getUTCFullYear() + ctx.r.int(1, 8)}.`; },
  (ctx) => { const [X, Y] = sides(ctx); return `${cap(X.name)} opened a ${money(ctx, 5e7, 5e9, { approx: 0 })} credit line for ${Y.adj} importers of ${X.adj} ${goods(ctx.r)}.`; },
  (ctx) => { const [X, Y] = sides(ctx); return `${cap(Y.name)} accounts for ${pct(ctx, 1, 40)} percent of ${X.name}'s foreign trade.`; },
  (ctx) => { const { A, C } = ctx; const c = ctx.r.pick(['t', 'bbl']); return `${cap(A.name)} also exported ${quantity(ctx, c)} of ${ctx.r.pick(commodities[c])} to ${C.name} ${period(ctx)}.`; },
  (ctx) => { const [X, Y] = sides(ctx); return `If the new corridor opens, trade could reach ${money(ctx, 1e9, 5e10, { approx: 0 })}, ${who(ctx, ctx.analyst)} estimated, but ${ctx.analyst.he} cautioned that ${X.name} and ${Y.name} had set similar goals before.`; },
];

/** Joint projects in each of the four states. */
export const projects = [
  (ctx) => { const [kind] = ctx.r.pick(projectKinds); const [, H] = sides(ctx); return `The sides are discussing the construction of a ${kind} in ${town(ctx, H)}.`; },
  (ctx) => { const [kind] = ctx.r.pick(projectKinds); const [X, Y] = sides(ctx); return `${X.adj} company ${companyName(ctx.r)} is mulling over setting up a ${kind} in ${Y.name}.`; },
  (ctx) => { const [kind] = ctx.r.pick(projectKinds); const { A } = ctx; return `${cap(who(ctx, A.min))} proposed building a joint ${kind}, saying ${A.min.he} saw "great potential" in the idea.`; },
  (ctx) => { const [kind] = ctx.r.pick(projectKinds); const [X, Y] = sides(ctx); return `${X.adj} ${companyName(ctx.r)} and ${Y.adj} ${companyName(ctx.r)} signed a contract to build a ${kind} in ${town(ctx, Y)}, worth ${money(ctx, 1e7, 2e9)}.`; },
  (ctx) => { const [kind] = ctx.r.pick(projectKinds); const [, Y] = sides(ctx); return `Agreement was reached to set up a joint venture that will operate a ${kind} in ${town(ctx, Y)}.`; },
  (ctx) => { const [kind] = ctx.r.pick(projectKinds); const { A, B, r } = ctx; const [, Y] = sides(ctx); return `Construction of the ${A.adj}-${B.adj} ${kind} in ${town(ctx, Y)} started in ${months[r.int(0, 11)]} and is due to be completed in ${ctx.docDate.getUTCFullYear() + r.int(1, 3)}.`; },
  (ctx) => { const [kind] = ctx.r.pick(projectKinds); const [X, Y] = sides(ctx); return `A ${kind} is being set up in ${town(ctx, Y)} with ${X.adj} equipment and financing.`; },
  (ctx) => { const [kind] = ctx.r.pick(projectKinds); const [X, Y] = sides(ctx); return `A joint venture of ${X.adj} ${companyName(ctx.r)} and ${Y.adj} ${companyName(ctx.r)} has been operating a ${kind} in ${town(ctx, ctx.r.pick([X, Y]))} since ${pastYear(ctx, 1, 10)}.`; },
  (ctx) => { const [kind] = ctx.r.pick(projectKinds); const [X, Y] = sides(ctx); return `The ${kind} launched in ${Y.capital} in ${pastYear(ctx, 1, 6)} with ${X.adj} partners now employs ${ctx.r.int(50, 4000).toLocaleString('en-US')} people.`; },
  (ctx) => { const [kind] = ctx.r.pick(projectKinds); const { A, B } = ctx; return `The ${A.adj}-${B.adj} ${kind} in ${town(ctx, ctx.r.pick([A, B]))} is being modernised, ${who(ctx, ctx.ceo)} said.`; },
  (ctx) => { const { A, B, C, r } = ctx; const [kind] = r.pick(projectKinds); return `${cap(A.name)}, ${B.name} and ${C.name} announced a trilateral project to build a ${kind} in ${town(ctx, r.pick([A, B, C]))}.`; },
  (ctx) => { const { r } = ctx; const [kind] = r.pick(projectKinds); const [X, Y] = sides(ctx); return `${cap(who(ctx, ctx.ceo))} said the company was developing production of ${r.pick(['components', 'equipment', 'vehicles', 'medicines', 'fertilisers', 'fabrics'])} at its ${kind} in ${Y.capital} together with ${X.adj} partners.`; },
];

/** People given a role, mostly through quotes. */
export const people = [
  (ctx) => { const { A, B, r } = ctx; return `"${r.pick(['We are interested in', 'We see great potential for', 'Our priority is', 'We are committed to'])} ${r.pick(['expanding cooperation in every field', 'doubling trade in the coming years', 'bringing our business communities closer', 'long-term, mutually beneficial partnership'])}," ${who(ctx, A.head)} said${r.chance(0.5) ? ` after the talks with ${who(ctx, B.head)}` : ''}.`; },
  (ctx) => { const { B, r } = ctx; return `"${cap(B.name)} is a reliable partner for us, and ${r.pick(['the results of this visit prove it', 'we intend to keep it that way', 'our companies know it'])}," said ${who(ctx, ctx.amb)}.`; },
  (ctx) => { const { A, r } = ctx; return `${cap(who(ctx, ctx.analyst))}, said ${A.name} could become ${r.pick(['a regional hub for', 'the main gateway for', 'a key supplier of', 'a major buyer of'])} ${r.pick(exportGoods)} if ${r.pick(['the new transport links are completed', 'tariffs are lowered', 'investment keeps flowing', 'the political climate stays calm'])}.`; },
  (ctx) => { const { r } = ctx; return `${cap(who(ctx, ctx.ceo))} told reporters that the company ${r.pick(['planned to hire more local staff', 'expected orders to grow', 'was looking for new partners', 'would present its plans at the forum'])}.`; },
  (ctx) => { const { A, B, r } = ctx; return `${cap(who(ctx, B.fm))} noted ${r.pick(['the high level of political dialogue', 'the growing interest of business', 'the importance of regular contacts'])} between ${B.capital} and ${A.capital}.`; },
  (ctx) => { const { A, B } = ctx; return `${cap(who(ctx, A.min))} and ${who(ctx, B.min)} reviewed the implementation of earlier decisions.`; },
];
