import { describe, expect, it } from 'vitest';

import { emptyTags, type Language } from '../../../core/contracts/tags.js';
import { createLanguageTagger } from '../../../processors/taggers/language/index.js';
import { tokenize } from '../../../processors/text/tokens.js';
import { post } from '../intent/helpers.js';

const tagger = createLanguageTagger();

function languageOf(text: string, lang?: string): Language {
  const tags = emptyTags();
  tags.language = 'other';
  tagger.tag({ post: post(text, lang), text: tokenize(text) }, tags);
  return tags.language;
}

describe('language', () => {
  it.each([
    'bins not collected on Elm Road again',
    'Pothole on the road to Llanfairpwll',
    'Flooding on the A55 near Llanfairfechan and Penmaenmawr again',
    'Anyone know if the tip in Caernarfon is open today?',
    'Thanks Cyngor Gwynedd for gritting Stryd Fawr so quickly',
    'lol',
    'Heavy traffic on the M4 near Pont-y-pridd, avoid if you can',
  ])('English: %s', (text) => {
    expect(languageOf(text)).toBe('en');
  });

  it.each([
    'Mae twll anferth yn y ffordd ar y Stryd Fawr yng Nghaernarfon',
    "Faint yw'r dreth gyngor eleni ar gyfer band D?",
    'Diolch i’r dynion biniau am ddod yn ôl i gasglu ein bin ni 🙏',
    'Dw i ddim yn siŵr a ydw i wedi cofrestru i bleidleisio',
    'Ydy’r ganolfan hamdden ar agor heddiw?',
    "Diolch @CyngorGwynedd - biniau wedi'u casglu o'r diwedd! Bins finally collected, diolch!",
    'Sŵn uchel o’r fflat drws nesaf tan 3 y bore bob nos',
  ])('Welsh: %s', (text) => {
    expect(languageOf(text)).toBe('cy');
  });

  it.each([
    'Dziura w drodze na Church Lane jest ogromna, wczoraj uszkodziłam oponę',
    'يوجد تسرب مياه كبير في الشارع أمام منزلي',
    'Alguém sabe se a biblioteca abre no domingo?',
    "Le match d'hier soir était incroyable ! Quelle ambiance",
    'Mi hanno dato una multa per il parcheggio ma avevo il permesso',
    '¿Alguien sabe cuándo pasa el camión de la basura?',
    'Am primit o amendă de parcare deși aveam permis',
    'میرے گھر کے باہر کوڑا کئی دنوں سے پڑا ہے',
  ])('other: %s', (text) => {
    expect(languageOf(text)).toBe('other');
  });

  it('uses the declared language only as a hint', () => {
    expect(languageOf('Mae twll mawr yn y ffordd ger yr ysgol', 'en')).toBe('cy');
    expect(languageOf('The bins were not collected again on our road', 'cy')).toBe('en');
    expect(languageOf('Llanrwst', 'cy')).toBe('cy');
    expect(languageOf('Llanrwst')).toBe('en');
    expect(languageOf('👍', 'fr')).toBe('other');
  });
});
