import { SampleError } from '../errors.js';
import type { Account, Region } from './types.js';

const acc = (key: string, name: string, handle: string): Account => ({ key, name, handle });

const GWR = acc('gwr', 'GWR', 'GWRHelp');
const XC = acc('crosscountry', 'CrossCountry', 'CrossCountryUK');
const SWR = acc('swr', 'South Western Railway', 'SW_Help');
const TFW = acc('tfw', 'Transport for Wales', 'tfwrail');
const NORTHERN = acc('northern', 'Northern', 'northernassist');
const TPE = acc('tpe', 'TransPennine Express', 'TPExpressTrains');
const SE = acc('southeastern', 'Southeastern', 'Se_Railway');

const outlet = (key: string, name: string) => ({ key, name, domain: `${key}.example` });

export const REGIONS: readonly Region[] = [
  {
    key: 'devon',
    busOps: ['Stagecoach', 'Stagecoach South West', 'Dartline'],
    busRoutes: ['9', '9A', '57', '4', '5', 'X53', '20', '21', '1', '2', '55', '60'],
    trainOps: [GWR, XC, SWR],
    police: acc('dc-police', 'Devon & Cornwall Police', 'DC_Police'),
    fire: acc('dsfire', 'Devon & Somerset Fire and Rescue', 'DSFireUpdates'),
    water: acc('sww', 'South West Water', 'SouthWestWater'),
    mastodon: 'mastodon.social',
    outlet: outlet('exe-valley-echo', 'Exe Valley Echo'),
    stormPath: true,
  },
  {
    key: 'plymouth',
    busOps: ['Plymouth Citybus', 'Stagecoach'],
    busRoutes: ['21', '21A', '42', '43', '50', '51', '6', '23'],
    trainOps: [GWR, XC],
    police: acc('dc-police', 'Devon & Cornwall Police', 'DC_Police'),
    fire: acc('dsfire', 'Devon & Somerset Fire and Rescue', 'DSFireUpdates'),
    water: acc('sww', 'South West Water', 'SouthWestWater'),
    mastodon: 'mastodon.social',
    outlet: outlet('tamar-tribune', 'Tamar Tribune'),
    stormPath: true,
  },
  {
    key: 'somerset',
    busOps: ['First Bus', 'Buses of Somerset'],
    busRoutes: ['21', '22', '28', '29', '54', '1', '2', '14'],
    trainOps: [GWR, XC],
    police: acc('as-police', 'Avon and Somerset Police', 'ASPolice'),
    fire: acc('dsfire', 'Devon & Somerset Fire and Rescue', 'DSFireUpdates'),
    water: acc('wessex', 'Wessex Water', 'wessexwater'),
    mastodon: 'mastodon.social',
    outlet: outlet('levels-ledger', 'Levels Ledger'),
    stormPath: true,
  },
  {
    key: 'bristol-bath',
    busOps: ['First Bus', 'First West of England', 'Stagecoach West'],
    busRoutes: ['m1', 'm2', '72', '75', '76', '24', '48', '49', 'U1', 'D1', '4', '5', '39'],
    trainOps: [GWR, XC],
    police: acc('as-police', 'Avon and Somerset Police', 'ASPolice'),
    fire: acc('avonfire', 'Avon Fire & Rescue', 'AvonFireRescue'),
    water: acc('wessex', 'Wessex Water', 'wessexwater'),
    mastodon: 'mastodon.social',
    outlet: outlet('severnside-post', 'Severnside Post'),
    stormPath: true,
  },
  {
    key: 'south-wales',
    busOps: ['Cardiff Bus', 'First Cymru', 'Stagecoach South Wales'],
    busRoutes: ['61', '62', '44', '45', '17', '18', '4', '2A', 'T1'],
    trainOps: [TFW, GWR],
    police: acc('sw-police', 'South Wales Police', 'swpolice'),
    fire: acc('swfire', 'South Wales Fire and Rescue', 'southwalesfire'),
    water: acc('dwr-cymru', 'Dŵr Cymru Welsh Water', 'DwrCymru'),
    mastodon: 'toot.wales',
    outlet: outlet('taff-tawe-times', 'Taff & Tawe Times'),
    stormPath: true,
  },
  {
    key: 'north-wales',
    busOps: ['Arriva Cymru', 'TrawsCymru', 'Express Motors'],
    busRoutes: ['5C', '5D', '12', 'T2', '1', '3'],
    trainOps: [TFW],
    police: acc('nw-police', 'North Wales Police', 'NWPolice'),
    fire: acc('nwfire', 'North Wales Fire and Rescue', 'northwalesfire'),
    water: acc('dwr-cymru', 'Dŵr Cymru Welsh Water', 'DwrCymru'),
    mastodon: 'toot.wales',
    outlet: outlet('menai-mail', 'Menai Mail'),
    stormPath: true,
  },
  {
    key: 'manchester',
    busOps: ['Bee Network', 'Stagecoach Manchester', 'First Manchester'],
    busRoutes: ['42', '43', '50', '86', '111', '147', '192', '203'],
    trainOps: [NORTHERN, TPE],
    police: acc('gmp', 'Greater Manchester Police', 'gmpolice'),
    fire: acc('gmfrs', 'Greater Manchester Fire and Rescue', 'manchesterfire'),
    water: acc('uu', 'United Utilities', 'unitedutilities'),
    mastodon: 'mastodonapp.uk',
    outlet: outlet('irwell-informer', 'Irwell Informer'),
    stormPath: false,
  },
  {
    key: 'leeds',
    busOps: ['First Leeds', 'Arriva Yorkshire'],
    busRoutes: ['1', '6', '19', '33', '49', '51', '56', '72'],
    trainOps: [NORTHERN, TPE, acc('lner', 'LNER', 'LNER')],
    police: acc('wyp', 'West Yorkshire Police', 'WestYorksPolice'),
    fire: acc('wyfrs', 'West Yorkshire Fire and Rescue', 'WYFRS'),
    water: acc('yw', 'Yorkshire Water', 'YorkshireWater'),
    mastodon: 'mastodonapp.uk',
    outlet: outlet('aire-argus', 'Aire Argus'),
    stormPath: false,
  },
  {
    key: 'kent',
    busOps: ['Arriva Kent & Surrey', 'Stagecoach South East'],
    busRoutes: ['71', '82', '89', 'Triangle', '4', '6', 'Unibus'],
    trainOps: [SE],
    police: acc('kent-police', 'Kent Police', 'kent_police'),
    fire: acc('kfrs', 'Kent Fire and Rescue', 'KentFireRescue'),
    water: acc('southern', 'Southern Water', 'SouthernWater'),
    mastodon: 'mastodon.social',
    outlet: outlet('medway-stour-mercury', 'Medway & Stour Mercury'),
    stormPath: false,
  },
  {
    key: 'norfolk',
    busOps: ['First Norwich', 'Konectbus', 'Sanders'],
    busRoutes: ['25', '26', '11', '12', '21', '22', '5'],
    trainOps: [acc('greater-anglia', 'Greater Anglia', 'greateranglia')],
    police: acc('norfolk-police', 'Norfolk Constabulary', 'NorfolkPolice'),
    fire: acc('nfrs', 'Norfolk Fire and Rescue', 'NorfolkFireRes'),
    water: acc('anglian', 'Anglian Water', 'AnglianWater'),
    mastodon: 'mastodon.social',
    outlet: outlet('wensum-weekly', 'Wensum Weekly'),
    stormPath: false,
  },
  {
    key: 'oxford',
    busOps: ['Oxford Bus Company', 'Stagecoach Oxfordshire'],
    busRoutes: ['1', '3', '4', '5', '8', 'U1', '400', 'S5'],
    trainOps: [GWR, XC, acc('chiltern', 'Chiltern Railways', 'chilternrailway')],
    police: acc('tvp', 'Thames Valley Police', 'ThamesVP'),
    fire: acc('oxfire', 'Oxfordshire Fire and Rescue', 'OxfordshireFire'),
    water: acc('thames-water', 'Thames Water', 'thameswater'),
    mastodon: 'mastodon.social',
    outlet: outlet('isis-observer', 'Isis Observer'),
    stormPath: false,
  },
  {
    key: 'london',
    busOps: ['TfL buses', 'Arriva London', 'Go-Ahead London'],
    busRoutes: ['38', '55', '243', '35', '159', '2', '250', '25', 'N38', '134', '214', '205'],
    trainOps: [acc('overground', 'London Overground', 'LDNOverground'), SE, acc('southern', 'Southern', 'SouthernRailUK')],
    police: acc('met', 'Metropolitan Police', 'metpoliceuk'),
    fire: acc('lfb', 'London Fire Brigade', 'LondonFire'),
    water: acc('thames-water', 'Thames Water', 'thameswater'),
    mastodon: 'mastodon.online',
    outlet: outlet('borough-bugle', 'Borough Bugle'),
    stormPath: false,
  },
];

const BY_KEY = new Map(REGIONS.map((r) => [r.key, r]));

export function regionByKey(key: string): Region {
  const r = BY_KEY.get(key);
  if (r === undefined) throw new SampleError('SAMPLE_UNKNOWN_KEY', `unknown region ${key}`);
  return r;
}
