/**
 * The words place extraction (places.ts) is built on: head words with the admin level or facility type they give,
 * and the words that look like names but are not. General Chinese usage, nothing specific to one report.
 */

/** Admin depth of a piece; a chain must go strictly deeper from left to right. */
export const LEVELS = ['city', 'county', 'township', 'village', 'compound', 'site'] as const;
export type Level = (typeof LEVELS)[number];

export type SiteType = 'school' | 'hospital' | 'makeshift' | 'hotel' | 'quarantine' | 'checkpoint' | 'testing'
  | 'vaccination' | 'service' | 'command' | 'station' | 'venue';

export interface Suffix { suffix: string; level: Level; site?: SiteType }

/**
 * Head words, longest first so 方舱医院 wins over 医院 and 小区 over 区. City- and county-level heads (市, 区, 县,
 * 旗, 盟, 州, 地区) make a place only when the national list knows the name (places.ts validPiece); 旗 is the
 * county of Inner Mongolia, 苏木 its township, 嘎查 its village.
 */
export const SUFFIXES: Suffix[] = ([
  ['方舱医院', 'site', 'makeshift'], ['方舱', 'site', 'makeshift'], ['定点医院', 'site', 'hospital'],
  ['医院', 'site', 'hospital'], ['卫生院', 'site', 'hospital'], ['隔离酒店', 'site', 'quarantine'],
  ['隔离点', 'site', 'quarantine'], ['酒店', 'site', 'hotel'], ['宾馆', 'site', 'hotel'], ['饭店', 'site', 'hotel'],
  ['大学', 'site', 'school'], ['学院', 'site', 'school'], ['中学', 'site', 'school'], ['小学', 'site', 'school'],
  ['学校', 'site', 'school'], ['幼儿园', 'site', 'school'],
  ['收费站', 'site', 'checkpoint'], ['高速路口', 'site', 'checkpoint'], ['高速口', 'site', 'checkpoint'],
  ['高速出口', 'site', 'checkpoint'], ['服务区', 'site', 'checkpoint'], ['检查站', 'site', 'checkpoint'], ['卡口', 'site', 'checkpoint'],
  ['卡点', 'site', 'checkpoint'], ['查验点', 'site', 'checkpoint'],
  ['机场', 'site', 'station'], ['火车站', 'site', 'station'], ['高铁站', 'site', 'station'], ['客运站', 'site', 'station'],
  ['汽车站', 'site', 'station'], ['东站', 'site', 'station'], ['西站', 'site', 'station'], ['南站', 'site', 'station'], ['北站', 'site', 'station'],
  ['核酸检测点', 'site', 'testing'], ['核酸采样点', 'site', 'testing'], ['核酸检测现场', 'site', 'testing'],
  ['检测点', 'site', 'testing'], ['采样点', 'site', 'testing'], ['检测站', 'site', 'testing'],
  ['医学观察点', 'site', 'quarantine'], ['观察点', 'site', 'quarantine'],
  ['热线', 'site', 'service'], ['平台', 'site', 'service'], ['通道', 'site', 'checkpoint'],
  ['接种点', 'site', 'vaccination'], ['接种站', 'site', 'vaccination'], ['服务点', 'site', 'service'],
  ['值守点', 'site', 'service'], ['指挥部', 'site', 'command'],
  // Places people gather that notices close and reopen (景区暂停开放, 农贸市场关闭): a measure on the place itself.
  ['景区', 'site', 'venue'], ['公园', 'site', 'venue'], ['商场', 'site', 'venue'], ['超市', 'site', 'venue'], ['市场', 'site', 'venue'],
  ['广场', 'site', 'venue'], ['大厦', 'site', 'venue'],
  ['小区', 'compound'], ['花园', 'compound'], ['家园', 'compound'], ['公寓', 'compound'], ['新村', 'compound'], ['号院', 'compound'],
  ['苑', 'compound'], ['号', 'compound'],
  ['社区', 'village'], ['居委会', 'village'], ['村委会', 'village'], ['村民委员会', 'village'], ['居民委员会', 'village'],
  ['村', 'village'], ['嘎查', 'village'],
  ['街道', 'township'], ['镇', 'township'], ['乡', 'township'], ['苏木', 'township'],
  ['县', 'county'], ['区', 'county'], ['市', 'county'], ['旗', 'county'],
  ['盟', 'city'], ['州', 'city'], ['地区', 'city'],
] as Array<[string, Level, SiteType?]>)
  .map(([suffix, level, site]) => ({ suffix, level, site }))
  .sort((a, b) => b.suffix.length - a.suffix.length);

