import type { Random } from './random';

/** Invented people for officer names and partner contacts. */
const FIRST = [
  'Aisha', 'Amir', 'Anna', 'Ben', 'Bilal', 'Chloe', 'Daniel', 'Deepa', 'Eleanor', 'Farah', 'Gareth', 'Grace', 'Hannah', 'Hassan', 'Imran', 'Isla',
  'Jack', 'Jade', 'Kate', 'Kwame', 'Laura', 'Liam', 'Maria', 'Marek', 'Nadia', 'Nathan', 'Olivia', 'Omar', 'Priya', 'Rachel', 'Rhys', 'Ruth',
  'Sam', 'Sana', 'Sean', 'Sophie', 'Tariq', 'Tom', 'Uzma', 'Victoria', 'Wes', 'Yasmin', 'Zoe', 'Zain',
];
const LAST = [
  'Ahmed', 'Ali', 'Atherton', 'Bailey', 'Begum', 'Brennan', 'Chadwick', 'Clarke', 'Cooper', 'Davies', 'Evans', 'Fletcher', 'Grundy', 'Hall',
  'Haworth', 'Hughes', 'Hussain', 'Iqbal', 'Jones', 'Kaur', 'Khan', 'Kowalski', 'Lees', 'Lomax', 'Mahmood', 'Mensah', 'Murphy', 'Nowak',
  'Okafor', 'Patel', 'Pilkington', 'Rahman', 'Riley', 'Shah', 'Singh', 'Smith', 'Taylor', 'Turner', 'Walsh', 'Whittle', 'Wood', 'Wright',
];

export function personName(rng: Random): string {
  return `${rng.pick(FIRST)} ${rng.pick(LAST)}`;
}

export const SRO_TITLES = [
  'Director of Place', 'Director of Economy and Skills', 'Director of Communities', 'Director of Public Health', 'Assistant Director, Growth',
  'Assistant Director, Housing', 'Assistant Director, Highways and Transport', 'Director of Children’s Services', 'Director of Adult Social Care',
];

const PARTNER_NOUNS = [
  'Community Trust', 'Food Bank', 'Youth Project', 'Carers Centre', 'Credit Union', 'Men’s Shed', 'Community Kitchen', 'Arts Collective',
  'Tenants’ Association', 'Sports Club', 'Women’s Centre', 'Advice Service', 'Foodshare', 'Allotment Society', 'Boxing Club', 'Befriending Scheme',
  'Community Garden', 'Family Support', 'Refugee Support Network', 'Heritage Society', 'Community Transport', 'Dementia Café', 'Repair Café',
  'Recovery Community', 'Music Project', 'Cycling Club', 'Digital Inclusion Project', 'Wellbeing Hub', 'Voluntary Action', 'Community Energy Co-operative',
];
const PARTNER_QUALIFIERS = ['', '', '', 'St Mary’s ', 'New Horizons ', 'Together ', 'Hope ', 'Open Door ', 'Phoenix ', 'Riverside ', 'Unity ', 'Brighter Futures ', 'Northern Lights '];

/** A fictional VCFSE partner name (every one ends "(fictional)"). */
export function partnerName(rng: Random, place: string, taken: Set<string>): string {
  const base = `${rng.pick(PARTNER_QUALIFIERS)}${place} ${rng.pick(PARTNER_NOUNS)}`;
  let name = `${base} (fictional)`;
  for (let n = 2; taken.has(name); n++) name = `${base} ${n} (fictional)`;
  taken.add(name);
  return name;
}

export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/\(fictional\)/g, '')
    .replace(/[^a-z0-9]+/g, '.')
    .replace(/^\.+|\.+$/g, '');
}
