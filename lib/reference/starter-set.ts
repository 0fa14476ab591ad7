/**
 * A small starter set of reference entries, written for Backstory, so that the
 * whole path works before the offline knowledge pack exists. Facts only; the
 * wording is ours.
 */
import type { ReferenceRecord } from './reference-index';

export const STARTER_SOURCE_LABEL = 'Backstory starter set (written for Backstory, CC0)';

export const STARTER_SET: readonly ReferenceRecord[] = [
  {
    name: 'Kazakhstan',
    type: 'PLACE',
    description: 'Country in Central Asia, the largest landlocked state in the world; capital Astana.',
    aliases: ['Republic of Kazakhstan', 'Казахстан'],
  },
  {
    name: 'Astana',
    type: 'PLACE',
    description: 'Capital of Kazakhstan since 1997; called Nur-Sultan from 2019 to 2022 and Akmola before 1998.',
    aliases: ['Nur-Sultan', 'Akmola', 'Астана'],
  },
  {
    name: 'Almaty',
    type: 'PLACE',
    description:
      'Largest city of Kazakhstan and its capital until 1997, in the south-east near the Tian Shan mountains.',
    aliases: ['Alma-Ata', 'Алматы'],
  },
  {
    name: 'Atyrau',
    type: 'PLACE',
    description:
      'City in western Kazakhstan on the Ural River near the Caspian Sea, centre of the oil industry; formerly Guryev.',
    aliases: ['Guryev', 'Atyrau region', 'Атырау'],
  },
  {
    name: 'Central Asia',
    type: 'PLACE',
    description: 'Region of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan.',
  },
  { name: 'Uzbekistan', type: 'PLACE', description: 'Doubly landlocked country in Central Asia; capital Tashkent.' },
  { name: 'Tashkent', type: 'PLACE', description: 'Capital and largest city of Uzbekistan.' },
  { name: 'Kyrgyzstan', type: 'PLACE', description: 'Mountainous country in Central Asia; capital Bishkek.' },
  {
    name: 'Russia',
    type: 'PLACE',
    description: 'Country spanning eastern Europe and northern Asia, the largest in the world by area; capital Moscow.',
    aliases: ['Russian Federation'],
  },
  {
    name: 'China',
    type: 'PLACE',
    description: "Country in East Asia, the People's Republic of China; capital Beijing.",
    aliases: ["People's Republic of China"],
  },
  { name: 'Moscow', type: 'PLACE', description: 'Capital and largest city of Russia.' },
  { name: 'Beijing', type: 'PLACE', description: "Capital of the People's Republic of China." },
  {
    name: 'United States',
    type: 'PLACE',
    description: 'Federal republic of 50 states in North America; capital Washington, D.C.',
    aliases: ['US', 'U.S.', 'USA', 'United States of America'],
  },
  { name: 'Washington', type: 'PLACE', description: 'Washington, D.C., capital of the United States.' },
  {
    name: 'Brussels',
    type: 'PLACE',
    description: 'Capital of Belgium and seat of the main institutions of the European Union.',
  },
  { name: 'Geneva', type: 'PLACE', description: 'City in Switzerland, seat of many United Nations agencies.' },
  {
    name: 'European Union',
    type: 'ORG',
    description: 'Political and economic union of 27 European member states.',
    aliases: ['EU'],
  },
  {
    name: 'United Nations',
    type: 'ORG',
    description: 'Intergovernmental organisation of 193 member states, founded in 1945.',
    aliases: ['UN', 'U.N.'],
  },
  {
    name: 'UN Human Rights Council',
    type: 'ORG',
    description: 'Body of 47 United Nations member states that monitors human rights, based in Geneva.',
    aliases: ['Human Rights Council', 'United Nations Human Rights Council'],
  },
  {
    name: 'Human Rights Watch',
    type: 'ORG',
    description: 'International human rights organisation headquartered in New York, founded in 1978.',
    aliases: ['HRW'],
  },
  {
    name: 'Amnesty International',
    type: 'ORG',
    description: 'International human rights organisation founded in London in 1961.',
    aliases: ['Amnesty'],
  },
  {
    name: 'OSCE',
    type: 'ORG',
    description: 'Organization for Security and Co-operation in Europe, a security body of 57 states.',
    aliases: ['Organization for Security and Co-operation in Europe'],
  },
  {
    name: 'Nursultan Nazarbayev',
    type: 'PERSON',
    description: 'First President of Kazakhstan, in office from 1990 to 2019.',
    aliases: ['Nursultan Nazarbaev', 'Nazarbayev', 'Nazarbaev', 'Назарбаев', 'Нурсултан Назарбаев'],
  },
  {
    name: 'Kassym-Jomart Tokayev',
    type: 'PERSON',
    description: 'President of Kazakhstan since 2019; earlier prime minister and foreign minister.',
    aliases: ['Qasym-Zhomart Toqaev', 'Kassym-Zhomart Tokayev', 'Tokayev', 'Toqaev', 'Токаев'],
  },
  {
    name: 'Shavkat Mirziyoyev',
    type: 'PERSON',
    description: 'President of Uzbekistan since 2016.',
    aliases: ['Mirziyoyev'],
  },
  {
    name: 'Vladimir Putin',
    type: 'PERSON',
    description: 'President of Russia since 2012, and earlier from 2000 to 2008.',
    aliases: ['Putin'],
  },
  {
    name: 'Xi Jinping',
    type: 'PERSON',
    description: 'General Secretary of the Chinese Communist Party since 2012 and President of China since 2013.',
  },
  {
    name: 'Caspian Sea',
    type: 'PLACE',
    description: 'The largest inland body of water on Earth, between Europe and Asia.',
    aliases: ['Caspian'],
  },
  {
    name: 'Ural River',
    type: 'PLACE',
    description: "River that rises in Russia's Ural Mountains and flows through Kazakhstan into the Caspian Sea.",
    aliases: ['Ural', 'Zhaiyq'],
  },
];
