/**
 * Samplan holds aggregates only: an association may not keep data on individual participants.
 * Every free-text field in results (notes, indicator questions, the annual report's narrative)
 * goes through this guard. It is a heuristic (see docs/decisions/017-results-follow-up.md):
 * - personal identity numbers in every common form: YYMMDD-NNNN, YYMMDDNNNN, YYYYMMDD-NNNN,
 *   YYYYMMDDNNNN, with '-', '+' or a space, and coordination numbers (day + 60). A date-shaped
 *   ten or twelve digit number is refused whether or not its check digit holds (a mistyped
 *   number is still one);
 * - e-mail addresses (they name a person);
 * - a capitalised word that is a common first name in Sweden (a list of about 250; a few that
 *   are also ordinary words, like "Per" or "Bo", count only when a capitalised word follows);
 * - a capitalised word that is a common Swedish surname or has a surname ending (-sson, -berg,
 *   -ström, -qvist …) directly after another capitalised word ("Kalle Svensson").
 * It errs on the side of refusing: "Anna" in a note is refused even if it was meant as a place.
 */

export type PersonalDataKind = 'PERSONAL_IDENTITY_NUMBER' | 'EMAIL' | 'NAME';

export interface PersonalDataFinding {
  kind: PersonalDataKind;
  /** The text that was recognised. */
  match: string;
}

const ID_NUMBER = /(?<![\d])(?:(?:19|20)?(\d{2}))(\d{2})(\d{2})[-+\s]?(\d{4})(?![\d])/g;

function looksLikeIdentityNumber(month: number, day: number): boolean {
  if (month < 1 || month > 12) return false;
  const realDay = day > 60 ? day - 60 : day; // coordination number: day + 60
  return realDay >= 1 && realDay <= 31;
}

const EMAIL = /[\p{L}\d._%+-]+@[\p{L}\d.-]+\.\p{L}{2,}/u;

// Common first names in Sweden (SCB's most common, plus common names of people born abroad).
const FIRST_NAMES = new Set(
  `
anna eva maria karin sara lena kerstin emma ingrid marie malin christina birgitta jenny sofia inger linda hanna annika
elisabeth susanne monica carina johanna helena ulla elin camilla ida julia amanda matilda sandra katarina louise gunilla
anette lisa therese viktoria frida emelie agneta josefin ebba alice maja elsa wilma ella astrid saga alva selma olivia
ellen signe stina lina moa nora klara vera tilda felicia ronja tove anneli cecilia charlotte britt marianne margareta
gunnel siv yvonne ann jessica caroline emilia linnea ylva åsa lotta petra pia mona maja fatima amina aisha leila sara
mariam yasmin zahra hawa nour layla sanna hedvig tyra freja liv stella
lars anders johan karl per erik peter jan thomas daniel fredrik mikael hans magnus stefan bengt mats oskar göran nils
andreas sven bo alexander jonas martin niklas leif björn lennart ulf kjell mattias henrik viktor simon david christer
tommy robert patrik olof gustav rolf håkan kent sebastian stig emil anton axel filip jakob isak william lucas liam oliver
elias hugo noah adam ludvig vincent melvin theo alfred albin linus rasmus jesper marcus joakim kristoffer robin tobias
johannes gunnar arne åke ove roger lars-erik jan-erik kalle olle pelle janne micke nisse lasse ali mohammed mohamed
muhammad ahmed ahmad hassan hussein omar abdi yusuf ibrahim mustafa khalid karim amir reza mehdi ivan dragan milan
lina nils-erik sten-åke omid hamid jamal samir tariq
`
    .split(/\s+/)
    .filter(Boolean),
);

// First names that are also ordinary Swedish words (or months): a name only before another capitalised word.
const AMBIGUOUS_FIRST_NAMES = new Set([
  'per',
  'bo',
  'maj',
  'sten',
  'siv',
  'ove',
  'liv',
  'mona',
  'stig',
  'kent',
  'tove',
  'ann',
  'britt',
  'vera',
  'stina',
  'klara',
  'pia',
  'nora',
  'moa',
  'saga',
  'ali',
  'amir',
  'isak',
  'signe',
]);

const COMMON_SURNAMES = new Set(
  `andersson johansson karlsson nilsson eriksson larsson olsson persson svensson gustafsson pettersson jonsson jansson
hansson bengtsson jönsson lindberg jakobsson magnusson olofsson lindström lindqvist lindgren axelsson berg bergström
lundberg lind lundgren lundqvist mattsson berglund fredriksson sandberg henriksson forsberg sjöberg ali mohammed wallin
engström eklund danielsson lundin håkansson björk bergman gunnarsson holm wikström samuelsson isaksson fransson
bergqvist nyström holmberg arvidsson löfgren söderberg nyberg blomqvist claesson nordström mårtensson lundström
ahmed hassan hussein omar ibrahim`
    .split(/\s+/)
    .filter(Boolean),
);
const SURNAME_ENDING =
  /(sson|son|berg|ström|strom|qvist|kvist|quist|lund|gren|dahl|holm|lin|blad|fors|stedt|stam|bäck|ell|ér|eus|ius|ander)$/;

const WORD = /[\p{Lu}][\p{Ll}]+(?:-[\p{Lu}]?[\p{Ll}]+)?/gu;

interface Word {
  text: string;
  index: number;
  end: number;
}

function capitalisedWords(text: string): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(WORD)) {
    const index = match.index;
    const before = index > 0 ? text[index - 1]! : '';
    if (/[\p{L}\d]/u.test(before)) continue; // inside a word, e.g. "NNS" parts
    const end = index + match[0].length;
    const after = text[end] ?? '';
    if (/[\p{L}\d]/u.test(after)) continue; // e.g. "Ab" of "AbC"
    words.push({ text: match[0], index, end });
  }
  return words;
}

function adjacent(first: Word, second: Word, text: string): boolean {
  return /^[ \t\u00a0]+$/.test(text.slice(first.end, second.index));
}

/** The first thing in `text` that looks like personal data about an individual, or null. */
export function findPersonalData(text: string): PersonalDataFinding | null {
  for (const match of text.matchAll(ID_NUMBER)) {
    if (looksLikeIdentityNumber(Number(match[2]), Number(match[3])))
      return { kind: 'PERSONAL_IDENTITY_NUMBER', match: match[0] };
  }
  const email = EMAIL.exec(text);
  if (email) return { kind: 'EMAIL', match: email[0] };

  const words = capitalisedWords(text);
  for (const [i, word] of words.entries()) {
    const lower = word.text.toLowerCase();
    const next = words[i + 1];
    const followedByCapital = next !== undefined && adjacent(word, next, text);
    if (FIRST_NAMES.has(lower) && (!AMBIGUOUS_FIRST_NAMES.has(lower) || followedByCapital)) {
      return { kind: 'NAME', match: followedByCapital ? `${word.text} ${next.text}` : word.text };
    }
    if (followedByCapital) {
      const nextLower = next.text.toLowerCase();
      if (COMMON_SURNAMES.has(nextLower) || SURNAME_ENDING.test(nextLower))
        return { kind: 'NAME', match: `${word.text} ${next.text}` };
    }
  }
  return null;
}
