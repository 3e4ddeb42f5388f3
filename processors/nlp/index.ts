/** The one wrapper around compromise: start-up lexicons for the hot path, and a deep parse for rare use. */
export { nlpLexicon, type NlpLexicon } from './lexicon.js';
export { parseEntities, type DeepEntities } from './engine.js';
export { readNlpData, nlpDataPath } from './data-files.js';
export { NlpError, NLP_ERROR_CODES, type NlpErrorCode } from './errors.js';
