import { loadOfficial } from './lib/official-files';
import { dayNumber, isoOfDay } from '../src/timeline/days';
const r = loadOfficial();
const terms = ['和园小区', '翰林府', '云龙示范区', '楼庄镇', '李冲', '大朱庄', '袁六', '育才中学', '燕庄村', '井龙街道', '田心街道', '新天地小区', '澜庭国际', '前韩村', '白石港', '铜鼓小区', '湘禄', '杨孔', '马岗村', '第五人民医院', '华埠镇', '东城欣苑'];
const byArea = new Map<number, string[]>();
for (const i of r.intervals) byArea.set(i.area, [...(byArea.get(i.area) ?? []), `${isoOfDay(i.first)}..${isoOfDay(i.last)} ${i.level}${i.count > 1 ? '×' + i.count : ''}`]);
for (const t of terms) {
  const hits = r.areas.filter((a) => a.address.includes(t) && /河南|安徽|山东|湖南|浙江/.test(a.province));
  console.log(t, hits.length);
  for (const a of hits.slice(0, 40)) console.log('   ', a.id, a.address, a.county, a.township ?? '-', a.village ?? '-', a.precision, a.precisionRule, a.flags.join(','), a.lon, a.lat, (byArea.get(a.id) ?? []).slice(0, 2).join('; '));
}
