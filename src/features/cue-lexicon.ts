/**
 * Small cue word lists of our own, per language, for language-independent cue features:
 * second person, first person plural, intensifiers, hedges and absolutes. A cue feature is named by
 * its class, not its word, so it pools across languages.
 */

/** The cue classes a word can belong to. */
export type CueClass = 'you' | 'we' | 'intens' | 'hedge' | 'absolute';

const LISTS: Record<CueClass, string> = {
  you: 'you your yours yourself yourselves ты тебя тебе твой твоя твои вы вас вам ваш ваша ваши tu toi ton ta tes vous votre vos du dich dir dein deine ihr euch euer eure sie tu te ti tuo tua tuoi voi vostro vostra ty ciebie tobie twój twoja wy was wasz wasza',
  we: 'we us our ours ourselves мы нас нам наш наша наши nous notre nos wir uns unser unsere noi nostro nostra nostri my nas nam nasz nasza nasi',
  intens: 'very extremely totally absolutely utterly incredibly truly really so huge massive enormous очень крайне абсолютно совершенно невероятно огромный très extrêmement totalement absolument vraiment énorme sehr extrem völlig absolut wirklich riesig enorm molto estremamente totalmente assolutamente davvero enorme bardzo niezwykle całkowicie absolutnie naprawdę ogromny',
  hedge: 'maybe perhaps possibly allegedly reportedly apparently seems might could likely unclear возможно вероятно якобы кажется видимо peut-être probablement apparemment semble prétendument vielleicht wahrscheinlich angeblich scheinbar offenbar forse probabilmente presumibilmente sembra apparentemente może prawdopodobnie rzekomo podobno chyba',
  absolute: 'always never everyone nobody everything nothing all none всегда никогда все всё никто ничто toujours jamais tous personne rien immer nie niemals alle niemand nichts sempre mai tutti nessuno niente zawsze nigdy wszyscy nikt nic',
};

let table: Map<string, CueClass> | undefined;

/** The cue class of a normalised word, if it has one. */
export function cueClassOf(norm: string): CueClass | undefined {
  if (!table) {
    table = new Map();
    for (const [cls, words] of Object.entries(LISTS) as [CueClass, string][]) {
      for (const w of words.split(' ')) if (!table.has(w)) table.set(w, cls);
    }
  }
  return table.get(norm);
}
