/** Public face of the sample generator: the bundled replay stream and the benchmarks' post source. */
export { generatePosts, generateSamples } from './generate.js';
export { SAMPLE_DEFAULTS } from './options.js';
export { SAMPLE_FILE_NAMES, SAMPLE_FILE_OPTIONS, sampleFiles, type SampleFileName } from './files.js';
export { CSV_COLUMNS, csvField, csvRow, toCsv, type CsvColumn } from './csv.js';
export { DEFECTS, badLines, type BadLine, type Defect } from './bad.js';
export { SampleError, SAMPLE_ERROR_CODES, type SampleErrorCode } from './errors.js';
export {
  SAMPLE_INTENTS,
  SAMPLE_KINDS,
  SAMPLE_TOPICS,
  SAMPLE_URGENCIES,
  type GenerateOptions,
  type Sample,
  type SampleIntent,
  type SampleKind,
  type SampleTopic,
  type SampleTruth,
  type SampleUrgency,
} from './types.js';
