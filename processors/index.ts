export { createProcessor, type Processor, type ProcessorOptions } from './processor.js';
export { createDeadLetterRecorder, type DeadLetterRecorder } from './dead-letter-recorder.js';
export { createChain, TaggerFailedError, type TaggerChain } from './chain.js';
export { createDefaultChain, createDefaultTaggers, createEngine, type DefaultChainOptions, type Engine } from './default-chain.js';
export { decodePost, type Decoded } from './decode.js';
export type { Tagger, TagInput } from './taggers/tagger.js';
