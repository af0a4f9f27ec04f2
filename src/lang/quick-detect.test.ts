import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quickDetect } from './quick-detect.js';
import { detectLanguage } from './detect.js';

/** One paragraph in each language, written for this test (the same story). */
const TEXTS: Record<string, string> = {
  uk: 'Міська рада вирішила, що нова дорога не потрібна. Мешканці кажуть, що це буде катастрофа для міста, і вони хочуть, щоб депутати їх послухали. Але мер з ними не погоджується, бо він вважає, що місту потрібні гроші від будівництва, а також нові робочі місця для молоді, яка зараз їде до столиці. На зустрічі в понеділок люди говорили про шум, про вантажівки і про те, що діти не зможуть безпечно ходити до школи. Депутати обіцяли подумати ще раз, але ніхто не знає, чи вони дотримають слова.',
  es: 'El ayuntamiento decidió que la nueva carretera no es necesaria. Los vecinos dicen que será una catástrofe para la ciudad y quieren que los concejales los escuchen. Pero el alcalde no está de acuerdo con ellos, porque cree que la ciudad necesita el dinero de la obra y también nuevos puestos de trabajo para los jóvenes, que ahora se van a la capital. En la reunión del lunes la gente habló del ruido, de los camiones y de que los niños no podrán ir a la escuela con seguridad.',
  pt: 'A câmara municipal decidiu que a nova estrada não é necessária. Os moradores dizem que será uma catástrofe para a cidade e querem que os vereadores os ouçam. Mas o presidente da câmara não concorda com eles, porque acha que a cidade precisa do dinheiro da obra e também de novos empregos para os jovens, que agora vão para a capital. Na reunião de segunda-feira as pessoas falaram do barulho, dos camiões e de que as crianças não vão poder ir para a escola com segurança.',
  ca: 'L\'ajuntament va decidir que la nova carretera no és necessària. Els veïns diuen que serà una catàstrofe per a la ciutat i volen que els regidors els escoltin. Però l\'alcalde no hi està d\'acord, perquè creu que la ciutat necessita els diners de l\'obra i també nous llocs de treball per als joves, que ara se\'n van a la capital. A la reunió de dilluns la gent va parlar del soroll, dels camions i que els nens no podran anar a l\'escola amb seguretat.',
  nl: 'De gemeenteraad heeft besloten dat de nieuwe weg niet nodig is. De bewoners zeggen dat het een ramp wordt voor de stad en ze willen dat de raadsleden naar hen luisteren. Maar de burgemeester is het niet met hen eens, omdat hij vindt dat de stad het geld van de bouw nodig heeft en ook nieuwe banen voor de jongeren, die nu naar de hoofdstad vertrekken. Op de vergadering van maandag spraken de mensen over het lawaai, over de vrachtwagens en over de kinderen.',
  cs: 'Městská rada rozhodla, že nová silnice není potřeba. Obyvatelé říkají, že to bude pro město katastrofa, a chtějí, aby je zastupitelé vyslechli. Ale starosta s nimi nesouhlasí, protože si myslí, že město potřebuje peníze ze stavby a také nová pracovní místa pro mladé lidi, kteří teď odcházejí do hlavního města. Na schůzi v pondělí lidé mluvili o hluku, o nákladních autech a o tom, že děti nebudou moci bezpečně chodit do školy.',
  sr: 'Gradsko veće je odlučilo da novi put nije potreban. Stanovnici kažu da će to biti katastrofa za grad i žele da ih odbornici saslušaju. Ali gradonačelnik se ne slaže sa njima, jer misli da gradu treba novac od izgradnje i nova radna mesta za mlade, koji sada odlaze u glavni grad. Na sastanku u ponedeljak ljudi su govorili o buci, o kamionima i o tome da deca neće moći bezbedno da idu u školu.',
  en: 'The council decided on Tuesday that the new road is not needed. Residents say it would be a disaster for the town and they want the councillors to listen to them. But the mayor does not agree with them, because he thinks the town needs the money from the works and also new jobs for the young people who are now leaving for the capital. At the meeting on Monday people spoke about the noise, about the lorries and about the children.',
};

test('quickDetect: a clear case of a training language is answered, as eld answers it', () => {
  const guess = quickDetect(TEXTS['en'] as string);
  assert.equal(guess?.code, 'en');
  assert.equal(guess?.source, 'detected');
  assert.ok((guess?.confidence ?? 0) > 0 && (guess?.confidence ?? 0) <= 1);
  assert.equal(detectLanguage(TEXTS['en'] as string).code, 'en');
});

test('quickDetect: other languages, even close ones, and short texts are left to eld', () => {
  for (const lang of ['uk', 'es', 'pt', 'ca', 'nl', 'cs', 'sr']) assert.equal(quickDetect(TEXTS[lang] as string), null, lang);
  assert.equal(quickDetect('The council said no.'), null);
  assert.equal(quickDetect(''), null);
});
