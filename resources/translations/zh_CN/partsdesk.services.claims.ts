<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>Claims</name>
    <message>
      <source>Claim {number}: you changed its codes or lines (total {total}); nobody approves figures they entered. Another {tier} or higher must decide.</source>
      <translation>索赔单 {number}：您修改过它的代码或明细（合计 {total}）；任何人都不审批自己录入的数字。须由另一位{tier}或更高级别决定。</translation>
    </message>
    <message>
      <source>Quantity of {part_no}</source>
      <translation>配件 {part_no} 的数量</translation>
    </message>
    <message>
      <source>Vehicle {vin} had claim {other} for the same fault {fault} on {date}.</source>
      <translation>车辆 {vin} 已于 {date} 因同一故障 {fault} 索赔（索赔单 {other}）。</translation>
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
      <source>Claim {number}: you changed its figures ({before} → {after}); nobody approves figures they entered. Another {tier} or higher must decide.</source>
      <translation>索赔单 {number}：您修改过它的数字（{before} → {after}）；任何人都不审批自己录入的数字。须由另一位{tier}或更高级别决定。</translation>
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
      <source>Part {part_no} is counted in whole pieces ({unit}); {qty} is not a whole number. Enter a whole quantity.</source>
      <translation>配件 {part_no} 按整件计数（{unit}）；{qty} 不是整数。请输入整数数量。</translation>
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
      <source>Claim {number} submitted for approval by a {tier} ({total})</source>
      <translation>索赔单 {number} 已提交，待{tier}审核（{total}）</translation>
    </message>
    <message>
      <source>Claim {number} is {state}, not waiting for approval.</source>
      <translation>索赔单 {number} 的状态为“{state}”，不在待审核状态。</translation>
    </message>
    <message>
      <source>Claim {number} was entered or submitted by you; nobody approves their own claim. Another {tier} or higher must decide.</source>
      <translation>索赔单 {number} 由您录入或提交；任何人都不能审核自己的索赔单。须由另一位{tier}或更高级别人员审核。</translation>
    </message>
    <message>
      <source>Claim {number} ({total}) is waiting for approval by a {tier}; you are a {role}. Leave it to a {tier} or higher.</source>
      <translation>索赔单 {number}（{total}）须由{tier}审核；您是{role}。请交由{tier}或更高级别人员审核。</translation>
    </message>
    <message>
      <source>Claim {number} approved</source>
      <translation>索赔单 {number} 已审核通过</translation>
    </message>
    <message>
      <source>Claim {number} rejected: {reason}</source>
      <translation>索赔单 {number} 已拒绝：{reason}</translation>
    </message>
    <message>
      <source>Claim {number} returned for information: {comment}</source>
      <translation>索赔单 {number} 已退回补充信息：{comment}</translation>
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
      <source>Labour operation {code} is not valid for model {model}.</source>
      <translation>工时代码 {code} 不适用于车型 {model}。</translation>
    </message>
    <message>
      <source>Part {part_no} does not fit model {model}: the catalogue lists it for {models}. Check the part number.</source>
      <translation>配件 {part_no} 不适用于车型 {model}：配件目录中它适用于 {models}。请检查配件编号。</translation>
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
      <source>Claim {number} is already {state}; only a draft can be submitted.</source>
      <translation>索赔单 {number} 的状态已是“{state}”；只有草稿可以提交。</translation>
    </message>
    <message>
      <source>Claim {number} cannot be submitted yet: {problems}</source>
      <translation>索赔单 {number} 还不能提交：{problems}</translation>
    </message>
    <message>
      <source>Give the reason for rejecting claim {number}.</source>
      <translation>请填写拒绝索赔单 {number} 的原因。</translation>
    </message>
    <message>
      <source>Say what information claim {number} needs.</source>
      <translation>请说明索赔单 {number} 需要补充哪些信息。</translation>
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
