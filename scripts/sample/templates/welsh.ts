import type { TemplateSpec } from './compile.js';
import { t } from './spec.js';

/** Posts written in Welsh (places in Wales only). */
export const WELSH: readonly TemplateSpec[] = [
  t(
    'waste_collection',
    'complaint',
    "Dydy'r biniau ddim wedi cael eu casglu ar {street} ers {days} diwrnod. {council} unrhyw newyddion? {emo_angry|}",
  ),
  t(
    'waste_collection',
    'complaint',
    'Bin ailgylchu heb ei gasglu eto ar {street}, {place}. {Wythnos gyfan nawr.|Eto!|Dim digon da.} {emo_angry|}',
  ),
  t('waste_collection', 'question', "Pryd mae'r biniau'n cael eu casglu dros y Nadolig yn {place}? {council} {emo_q|}"),
  t('waste_collection', 'praise', "Da iawn i'r criwiau biniau yn {area} heddiw, gwaith gwych {emo_happy|}"),
  t('potholes_roads', 'report', "Twll mawr yn y ffordd ar {street}, {place}. Mae'n beryglus i feicwyr {emo_warn|}"),
  t('potholes_roads', 'complaint', "Mae'r {road} ger {place} yn llawn tyllau. Pryd fydd rhywun yn ei thrwsio? {council}"),
  t('street_lighting', 'report', 'Golau stryd wedi torri ar {street} ers {weeks} wythnos. Tywyll iawn yn y nos {council}'),
  t('gritting', 'question', "Ydy'r cyngor yn graeanu'r ffyrdd heno? Roedd {street} fel llawr sglefrio bore 'ma {council}"),
  t('fly_tipping', 'report', 'Tipio anghyfreithlon ar {street} eto. Cywilydd! {council}'),
  t('public_transport', 'complaint', "Bws {bus} heb droi fyny eto bore 'ma. Hwyr i'r gwaith unwaith eto {emo_angry|}"),
  t('council_tax', 'complaint', 'Treth y cyngor wedi codi {pct} eto a dim byd yn gwella {emo_angry|} {council}'),
  t('housing', 'complaint', 'Lleithder a llwydni yn fy fflat ers {months} mis, dim ymateb gan y cyngor {council} {emo_sad|}'),
  t('noise_asb', 'complaint', "Sŵn uchel o'r tŷ drws nesaf bob nos tan 3 y bore. Pwy ddylwn i ffonio?"),
  t('flooding_drainage', 'report', "Llifogydd ar {street}, {place}. Mae'r draeniau wedi blocio eto {emo_weather|} {council}"),
  t('schools', 'question', 'Oes rhywun yn gwybod os ydy ysgolion {place} ar agor yfory? {council}'),
  t('libraries', 'praise', "Mae llyfrgell {place} yn wych, diolch i'r staff i gyd {emo_happy|}"),
  t('parks', 'praise', '{park} yn edrych yn hyfryd heddiw {emo_happy|}'),
  t('parking', 'complaint', "Dirwy parcio ar {street} tra roeddwn i'n dadlwytho. Gwarthus {council}"),
  t('events', 'question', "Pryd mae goleuadau'r Nadolig yn cael eu cynnau yn {place} eleni?"),
  t('recycling_centres', 'question', "Ydy'r ganolfan ailgylchu yn {place} ar agor ddydd Sul? {council}"),
  t('health_services', 'complaint', 'Aros {hours} awr yn yr adran frys neithiwr. Staff yn anhygoel ond dim digon ohonyn nhw'),
  t('trees', 'praise', "Diolch o galon i'r criwiau am glirio'r goeden ar y {road} mor gyflym {emo_happy|}"),
  t('trees', 'report', 'Coeden wedi disgyn ar draws y {road} ger {place}, y ffordd ar gau {emo_warn|}', 'emergency'),
  t(null, 'report', 'Arogl nwy cryf ar {street}, {place}. Oes rhywun wedi ffonio? {emo_warn|}', 'emergency'),
  t('severe_weather', 'information', 'Tywydd garw yn {place} heno. Cadwch yn saff bawb {emo_weather|}'),
  t(null, 'other', 'Noson hyfryd yn {place} heno {emo_happy|}', 'low'),
  t(null, 'other', "Pwy sy'n gwylio'r gêm heno? Dewch 'mlaen Cymru! 🏴󠁧󠁢󠁷󠁬󠁳󠁿", 'low'),
];
