<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>Claims</name>
    <message>
      <source>Quantity of {part_no}</source>
      <translation>配件 {part_no} 的数量</translation>
    </message>
    <message>
      <source>Choose the vehicle's model.</source>
      <translation>请选择车辆的车型。</translation>
    </message>
    <message>
      <source>Add at least one labour or part line.</source>
      <translation>请至少添加一行工时或配件。</translation>
    </message>
    <message>
      <source>Claim settings changed</source>
      <translation>索赔设置已更改</translation>
    </message>
    <message>
      <source>{what} must be a number above zero (up to 3 decimals), not "{value}".</source>
      <translation>{what}必须是大于零的数字（最多 3 位小数），而不是“{value}”。</translation>
    </message>
    <message>
      <source>Mileage "{value}" is not a whole number of kilometres.</source>
      <translation>里程“{value}”不是整数公里数。</translation>
    </message>
    <message>
      <source>Code {code} is not in the code table (or no longer active). Choose a code from the list.</source>
      <translation>代码 {code} 不在代码表中（或已停用）。请从列表中选择代码。</translation>
    </message>
    <message>
      <source>A labour line has no operation code.</source>
      <translation>有一行工时没有工时代码。</translation>
    </message>
    <message>
      <source>Hours of {code}</source>
      <translation>工时代码 {code} 的工时</translation>
    </message>
    <message>
      <source>Labour operation {code}: {hours} h is above the standard {standard} h. Give a reason for the extra hours.</source>
      <translation>工时代码 {code}：{hours} 小时超过标准工时 {standard} 小时。请填写超出工时的原因。</translation>
    </message>
    <message>
      <source>Part {part_no}: the price {price} differs from the catalogue price {catalogue}. Give a reason for the price, or use the catalogue price.</source>
      <translation>配件 {part_no}：单价 {price} 与目录价 {catalogue} 不同。请填写改价原因，或使用目录价。</translation>
    </message>
    <message>
      <source>The repair date is missing.</source>
      <translation>缺少维修日期。</translation>
    </message>
    <message>
      <source>The repair date {date} is in the future.</source>
      <translation>维修日期 {date} 在将来。</translation>
    </message>
    <message>
      <source>Claim {number} entered</source>
      <translation>索赔单 {number} 已录入</translation>
    </message>
    <message>
      <source>Claim {number} changed: figures {before} → {after}</source>
      <translation>索赔单 {number} 已修改：金额 {before} → {after}</translation>
    </message>
    <message>
      <source>Comment on claim {number}: {text}</source>
      <translation>索赔单 {number} 的备注：{text}</translation>
    </message>
    <message>
      <source>Claim {number} repaired</source>
      <translation>索赔单 {number} 已维修</translation>
    </message>
    <message>
      <source>Claim {number} cancelled: {reason}</source>
      <translation>索赔单 {number} 已取消：{reason}</translation>
    </message>
    <message>
      <source>The supervisor's limit must be above the warranty administrator's limit (and both above zero).</source>
      <translation>主管的审核限额必须高于索赔管理员的限额（且两者都大于零）。</translation>
    </message>
    <message>
      <source>Part {part_no}: the catalogue says the failed part must be returned. Give a reason to keep it here.</source>
      <translation>配件 {part_no}：配件目录规定旧件必须返回。如不返回，请填写原因。</translation>
    </message>
    <message>
      <source>Part {part_no}: the catalogue says the failed part need not be returned. Give a reason to return it.</source>
      <translation>配件 {part_no}：配件目录规定旧件无需返回。如要返回，请填写原因。</translation>
    </message>
    <message>
      <source>Claim {number} is {state} and can no longer be changed. Ask the approver to return it for information first.</source>
      <translation>索赔单 {number} 的状态为“{state}”，不能再修改。请先让审核人退回补充信息。</translation>
    </message>
    <message>
      <source>Claim {number} changed</source>
      <translation>索赔单 {number} 已修改</translation>
    </message>
    <message>
      <source>Part {part_no}: enter the replacement reason (what failed and why the part was replaced).</source>
      <translation>配件 {part_no}：请填写更换原因（什么损坏、为何更换该配件）。</translation>
    </message>
    <message>
      <source>Part {part_no} must be returned: enter the production batch of the failed part.</source>
      <translation>配件 {part_no} 须返回旧件：请填写故障件的生产批次。</translation>
    </message>
    <message>
      <source>Enter the mileage.</source>
      <translation>请填写里程。</translation>
    </message>
    <message>
      <source>Choose a fault code.</source>
      <translation>请选择故障代码。</translation>
    </message>
    <message>
      <source>Enter the VIN (17 characters).</source>
      <translation>请填写车辆识别代号 VIN（17 位）。</translation>
    </message>
    <message>
      <source>Enter the repair date.</source>
      <translation>请填写维修日期。</translation>
    </message>
    <message>
      <source>Enter the mileage in kilometres.</source>
      <translation>请填写行驶里程（公里）。</translation>
    </message>
    <message>
      <source>Claim {number} still waits for its parts to be issued; issue them before marking it repaired.</source>
      <translation>索赔单 {number} 的配件尚未发料；请先发料，再标记为已维修。</translation>
    </message>
    <message>
      <source>Give the reason for cancelling claim {number}.</source>
      <translation>请填写取消索赔单 {number} 的原因。</translation>
    </message>
    <message>
      <source>Claim {number} is {state} and can no longer be cancelled.</source>
      <translation>索赔单 {number} 的状态为“{state}”，不能再取消。</translation>
    </message>
    <message>
      <source>The VIN {vin} has {n} characters; enter all 17.</source>
      <translation>VIN {vin} 只有 {n} 位；请填写完整的 17 位。</translation>
    </message>
  </context>
</TS>
