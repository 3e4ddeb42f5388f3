/** Language tagger: English, Welsh or other, from common words and letters, the platform's tag as a hint. */
export { createLanguageTagger } from './tagger.js';
