import { createMemoryBus } from '../../../core/bus/index.js';
import { busContract } from './contract.js';

busContract('memory', () => Promise.resolve(createMemoryBus()));
