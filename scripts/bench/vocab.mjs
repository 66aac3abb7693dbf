// Word lists the benchmark templates draw from: countries (world-countries), invented people and companies, sectors, goods.
import worldCountries from 'world-countries';

// Names that read as plurals or descriptions take "the" in running text.
const TAKES_THE = /^(United |Central African|Dominican Republic|Czech Republic|Marshall Islands|Solomon Islands)|(Netherlands|Philippines|Bahamas|Gambia|Comoros|Seychelles|Maldives)$/;

/** UN members with a capital and an English demonym: name (with "the" where English wants it), capital, adjective. */
export const countries = worldCountries
  .filter((c) => c.unMember && c.capital?.length && c.demonyms?.eng?.m)
  .map((c) => ({
    code: c.cca3,
    name: TAKES_THE.test(c.name.common) ? `the ${c.name.common}` : c.name.common,
    capital: c.capital[0].replace(/\s+D\.C\.$/, ''),
    // "Kittitian or Nevisian" is no adjective a headline would use; news then writes the name ("Djibouti President").
    adj: / or |\//.test(c.demonyms.eng.m) ? c.name.common : c.demonyms.eng.m,
    region: c.subregion || c.region,
  }));

// Invented given names and surnames from many traditions; combined at random they name no real office-holder on purpose.
export const givenNames = {
  m: ['Arman', 'Daulet', 'Timur', 'Rustam', 'Farid', 'Omar', 'Karim', 'Youssef', 'Tarek', 'Hassan', 'Marco', 'Luca', 'Paolo', 'Javier', 'Diego', 'Mateo', 'Rodrigo', 'Tomasz', 'Piotr', 'Marek', 'Andriy', 'Oleh', 'Dmytro', 'Kenji', 'Hiroshi', 'Takumi', 'Minh', 'Duc', 'Quang', 'Rahul', 'Vikram', 'Arjun', 'Sanjay', 'Joseph', 'Samuel', 'Kwame', 'Tunde', 'Emeka', 'Jabari', 'Budi', 'Agus', 'Rizal', 'Ji-hoon', 'Min-jun', 'Sung-ho', 'Lars', 'Henrik', 'Jonas', 'Pierre', 'Étienne', 'Hugo', 'Stefan', 'Klaus', 'Milan', 'Nikola', 'Bogdan', 'Selim', 'Emre', 'Kerem', 'Bakhtiyor', 'Sherzod', 'Jamshid', 'Carlos', 'Felipe', 'Andrés', 'Wei', 'Jian', 'Hao', 'Anil', 'Ravi', 'Mehmet', 'Aziz', 'Nabil', 'Goran', 'Giorgi', 'Levan', 'Aram', 'Davit', 'Oscar', 'Thomas', 'Daniel'],
  f: ['Aigerim', 'Dana', 'Madina', 'Layla', 'Nadia', 'Amira', 'Salma', 'Giulia', 'Chiara', 'Elena', 'Lucía', 'Carmen', 'Sofía', 'Ewa', 'Katarzyna', 'Agnieszka', 'Oksana', 'Iryna', 'Yulia', 'Yuki', 'Haruka', 'Aiko', 'Lan', 'Thu', 'Mai', 'Priya', 'Anjali', 'Meera', 'Grace', 'Amina', 'Wanjiku', 'Ngozi', 'Sari', 'Dewi', 'Putri', 'Ji-woo', 'Seo-yeon', 'Eun-ji', 'Ingrid', 'Astrid', 'Camille', 'Claire', 'Anna', 'Petra', 'Jelena', 'Ana', 'Zeynep', 'Elif', 'Dilnoza', 'Nigora', 'Andrea', 'Valentina', 'Mariana', 'Mei', 'Lin', 'Fatima', 'Leila', 'Nino', 'Mariam', 'Hannah', 'Sara'],
};
export const surnames = ['Abenov', 'Seitkali', 'Nurlanov', 'Karimov', 'Yusupov', 'Mansour', 'Haddad', 'El Amrani', 'Bensaid', 'Farouk', 'Rinaldi', 'Bellucci', 'Marchetti', 'Ortega', 'Salazar', 'Montoya', 'Herrera', 'Kowalczyk', 'Zielinski', 'Wróbel', 'Kovalenko', 'Shevchuk', 'Bondarenko', 'Tanaka', 'Nakamura', 'Hayashi', 'Nguyen', 'Tran', 'Pham', 'Sharma', 'Iyer', 'Mehta', 'Reddy', 'Mwangi', 'Odhiambo', 'Mensah', 'Adeyemi', 'Okafor', 'Santoso', 'Wijaya', 'Pratama', 'Kim', 'Lee', 'Choi', 'Jung', 'Lindqvist', 'Halvorsen', 'Dubois', 'Lefèvre', 'Moreau', 'Brandt', 'Hoffmann', 'Novak', 'Petrović', 'Horvat', 'Popescu', 'Yılmaz', 'Demir', 'Kaya', 'Tursunov', 'Rashidov', 'Ergashev', 'Vargas', 'Castillo', 'Quispe', 'Zhang', 'Liu', 'Chen', 'Kapoor', 'Aydın', 'Saleh', 'Darwish', 'Petrov', 'Beridze', 'Kapanadze', 'Hakobyan', 'Grigoryan', 'Silva', 'Costa', 'Almeida', 'Jansen', 'De Vries', 'Okoro', 'Banda', 'Phiri', 'Haidari', 'Rahimi', 'Bakr', 'Sato', 'Ito', 'Park', 'Hwang', 'Ferreira', 'Lindgren', 'Virtanen', 'Kask'];

