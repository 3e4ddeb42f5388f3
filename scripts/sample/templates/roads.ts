import type { TemplateSpec } from './compile.js';
import { t } from './spec.js';

export const ROADS: readonly TemplateSpec[] = [
  // potholes_roads
  t(
    'potholes_roads',
    'report',
    '{council} huge pothole on {street}, {place} {outside number {num}|by the bus stop|near the junction|just past the zebra crossing}. {Nearly came off my bike.|Someone will get hurt.|Took my tyre out.|}',
  ),
  t(
    'potholes_roads',
    'report',
    'Pothole the size of a {dinner plate|paddling pool|small crater|bath} on the {road} {near|outside|between} {place} {and {area}|}. {emo_warn|}',
  ),
  t(
    'potholes_roads',
    'complaint',
    'The {road} between {place} and {area} is more pothole than road. {Two|Three} burst tyres this {month|year}. {council}',
  ),
  t(
    'potholes_roads',
    'complaint',
    'Reported the pothole on {street} {weeks} weeks ago. Ref {ref}. Still there and getting bigger {emo_angry|}',
  ),
  t(
    'potholes_roads',
    'complaint',
    '{Patched|Filled} the potholes on {street} {in|last} {month|spring} and they are back already. Waste of money {council}',
  ),
  t(
    'potholes_roads',
    'complaint',
    'Roadworks on {street} {again|for the {weeks}th week}. Nobody ever seems to be working on them {emo_angry|}',
  ),
  t('potholes_roads', 'question', 'Anyone know why {street} in {place} is closed? Diversion signs everywhere but no info {emo_q|}'),
  t(
    'potholes_roads',
    'question',
    '{council} how long are the temporary traffic lights on the {road} at {place} staying? Queues back to {area}',
  ),
  t('potholes_roads', 'question', 'Who do I claim from for a damaged {tyre|wheel|alloy} from a pothole on {street}? {council}'),
  t(
    'potholes_roads',
    'report',
    'Pavement {lifted|broken|cracked} outside {num} {street}, {place}. My mum tripped on it {yesterday|today}.',
  ),
  t('potholes_roads', 'report', 'Traffic lights stuck on red at the junction of {street} and {road} in {place}'),
  t(
    'potholes_roads',
    'information',
    'Road closed: {street}, {place} {until Friday|all week|overnight} for resurfacing. Diversion via {road}. {emo_warn|}',
  ),
  t(
    'potholes_roads',
    'praise',
    'Pothole on {street} fixed {two days|a day|3 days} after reporting it. Credit where it is due {council} {emo_happy|}',
  ),
  t('potholes_roads', 'praise', 'Fair play to the highways team, the {road} resurfacing near {place} is brilliant, smooth as anything'),
  // street_lighting
  t(
    'street_lighting',
    'report',
    'Street light {out|not working|flickering on and off} outside {num} {street}, {place}. {Column number is {ref}.|}',
  ),
  t(
    'street_lighting',
    'report',
    '{council} the street lights on {street} {area} have been out for {days} days. Pitch black {walking the dog|coming home from work|for the school run}',
  ),
  t(
    'street_lighting',
    'complaint',
    'Still no street lights on {street}, {place}. Reported {weeks} weeks ago. Women do not feel safe walking here at night {council}',
  ),
  t('street_lighting', 'complaint', 'Whole of {area} in darkness {again|}. Street lights off {since {day}|for a week}.'),
  t('street_lighting', 'question', 'Are the street lights in {place} being switched off at midnight now to save money? {council}'),
  t('street_lighting', 'report', 'Street light on {street} has been on all day {for a week|since {day}}, {place}.'),
  // gritting
  t(
    'gritting',
    'question',
    '{council} are you gritting {tonight|this evening|before the frost}? {street} in {place} was an ice rink {this morning|yesterday}',
  ),
  t(
    'gritting',
    'complaint',
    'No grit on the {road} near {place} {this morning|again} and it was lethal. {Two cars|A van|Someone} in the hedge {emo_angry|}',
  ),
  t('gritting', 'complaint', 'The grit bin on {street} has been empty {all winter|since last year|for weeks}. {council}'),
  t('gritting', 'praise', 'Big thanks to the gritter drivers out at {time} on the {road} {emo_happy|} {stay safe|legends|}'),
  t('gritting', 'question', 'Is {street} on a gritting route? It is a steep hill and the buses cannot get up when it freezes'),
  t('gritting', 'information', 'Gritters out on the {road} {tonight|now}, ice on untreated roads around {place} {emo_warn|}'),
  // parking
  t(
    'parking',
    'complaint',
    'Got a parking ticket on {street} while {unloading shopping for my nan|dropping off a prescription|the machine was broken}. {Appealing.|Shocking.|} {council}',
  ),
  t(
    'parking',
    'complaint',
    'Cars parked on the pavement all along {street}, {place}. Cannot get a pushchair or wheelchair past {emo_angry|}',
  ),
  t('parking', 'complaint', '{amount} for a residents parking permit in {area}? And there are still never any spaces.'),
  t(
    'parking',
    'complaint',
    'Parking machines in {place} {car park|town centre} not taking cards {again|}. App not working either {council}',
  ),
  t('parking', 'question', 'How do I renew my residents parking permit in {area}? Website keeps timing out {council}'),
  t('parking', 'question', 'Is parking free in {place} car parks on {day}s in December {this year|}?'),
  t(
    'parking',
    'report',
    'Someone parked across the dropped kerb at {num} {street}, {place} {for two days|since {day}}. Cannot get my car out',
  ),
  t('parking', 'report', 'Cars parked on the double yellows outside {school} on {street} every morning. Accident waiting to happen'),
  // motorways
  t('motorways', 'complaint', '{road} closed {again|} overnight near {place} and the diversion adds 40 minutes. {council}'),
  t('motorways', 'information', 'Lane closures on the {road} near {place} {tonight|this weekend}, expect delays {emo_warn|}'),
  t('motorways', 'report', 'Debris in lane 1 of the {road} near {place}, {looks like a tyre|a ladder|bits of a bumper}'),
  // trees
  t('trees', 'report', 'Tree {branches|overhanging} blocking the pavement on {street}, {place}. People walking in the road.'),
  t(
    'trees',
    'report',
    'Large branch hanging off the tree outside {num} {street} {area}, looks like it could come down any time {emo_warn|}',
  ),
  t('trees', 'complaint', 'Hedges on {street} so overgrown you cannot see round the corner. {council} whose job is it?'),
  t('trees', 'question', 'Who is responsible for the tree on the verge outside {num} {street} {place}? Roots lifting the pavement'),
  t(
    'trees',
    'complaint',
    'Council chopped down the {lovely|} old trees on {street} {without telling anyone|for no reason}. Gutted {emo_sad|}',
  ),
  // abandoned_vehicles
  t(
    'abandoned_vehicles',
    'report',
    'Car {with no tax|with flat tyres|with smashed windows} abandoned on {street}, {place}, {for {weeks} weeks|since the summer}.',
  ),
  t('abandoned_vehicles', 'question', 'How long before an abandoned van gets removed? Been on {street} {area} {weeks} weeks {council}'),
  t('abandoned_vehicles', 'complaint', 'Burnt out car on {street} {again|}. Reported {days} days ago and still there {emo_angry|}'),
];
