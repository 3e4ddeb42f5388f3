/**
 * Words that end a street's name ("Exeter Road", "Bridge Street"). One list for the matcher (a town
 * name followed by one of them is a street, not the town) and for the gazetteer build (a GeoNames
 * "place" ending in one is a street found in every town, so it is dropped).
 */
export const STREET_WORDS: readonly string[] = [
  'road',
  'street',
  'lane',
  'avenue',
  'close',
  'drive',
  'way',
  'terrace',
  'crescent',
  'row',
  'walk',
  'square',
  'gardens',
  'grove',
  'place',
  'parade',
  'mews',
  'court',
];

/** How posts shorten them. */
export const STREET_ABBREVIATIONS: readonly string[] = ['rd', 'ln', 'ave'];
