/**
 * Credit for the official record, in both languages, for the app's attribution and the data panels. The lists
 * are notices of a state organ (facts); the compilation is MIT-licensed and its licence ships in geo/official/.
 */
import type { Bilingual } from './codes';

export const OFFICIAL_SOURCE_URL = 'https://github.com/srcJin/CovidRiskAreaMap';

/** One line for the map's attribution control (plain text; link it to OFFICIAL_SOURCE_URL). */
export const OFFICIAL_ATTRIBUTION: Bilingual = {
  zh: '中高风险地区名单：国家卫生健康委员会 · 汇编：CovidRiskAreaMap（MIT）',
  en: 'Risk-area lists: National Health Commission of China · compiled by CovidRiskAreaMap (MIT)',
};

/** The full credit for an "about the data" panel. */
export const OFFICIAL_CREDIT: Bilingual = {
  zh: '全国中、高风险地区名单（2020-07-29 至 2022-12-24）由国家卫生健康委员会发布，经各省卫生健康委员会转发；'
    + '每日名单与坐标的汇编来自 srcJin/CovidRiskAreaMap（MIT 许可，© 2022 Jin G）。坐标由高德地图地理编码，为 GCJ-02，'
    + '本项目用 gcoord 转换为 WGS-84；精度按规则推断：地理编码的回退点只标到它所能支持的一级（村、乡镇、县或市），落在其他省份的坐标不在那里标出。缺少名单的日期表示“无数据”，不代表没有风险地区。',
  en: 'The national lists of medium- and high-risk areas (2020-07-29 to 2022-12-24) were published by the National Health '
    + 'Commission of China and re-published by the provincial health commissions; the daily lists with their points were '
    + 'compiled by srcJin/CovidRiskAreaMap (MIT licence, © 2022 Jin G). Points were geocoded by AMap in GCJ-02 and converted '
    + 'to WGS-84 with gcoord; their precision is inferred by stated rules: a geocoder fallback is shown only at the level it '
    + 'supports (village, township, county or city), and a point in another province is not drawn there. A day without a list means "no data", not "no risk areas".',
};
