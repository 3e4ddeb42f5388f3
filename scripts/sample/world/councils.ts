import { SampleError } from '../errors.js';
import type { Account, Council } from './types.js';

/** Real councils with plausible account handles. Tenants are the sample installation's partners. */
export const COUNCILS: readonly Council[] = [
  { key: 'devon', name: 'Devon County Council', handle: 'DevonCC', tier: 'county', domain: 'www.devon.gov.uk', tenant: 'devon' },
  {
    key: 'east-devon',
    name: 'East Devon District Council',
    handle: 'EastDevon',
    tier: 'district',
    domain: 'eastdevon.gov.uk',
    tenant: 'east-devon',
  },
  { key: 'exeter', name: 'Exeter City Council', handle: 'ExeterCouncil', tier: 'district', domain: 'exeter.gov.uk', tenant: 'exeter' },
  {
    key: 'north-devon',
    name: 'North Devon Council',
    handle: 'ndevoncouncil',
    tier: 'district',
    domain: 'www.northdevon.gov.uk',
    tenant: 'north-devon',
  },
  { key: 'torridge', name: 'Torridge District Council', handle: 'TorridgeDC', tier: 'district', domain: 'www.torridge.gov.uk' },
  { key: 'teignbridge', name: 'Teignbridge District Council', handle: 'TeignbridgeDC', tier: 'district', domain: 'www.teignbridge.gov.uk' },
  { key: 'mid-devon', name: 'Mid Devon District Council', handle: 'MidDevonDC', tier: 'district', domain: 'www.middevon.gov.uk' },
  {
    key: 'plymouth',
    name: 'Plymouth City Council',
    handle: 'PlymouthCC',
    tier: 'unitary',
    domain: 'www.plymouth.gov.uk',
    tenant: 'plymouth',
  },
  { key: 'torbay', name: 'Torbay Council', handle: 'TorbayCouncil', tier: 'unitary', domain: 'www.torbay.gov.uk', tenant: 'torbay' },
  {
    key: 'bristol',
    name: 'Bristol City Council',
    handle: 'BristolCouncil',
    tier: 'unitary',
    domain: 'www.bristol.gov.uk',
    tenant: 'bristol',
  },
  { key: 'bathnes', name: 'Bath & North East Somerset Council', handle: 'bathnes', tier: 'unitary', domain: 'beta.bathnes.gov.uk' },
  { key: 'somerset', name: 'Somerset Council', handle: 'SomersetCouncil', tier: 'unitary', domain: 'www.somerset.gov.uk' },
  {
    key: 'cardiff',
    name: 'Cardiff Council',
    handle: 'CardiffCouncil',
    tier: 'unitary',
    domain: 'www.cardiff.gov.uk',
    tenant: 'cardiff',
    welsh: true,
  },
  { key: 'swansea', name: 'Swansea Council', handle: 'SwanseaCouncil', tier: 'unitary', domain: 'www.swansea.gov.uk', welsh: true },
  { key: 'gwynedd', name: 'Cyngor Gwynedd', handle: 'CyngorGwynedd', tier: 'unitary', domain: 'www.gwynedd.llyw.cymru', welsh: true },
  { key: 'manchester', name: 'Manchester City Council', handle: 'ManCityCouncil', tier: 'unitary', domain: 'www.manchester.gov.uk' },
  { key: 'leeds', name: 'Leeds City Council', handle: 'LeedsCC_News', tier: 'unitary', domain: 'www.leeds.gov.uk' },
  { key: 'kent', name: 'Kent County Council', handle: 'Kent_cc', tier: 'county', domain: 'www.kent.gov.uk' },
  { key: 'maidstone', name: 'Maidstone Borough Council', handle: 'MaidstoneBC', tier: 'district', domain: 'maidstone.gov.uk' },
  { key: 'canterbury', name: 'Canterbury City Council', handle: 'CanterburyCC', tier: 'district', domain: 'www.canterbury.gov.uk' },
  { key: 'norfolk', name: 'Norfolk County Council', handle: 'NorfolkCC', tier: 'county', domain: 'www.norfolk.gov.uk' },
  { key: 'norwich', name: 'Norwich City Council', handle: 'NorwichCC', tier: 'district', domain: 'www.norwich.gov.uk' },
  { key: 'oxfordshire', name: 'Oxfordshire County Council', handle: 'OxfordshireCC', tier: 'county', domain: 'www.oxfordshire.gov.uk' },
  { key: 'oxford', name: 'Oxford City Council', handle: 'OxfordCity', tier: 'district', domain: 'www.oxford.gov.uk' },
  { key: 'hackney', name: 'Hackney Council', handle: 'hackneycouncil', tier: 'unitary', domain: 'hackney.gov.uk' },
  { key: 'lambeth', name: 'Lambeth Council', handle: 'lambeth_council', tier: 'unitary', domain: 'www.lambeth.gov.uk' },
  { key: 'croydon', name: 'Croydon Council', handle: 'yourcroydon', tier: 'unitary', domain: 'www.croydon.gov.uk' },
  { key: 'camden', name: 'Camden Council', handle: 'CamdenCouncil', tier: 'unitary', domain: 'www.camden.gov.uk' },
  { key: 'tower-hamlets', name: 'Tower Hamlets Council', handle: 'TowerHamletsNow', tier: 'unitary', domain: 'www.towerhamlets.gov.uk' },
];

const BY_KEY = new Map(COUNCILS.map((c) => [c.key, c]));

export function councilByKey(key: string): Council {
  const c = BY_KEY.get(key);
  if (c === undefined) throw new SampleError('SAMPLE_UNKNOWN_KEY', `unknown council ${key}`);
  return c;
}

export const NATIONAL_HIGHWAYS: Account = { key: 'national-highways', name: 'National Highways', handle: 'NationalHways' };
