import { useStore } from '../../support/clickhouse.js';
import { storeContract } from './contract.js';

storeContract('chdb', () => useStore('chdb'));