/** Tags of tokens that can be part of a name: nouns, place/person/organisation names, unknown words, numerals. */
export const NAMEISH = /^(n|nr|nrt|nrfg|ns|nt|nz|x|b|j|ng|s|a|m|l|zg|nr1)$/;
/** Words that precede places but are not part of them (jieba tags many as nouns). */
export const STOP_WORDS = new Set(('全市 我市 本市 全区 全县 全省 全镇 全村 全旗 全州 全盟 我区 我县 我旗 本区 本县 该 各 各个 所有 居民 群众 人员 工作人员 志愿者 干部 书记 主任 记者 '
  + '辖区 地区 区域 重点 周边 附近 集中 临时 指定 相关 其他 多个 部分 首个 这个 一个 等 及 与 和 在 将 对 于 从 到 为 '
  + '来自 位于 前往 进入 走出 返回 其中 同时 目前 其 我 本 此 该村 该镇 该区 该县 市民 村民 居民区 党员 家 有 是 新增 原 '
  + '市级 县级 区级 各级 省级 队员 人员 坐镇 区长 县长 市长 镇长 村长 乡长 '
  + '核酸 检测 疫情 防控 隔离 封控 管控 风险 中风险 高风险 低风险 密接 次密 感染者 病例 患者 阳性').split(' '));
/** A one-character stem that is a pronoun or verb (该村, 全镇, 进村), not a name. */
export const STOP_STEM_CHARS = /^[该全本各每进返回入出在到驻留下此其我贵某邻同外市县区乡镇村小大老新名个位座处]$/u;
/** Whole phrases that are generic nouns, not names. */
export const GENERIC = new Set(('人民医院 附属医院 中医院 定点救治医院 救治医院 乡镇 城镇 村镇 农村 乡村 城乡 城区 市区 县城 社区 小区 街道 村庄 '
  + '街区 园区 景区 校区 片区 山区 学校 医院 酒店 方舱 定点医院 方舱医院 隔离点 卡点 卡口 检测点 采样点 接种点 服务点 指挥部 观察点 '
  + '医学观察点 通道 绿色通道 专用通道 特殊通道 高速口 高速出口 收费站 城市 县市 市县 全县 全区 全市 机场 火车站 高铁站 客运站 汽车站 '
  + '国际机场 中小学校 中小学 大中小学 学校食堂 公园 商场 超市 市场 广场 大厦 农贸市场 批发市场 菜市场 商超 大型商场 景点').split(' '));
/** An address by road and number (簇锦北路88号) is a compound-level place; 第12号 (a notice number) is not. */
export const ROAD_NUMBER = /\p{Script=Han}{2,}(路|街|巷|道|弄|里)\d{1,4}号$/u;
/** 区 is a district only when the gazetteer knows it or it is a development zone (not 封控区, 城区…). */
export const DEV_ZONE = /(新区|示范区|开发区|高新区|经开区|高新技术产业开发区)$/u;
/**
 * 热线, 平台 and 通道 are facilities only as a help line / help platform (求助热线, 防疫民生求助云平台) or a way
 * out of the area (外出通道, 进出通道); 宣传平台, 绿色通道 (priority lanes in hospitals) are not places.
 */
export const SERVICE_HEAD = /^(热线|平台|通道)$/u;
export const SERVICE_NAME = /((求助|服务|咨询|热线)云?(热线|平台|通道)|(外出|进出|出入|出城|进城|离开)通道)$/u;
/** Words a facility's full name may carry between its place and its head word. */
export const FACILITY_MODIFIERS = /^(疫情|防控|疫情防控|新冠|防疫)$/u;
/** After a head word, only a locative may follow inside the same token (区内, 村口); 村民/村庄 are other words. */
export const LOCATIVE_TAIL = /^[内里中外旁边口前后]$/u;
