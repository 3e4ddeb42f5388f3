export type * from './types.js';
export { subjects, STREAMS, HEADERS, type StreamSpec } from './subjects.js';
export { BusError, BUS_ERROR_CODES, isBusError, type BusErrorCode } from './errors.js';
export { silentLogger, type BusLogger } from './logger.js';
export { MSG_ID_HEADER } from './headers.js';
export { createMemoryBus, type MemoryBusOptions } from './memory.js';
export { connectNatsBus, type NatsBus, type NatsBusOptions } from './jetstream.js';
export { compileSubjectPattern, subjectMatches } from './subject-match.js';
