/**
 * Short names of Chinese administrative divisions, as reports and lists write them ("安阳" for 安阳市, "汤阴" for
 * 汤阴县, "延边" or "延边州" for 延边朝鲜族自治州, "内蒙古" for 内蒙古自治区). Pure; used by AdminDivisions.
 */

/** Ethnic names that appear in autonomous divisions' names, longest first so 土家 wins over 土. */
const ETHNIC = [
  '柯尔克孜', '达斡尔', '鄂伦春', '鄂温克', '哈萨克', '塔吉克', '土家', '蒙古', '朝鲜', '仫佬', '毛南', '仡佬', '布依',
  '哈尼', '纳西', '拉祜', '布朗', '独龙', '普米', '傈僳', '裕固', '保安', '东乡', '撒拉', '锡伯', '景颇',
  '满', '回', '畲', '苗', '瑶', '侗', '壮', '各', '黎', '羌', '彝', '藏', '水', '傣', '佤', '怒', '白', '土',
];
const AUTONOMOUS = new RegExp(`(?:(?:${ETHNIC.join('|')})族?)+自治(州|县|旗|区)$`);
const MINIMUM_SHORT_LENGTH = 2;

export type DivisionLevel = 'province' | 'prefecture' | 'county';

/** The stem of a name without its level suffix and ethnic part; undefined when too short to be safe. */
export function stemOf(name: string, level: DivisionLevel): string | undefined {
  let stem = level === 'province' ? name.replace(/(省|市|(壮族|回族|维吾尔)?自治区)$/, '') : name.replace(AUTONOMOUS, '');
  if (stem === name && level !== 'province') stem = name.replace(level === 'prefecture' ? /(市|地区|盟)$/ : /(市|县|区|旗|特区|林区)$/, '');
  return stem !== name && stem.length >= MINIMUM_SHORT_LENGTH ? stem : undefined;
}

/** Short forms a text may use instead of the full name: the stem, and "X州" for an autonomous prefecture. */
export function shortNamesOf(name: string, level: DivisionLevel): string[] {
  const stem = stemOf(name, level);
  if (!stem) return [];
  return level === 'prefecture' && name.endsWith('自治州') ? [stem, `${stem}州`] : [stem];
}