// Ministerial portfolios and the agreement topics and project sectors they go with.
export const portfolios = [
  ['Economy', 'economic'], ['Trade', 'trade'], ['Energy', 'energy'], ['Agriculture', 'agriculture'], ['Industry', 'industry'],
  ['Transport', 'transport'], ['Digital Development', 'it'], ['Education', 'education'], ['Culture', 'culture'], ['Health', 'health'],
  ['Finance', 'finance'], ['Defence', 'defense'], ['Tourism', 'tourism'], ['Investment', 'investment'], ['Science and Higher Education', 'science'],
];

/** Agreement topics as news copy names them. */
export const agreementTopics = [
  'trade', 'investment protection', 'energy', 'industrial cooperation', 'agriculture', 'transport', 'information technology',
  'science', 'education', 'culture', 'sport', 'health care', 'tourism', 'military-technical cooperation', 'security',
  'customs cooperation', 'avoidance of double taxation', 'youth policy', 'veterinary and phytosanitary control', 'civil aviation',
  'road transport', 'the mutual recognition of diplomas', 'digital economy', 'emergency response', 'labour migration',
  'renewable energy', 'food security', 'geology and mineral resources', 'environmental protection', 'visa-free travel',
];
export const documentKinds = ['agreement', 'memorandum of understanding', 'intergovernmental agreement', 'protocol', 'programme of cooperation', 'roadmap', 'memorandum'];

/** Commodities by the unit their shipments are counted in. */
export const commodities = {
  t: ['wheat', 'barley', 'cotton fibre', 'sugar', 'potash fertilisers', 'urea', 'steel pipes', 'copper cathodes', 'coal', 'iron ore', 'rice', 'sunflower oil', 'tea', 'coffee beans', 'palm oil', 'aluminium', 'fish', 'apples', 'cement', 'timber', 'soybeans', 'maize', 'cocoa beans', 'milk powder'],
  bbl: ['crude oil', 'oil', 'gas condensate', 'diesel fuel'],
  m3: ['natural gas', 'liquefied natural gas', 'pipeline gas'],
};
export const exportGoods = ['machinery', 'vehicles', 'pharmaceuticals', 'textiles', 'foodstuffs', 'chemicals', 'electronics', 'metals', 'grain', 'fertilisers', 'furniture', 'dairy products', 'fruit and vegetables', 'building materials', 'petroleum products', 'agricultural equipment', 'medical devices', 'glass', 'paper', 'tyres'];

