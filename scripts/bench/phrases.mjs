// Phrase builders for the benchmark templates: dates relative to the article, money and quantities, people's titles.
import { months, weekdays, givenNames, surnames, companyName, thinkTankFields, portfolios } from './vocab.mjs';

const DAY = 86400000;
const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);
export { cap };

/** Calendar parts of a UTC date. */
function parts(d) {
  return { y: d.getUTCFullYear(), m: d.getUTCMonth(), day: d.getUTCDate(), wd: d.getUTCDay() };
}

/** How a date is written when the article mentions it, in one of the styles news copy uses. */
function writeDay(r, d, docDate, { withYear = false } = {}) {
  const p = parts(d);
  const y = withYear || p.y !== docDate.getUTCFullYear();
  return r.pick([
    () => `${p.day} ${months[p.m]}${y ? ` ${p.y}` : ''}`,
    () => `${months[p.m]} ${p.day}${y ? `, ${p.y}` : ''}`,
    () => `${months[p.m].slice(0, 3)}. ${p.day}${y ? `, ${p.y}` : ''}`,
  ])();
}

/** "on Tuesday", "on 14 March", "last week"... for something that happened 1..maxDays before the article. */
export function pastDate(ctx, maxDays = 40) {
  const { r, docDate } = ctx;
  const back = r.int(1, maxDays);
  const d = new Date(docDate.getTime() - back * DAY);
  if (back === 1 && r.chance(0.5)) return 'yesterday';
  if (back <= 6 && r.chance(0.7)) return `on ${weekdays[d.getUTCDay()]}`;
  if (back <= 12 && r.chance(0.15)) return 'last week';
  if (back <= 25 && r.chance(0.08) && d.getUTCMonth() === docDate.getUTCMonth()) return 'earlier this month';
  return `on ${writeDay(r, d, docDate, { withYear: r.chance(0.15) })}`;
}

/** A future date phrase for announced visits, signings and meetings. */
export function futureDate(ctx) {
  const { r, docDate } = ctx;
  const ahead = r.int(3, 200);
  const d = new Date(docDate.getTime() + ahead * DAY);
  const p = parts(d);
  return r.weighted([
    [4, () => `on ${writeDay(r, d, docDate)}`],
    [1, () => (ahead < 10 ? 'next week' : `in ${months[p.m]}`)],
    [2, () => `in ${months[p.m]}${p.y !== docDate.getUTCFullYear() ? ` ${p.y}` : ''}`],
    [1, () => `in the first half of ${docDate.getUTCFullYear() + 1}`],
    [1, () => 'next year'],
    [1, () => `before the end of ${p.y}`],
  ])();
}

/** A year before the article, for recalled visits and agreements. */
export function pastYear(ctx, min = 1, max = 12) {
  return ctx.docDate.getUTCFullYear() - ctx.r.int(min, max);
}

/** The period a figure covers: a past year, or the months of the current year already over. */
export function period(ctx) {
  const { r, docDate } = ctx;
  const y = docDate.getUTCFullYear();
  const done = docDate.getUTCMonth(); // months completed this year
  if (done >= 2 && r.chance(0.45)) {
    const last = months[done - 1];
    return r.weighted([
      [3, () => `in January-${last}`],
      [2, () => `in January–${last} ${y}`],
      [2, () => `in the first ${['', '', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven'][done]} months of ${r.pick(['the year', String(y)])}`],
      [done >= 3 ? 2 : 0, () => `in the first quarter of ${y}`],
      [done >= 6 ? 2 : 0, () => `in the first half of ${r.pick(['the year', String(y)])}`],
      [1, () => `between January and ${last}`],
    ])();
  }
  return r.weighted([
    [3, () => 'last year'],
    [4, () => `in ${y - 1}`],
    [2, () => `in ${y - r.int(2, 5)}`],
    [1, () => `for ${y - 1} as a whole`],
  ])();
}

function fmt(x, digits) {
  return x.toFixed(digits).replace(/\.0+$/, '');
}

/** A sum of money between min and max (USD unless EUR is drawn), in one of many spellings. */
export function money(ctx, min, max, { approx = 0.25 } = {}) {
  const { r } = ctx;
  const v = Math.exp(Math.log(min) + r.next() * (Math.log(max) - Math.log(min)));
  const euro = r.chance(0.12);
  const hedge = r.chance(approx) ? `${r.pick(['about', 'around', 'over', 'more than', 'nearly', 'almost', 'some'])} ` : '';
  let body;
  if (v >= 1e9) {
    const b = fmt(v / 1e9, r.pick([1, 1, 2]));
    body = euro
      ? r.pick([`€${b} billion`, `${b} billion euros`, `EUR ${b} billion`])
      : r.pick([`$${b} billion`, `$${b} billion`, `US$${b} billion`, `USD ${b} billion`, `${b} billion dollars`, `$${b}bn`]);
  } else if (v >= 1e6) {
    const m = v >= 1e8 ? String(Math.round(v / 1e6)) : fmt(v / 1e6, 1);
    body = euro
      ? r.pick([`€${m} million`, `${m} million euros`])
      : r.pick([`$${m} million`, `$${m} million`, `US$${m} million`, `USD ${m} million`, `${m} million dollars`, `$${m}m`]);
  } else {
    const n = Math.round(v / 1000) * 1000;
    body = euro ? `€${n.toLocaleString('en-US')}` : `$${n.toLocaleString('en-US')}`;
  }
  return hedge + body;
}

