import { coverageOf, hasTables } from '../../model/coverage.js';
import type { AuditRule } from '../rule.js';

export const noTables: AuditRule = {
  id: 'REPORT-NO-TABLES',
  severity: 'warning',
  family: 'completeness',
  title: '未找到任何附表',
  description:
    '自评报告应附基础数据表、部门整体支出绩效自评表或项目支出绩效自评表。一张也未读到时，只能核对正文本身，表内、表间和文表一致的审核都无从进行，“未发现问题”不说明附表无误。附表可能另行公开，也可能是版式未能识别。',
  source: '财预〔2020〕10号 附件（项目支出绩效自评表）；湖南省部门整体支出绩效自评报告所附附件1—3（derived from the seed）',
  check(ctx) {
    const c = coverageOf(ctx.report);
    if (hasTables(c) || c.sections === 0) return;
    ctx.emit({
      section: '附件',
      message: '报告中未找到基础数据表、部门整体支出绩效自评表或项目支出绩效自评表，只核对了正文；表内、表间和文表一致的审核均未进行。附表若另行公开，请一并提交审核；若附表就在文中，可能是其版式未能识别。',
    });
  },
};
