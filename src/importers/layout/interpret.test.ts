import { describe, expect, it } from 'vitest';
import { readText } from '../text/text-reader.js';
import { interpret } from './interpret.js';
import { brief, checkText } from '../../../test/support/check-text.js';
import { HUBEI_PROJECT_FORM, MINISTRY_DEPARTMENT_FORM, tsv } from '../../../test/support/form-samples.js';
import { deriveReport } from '../../core/authoring/derive-report.js';
import { mof2020 } from '../../core/scoring/rule-sets/mof-2020.js';


function read(text: string) {
  return interpret(readText(text, 'layout.txt')).report;
}

describe('layouts of other provinces', () => {
  it('reads the Ministry’s department form: 年度主要任务 with 预算数 and 执行数, its 金额合计 row as the total', () => {
    const text = MINISTRY_DEPARTMENT_FORM;
    const dept = read(text).departmentEvaluation;
    expect(dept?.unit).toBe('某市某局');
    expect(dept?.total).toMatchObject({ adjustedBudget: '1500.00', spent: '1430.50' });
    expect(dept?.indicators.map((i) => [i.name, i.weight, i.score])).toEqual([['执法检查次数', '45', '45'], ['群众满意度', '45', '45']]);
    expect(dept?.totalScore).toMatchObject({ weight: '90', score: '90' });
    expect(dept?.tasks).toEqual([
      { name: '行政运行', content: '保障机关正常运转', budget: '1200.00', spent: '1150.50' },
      { name: '专项业务', content: '开展执法检查', budget: '300.00', spent: '280.00' },
    ]);
    expect(checkText(text).filter((f) => f.severity === 'error').map(brief)).toEqual([]);
    // A task changed: its sum no longer matches the 金额合计 (line 7); mended, the total is the tasks' sum again.
    const changed = text.replace('\t300.00\t', '\t310.00\t');
    expect(checkText(changed).filter((f) => f.severity === 'error').map(brief)).toEqual(['DEPT-TASKS-SUM L7 1510.00|1500.00']);
    const mended = deriveReport(read(changed), mof2020);
    expect(mended.departmentEvaluation?.total).toMatchObject({ adjustedBudget: '1510.00', spent: '1430.50' });
  });

  it('reads a Hubei-style project table: head lines above it, 年度财政资金总额, the execution weight in the header, goals with their own header rows', () => {
    const text = HUBEI_PROJECT_FORM;
    const report = read(text);
    expect(report.projects).toHaveLength(1);
    const p = report.projects[0];
    expect([p?.name, p?.supervisor, p?.implementer]).toEqual(['监测经费', '某市某局', '本单位']);
    expect(p?.total).toMatchObject({ adjustedBudget: '10', spent: '9', weight: '20', executionRate: '90%', score: '18' });
    expect(p?.indicators.map((i) => [i.level1, i.name, i.target, i.actual, i.score])).toEqual([
      ['产出指标', '监测数据合格率', '100%', '100%', '20'],
      ['效益指标', '服务对象满意度', '98%', '98%', '19.6'],
      ['产出指标', '整编资料份数', '≥20份', '20份', '40'],
    ]);
    expect(p?.totalScore?.score).toBe('97.6');
    // 18 = 20 × 90%, and 97.6 = 18 + 20 + 19.6 + 40: nothing to report, least of all against a 10-point execution weight.
    expect(checkText(text).filter((f) => f.severity === 'error').map(brief)).toEqual([]);
    expect(checkText(text.replace('\t18\t', '\t9\t')).filter((f) => f.severity === 'error').map(brief)).toEqual(['FUNDS-EXEC-SCORE L7 18|9', 'TOTAL-SCORE L13 88.6|97.6']);
  });

  it('reads a Sichuan project table: 总额, 财政资金…其他资金, 权重, split targets, 合计', () => {
    const text = `项目支出绩效自评表\n\n${tsv([
      ['项目名称', '51000021R000000019951-工资性支出', '', '', '', '', '', ''],
      ['主管部门', '青神县发展和改革局本级', '', '', '实施单位（盖章）', '青神县发展和改革局', '', ''],
      ['预算执行情况(10分)', '年度预算数(万元)', '年初预算', '调整后预算数', '预算执行数', '预算执行率', '权重', '得分'],
      ['', '总额', '238.93', '251.89', '251.89', '100.00%', '10', '10'],
      ['', '其中:财政资金', '238.93', '251.89', '251.89', '100.00%', '/', '/'],
      ['', '财政专户管理资金', '0.00', '0.00', '0.00', '0.00%', '/', '/'],
      ['', '单位资金', '0.00', '0.00', '0.00', '0.00%', '/', '/'],
      ['', '其他资金', '', '', '', '', '/', '/'],
      ['绩效指标(90分)', '一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '完成值', '权重', '得分', '未完成原因分析'],
      ['', '产出指标', '数量指标', '发放(缴纳)覆盖率', '=', '100', '%', '100', '60', '60', ''],
      ['', '效益指标', '社会效益指标', '足额保障率(参保率)', '=', '100', '%', '100', '30', '30', ''],
      ['合计', '100', '100', '', '', '', '', '', '', '', ''],
      ['评价结论', '项目按计划实施，工资及时足额发放。', '', '', '', '', '', ''],
    ])}`;
    const r = read(text);
    expect(r.projects).toHaveLength(1);
    const p = r.projects[0];
    expect(p?.name).toBe('51000021R000000019951-工资性支出');
    expect(p?.implementer).toBe('青神县发展和改革局');
    expect(p?.total).toEqual({ initialBudget: '238.93', adjustedBudget: '251.89', spent: '251.89', weight: '10', executionRate: '100.00%', score: '10' });
    expect(p?.sources.map((s) => [s.kind, s.row.adjustedBudget])).toEqual([['generalBudget', '251.89'], ['specialAccount', '0.00'], ['unitFunds', '0.00'], ['otherFunds', null]]);
    expect(p?.indicators.map((i) => [i.level1, i.level2, i.name, i.target, i.actual, i.weight, i.score])).toEqual([
      ['产出指标', '数量指标', '发放(缴纳)覆盖率', '=100%', '100%', '60', '60'],
      ['效益指标', '社会效益指标', '足额保障率(参保率)', '=100%', '100%', '30', '30'],
    ]);
    expect(p?.totalScore).toMatchObject({ weight: '100', score: '100' });
    expect(p?.remarks[0]?.label).toBe('评价结论');
  });

  it('reads an Anhui project table with weights in the 一级 labels and merged 一级 cells', () => {
    const text = `项目支出绩效自评表\n\n${tsv([
      ['项目名称', '农村饮水安全工程维修养护', '', '', '', '', '', '', ''],
      ['主管部门', '某县水利局', '', '', '实施单位', '某县农村供水站', '', '', ''],
      ['项目资金（万元）', '', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分', ''],
      ['', '年度资金总额', '120.00', '150.00', '135.00', '10', '90.00%', '9.00', ''],
      ['', '其中：当年财政拨款', '120.00', '150.00', '135.00', '—', '—', '—', ''],
      ['', '上年结转资金', '0', '0', '0', '—', '—', '—', ''],
      ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
      ['', '产出指标(50分)', '数量指标', '维修养护工程处数', '≥30处', '32处', '20', '20', ''],
      ['', '', '质量指标', '工程验收合格率', '≥95%', '100%', '15', '15', ''],
      ['', '', '时效指标', '完工及时率', '100%', '90%', '15', '13.5', '部分工程受汛期影响延期'],
      ['', '效益指标(30分)', '社会效益指标', '受益人口', '≥2万人', '2.3万人', '30', '30', ''],
      ['', '满意度指标(10分)', '服务对象满意度指标', '受益群众满意度', '≥90%', '93%', '10', '10', ''],
      ['总分', '', '', '', '', '', '100', '97.5', ''],
    ])}`;
    const p = read(text).projects[0];
    expect(p?.levelWeights).toEqual([
      { level: 1, name: '产出指标', weight: '50' },
      { level: 1, name: '效益指标', weight: '30' },
      { level: 1, name: '满意度指标', weight: '10' },
    ]);
    expect(p?.indicators.map((i) => [i.level1, i.level2, i.name, i.weight, i.score])).toEqual([
      ['产出指标', '数量指标', '维修养护工程处数', '20', '20'],
      ['产出指标', '质量指标', '工程验收合格率', '15', '15'],
      ['产出指标', '时效指标', '完工及时率', '15', '13.5'],
      ['效益指标', '社会效益指标', '受益人口', '30', '30'],
      ['满意度指标', '服务对象满意度指标', '受益群众满意度', '10', '10'],
    ]);
    expect(p?.sources.map((s) => s.kind)).toEqual(['appropriation', 'carriedIn']);
    expect(p?.totalScore).toMatchObject({ weight: '100', score: '97.5' });
  });

  it('reads a Chongqing table: 年初指标值 and 调整指标值, 得分系数, 核心指标', () => {
    const text = `项目支出绩效自评表\n\n${tsv([
      ['项目名称', '城市道路照明维护', '', '', '', '', '', '', '', ''],
      ['主管部门', '某区城市管理局', '', '', '实施单位', '某区路灯管理所', '', '', '', ''],
      ['一级指标', '二级指标', '三级指标', '核心指标', '年初指标值', '调整指标值', '实际完成值', '分值', '得分系数', '得分'],
      ['产出指标', '数量指标', '维护路灯数量', '是', '≥12000盏', '≥12500盏', '12600盏', '30', '1', '30'],
      ['', '质量指标', '亮灯率', '否', '≥98%', '', '98.5%', '30', '1', '30'],
      ['效益指标', '社会效益指标', '夜间出行安全保障', '否', '有效保障', '', '有效保障', '20', '0.9', '18'],
      ['满意度指标', '服务对象满意度指标', '市民满意度', '否', '≥90%', '', '92%', '10', '1', '10'],
    ])}`;
    const p = read(text).projects[0];
    expect(p?.indicators.map((i) => [i.name, i.target, i.actual, i.weight, i.score])).toEqual([
      ['维护路灯数量', '≥12500盏', '12600盏', '30', '30'],
      ['亮灯率', '≥98%', '98.5%', '30', '30'],
      ['夜间出行安全保障', '有效保障', '有效保障', '20', '18'],
      ['市民满意度', '≥90%', '92%', '10', '10'],
    ]);
  });

  it('reads a Yunnan table in 元 with the comparator in its own column', () => {
    const text = `部门整体支出绩效自评表\n\n${tsv([
      ['部门名称', '某县农业农村局', '', '', '', '', '', '', ''],
      ['年度预算申请（元）', '', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分', ''],
      ['', '年度资金总额', '12,345,678.00', '13,000,000.00', '12,350,000.00', '10', '95.00%', '9.5', ''],
      ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '实际完成值', '分值', '得分'],
      ['产出指标', '数量指标', '培训农民人数', '≥', '500', '人次', '520', '45', '45'],
      ['效益指标', '社会效益指标', '农民增收', '定性', '明显', '', '明显', '35', '35'],
      ['满意度指标', '服务对象满意度指标', '农户满意度', '≥', '90', '%', '95', '10', '10'],
    ])}`;
    const d = read(text).departmentEvaluation;
    expect(d?.moneyUnit).toBe('元');
    expect(d?.total).toMatchObject({ initialBudget: '12345678.00', adjustedBudget: '13000000.00', spent: '12350000.00', executionRate: '95.00%' });
    expect(d?.indicators.map((i) => [i.target, i.actual])).toEqual([
      ['≥500人次', '520人次'],
      ['明显', '明显'],
      ['≥90%', '95%'],
    ]);
  });
});

