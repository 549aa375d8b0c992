<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>SharedSettings</name>
    <message>
      <source>Organisation and dealer</source>
      <translation>机构和经销商</translation>
    </message>
    <message>
      <source>Claims</source>
      <translation>索赔</translation>
    </message>
    <message>
      <source>Returns</source>
      <translation>旧件返回</translation>
    </message>
    <message>
      <source>Stock count</source>
      <translation>盘点</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>机构</translation>
    </message>
    <message>
      <source>The manufacturer's service network or region, first line of every voucher, claim package and statement.</source>
      <translation>厂家的服务网络或大区，印在每张结算凭证、索赔资料包和对账单的第一行。</translation>
    </message>
    <message>
      <source>Dealer name</source>
      <translation>经销商名称</translation>
    </message>
    <message>
      <source>Dealer code</source>
      <translation>经销商代码</translation>
    </message>
    <message>
      <source>The code the manufacturer gave this dealer.</source>
      <translation>厂家分配给本经销商的代码。</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>地址</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <source>Labour rate per hour</source>
      <translation>每小时工时单价</translation>
    </message>
    <message>
      <source>New claims price their labour at this rate; saved claims keep theirs.</source>
      <translation>新索赔单按此单价计算工时费；已保存的索赔单保持原单价。</translation>
    </message>
    <message>
      <source>Warranty administrator approves up to</source>
      <translation>索赔管理员审核至</translation>
    </message>
    <message>
      <source>Supervisor approves up to</source>
      <translation>主管审核至</translation>
    </message>
    <message>
      <source>A claim above this total needs a manager. Claims already submitted keep their approval level.</source>
      <translation>总额超过此金额的索赔单需经理审核。已提交的索赔单保持原审核级别。</translation>
    </message>
    <message>
      <source>Repeat-claim window</source>
      <translation>重复索赔提醒</translation>
    </message>
    <message>
      <source>A claim for the same vehicle and fault within this many days of another one gets a warning.</source>
      <translation>同一车辆、同一故障在此天数内再次索赔时给出提醒。</translation>
    </message>
    <message>
      <source>Keep defective parts for</source>
      <translation>旧件保留期限</translation>
    </message>
    <message>
      <source>Days after the repair before a tagged part is overdue for its return.</source>
      <translation>维修后超过此天数，已贴标签的旧件即为逾期未返回。</translation>
    </message>
    <message>
      <source>Variance value needing a supervisor</source>
      <translation>需主管过账的差异金额</translation>
    </message>
    <message>
      <source>A count whose variance of one part is worth more than this can only be posted by a supervisor.</source>
      <translation>盘点中某一配件的差异金额超过此值时，只能由主管过账。</translation>
    </message>
    <message>
      <source>These settings are kept in the database and apply on every PC at once. Only an administrator can change them.</source>
      <translation>这些设置保存在数据库中，立即对所有电脑生效。只有管理员可以修改。</translation>
    </message>
    <message>
      <source>These settings are kept in the database and apply on every PC at once.</source>
      <translation>这些设置保存在数据库中，立即对所有电脑生效。</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>保存</translation>
    </message>
    <message>
      <source>Undo changes</source>
      <translation>撤销修改</translation>
    </message>
    <message>
      <source> days</source>
      <translation> 天</translation>
    </message>
    <message>
      <source>Saved: {sections}. Every PC uses the new settings from now on.</source>
      <translation>已保存：{sections}。所有电脑即刻起使用新设置。</translation>
    </message>
    <message>
      <source>Nothing was changed.</source>
      <translation>没有任何修改。</translation>
    </message>
    <message>
      <source>, </source>
      <translation>、</translation>
    </message>
  </context>
</TS>
