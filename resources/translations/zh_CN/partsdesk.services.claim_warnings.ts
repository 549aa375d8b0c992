<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>Claims</name>
    <message>
      <source>Vehicle {vin} had claim {other} for the same fault {fault} on {date}.</source>
      <translation>车辆 {vin} 已于 {date} 因同一故障 {fault} 索赔（索赔单 {other}）。</translation>
    </message>
    <message>
      <source>Vehicle {vin} is out of warranty by date: it ended on {end}, the repair was on {date}.</source>
      <translation>车辆 {vin} 按日期已过保修期：保修于 {end} 结束，维修日期为 {date}。</translation>
    </message>
    <message>
      <source>Vehicle {vin} is out of warranty by mileage: {km} km is above the {limit} km of model {model}.</source>
      <translation>车辆 {vin} 按里程已过保修期：{km} 公里超过车型 {model} 的 {limit} 公里。</translation>
    </message>
    <message>
      <source>Claim {number} keeps its own vehicle facts, which differ from the record of vehicle {vin}: {differences}. If the record is wrong, change the vehicle's master data.</source>
      <translation>索赔单 {number} 保留其自身的车辆信息，与车辆 {vin} 的档案不同：{differences}。如档案有误，请修改车辆主数据。</translation>
    </message>
    <message>
      <source>model {claim} (on record {record})</source>
      <translation>车型 {claim}（档案为 {record}）</translation>
    </message>
    <message>
      <source>production date {claim} (on record {record})</source>
      <translation>生产日期 {claim}（档案为 {record}）</translation>
    </message>
    <message>
      <source>warranty start {claim} (on record {record})</source>
      <translation>保修起始 {claim}（档案为 {record}）</translation>
    </message>
    <message>
      <source>Labour operation {code} is not valid for model {model}.</source>
      <translation>工时代码 {code} 不适用于车型 {model}。</translation>
    </message>
    <message>
      <source>Part {part_no} does not fit model {model}: the catalogue lists it for {models}. Check the part number.</source>
      <translation>配件 {part_no} 不适用于车型 {model}：配件目录中它适用于 {models}。请检查配件编号。</translation>
    </message>
  </context>
</TS>
