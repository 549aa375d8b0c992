<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>Quality</name>
    <message>
      <source>Claims per 100 vehicles: the claims selected, of vehicles with a warranty start, divided by the vehicles PartsDesk knows with a warranty start in the same group (the vehicle's model, or the month its warranty started), times 100.</source>
      <translation>每百辆车索赔数：所选索赔中有保修起始日期的车辆的索赔数，除以 PartsDesk 已知的同组（车辆车型或保修起始月份）有保修起始日期的车辆数，再乘以 100。</translation>
    </message>
    <message>
      <source>Approved or later (not rejected or cancelled)</source>
      <translation>已批准及之后（不含已拒绝和已取消）</translation>
    </message>
    <message>
      <source>Every submitted claim</source>
      <translation>所有已提交的索赔</translation>
    </message>
    <message>
      <source>Settled only (paid or closed)</source>
      <translation>仅已结算（已付款或已关闭）</translation>
    </message>
    <message>
      <source>Part category</source>
      <translation>配件类别</translation>
    </message>
    <message>
      <source>Part</source>
      <translation>配件</translation>
    </message>
    <message>
      <source>Fault code</source>
      <translation>故障代码</translation>
    </message>
    <message>
      <source>Cause code</source>
      <translation>原因代码</translation>
    </message>
    <message>
      <source>Labour operation</source>
      <translation>工时项目</translation>
    </message>
    <message>
      <source>Production batch of the failed part</source>
      <translation>故障件生产批次</translation>
    </message>
    <message>
      <source>Vehicle model</source>
      <translation>车型</translation>
    </message>
    <message>
      <source>Repair month</source>
      <translation>维修月份</translation>
    </message>
    <message>
      <source>Mileage band</source>
      <translation>里程区间</translation>
    </message>
    <message>
      <source>Months in service</source>
      <translation>使用月数</translation>
    </message>
    <message>
      <source>Inspection outcome</source>
      <translation>检验结果</translation>
    </message>
    <message>
      <source>Entered by</source>
      <translation>录入人</translation>
    </message>
    <message>
      <source>Mileage bands must start at 0 and rise, not {bands}.</source>
      <translation>里程区间必须从 0 开始并递增，而不是 {bands}。</translation>
    </message>
    <message>
      <source>"{by}" is not a way to group claims; use one of {names}.</source>
      <translation>“{by}”不是索赔的分组方式；请使用以下之一：{names}。</translation>
    </message>
    <message>
      <source>"{states}" is not a group of claim states; use approved, submitted or settled.</source>
      <translation>“{states}”不是索赔状态组；请使用 approved、submitted 或 settled。</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>其他</translation>
    </message>
    <message>
      <source>Claims per 100 vehicles are by model or by warranty month, not "{by}".</source>
      <translation>每百辆车索赔数按车型或保修起始月份统计，而不是“{by}”。</translation>
    </message>
  </context>
</TS>
