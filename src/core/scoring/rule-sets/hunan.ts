import type { ScoringRuleSet } from '../rule-set.js';
import { mof2020 } from './mof-2020.js';

/**
 * Hunan's county-level divisions whose names hold no prefecture's (a county
 * unit names only its county: 衡山县贯塘乡人民政府). Written with their suffix,
 * and only those no other province shares (not 南县 inside 河南县, 永定区 of
 * Fujian, 资阳 of Sichuan, 东安区 of Heilongjiang, 龙山区 of Jilin).
 */
const COUNTIES = [
  '浏阳市', '宁乡市', '望城区', '芙蓉区', '天心区', '岳麓区', '开福区',
  '醴陵市', '攸县', '茶陵县', '炎陵县', '渌口区', '荷塘区', '芦淞区',
  '湘乡市', '韶山市', '雨湖区', '岳塘区',
  '衡南县', '衡山县', '衡东县', '祁东县', '耒阳市', '常宁市', '珠晖区', '雁峰区', '石鼓区', '蒸湘区', '南岳区',
  '邵东市', '新邵县', '隆回县', '洞口县', '绥宁县', '新宁县', '城步苗族自治县', '武冈市', '双清区', '大祥区', '北塔区',
  '华容县', '湘阴县', '平江县', '汨罗市', '临湘市', '云溪区', '君山区',
  '鼎城区', '安乡县', '汉寿县', '澧县', '临澧县', '桃源县', '石门县', '津市市',
  '武陵源区', '慈利县', '桑植县',
  '赫山区', '桃江县', '安化县', '沅江市',
  '苏仙区', '桂阳县', '宜章县', '嘉禾县', '临武县', '汝城县', '桂东县', '安仁县', '资兴市',
  '零陵区', '冷水滩区', '东安县', '双牌县', '江永县', '宁远县', '蓝山县', '新田县', '江华瑶族自治县', '祁阳市',
  '鹤城区', '中方县', '沅陵县', '辰溪县', '溆浦县', '会同县', '麻阳苗族自治县', '新晃侗族自治县', '芷江侗族自治县', '靖州苗族侗族自治县', '通道侗族自治县', '洪江市',
  '娄星区', '双峰县', '新化县', '冷水江市', '涟源市',
  '吉首市', '泸溪县', '凤凰县', '花垣县', '保靖县', '古丈县', '永顺县',
];

/**
 * 湖南省 as the reference report follows it (derived from the seed): the
 * 2021 taxonomy with 成本 as a 一级指标 and the project split
 * 成本 20 / 产出 20 / 效益 40 / 满意度 10; 成本节约率 from 全年预算数 in the
 * department table and from 年初预算数 in project tables.
 */
export const hunan: ScoringRuleSet = {
  ...mof2020,
  id: 'hunan',
  name: '湖南省部门整体支出及项目支出绩效自评（参考报告所循口径）',
  source: '财预〔2020〕10号；湖南省自评表模板（据参考报告 derived from the seed）',
  regions: ['湖南', '长沙', '株洲', '湘潭', '衡阳', '邵阳', '岳阳', '常德', '张家界', '益阳', '郴州', '永州', '怀化', '娄底', '湘西', ...COUNTIES],
  level1Split: { cost: '20', output: '20', benefit: '40', satisfaction: '10' },
  costSavingBasis: { department: 'adjustedBudget', project: 'initialBudget' },
};