describe('narratives of other templates', () => {
  const text = [
    '**2022年度某市某某局**',
    '',
    '**部门整体支出绩效自评报告**',
    '',
    '一、部门基本情况',
    '',
    '本单位内设机构 6 个，编制数 30 名，实有在职人员 28 人，退休人员 12 人。',
    '',
    '二、部门整体支出管理及使用情况',
    '',
    '（一）基本支出',
    '',
    '2022 年基本支出全年预算数 1200.00 万元，全年执行数 1150.50 万元，其中：工资福利支出 900.00 万元，商品和服务支出 200.50 万元，对个人和家庭的补助 50.00 万元。',
    '',
    '（二）项目支出',
    '',
    '2022 年项目支出全年预算数 300.00 万元，全年执行数 280.00 万元。',
    '',
    '三、部门整体支出绩效情况',
    '',
    '全年预算数 1500.00 万元，全年执行数 1430.50 万元，预算执行率 95.37%。',
    '',
    '四、存在的问题',
    '',
    '个别项目进度偏慢。',
  ].join('\n');

  it('finds the title on two lines, the unit, the year and the budget sections', () => {
    const { report } = interpret(readText(text, 'old.txt'));
    expect(report.unit).toBe('某市某某局');
    expect(report.year).toBe(2022);
    expect(report.narrative.sections.map((s) => s.key)).toEqual(['profile', 'generalBudget', 'performance', 'problems']);
    expect(report.spending.generalBudget.basic).toMatchObject({ adjustedBudget: '1200.00', spent: '1150.50', wages: '900.00', goodsAndServices: '200.50', householdSubsidies: '50.00' });
    expect(report.spending.generalBudget.project).toMatchObject({ adjustedBudget: '300.00', spent: '280.00' });
    expect(report.narrative.profile).toEqual({ internalDepartments: '6', staff: '28', retirees: '12' });
  });

  it('takes the unit from a project report’s title and from a cover that labels it', () => {
    const project = read('红河州某中心2024年度项目支出绩效单位自评报告\n\n一、基本情况\n\n实施项目共15个。');
    expect([project.unit, project.year]).toEqual(['红河州某中心', 2024]);
    const cover = read('岳阳市2018年度部门整体支出\n\n绩效评价自评报告\n\n部门(单位)名称:  岳阳市某某指挥中心\n\n一、部门(单位)基本概况\n\n人员编制 21 人。');
    expect([cover.unit, cover.year]).toEqual(['岳阳市某某指挥中心', 2018]);
  });

  it('reads a form saved from a web page as text: bare pipe rows, its title as its first row, a goal row shifted left', () => {
    const form = [
      '部门预算项目支出绩效自评表(2023年度) | ||||||',
      '项目名称 | 某县安全设备补助项目 | |||||',
      '主管部门 | 某县某局 | 实施单位 | 某县某局 | |||',
      '项目基本情况 | 1.项目年度目标完成情况 | 项目年度目标 | 年度目标完成情况 | |||',
      '购买安全设备并支付资金。 | 已完成 | ||||||',
      '2.项目实施内容及过程概述 | 全年购买设备13台。 | |||||',
      '预算执行情况(10分) | 年度预算数(万元) | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分',
      '总额 | 0.00 | 3.36 | 3.36 | 100.00% | 10 | 10 |',
      '绩效指标(90分) | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分',
      '产出指标 | 数量指标 | 购买设备数量 | ≥ | 13 | 台 | 13 | 90 | 90 |',
    ].join('\n');
    const report = interpret(readText(form, 'saved.txt')).report;
    expect([report.unit, report.year]).toEqual(['某县某局', 2023]);
    expect(report.projects.map((p) => [p.name, p.total.adjustedBudget, p.indicators.length])).toEqual([['某县安全设备补助项目', '3.36', 1]]);
    // The goal row lost its merged cells at the left: its two texts are the goal and what was achieved; the next part is neither.
    expect(report.projects[0]?.overallGoal).toEqual({ expected: '购买安全设备并支付资金。', achieved: '已完成' });

    // Saved one after another into one table, the end of the form before (no head of its own) and then this one:
    // the title row between them names this form, and the unit comes from the first form that names one.
    const tail = ['绩效指标(90分) | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分', '产出指标 | 成本指标 | 成本控制数 | ≤ | 30 | 万元 | 28 | 90 | 90 |', '合计 | 100 | |||||'];
    const both = interpret(readText([...tail, form].join('\n'), 'saved.txt'));
    expect([both.report.unit, both.report.year, both.report.projects.length]).toEqual(['某县某局', 2023, 2]);
  });
});
