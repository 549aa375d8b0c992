<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>CLI</name>
    <message>
      <source>Claim {number} saved as draft: {total}.</source>
      <translation>索赔单 {number} 已保存为草稿：{total}。</translation>
    </message>
    <message>
      <source>Claim {number} submitted for approval by a {tier}.</source>
      <translation>索赔单 {number} 已提交，由{tier}审核。</translation>
    </message>
    <message>
      <source>{qty} x {part_no} issued to claim {number} from {location}; the claim is {state}.</source>
      <translation>{qty} x {part_no} 已从 {location} 发给索赔单 {number}；索赔单现为“{state}”。</translation>
    </message>
    <message>
      <source>enter warranty claims, submit, approve, reject, return or cancel them, issue their parts, show one</source>
      <translation>录入索赔单，提交、审核通过、拒绝、退回或取消，发放其配件，查看一张索赔单</translation>
    </message>
    <message>
      <source>enter a new draft claim, as the claim form does</source>
      <translation>像索赔单表单一样录入一张新的草稿索赔单</translation>
    </message>
    <message>
      <source>Enter a new draft claim. --part and --labour may be given several times; the options after a --part (reason, batch, price, return) belong to that part line, --hours-reason to the --labour before it.</source>
      <translation>录入一张新的草稿索赔单。--part 和 --labour 可多次给出；--part 之后的选项（原因、批次、价格、返回）属于该配件行，--hours-reason 属于它前面的 --labour。</translation>
    </message>
    <message>
      <source>the vehicle's VIN (17 characters)</source>
      <translation>车辆的 VIN（17 位）</translation>
    </message>
    <message>
      <source>the day of the repair, YYYY-MM-DD (default: today)</source>
      <translation>维修日期，YYYY-MM-DD（默认：今天）</translation>
    </message>
    <message>
      <source>kilometres on the odometer</source>
      <translation>里程表读数（公里）</translation>
    </message>
    <message>
      <source>the customer's name</source>
      <translation>客户姓名</translation>
    </message>
    <message>
      <source>the customer's phone</source>
      <translation>客户电话</translation>
    </message>
    <message>
      <source>fault code</source>
      <translation>故障代码</translation>
    </message>
    <message>
      <source>cause code</source>
      <translation>故障原因代码</translation>
    </message>
    <message>
      <source>what failed and what was done</source>
      <translation>故障内容及维修过程</translation>
    </message>
    <message>
      <source>vehicle model code (for a vehicle not known yet)</source>
      <translation>车型代码（用于尚未登记的车辆）</translation>
    </message>
    <message>
      <source>the vehicle's production date</source>
      <translation>车辆生产日期</translation>
    </message>
    <message>
      <source>the vehicle's warranty start</source>
      <translation>车辆保修开始日期</translation>
    </message>
    <message>
      <source>accept a VIN whose check digit does not compute, for this reason</source>
      <translation>以此原因接受校验位不符的 VIN</translation>
    </message>
    <message>
      <source>other costs (money)</source>
      <translation>其他费用（金额）</translation>
    </message>
    <message>
      <source>what the other costs are</source>
      <translation>其他费用的说明</translation>
    </message>
    <message>
      <source>a labour line: operation code, hours (default: the standard hours)</source>
      <translation>工时行：工时代码、工时（默认：标准工时）</translation>
    </message>
    <message>
      <source>why the labour line before takes more than the standard hours</source>
      <translation>前一工时行超过标准工时的原因</translation>
    </message>
    <message>
      <source>a part line: part number, quantity (default 1)</source>
      <translation>配件行：配件编号、数量（默认 1）</translation>
    </message>
    <message>
      <source>what failed and why the part was replaced</source>
      <translation>什么坏了、为何更换该配件</translation>
    </message>
    <message>
      <source>production batch of the failed part</source>
      <translation>故障件的生产批次</translation>
    </message>
    <message>
      <source>a price other than the catalogue's</source>
      <translation>与配件目录不同的价格</translation>
    </message>
    <message>
      <source>why the price differs from the catalogue's</source>
      <translation>价格与配件目录不同的原因</translation>
    </message>
    <message>
      <source>why the failed part is (or is not) returned, unlike the catalogue says</source>
      <translation>故障件与配件目录规定不同地返回（或不返回）的原因</translation>
    </message>
    <message>
      <source>whether the failed part goes back (default: as the catalogue says)</source>
      <translation>故障件是否返回（默认：按配件目录）</translation>
    </message>
    <message>
      <source>submit a draft claim for approval</source>
      <translation>提交草稿索赔单等待审核</translation>
    </message>
    <message>
      <source>approve a submitted claim; its parts are reserved</source>
      <translation>审核通过已提交的索赔单；其配件被预留</translation>
    </message>
    <message>
      <source>reject a submitted claim (--comment: the reason)</source>
      <translation>拒绝已提交的索赔单（--comment：原因）</translation>
    </message>
    <message>
      <source>return a submitted claim for information (--comment: what it needs)</source>
      <translation>退回已提交的索赔单补充信息（--comment：需要什么）</translation>
    </message>
    <message>
      <source>cancel an open claim (--comment: the reason)</source>
      <translation>取消未完成的索赔单（--comment：原因）</translation>
    </message>
    <message>
      <source>issue a part reserved for an approved claim from a bin</source>
      <translation>从库位发放为已审核索赔单预留的配件</translation>
    </message>
    <message>
      <source>claim number (WC-…)</source>
      <translation>索赔单号（WC-…）</translation>
    </message>
    <message>
      <source>the part's number or barcode</source>
      <translation>配件编号或条码</translation>
    </message>
    <message>
      <source>the bin it is taken from</source>
      <translation>取件的库位</translation>
    </message>
    <message>
      <source>how many (default 1)</source>
      <translation>数量（默认 1）</translation>
    </message>
    <message>
      <source>show a claim: its lines, where its parts are, its voucher and its settlement</source>
      <translation>查看索赔单：明细行、配件去向、结算凭证及结算情况</translation>
    </message>
    <message>
      <source>The claim was not saved: {problems}</source>
      <translation>索赔单未保存：{problems}</translation>
    </message>
    <message>
      <source>Claim {number} approved; its parts are reserved.</source>
      <translation>索赔单 {number} 已审核通过；其配件已预留。</translation>
    </message>
    <message>
      <source>{option} needs a code: {option} {metavar}</source>
      <translation>{option} 需要代码：{option} {metavar}</translation>
    </message>
    <message>
      <source>{option} belongs to a line: give it after the {line} it is about.</source>
      <translation>{option} 属于某一行：请写在它所说明的 {line} 之后。</translation>
    </message>
    <message>
      <source>a comment, or the reason</source>
      <translation>备注或原因</translation>
    </message>
    <message>
      <source>Before it can be submitted: {problem}</source>
      <translation>提交前还需：{problem}</translation>
    </message>
    <message>
      <source>Claim {number} rejected.</source>
      <translation>索赔单 {number} 已拒绝。</translation>
    </message>
    <message>
      <source>warning: {text}</source>
      <translation>警告：{text}</translation>
    </message>
    <message>
      <source>Tag {tag}: the failed part goes back.</source>
      <translation>旧件标签 {tag}：故障件需返回。</translation>
    </message>
    <message>
      <source>Claim {number} returned for information.</source>
      <translation>索赔单 {number} 已退回补充信息。</translation>
    </message>
    <message>
      <source>Claim {number} cancelled.</source>
      <translation>索赔单 {number} 已取消。</translation>
    </message>
  </context>
</TS>