/** A quantity of a commodity in tonnes, barrels or cubic metres. */
export function quantity(ctx, unit) {
  const { r } = ctx;
  const hedge = r.chance(0.2) ? `${r.pick(['about', 'around', 'over', 'more than', 'some'])} ` : '';
  if (unit === 't') {
    const v = Math.round(Math.exp(Math.log(500) + r.next() * Math.log(10000)));
    const t = r.pick(['tonnes', 'tonnes', 'tons', 'metric tons']);
    if (v >= 1e6) return `${hedge}${fmt(v / 1e6, 1)} million ${t}`;
    if (v >= 1e4 && r.chance(0.25)) return `${hedge}${Math.round(v / 1000)} thousand ${t}`;
    return `${hedge}${(v >= 1e4 ? Math.round(v / 100) * 100 : v).toLocaleString('en-US')} ${t}`;
  }
  if (unit === 'bbl') {
    const v = Math.exp(Math.log(1e5) + r.next() * Math.log(1000));
    return v >= 1e6 ? `${hedge}${fmt(v / 1e6, 1)} million barrels` : `${hedge}${(Math.round(v / 1000) * 1000).toLocaleString('en-US')} barrels`;
  }
  const v = Math.exp(Math.log(5e7) + r.next() * Math.log(400));
  const m3 = r.pick(['cubic metres', 'cubic meters', 'cubic metres']);
  return v >= 1e9 ? r.pick([`${hedge}${fmt(v / 1e9, 1)} billion ${m3}`, `${hedge}${fmt(v / 1e9, 1)} bcm`]) : `${hedge}${Math.round(v / 1e6)} million ${m3}`;
}

export const pct = (ctx, min = 2, max = 60) => fmt(min + ctx.r.next() * (max - min), 1);

/** A person of one country with the office the article gives them. */
export function makePerson(ctx, country, role, extra = {}) {
  const { r } = ctx;
  // In a story (ctx.castOf) the office-holder is the cast's for the office at the article's date, and a minister's
  // office is their portfolio, so it is drawn first; otherwise after the name, as the corpora measured so far were.
  const story = Boolean(ctx.castOf);
  const early = story && role === 'minister' ? r.pick(portfolios) : null;
  const id = story ? ctx.castOf(country, early ? `${role} ${early[0]}` : role) : r;
  const g = id.chance(0.3) ? 'f' : 'm';
  const p = {
    first: id.pick(givenNames[g]),
    last: id.pick(surnames),
    g,
    he: g === 'f' ? 'she' : 'he',
    his: g === 'f' ? 'her' : 'his',
    him: g === 'f' ? 'her' : 'him',
    country,
    role,
    ...extra,
  };
  p.name = `${p.first} ${p.last}`;
  if (role === 'head_of_state') p.title = 'President';
  else if (role === 'head_of_government') p.title = r.pick(['Prime Minister', 'Prime Minister', 'Premier']);
  else if (role === 'foreign_minister') p.title = r.pick(['Foreign Minister', 'Foreign Minister', 'Minister of Foreign Affairs']);
  else if (role === 'minister') {
    const [name, topic] = early ?? r.pick(portfolios);
    p.title = r.pick([`Minister of ${name}`, `${name} Minister`]);
    p.topic = topic;
  } else if (role === 'diplomat') p.title = `Ambassador to ${extra.to.name}`;
  else if (role === 'business') {
    p.company = extra.company ?? companyName(r);
    p.title = r.pick(['chief executive', 'CEO', 'chairman', 'managing director']);
  } else if (role === 'expert') p.title = `analyst at the ${country.capital} Institute of ${r.pick(thinkTankFields)}`;
  return p;
}

/** Names a person: full title on first mention, surname (or office) afterwards. */
export function who(ctx, p) {
  const { r } = ctx;
  if (ctx.introduced.has(p)) return r.chance(0.8) ? p.last : `the ${p.country.adj} ${p.title.toLowerCase().replace(/^ambassador to .*/, 'ambassador')}`;
  ctx.introduced.add(p);
  const c = p.country;
  // Appositives end in a comma; the article's tidy-up drops it where the sentence ends ("...Institute,." -> "...Institute.").
  if (p.role === 'business') return r.pick([`${p.name}, ${p.title} of ${p.company},`, `${p.company} ${p.title} ${p.name}`]);
  if (p.role === 'expert') return r.pick([`${p.name}, an ${p.title},`, `${p.name}, a senior ${p.title},`]);
  if (p.role === 'diplomat') return r.pick([`${c.adj} ${p.title} ${p.name}`, `${p.name}, ${c.name}'s ambassador to ${p.to.name}`]);
  return r.weighted([
    [5, () => `${c.adj} ${p.title} ${p.name}`],
    [2, () => `${p.title} of ${c.name} ${p.name}`],
    [2, () => `${c.name}'s ${p.title} ${p.name}`],
  ])();
}

/** Picks a template this article has not used yet (any, once most are used), so one article does not repeat itself. */
export function fresh(ctx, list) {
  for (let k = 0; k < 8; k++) {
    const t = ctx.r.pick(list);
    if (!ctx.used.has(t)) {
      ctx.used.add(t);
      return t;
    }
  }
  return ctx.r.pick(list);
}
