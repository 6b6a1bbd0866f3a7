/**
 * Name tables for the demo roster: common Japanese family and given names (romanised, with the
 * usual kanji) and common Western names. Pairs are [romanised, kanji].
 */

export const JAPANESE_FAMILY_NAMES: readonly (readonly [string, string])[] = [
  ['sato', '佐藤'], ['suzuki', '鈴木'], ['takahashi', '高橋'], ['tanaka', '田中'], ['watanabe', '渡辺'],
  ['ito', '伊藤'], ['yamamoto', '山本'], ['nakamura', '中村'], ['kobayashi', '小林'], ['kato', '加藤'],
  ['yoshida', '吉田'], ['yamada', '山田'], ['sasaki', '佐々木'], ['yamaguchi', '山口'], ['matsumoto', '松本'],
  ['inoue', '井上'], ['kimura', '木村'], ['hayashi', '林'], ['shimizu', '清水'], ['yamazaki', '山崎'],
  ['mori', '森'], ['abe', '阿部'], ['ikeda', '池田'], ['hashimoto', '橋本'], ['yamashita', '山下'],
  ['ishikawa', '石川'], ['nakajima', '中島'], ['maeda', '前田'], ['fujita', '藤田'], ['ogawa', '小川'],
  ['goto', '後藤'], ['okada', '岡田'], ['hasegawa', '長谷川'], ['murakami', '村上'], ['kondo', '近藤'],
  ['ishii', '石井'], ['saito', '斎藤'], ['sakamoto', '坂本'], ['endo', '遠藤'], ['aoki', '青木'],
  ['fujii', '藤井'], ['nishimura', '西村'], ['fukuda', '福田'], ['ota', '太田'], ['miura', '三浦'],
  ['okamoto', '岡本'], ['matsuda', '松田'], ['nakagawa', '中川'],
];

export const JAPANESE_GIVEN_NAMES: readonly (readonly [string, string])[] = [
  ['haruka', '遥'], ['yui', '結衣'], ['aoi', '葵'], ['sakura', 'さくら'], ['yuna', '優奈'], ['misaki', '美咲'],
  ['nanami', '七海'], ['ayaka', '彩花'], ['mei', '芽依'], ['rin', '凛'], ['yuki', '由紀'], ['mai', '舞'],
  ['emi', '恵美'], ['kaori', '香織'], ['naoko', '直子'], ['tomoko', '智子'], ['yoko', '洋子'], ['akiko', '明子'],
  ['megumi', '恵'], ['ayumi', '歩美'], ['hiroshi', '博'], ['takashi', '隆'], ['kenji', '健二'],
  ['daisuke', '大輔'], ['takuya', '拓也'], ['shota', '翔太'], ['yuta', '勇太'], ['kazuki', '一輝'], ['ren', '蓮'],
  ['haruto', '陽翔'], ['sota', '蒼太'], ['ryota', '亮太'], ['naoki', '直樹'], ['satoshi', '聡'], ['makoto', '誠'],
  ['yusuke', '雄介'], ['kenta', '健太'], ['koji', '浩二'], ['tetsuya', '哲也'], ['hiroki', '大樹'],
];

export const WESTERN_GIVEN_NAMES: readonly string[] = [
  'james', 'mary', 'john', 'patricia', 'robert', 'jennifer', 'michael', 'linda', 'william', 'elizabeth',
  'david', 'barbara', 'richard', 'susan', 'thomas', 'jessica', 'daniel', 'sarah', 'matthew', 'karen',
  'christopher', 'emily', 'andrew', 'emma', 'oliver', 'sophie', 'lukas', 'anna', 'felix', 'lena', 'jack',
  'charlotte', 'noah', 'olivia', 'liam', 'chloe', 'benjamin', 'grace', 'samuel', 'hannah', 'max', 'laura',
  'paul', 'julia', 'priya', 'arjun', 'min-jun', 'camille', 'lucas', 'isabelle',
];

export const WESTERN_FAMILY_NAMES: readonly string[] = [
  'smith', 'johnson', 'williams', 'brown', 'jones', 'miller', 'davis', 'wilson', 'taylor', 'anderson',
  'thomas', 'moore', 'martin', 'jackson', 'white', 'harris', 'clark', 'lewis', 'walker', 'hall', 'young',
  'allen', 'king', 'wright', 'scott', 'green', 'baker', 'adams', 'nelson', 'hill', 'campbell', 'mitchell',
  'roberts', 'carter', 'phillips', 'evans', 'turner', 'parker', 'collins', 'edwards', 'mueller', 'schmidt',
  'schneider', 'fischer', 'weber', 'meyer', 'wagner', 'becker', 'hoffmann', 'murphy', 'kelly', 'walsh',
  'dubois', 'bernard', 'nguyen', 'patel', 'kim', 'chen',
];

/** Partner organisations whose people are B2B guests in the demo tenant: [domain, tenant id]. */
export const PARTNER_TENANTS: readonly (readonly [string, string])[] = [
  ['fabrikam.com', '9e2b7d41-6c3a-4f8e-b5d2-1a7c0e9f3b68'],
  ['adatum.com', '2c8f4a17-d5e9-4b36-8a1c-7f0e3d2b9c45'],
  ['northwindtraders.com', 'b71d3e59-0a4c-4e2f-9d86-5c3b1a7e0f24'],
];

export const capitalise = (s: string): string =>
  s.split('-').map((p) => p.charAt(0).toUpperCase() + p.slice(1)).join('-');
