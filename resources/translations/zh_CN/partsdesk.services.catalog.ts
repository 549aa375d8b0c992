<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>Catalog</name>
    <message>
      <source>Catalogue import {source}: {created} new, {updated} updated</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The part number is empty.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Part number "{part_no}" is not valid: use up to 40 letters, digits, spaces and . _ / - characters.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Part number "{part_no}" looks like a PartsDesk document number; it would be mistaken for one when scanned.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{value} is not a valid price.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{value} has more than two decimal places.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Part {part_no} is not in the catalogue. Check the number or add the part.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Barcode {code} already belongs to part {owner}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Barcode {code} is itself a part number in the catalogue.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Part {part_no} created</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Part {part_no} changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Part {old} superseded by {new}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>"{value}" is not an amount of money.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Part {part_no} has no name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The name of part {part_no} is longer than 200 characters.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Part {part_no} already exists. Open it to change it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{part_no} is already a barcode of another part.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Part {part_no} reactivated</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Part {part_no} deactivated</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{old} cannot be superseded by {new}: that would make a loop.</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
