<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>PdfPreview</name>
    <message>
      <source>PDF documents (*.pdf)</source>
      <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
      <source>Smaller</source>
      <translation>缩小</translation>
    </message>
    <message>
      <source>Larger</source>
      <translation>放大</translation>
    </message>
    <message>
      <source>Fit width</source>
      <translation>适合宽度</translation>
    </message>
    <message>
      <source>Fit the page to the width</source>
      <translation>按页面宽度显示</translation>
    </message>
    <message>
      <source>Open in PDF viewer</source>
      <translation>用 PDF 阅读器打开</translation>
    </message>
    <message>
      <source>Save PDF…</source>
      <translation>保存 PDF…</translation>
    </message>
    <message>
      <source>Print…</source>
      <translation>打印…</translation>
    </message>
    <message>
      <source>Print {name}</source>
      <translation>打印 {name}</translation>
    </message>
    <message>
      <source>Save PDF</source>
      <translation>保存 PDF</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <source>No PDF viewer opened the file. It is saved at {path}.</source>
      <translation>没有 PDF 阅读器打开该文件。文件已保存在 {path}。</translation>
    </message>
    <message>
      <source>This PC cannot draw the preview; open the PDF in your PDF viewer to see it.</source>
      <translation>本电脑无法显示预览；请用 PDF 阅读器打开查看。</translation>
    </message>
    <message>
      <source>1 page</source>
      <translation>1 页</translation>
    </message>
    <message>
      <source>{n} pages</source>
      <translation>{n} 页</translation>
    </message>
    <message>
      <source>{n} pages; the preview shows the first {shown}, printing and saving include them all</source>
      <translation>共 {n} 页；预览显示前 {shown} 页，打印和保存包含全部页面</translation>
    </message>
    <message>
      <source>The printer could not be started.</source>
      <translation>无法启动打印机。</translation>
    </message>
  </context>
</TS>
