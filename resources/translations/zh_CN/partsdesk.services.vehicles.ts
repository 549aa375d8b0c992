<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>Vehicles</name>
    <message>
      <source>VIN {vin}: the check digit (position 9) is {actual} but should be {expected}. Correct the VIN, or give an override reason if this market does not use check digits.</source>
      <translation>VIN {vin}：校验位（第 9 位）是 {actual}，应为 {expected}。请更正 VIN；如果该市场不使用校验位，请填写例外原因。</translation>
    </message>
    <message>
      <source>VIN "{vin}" has {n} characters; a VIN has 17.</source>
      <translation>VIN“{vin}”有 {n} 个字符；VIN 应为 17 位。</translation>
    </message>
    <message>
      <source>VIN {vin} contains {chars}; a VIN uses digits and letters except I, O and Q (check for 1/I and 0/O mix-ups).</source>
      <translation>VIN {vin} 含有 {chars}；VIN 只能使用数字和除 I、O、Q 以外的字母（请检查 1/I、0/O 是否混淆）。</translation>
    </message>
    <message>
      <source>No vehicle with VIN {vin}. Check the VIN or enter the vehicle.</source>
      <translation>没有 VIN 为 {vin} 的车辆。请检查 VIN 或录入该车辆。</translation>
    </message>
    <message>
      <source>Vehicle model {code} is not in the code table. Import the vehicle models or choose another.</source>
      <translation>车型 {code} 不在代码表中。请导入车型或选择其他车型。</translation>
    </message>
    <message>
      <source>Vehicle {vin} saved</source>
      <translation>车辆 {vin} 已保存</translation>
    </message>
    <message>
      <source>Vehicle {vin} changed: {reason}</source>
      <translation>车辆 {vin} 主数据已修改：{reason}</translation>
    </message>
    <message>
      <source>Give the reason for changing the master data of vehicle {vin}.</source>
      <translation>请填写修改车辆 {vin} 主数据的原因。</translation>
    </message>
    <message>
      <source>Vehicle {vin} already has this model, production date and warranty start; nothing to change.</source>
      <translation>车辆 {vin} 的车型、生产日期和保修起始日已是这些值，无需修改。</translation>
    </message>
  </context>
</TS>
