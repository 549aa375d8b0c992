<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>Roles</name>
    <message>
      <source>Parts clerk</source>
      <translation>配件管理员</translation>
    </message>
    <message>
      <source>Warranty administrator</source>
      <translation>索赔管理员</translation>
    </message>
    <message>
      <source>Supervisor</source>
      <translation>主管</translation>
    </message>
    <message>
      <source>Manager</source>
      <translation>经理</translation>
    </message>
    <message>
      <source>Settlement clerk</source>
      <translation>结算员</translation>
    </message>
    <message>
      <source>Return inspector</source>
      <translation>退件检验员</translation>
    </message>
    <message>
      <source>Administrator</source>
      <translation>系统管理员</translation>
    </message>
    <message>
      <source>manage users</source>
      <translation>管理用户</translation>
    </message>
    <message>
      <source>change shared settings</source>
      <translation>修改共享设置</translation>
    </message>
    <message>
      <source>back up the database</source>
      <translation>备份数据库</translation>
    </message>
    <message>
      <source>restore the database</source>
      <translation>恢复数据库</translation>
    </message>
    <message>
      <source>change the parts catalogue</source>
      <translation>修改配件目录</translation>
    </message>
    <message>
      <source>import the parts catalogue</source>
      <translation>导入配件目录</translation>
    </message>
    <message>
      <source>change locations</source>
      <translation>修改库位</translation>
    </message>
    <message>
      <source>import locations</source>
      <translation>导入库位</translation>
    </message>
    <message>
      <source>receive stock</source>
      <translation>收货入库</translation>
    </message>
    <message>
      <source>put away and transfer stock</source>
      <translation>上架和移库</translation>
    </message>
    <message>
      <source>issue stock</source>
      <translation>发放库存</translation>
    </message>
    <message>
      <source>reserve stock</source>
      <translation>预留库存</translation>
    </message>
    <message>
      <source>adjust stock</source>
      <translation>调整库存</translation>
    </message>
    <message>
      <source>count stock</source>
      <translation>盘点库存</translation>
    </message>
    <message>
      <source>approve stock count variances</source>
      <translation>审批盘点差异</translation>
    </message>
    <message>
      <source>reopen a closed receipt</source>
      <translation>重新打开已关闭的入库单</translation>
    </message>
    <message>
      <source>change the code tables</source>
      <translation>修改代码表</translation>
    </message>
    <message>
      <source>read warranty claims (customers' names, phones and VINs)</source>
      <translation>查阅索赔单（客户姓名、电话和车架号）</translation>
    </message>
    <message>
      <source>read the quality analysis of warranty claims</source>
      <translation>查看保修索赔的质量分析</translation>
    </message>
    <message>
      <source>enter or change warranty claims</source>
      <translation>录入或修改索赔单</translation>
    </message>
    <message>
      <source>submit warranty claims</source>
      <translation>提交索赔单</translation>
    </message>
    <message>
      <source>approve warranty claims</source>
      <translation>审核索赔单</translation>
    </message>
    <message>
      <source>issue parts to warranty claims</source>
      <translation>为索赔单发料</translation>
    </message>
    <message>
      <source>cancel warranty claims</source>
      <translation>取消索赔单</translation>
    </message>
    <message>
      <source>book defective parts into the defective store</source>
      <translation>旧件入旧件库</translation>
    </message>
    <message>
      <source>pack and ship return shipments</source>
      <translation>旧件装箱发运</translation>
    </message>
    <message>
      <source>receive and inspect returned defective parts</source>
      <translation>接收并鉴定返回的旧件</translation>
    </message>
    <message>
      <source>print settlement vouchers and claim packages</source>
      <translation>打印结算凭证和索赔资料包</translation>
    </message>
    <message>
      <source>record signed settlement vouchers</source>
      <translation>登记客户签字的结算凭证</translation>
    </message>
    <message>
      <source>build and submit settlement batches</source>
      <translation>编制并提交结算批次</translation>
    </message>
    <message>
      <source>record settlement payments</source>
      <translation>登记结算付款</translation>
    </message>
    <message>
      <source>withdraw submitted settlement batches</source>
      <translation>撤回已提交的结算批次</translation>
    </message>
    <message>
      <source>{user} ({role}) may not {action}. Ask a user with one of these roles: {allowed}.</source>
      <translation>{user}（{role}）无权{action}。请找以下角色之一的用户：{allowed}。</translation>
    </message>
  </context>
</TS>