/** Project kinds with the sector the Facts v1 format files them under. */
export const projectKinds = [
  ['car assembly plant', 'automotive'], ['truck assembly plant', 'automotive'], ['bus assembly line', 'automotive'], ['tractor assembly plant', 'automotive'],
  ['lift manufacturing plant', 'machinery'], ['machine tool factory', 'machinery'], ['agricultural machinery plant', 'machinery'],
  ['dairy farm', 'agriculture'], ['greenhouse complex', 'agriculture'], ['poultry farm', 'agriculture'], ['cotton cluster', 'textiles'],
  ['textile factory', 'textiles'], ['garment factory', 'textiles'], ['meat processing plant', 'food'], ['flour mill', 'food'], ['fruit processing plant', 'food'],
  ['solar power plant', 'energy'], ['wind farm', 'energy'], ['hydropower plant', 'energy'], ['oil refinery upgrade', 'oil_gas'], ['gas processing plant', 'oil_gas'],
  ['fertiliser plant', 'chemicals'], ['pharmaceutical plant', 'pharma'], ['vaccine production facility', 'pharma'], ['cement plant', 'construction'],
  ['housing development', 'construction'], ['logistics centre', 'transport'], ['railway terminal', 'transport'], ['dry port', 'transport'],
  ['data centre', 'it'], ['software development centre', 'it'], ['copper smelter', 'metals'], ['steel mill', 'metals'], ['joint investment fund', 'finance'],
];
const companyStems = ['Astra', 'Nova', 'Orion', 'Vector', 'Zenit', 'Polar', 'Terra', 'Delta', 'Aurum', 'Karat', 'Baltis', 'Sahel', 'Atlas', 'Helio', 'Cobalt', 'Silvan', 'Meridian', 'Kestrel', 'Altai', 'Lumen', 'Cedar', 'Granit', 'Volta', 'Arca', 'Nimbus', 'Solis', 'Ferro', 'Agri', 'Petro', 'Trans'];
const companyTails = ['Holding', 'Group', 'Industries', 'Motors', 'Energy', 'Agro', 'Logistics', 'Pharma', 'Steel', 'Tech', 'Capital', 'Engineering', 'Textiles', 'Foods', 'Minerals', 'Systems'];
/** An invented company name, e.g. "Zenit Logistics". */
export function companyName(r) {
  return r.chance(0.3) ? `${r.pick(companyStems)}${r.pick(companyStems).toLowerCase()} ${r.pick(companyTails)}` : `${r.pick(companyStems)} ${r.pick(companyTails)}`;
}
export const thinkTankFields = ['Strategic Studies', 'International Relations', 'Economic Research', 'Eurasian Studies', 'Foreign Policy', 'Trade Policy', 'Energy Studies', 'Development Economics', 'Regional Security', 'Applied Economics'];
export const summits = ['the UN General Assembly', 'the G20 summit', 'the regional economic forum', 'the summit of the Non-Aligned Movement', 'the climate conference', 'the BRICS summit', 'the Shanghai Cooperation Organisation summit', 'the Asia-Pacific Economic Cooperation summit', 'the African Union summit', 'the Organisation of Islamic Cooperation summit', 'the Commonwealth heads of government meeting', 'the international investment forum', 'the World Economic Forum', 'the NATO summit', 'the Conference on Interaction and Confidence-Building Measures in Asia'];
export const bodies = ['Intergovernmental Commission on Trade and Economic Cooperation', 'Joint Economic Commission', 'High-Level Strategic Cooperation Council', 'Joint Committee on Trade and Investment', 'Intergovernmental Council', 'Business Council', 'Joint Working Group on Energy', 'Joint Commission on Scientific and Technical Cooperation'];
export const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
export const ordinals = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'];
export const outlets = ['Meridian News', 'The Daily Dispatch', 'Continental Wire', 'Global Affairs Today', 'The Regional Observer', 'Capital Herald', 'Trade & Diplomacy Weekly', 'Eastern Courier', 'The Southern Post', 'World Desk'];
