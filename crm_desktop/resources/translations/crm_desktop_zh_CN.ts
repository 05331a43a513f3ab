<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Actions</name>
    <message>
        <source>New &amp;Customer…</source>
        <translation>新建客户(&amp;C)…</translation>
    </message>
    <message>
        <source>New &amp;Deal…</source>
        <translation>新建销售机会(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Server Database…</source>
        <translation>打开服务器数据库(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import &amp;History…</source>
        <translation>导入历史(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore Backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>导出 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Customer &amp;Trash…</source>
        <translation>客户回收站(&amp;T)…</translation>
    </message>
    <message>
        <source>Find &amp;Duplicates…</source>
        <translation>查找重复客户(&amp;D)…</translation>
    </message>
    <message>
        <source>Clean &amp;Up Customers…</source>
        <translation>整理客户资料(&amp;U)…</translation>
    </message>
    <message>
        <source>Customer &amp;Settings…</source>
        <translation>客户设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Report Settings…</source>
        <translation>报表设置(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;About CRM Desktop</source>
        <translation>关于 CRM Desktop(&amp;A)</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Checking the database…</source>
        <translation>正在检查数据库…</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <source>Created</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Moved to trash</source>
        <translation>移入回收站</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>永久删除</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>已合并</translation>
    </message>
    <message>
        <source>Merge undone</source>
        <translation>撤销合并</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
</context>
<context>
    <name>BackupDialogs</name>
    <message>
        <source>Daily</source>
        <translation>每日备份</translation>
    </message>
    <message>
        <source>Backed up by hand</source>
        <translation>手动备份</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>导入前</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>Backup saved: {path} ({size})</source>
        <translation>备份已保存：{path}（{size}）</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>正在备份数据库…</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>This database is on a server. It is backed up on the server, not by this app.</source>
        <translation>此数据库位于服务器上，由服务器负责备份，而不是由本应用备份。</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Replace the database with the backup taken {when}?</source>
        <translation>要用 {when} 的备份替换当前数据库吗？</translation>
    </message>
    <message>
        <source>The current database is backed up first (as “Before a restore”), so you can go back to it. Changes made since {when} are not in the backup.</source>
        <translation>当前数据库会先备份（标记为“恢复前”），以后仍可回到它。{when} 之后所做的更改不在这份备份中。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Damaged Database</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <source>The database file {name} is damaged: some of your data cannot be read, and new changes may be lost.</source>
        <translation>数据库文件 {name} 已损坏：部分数据无法读取，新的更改也可能丢失。</translation>
    </message>
    <message>
        <source>The newest sound backup was taken {when}. Restore it now? The damaged file is kept with the backups (as “Before a restore”). Changes made after {when} are not in the backup.</source>
        <translation>最近一份完好的备份创建于 {when}。现在就恢复吗？损坏的文件会保存在备份中（标记为“恢复前”）。{when} 之后所做的更改不在这份备份中。</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>暂不恢复</translation>
    </message>
    <message>
        <source>The database file {path} is damaged and cannot be opened, and there is no sound backup of it to restore.</source>
        <translation>数据库文件 {path} 已损坏，无法打开，而且没有可用于恢复的完好备份。</translation>
    </message>
    <message>
        <source>Keep a copy of the file and ask for help; a specialist may still recover most of it. To restore a backup kept elsewhere, copy it over this file.</source>
        <translation>请保留该文件的副本并寻求帮助，专业人员或许仍能找回大部分数据。如需恢复保存在别处的备份，请用它覆盖此文件。</translation>
    </message>
    <message>
        <source>Wait for the running task to finish, then restore.</source>
        <translation>请等待正在进行的任务完成后再恢复。</translation>
    </message>
    <message>
        <source>Restored the backup taken {when}. The previous file was saved as {name}.</source>
        <translation>已恢复 {when} 的备份。原来的文件已另存为 {name}。</translation>
    </message>
    <message>
        <source>Restored the backup taken {when}.</source>
        <translation>已恢复 {when} 的备份。</translation>
    </message>
</context>
<context>
    <name>BulkMenu</name>
    <message>
        <source>Delete Customers</source>
        <translation>删除客户</translation>
    </message>
    <message>
        <source>Move 1 customer to the trash? You can restore it from the trash or undo with Ctrl+Z.</source>
        <translation>将 1 位客户移入回收站？之后可从回收站恢复，或按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>Move {count} customers to the trash? You can restore them from the trash or undo with Ctrl+Z.</source>
        <translation>将 {count} 位客户移入回收站？之后可从回收站恢复，或按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>Moving customers to the trash…</source>
        <translation>正在将客户移入回收站…</translation>
    </message>
    <message>
        <source>1 customer moved to the trash.</source>
        <translation>已将 1 位客户移入回收站。</translation>
    </message>
    <message>
        <source>{count} customers moved to the trash.</source>
        <translation>已将 {count} 位客户移入回收站。</translation>
    </message>
    <message>
        <source>Set &amp;Status</source>
        <translation>设置状态(&amp;S)</translation>
    </message>
    <message>
        <source>Set &amp;Owner</source>
        <translation>设置负责人(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Add Tag…</source>
        <translation>添加标签(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove Tag…</source>
        <translation>移除标签(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Clean Up…</source>
        <translation>整理资料(&amp;C)…</translation>
    </message>
    <message>
        <source>Find D&amp;uplicates…</source>
        <translation>查找重复客户(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>合并(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>（无负责人）</translation>
    </message>
    <message>
        <source>Setting the status…</source>
        <translation>正在设置状态…</translation>
    </message>
    <message>
        <source>Status set on 1 customer.</source>
        <translation>已为 1 位客户设置状态。</translation>
    </message>
    <message>
        <source>Status set on {count} customers.</source>
        <translation>已为 {count} 位客户设置状态。</translation>
    </message>
    <message>
        <source>Owner set on 1 customer.</source>
        <translation>已为 1 位客户设置负责人。</translation>
    </message>
    <message>
        <source>Owner set on {count} customers.</source>
        <translation>已为 {count} 位客户设置负责人。</translation>
    </message>
    <message>
        <source>Tag added to 1 customer.</source>
        <translation>已为 1 位客户添加标签。</translation>
    </message>
    <message>
        <source>Tag added to {count} customers.</source>
        <translation>已为 {count} 位客户添加标签。</translation>
    </message>
    <message>
        <source>Tag removed from 1 customer.</source>
        <translation>已从 1 位客户移除标签。</translation>
    </message>
    <message>
        <source>Tag removed from {count} customers.</source>
        <translation>已从 {count} 位客户移除标签。</translation>
    </message>
    <message>
        <source>Setting the owner…</source>
        <translation>正在设置负责人…</translation>
    </message>
    <message>
        <source>Adding the tag…</source>
        <translation>正在添加标签…</translation>
    </message>
    <message>
        <source>Removing the tag…</source>
        <translation>正在移除标签…</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <source>Remove Tag</source>
        <translation>移除标签</translation>
    </message>
</context>
<context>
    <name>CleanupDialog</name>
    <message>
        <source>Set a field</source>
        <translation>统一设置字段</translation>
    </message>
    <message>
        <source>Normalise every phone number</source>
        <translation>规范所有电话号码</translation>
    </message>
    <message>
        <source>Trim spaces</source>
        <translation>去除多余空格</translation>
    </message>
    <message>
        <source>Fill region and city from the phone</source>
        <translation>按电话区号填写地区和城市</translation>
    </message>
    <message>
        <source>Clean Up Customers</source>
        <translation>整理客户资料</translation>
    </message>
    <message>
        <source>{count} selected customers.</source>
        <translation>已选中 {count} 位客户。</translation>
    </message>
    <message>
        <source>All {count} customers of the list.</source>
        <translation>列表中全部 {count} 位客户。</translation>
    </message>
    <message>
        <source>&amp;Operation:</source>
        <translation>操作(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>字段(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>值(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>执行(&amp;A)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>After</source>
        <translation>之后</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>正在生成预览…</translation>
    </message>
    <message>
        <source>contact&apos;s {field}</source>
        <translation>联系人{field}</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>没有需要修改的内容。</translation>
    </message>
    <message>
        <source>{values} values of {customers} customers will change.</source>
        <translation>将修改 {customers} 位客户的 {values} 个值。</translation>
    </message>
    <message>
        <source>Cleaning up…</source>
        <translation>正在整理…</translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <source>Columns</source>
        <translation>显示列</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>主联系人</translation>
    </message>
    <message>
        <source>&amp;Add Contact</source>
        <translation>添加联系人(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove Contact</source>
        <translation>删除联系人(&amp;R)</translation>
    </message>
</context>
<context>
    <name>CustomFieldsTab</name>
    <message>
        <source>No custom fields yet. Define them in Customers ▸ Settings ▸ Custom fields.</source>
        <translation>还没有自定义字段。可在 客户 ▸ 设置 ▸ 自定义字段 中添加。</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>CustomerColumns</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>主联系人</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>完整度</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
</context>
<context>
    <name>CustomerConflict</name>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>company size</source>
        <translation>公司规模</translation>
    </message>
    <message>
        <source>region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>city</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>emails</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>marketing consent</source>
        <translation>营销许可</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>custom fields</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>trash state</source>
        <translation>回收站状态</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source> and </source>
        <translation>和</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>其他人</translation>
    </message>
    <message>
        <source>{who} changed “{name}” after you opened it, so your edit was not saved.</source>
        <translation>{who}在您打开“{name}”之后修改了它，所以您的修改没有保存。</translation>
    </message>
    <message>
        <source>{who} changed the {fields} of “{name}” after you opened it, so your edit was not saved.</source>
        <translation>{who}在您打开“{name}”之后修改了它的{fields}，所以您的修改没有保存。</translation>
    </message>
    <message>
        <source>Changed by Someone Else</source>
        <translation>已被其他人修改</translation>
    </message>
    <message>
        <source>Reload to see their changes (what you typed here is replaced), or keep editing, e.g. to copy a note first.</source>
        <translation>重新载入以查看对方的修改（您在这里输入的内容会被替换），或者继续编辑，例如先复制一段备注。</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>重新载入(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>继续编辑(&amp;K)</translation>
    </message>
</context>
<context>
    <name>CustomerEditor</name>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>名称(&amp;N) *</translation>
    </message>
    <message>
        <source>Co&amp;mpany</source>
        <translation>公司(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>状态(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>负责人(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Phones</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Emails</source>
        <translation>邮箱(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;WeChat</source>
        <translation>微信(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Industry</source>
        <translation>行业(&amp;I)</translation>
    </message>
    <message>
        <source>Si&amp;ze</source>
        <translation>规模(&amp;Z)</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>地区(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>城市(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <source>Sou&amp;rce</source>
        <translation>来源(&amp;R)</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>&amp;Birthday</source>
        <translation>生日(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>标签(&amp;T)</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>备注(&amp;T)</translation>
    </message>
    <message>
        <source>Agrees to receive marketing messages</source>
        <translation>同意接收营销信息</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>（无负责人）</translation>
    </message>
    <message>
        <source>Several numbers: separate with ;</source>
        <translation>多个号码请用 ; 分隔</translation>
    </message>
    <message>
        <source>Several addresses: separate with ;</source>
        <translation>多个邮箱请用 ; 分隔</translation>
    </message>
    <message>
        <source>Separate tags with commas</source>
        <translation>多个标签请用逗号分隔</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>基本资料(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>联系人(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;ustom Fields</source>
        <translation>自定义字段(&amp;U)</translation>
    </message>
    <message>
        <source>Status &amp;History</source>
        <translation>状态历史(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Audit History</source>
        <translation>修改记录(&amp;A)</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>资料完整度</translation>
    </message>
    <message>
        <source>%p% complete</source>
        <translation>%p%</translation>
    </message>
    <message>
        <source>New Customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Customer: {name}</source>
        <translation>客户：{name}</translation>
    </message>
</context>
<context>
    <name>CustomerSettingsDialog</name>
    <message>
        <source>Customer Settings</source>
        <translation>客户设置</translation>
    </message>
    <message>
        <source>&amp;Statuses</source>
        <translation>客户状态(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Custom Fields</source>
        <translation>自定义字段(&amp;C)</translation>
    </message>
    <message>
        <source>S&amp;taff</source>
        <translation>员工(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>重命名(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>颜色(&amp;C)…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Retire / Resume</source>
        <translation>停用 / 启用(&amp;R)</translation>
    </message>
    <message>
        <source>C&amp;hoices…</source>
        <translation>选项(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Left / Back</source>
        <translation>离职 / 复职(&amp;L)</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>choice</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation>是/否</translation>
    </message>
    <message>
        <source> (retired)</source>
        <translation>（已停用）</translation>
    </message>
    <message>
        <source> (left)</source>
        <translation>（已离职）</translation>
    </message>
    <message>
        <source>New Status</source>
        <translation>新建状态</translation>
    </message>
    <message>
        <source>Name of the status:</source>
        <translation>状态名称：</translation>
    </message>
    <message>
        <source>Rename Status</source>
        <translation>重命名状态</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>Rename Field</source>
        <translation>重命名字段</translation>
    </message>
    <message>
        <source>New label:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Options, separated by ;</source>
        <translation>选项，用 ; 分隔</translation>
    </message>
    <message>
        <source>New Staff Member</source>
        <translation>新增员工</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Rename Staff Member</source>
        <translation>修改员工姓名</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <source>This column cannot be sorted</source>
        <translation>此列不能排序</translation>
    </message>
    <message>
        <source>{percent}% of the important fields are filled</source>
        <translation>重要字段已填写 {percent}%</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>New customer (Ctrl+N)</source>
        <translation>新建客户 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Open the selected customer (Enter)</source>
        <translation>打开选中的客户 (Enter)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Move the selected customers to the trash (Del)</source>
        <translation>将选中的客户移入回收站 (Del)</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Statuses, custom fields and staff</source>
        <translation>客户状态、自定义字段和员工</translation>
    </message>
    <message>
        <source>Bulk Actions</source>
        <translation>批量操作</translation>
    </message>
    <message>
        <source>Search name, company, phone, email, pinyin… (Ctrl+F)</source>
        <translation>搜索名称、公司、电话、邮箱、拼音… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Saved filter:</source>
        <translation>已存筛选：</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>Save the search and filters under a name</source>
        <translation>将当前搜索和筛选条件命名保存</translation>
    </message>
    <message>
        <source>Delete the chosen saved filter</source>
        <translation>删除选中的已存筛选</translation>
    </message>
    <message>
        <source>1 customer</source>
        <translation>共 1 位客户</translation>
    </message>
    <message>
        <source>{count} customers</source>
        <translation>共 {count} 位客户</translation>
    </message>
</context>
<context>
    <name>DatabaseDialogs</name>
    <message>
        <source>Database already open</source>
        <translation>数据库已被打开</translation>
    </message>
    <message>
        <source>Read-only lets you look up everything but not change anything. Open it read-only?</source>
        <translation>只读模式下可以查看全部资料，但不能做任何修改。要以只读方式打开吗？</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>以只读方式打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>DealCard</name>
    <message>
        <source>no close date</source>
        <translation>无预计成交日</translation>
    </message>
    <message>
        <source>{date} overdue</source>
        <translation>{date} 已逾期</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>无负责人</translation>
    </message>
    <message>
        <source>{days} d in stage</source>
        <translation>本阶段 {days} 天</translation>
    </message>
</context>
<context>
    <name>DealEditor</name>
    <message>
        <source>Edit Deal</source>
        <translation>编辑销售机会</translation>
    </message>
    <message>
        <source>New Deal</source>
        <translation>新建销售机会</translation>
    </message>
    <message>
        <source>Type to find a customer</source>
        <translation>输入名称查找客户</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>预计成交</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>成交日期</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>输单原因</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>“{text}” is not an amount; type a number such as 12500 or 12,500.50.</source>
        <translation>“{text}”不是金额；请输入数字，如 12500 或 12,500.50。</translation>
    </message>
</context>
<context>
    <name>DealsBoard</name>
    <message>
        <source>{stage} · {count} · {probability}%</source>
        <translation>{stage} · {count} · {probability}%</translation>
    </message>
    <message>
        <source>Total {total}</source>
        <translation>合计 {total}</translation>
    </message>
    <message>
        <source>Weighted {weighted}</source>
        <translation>加权 {weighted}</translation>
    </message>
    <message>
        <source>+ {total} · weighted {weighted}</source>
        <translation>+ {total} · 加权 {weighted}</translation>
    </message>
    <message>
        <source>No deals</source>
        <translation>暂无销售机会</translation>
    </message>
    <message>
        <source>Closed in the last 30 days</source>
        <translation>最近 30 天内结束的</translation>
    </message>
</context>
<context>
    <name>DealsPage</name>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>Any close month</source>
        <translation>任意成交月份</translation>
    </message>
    <message>
        <source>overdue {amount}</source>
        <translation>已逾期 {amount}</translation>
    </message>
    <message>
        <source>no close date {amount}</source>
        <translation>无预计成交日 {amount}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Weighted forecast by expected close month: {months}</source>
        <translation>按预计成交月份的加权预测：{months}</translation>
    </message>
    <message>
        <source>Won by month: {months}</source>
        <translation>各月赢单金额：{months}</translation>
    </message>
    <message>
        <source>Delete Deal</source>
        <translation>删除销售机会</translation>
    </message>
    <message>
        <source>Move the deal “{title}” to the trash? You can undo with Ctrl+Z.</source>
        <translation>将销售机会“{title}”移入回收站？可按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>Find deals by title or customer</source>
        <translation>按标题或客户查找销售机会</translation>
    </message>
    <message>
        <source>New Deal…</source>
        <translation>新建销售机会…</translation>
    </message>
    <message>
        <source>Stages…</source>
        <translation>阶段设置…</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <source>same mobile {value}</source>
        <translation>手机号相同 {value}</translation>
    </message>
    <message>
        <source>same email {value}</source>
        <translation>邮箱相同 {value}</translation>
    </message>
    <message>
        <source>same company name</source>
        <translation>公司名称相同</translation>
    </message>
    <message>
        <source>same landline {value}</source>
        <translation>座机相同 {value}</translation>
    </message>
    <message>
        <source>same shared address {value}</source>
        <translation>公共邮箱相同 {value}</translation>
    </message>
    <message>
        <source>same pinyin {value}</source>
        <translation>拼音相同 {value}</translation>
    </message>
    <message>
        <source>but the names differ</source>
        <translation>但名称不同</translation>
    </message>
    <message>
        <source>a shared line or address</source>
        <translation>可能是共用的电话或邮箱</translation>
    </message>
    <message>
        <source>similar names ({score}%)</source>
        <translation>名称相似（{score}%）</translation>
    </message>
    <message>
        <source>written with other characters</source>
        <translation>写法不同</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Find Duplicates</source>
        <translation>查找重复客户</translation>
    </message>
    <message>
        <source>&amp;Only sure duplicates</source>
        <translation>只看确定重复的(&amp;O)</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>相似度</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>合并(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Look Again</source>
        <translation>重新查找(&amp;L)</translation>
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation>没有发现重复客户。</translation>
    </message>
    <message>
        <source>1 group of possible duplicates ({sure} sure).</source>
        <translation>发现 1 组可能重复的客户（其中 {sure} 组确定重复）。</translation>
    </message>
    <message>
        <source>{count} groups of possible duplicates ({sure} sure).</source>
        <translation>发现 {count} 组可能重复的客户（其中 {sure} 组确定重复）。</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>正在查找重复客户…</translation>
    </message>
    <message>
        <source>Sure</source>
        <translation>确定重复</translation>
    </message>
    <message>
        <source>Possible</source>
        <translation>可能重复</translation>
    </message>
</context>
<context>
    <name>ExportCommands</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, comma-separated (*.csv)</source>
        <translation>CSV，逗号分隔 (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>customers.xlsx</source>
        <translation>客户.xlsx</translation>
    </message>
    <message>
        <source>Exported {customers} customers and {contacts} contacts to {path}</source>
        <translation>已导出 {customers} 个客户、{contacts} 个联系人到 {path}</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Save Import Template</source>
        <translation>保存导入模板</translation>
    </message>
    <message>
        <source>import-template.xlsx</source>
        <translation>导入模板.xlsx</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>Customers (one line per contact)</source>
        <translation>客户（每个联系人一行）</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Customers to export</source>
        <translation>要导出的客户</translation>
    </message>
    <message>
        <source>The selected customer</source>
        <translation>选中的客户</translation>
    </message>
    <message>
        <source>The {count} selected customers</source>
        <translation>选中的 {count} 个客户</translation>
    </message>
    <message>
        <source>The customer the list shows</source>
        <translation>列表中显示的客户</translation>
    </message>
    <message>
        <source>The {count} customers the list shows</source>
        <translation>列表中显示的 {count} 个客户</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <source>UTF-8 (Excel, WPS, LibreOffice)</source>
        <translation>UTF-8（Excel、WPS、LibreOffice）</translation>
    </message>
    <message>
        <source>GBK (older Chinese programs)</source>
        <translation>GBK（较旧的中文软件）</translation>
    </message>
    <message>
        <source>CSV encoding:</source>
        <translation>CSV 编码：</translation>
    </message>
</context>
<context>
    <name>ExportHeaders</name>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Customer Name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>规模</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网址</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Contact Name</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Contact Title</source>
        <translation>联系人职位</translation>
    </message>
    <message>
        <source>Contact Mobile</source>
        <translation>联系人手机</translation>
    </message>
    <message>
        <source>Contact Phone</source>
        <translation>联系人电话</translation>
    </message>
    <message>
        <source>Contact Email</source>
        <translation>联系人邮箱</translation>
    </message>
    <message>
        <source>Contact WeChat</source>
        <translation>联系人微信</translation>
    </message>
    <message>
        <source>Marketing Consent</source>
        <translation>营销许可</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>完整度</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>Contact Notes</source>
        <translation>联系人备注</translation>
    </message>
    <message>
        <source>Primary Contact</source>
        <translation>主要联系人</translation>
    </message>
</context>
<context>
    <name>FieldDialog</name>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Yes/No</source>
        <translation>是/否</translation>
    </message>
    <message>
        <source>For a choice: the options, separated by ;</source>
        <translation>选项类型：填写各选项，用 ; 分隔</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>New Custom Field</source>
        <translation>新建自定义字段</translation>
    </message>
</context>
<context>
    <name>FieldNames</name>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>company size</source>
        <translation>公司规模</translation>
    </message>
    <message>
        <source>region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>city</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>emails</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>job title</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>marketing consent</source>
        <translation>营销许可</translation>
    </message>
    <message>
        <source>field name</source>
        <translation>字段名称</translation>
    </message>
    <message>
        <source>choices</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>expected close date</source>
        <translation>预计成交日期</translation>
    </message>
    <message>
        <source>lost reason</source>
        <translation>输单原因</translation>
    </message>
    <message>
        <source>win probability</source>
        <translation>赢率</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>deal title</source>
        <translation>销售机会标题</translation>
    </message>
    <message>
        <source>Contact {number}</source>
        <translation>联系人 {number}</translation>
    </message>
    <message>
        <source>contact {number}&apos;s {field}</source>
        <translation>联系人 {number} 的{field}</translation>
    </message>
    <message>
        <source>custom field</source>
        <translation>自定义字段</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Created</source>
        <translation>创建日期</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <source>All industries</source>
        <translation>全部行业</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>全部地区</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>全部来源</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>（无负责人）</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>The database file is damaged: SQLite found {problems} problem(s), the first being “{first}”. Restore the latest backup that passes this check.</source>
        <translation>数据库文件已损坏：SQLite 发现 {problems} 处问题，第一处为“{first}”。请恢复通过此检查的最新备份。</translation>
    </message>
    <message>
        <source>Row #{row} of table {table} refers to row #{value} of table {parent}, which does not exist.</source>
        <translation>表 {table} 的第 #{row} 行引用了表 {parent} 中不存在的第 #{value} 行。</translation>
    </message>
    <message>
        <source>Customer “{name}” (#{customer_id}) has no status: status #{status_id} does not exist.</source>
        <translation>客户“{name}”（#{customer_id}）没有状态：状态 #{status_id} 不存在。</translation>
    </message>
    <message>
        <source>Order {number}: payments received ({amount_text}) exceed the order total ({total_text}).</source>
        <translation>订单 {number}：已收款（{amount_text}）超过订单总额（{total_text}）。</translation>
    </message>
    <message>
        <source>Order {number}: planned instalments ({amount_text}) exceed the order total ({total_text}).</source>
        <translation>订单 {number}：计划分期款（{amount_text}）超过订单总额（{total_text}）。</translation>
    </message>
    <message>
        <source>Customer “{name}” (#{customer_id}) has {count} primary contacts; only one may be primary.</source>
        <translation>客户“{name}”（#{customer_id}）有 {count} 个主联系人；只能有一个主联系人。</translation>
    </message>
    <message>
        <source>Deal “{title}” (#{deal_id}) is still open, but its customer “{name}” (#{customer_id}) is in the trash.</source>
        <translation>商机“{title}”（#{deal_id}）仍未关闭，但其客户“{name}”（#{customer_id}）已在回收站中。</translation>
    </message>
    <message>
        <source>The search index lists {indexed} customers but the database holds {customers} (counting the trash); search may miss some until the index is rebuilt.</source>
        <translation>搜索索引中有 {indexed} 个客户，而数据库中有 {customers} 个（含回收站）；重建索引前，搜索可能找不到部分客户。</translation>
    </message>
    <message>
        <source>Could not check {check}: {reason}.</source>
        <translation>无法检查{check}：{reason}。</translation>
    </message>
    <message>
        <source>… and {more} more like these.</source>
        <translation>……另有 {more} 条类似问题。</translation>
    </message>
</context>
<context>
    <name>ImportCommands</name>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>This database is open read-only, so nothing can be imported into it.</source>
        <translation>此数据库以只读方式打开，无法向其中导入数据。</translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>An Excel or WPS workbook (.xlsx, .xls), a LibreOffice sheet (.ods), a CSV or text file, or an address book (.vcf).</source>
        <translation>Excel 或 WPS 工作簿（.xlsx、.xls）、LibreOffice 表格（.ods）、CSV 或文本文件，或通讯录（.vcf）。</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Text encoding:</source>
        <translation>文本编码：</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>工作表：</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>…or drag the file onto this window.</source>
        <translation>……或把文件拖到此窗口。</translation>
    </message>
    <message>
        <source>Starting a list from scratch? A blank workbook with the columns this import expects, an example row and drop-down lists for status and source.</source>
        <translation>从零开始整理名单？这是一个空白工作簿：包含导入所需的列、一行示例，以及状态和来源的下拉列表。</translation>
    </message>
    <message>
        <source>Save Blank Template…</source>
        <translation>保存空白模板…</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <source>Simplified Chinese (GBK / GB18030)</source>
        <translation>简体中文（GBK / GB18030）</translation>
    </message>
    <message>
        <source>Traditional Chinese (Big5)</source>
        <translation>繁体中文（Big5）</translation>
    </message>
    <message>
        <source>Western (Windows-1252)</source>
        <translation>西欧（Windows-1252）</translation>
    </message>
    <message>
        <source>Japanese (Shift-JIS)</source>
        <translation>日文（Shift-JIS）</translation>
    </message>
    <message>
        <source>Template saved to {path}. Fill it in, then choose it here.</source>
        <translation>模板已保存到 {path}。填写后在这里选择它。</translation>
    </message>
    <message>
        <source>Spreadsheets and address books ({patterns});;All files (*)</source>
        <translation>表格和通讯录 ({patterns});;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import from</source>
        <translation>从文件导入</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>正在读取 {name}…</translation>
    </message>
    <message>
        <source>The file could not be read: {error}</source>
        <translation>无法读取该文件：{error}</translation>
    </message>
    <message>
        <source>Reading was stopped.</source>
        <translation>已停止读取。</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”: {rows} data rows below the headings on row {header}.</source>
        <translation>工作表“{sheet}”：第 {header} 行为标题，其下有 {rows} 行数据。</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”: {rows} data rows, no heading row.</source>
        <translation>工作表“{sheet}”：{rows} 行数据，没有标题行。</translation>
    </message>
    <message>
        <source>Left out: {count} (totals or repeated headings).</source>
        <translation>已排除 {count} 行（合计行或重复的标题行）。</translation>
    </message>
    <message>
        <source>Text encoding: {encoding}.</source>
        <translation>文本编码：{encoding}。</translation>
    </message>
    <message>
        <source>The saved mapping “{name}” fits these columns and is used.</source>
        <translation>已保存的映射“{name}”与这些列相符，将使用它。</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Import History</source>
        <translation>导入历史</translation>
    </message>
    <message>
        <source>Every import into this database. Undoing one removes the customers it created and puts back the ones it changed.</source>
        <translation>此数据库的所有导入记录。撤销一次导入会删除它新建的客户，并恢复它修改过的客户。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>撤销时间</translation>
    </message>
    <message>
        <source>&amp;Undo Import…</source>
        <translation>撤销导入(&amp;U)…</translation>
    </message>
    <message>
        <source>Undo the import of {file}?

Customers it created, to be deleted: {created}
Customers it updated or merged, to get their earlier values back: {changed}</source>
        <translation>撤销 {file} 的导入吗？

将删除它新建的客户：{created} 位
将恢复它更新或合并过的客户的原有内容：{changed} 位</translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>正在撤销导入…</translation>
    </message>
</context>
<context>
    <name>ImportLabels</name>
    <message>
        <source>Customer name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <source>Customer type (company or person)</source>
        <translation>客户类型（企业或个人）</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>公司规模</translation>
    </message>
    <message>
        <source>Region / province</source>
        <translation>地区 / 省份</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Owner (salesperson)</source>
        <translation>负责人（销售）</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网址</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Contact: name</source>
        <translation>联系人：姓名</translation>
    </message>
    <message>
        <source>Contact: job title</source>
        <translation>联系人：职位</translation>
    </message>
    <message>
        <source>Contact: mobile</source>
        <translation>联系人：手机</translation>
    </message>
    <message>
        <source>Contact: phone</source>
        <translation>联系人：电话</translation>
    </message>
    <message>
        <source>Contact: email</source>
        <translation>联系人：邮箱</translation>
    </message>
    <message>
        <source>Contact: WeChat</source>
        <translation>联系人：微信</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Ignore this column</source>
        <translation>忽略此列</translation>
    </message>
    <message>
        <source>Custom field: {label}</source>
        <translation>自定义字段：{label}</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Skip the row</source>
        <translation>跳过该行</translation>
    </message>
    <message>
        <source>Fill in empty fields</source>
        <translation>补全空白字段</translation>
    </message>
    <message>
        <source>Merge into the customer</source>
        <translation>合并到已有客户</translation>
    </message>
    <message>
        <source>Create a new customer anyway</source>
        <translation>仍然新建客户</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Fill in</source>
        <translation>补全</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>As the policy says</source>
        <translation>按重复处理方式</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>landline</source>
        <translation>座机</translation>
    </message>
    <message>
        <source>row {row} “{name}”</source>
        <translation>第 {row} 行“{name}”</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>“{name}”</translation>
    </message>
    <message>
        <source>Possible duplicate of {target}: same {key} {value}, another name</source>
        <translation>可能与{target}重复：{key}相同 {value}，但名称不同</translation>
    </message>
    <message>
        <source>Possible duplicate of {target}: same {key} {value}</source>
        <translation>可能与{target}重复：{key}相同 {value}</translation>
    </message>
    <message>
        <source>Same as {target} (same {key} {value})</source>
        <translation>同{target}（{key}相同 {value}）</translation>
    </message>
    <message>
        <source>email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>shared email</source>
        <translation>公共邮箱</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Perhaps “{name}” ({score}% alike)</source>
        <translation>可能是“{name}”（相似度 {score}%）</translation>
    </message>
    <message>
        <source>“{value}” is not a valid phone number</source>
        <translation>“{value}”不是有效的电话号码</translation>
    </message>
    <message>
        <source>“{value}” is not a valid email address</source>
        <translation>“{value}”不是有效的邮箱地址</translation>
    </message>
    <message>
        <source>“{value}” holds more than one email address</source>
        <translation>“{value}”包含多个邮箱地址</translation>
    </message>
    <message>
        <source>“{value}” is not a valid date</source>
        <translation>“{value}”不是有效的日期</translation>
    </message>
    <message>
        <source>The row has no customer name</source>
        <translation>该行没有客户名称</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>个人</translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>匹配列</translation>
    </message>
    <message>
        <source>Choose what each column of the file becomes. Columns set to “Ignore” are not imported.</source>
        <translation>选择文件中每一列对应的内容。设为“忽略”的列不会导入。</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>Saved mappings:</source>
        <translation>已保存的映射：</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Save as Template…</source>
        <translation>另存为模板…</translation>
    </message>
    <message>
        <source>Column {number}</source>
        <translation>第 {number} 列</translation>
    </message>
    <message>
        <source>The saved mapping “{name}” matched these columns and was applied.</source>
        <translation>已保存的映射“{name}”与这些列相符，已自动应用。</translation>
    </message>
    <message>
        <source>The columns were matched from their headings; check them and correct what is wrong.</source>
        <translation>已根据列标题自动匹配，请检查并更正不对的地方。</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <source>New custom field “{label}”</source>
        <translation>新建自定义字段“{label}”</translation>
    </message>
    <message>
        <source>Choose a column for the customer name (or the company, or the contact&apos;s name).</source>
        <translation>请为客户名称（或公司、联系人姓名）选择一列。</translation>
    </message>
    <message>
        <source>The saved mapping “{name}” was applied.</source>
        <translation>已应用保存的映射“{name}”。</translation>
    </message>
    <message>
        <source>Save Mapping</source>
        <translation>保存映射</translation>
    </message>
    <message>
        <source>Name of the mapping:</source>
        <translation>映射名称：</translation>
    </message>
    <message>
        <source>Saved as “{name}”: files with the same columns will use it.</source>
        <translation>已保存为“{name}”：列相同的文件将自动使用它。</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>处理</translation>
    </message>
    <message>
        <source>Duplicate of</source>
        <translation>重复对象</translation>
    </message>
    <message>
        <source>From the column: {columns}</source>
        <translation>来自列：{columns}</translation>
    </message>
    <message>
        <source>Tick to leave this row out of the import</source>
        <translation>勾选后此行不导入</translation>
    </message>
    <message>
        <source>This row cannot be imported: it has no customer name</source>
        <translation>此行无法导入：没有客户名称</translation>
    </message>
    <message>
        <source>Chosen for this row</source>
        <translation>为此行单独选择</translation>
    </message>
    <message>
        <source>Follows the duplicate policy</source>
        <translation>按重复处理方式</translation>
    </message>
    <message>
        <source>In the file: {text}</source>
        <translation>文件中为：{text}</translation>
    </message>
</context>
<context>
    <name>ImportPreviewPage</name>
    <message>
        <source>Check the rows</source>
        <translation>检查数据</translation>
    </message>
    <message>
        <source>Red cells could not be read; double-click one to correct it, or tick Skip to leave its row out. Nothing is written until you press Import.</source>
        <translation>红色单元格无法识别：双击即可更正，或勾选“跳过”不导入该行。点击“导入”之前不会写入任何数据。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>When a row is a customer already there:</source>
        <translation>某行与已有客户重复时：</translation>
    </message>
    <message>
        <source>Statuses not set up yet</source>
        <translation>尚未设置的状态</translation>
    </message>
    <message>
        <source>Status in the file</source>
        <translation>文件中的状态</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>“{status}” (rows {rows})</source>
        <translation>“{status}”（第 {rows} 行）</translation>
    </message>
    <message>
        <source>Create it as a new status</source>
        <translation>新建为一个状态</translation>
    </message>
    <message>
        <source>Same as “{status}”</source>
        <translation>视为“{status}”</translation>
    </message>
    <message>
        <source>{create} new · {update} filled in · {merge} merged · {skip} skipped</source>
        <translation>新建 {create} · 补全 {update} · 合并 {merge} · 跳过 {skip}</translation>
    </message>
    <message>
        <source> · {count} possible duplicates</source>
        <translation> · 可能重复 {count}</translation>
    </message>
    <message>
        <source>Problems: {count}</source>
        <translation>问题：{count} 个</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>没有发现问题。</translation>
    </message>
</context>
<context>
    <name>ImportProblemsModel</name>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>ImportReportModel</name>
    <message>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Kept “{kept}”; the file&apos;s “{incoming}” is in the customer&apos;s notes</source>
        <translation>保留“{kept}”；文件中的“{incoming}”已记入客户备注</translation>
    </message>
    <message>
        <source>A totals row</source>
        <translation>合计行</translation>
    </message>
    <message>
        <source>The headings repeated</source>
        <translation>重复的标题行</translation>
    </message>
    <message>
        <source>Skipped in the preview</source>
        <translation>在预览中选择了跳过</translation>
    </message>
    <message>
        <source>Duplicate: {match}</source>
        <translation>重复：{match}</translation>
    </message>
    <message>
        <source>Created anyway: {match}</source>
        <translation>仍然新建：{match}</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Customer or column</source>
        <translation>客户或列</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>ImportReportPage</name>
    <message>
        <source>Import report</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <source>What happened to each row. The whole import can be undone later from File ▸ Import History.</source>
        <translation>每一行的处理结果。之后可在“文件 ▸ 导入历史”中撤销整次导入。</translation>
    </message>
    <message>
        <source>created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>possible duplicates</source>
        <translation>可能重复</translation>
    </message>
    <message>
        <source>warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Save Report as .xlsx…</source>
        <translation>将报告保存为 .xlsx…</translation>
    </message>
    <message>
        <source>A copy of the database was kept from before the import: {path}</source>
        <translation>已保留导入前的数据库副本：{path}</translation>
    </message>
    <message>
        <source>{name} import report.xlsx</source>
        <translation>{name} 导入报告.xlsx</translation>
    </message>
    <message>
        <source>Save Import Report</source>
        <translation>保存导入报告</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Saving the report…</source>
        <translation>正在保存报告…</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>已保存到 {path}</translation>
    </message>
</context>
<context>
    <name>ImportRunPage</name>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>All or nothing: if the import is cancelled or fails, the database stays exactly as it was.</source>
        <translation>要么全部导入，要么完全不变：导入被取消或失败时，数据库保持原样。</translation>
    </message>
    <message>
        <source>Cancel Import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <source>Show Report</source>
        <translation>查看报告</translation>
    </message>
    <message>
        <source>Importing {rows} rows from {name}…</source>
        <translation>正在从 {name} 导入 {rows} 行…</translation>
    </message>
    <message>
        <source>Cancelling: undoing what was written…</source>
        <translation>正在取消：撤回已写入的内容…</translation>
    </message>
    <message>
        <source>The import is complete.</source>
        <translation>导入完成。</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>导入已取消，没有做任何更改。</translation>
    </message>
    <message>
        <source>Go back to the preview to change something and import again.</source>
        <translation>可返回预览修改后重新导入。</translation>
    </message>
    <message>
        <source>The import failed; nothing was changed.</source>
        <translation>导入失败，没有做任何更改。</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import Customers</source>
        <translation>导入客户</translation>
    </message>
</context>
<context>
    <name>LostReasonDialog</name>
    <message>
        <source>Deal Lost</source>
        <translation>输单</translation>
    </message>
    <message>
        <source>Why was “{title}” lost?</source>
        <translation>“{title}”为什么输单？</translation>
    </message>
    <message>
        <source>e.g. price too high, chose a competitor</source>
        <translation>例如：价格太高、选择了竞争对手</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Open Database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>撤销(&amp;U)：{what}</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>重做(&amp;R)：{what}</translation>
    </message>
    <message>
        <source>About CRM Desktop</source>
        <translation>关于 CRM Desktop</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CRM Desktop {version}&lt;/h3&gt;&lt;p&gt;A local-first CRM for small businesses: customers, follow-ups, deals, orders and payments in one file on your computer.&lt;/p&gt;&lt;p&gt;Database: {database}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CRM Desktop {version}&lt;/h3&gt;&lt;p&gt;面向小微企业的本地客户管理软件：客户、跟进、商机、订单和回款，全部保存在您电脑上的一个文件里。&lt;/p&gt;&lt;p&gt;数据库：{database}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>CRM Desktop — {name}</source>
        <translation>CRM Desktop — {name}</translation>
    </message>
    <message>
        <source>{title} (read-only)</source>
        <translation>{title}（只读）</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>数据库：{path}</translation>
    </message>
    <message>
        <source>(read-only: changes are not possible)</source>
        <translation>（只读：无法修改）</translation>
    </message>
    <message>
        <source>Working as {name}</source>
        <translation>当前用户：{name}</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge Duplicates</source>
        <translation>合并重复客户</translation>
    </message>
    <message>
        <source>Choose at least two customers to merge.</source>
        <translation>请至少选择两位客户进行合并。</translation>
    </message>
    <message>
        <source>{count} customers become one. Their contacts, tags, custom fields, history, deals, orders, payments and tickets move to the customer kept; the others go to the trash. Edit ▸ Undo puts everything back.</source>
        <translation>{count} 位客户将合并为一位。他们的联系人、标签、自定义字段、历史记录、商机、订单、回款和服务工单都会移到保留的客户名下，其余客户移入回收站。编辑 ▸ 撤销 可以全部恢复。</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>保留(&amp;K)：</translation>
    </message>
    <message>
        <source>Merge:</source>
        <translation>合并：</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value kept</source>
        <translation>保留的值</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
    <message>
        <source>All of them: {values}</source>
        <translation>全部保留：{values}</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The operation was cancelled; nothing was changed.</source>
        <translation>操作已取消，没有做任何更改。</translation>
    </message>
    <message>
        <source>{path} is already open in another CRM Desktop window. Close it there first, or open this file read-only.</source>
        <translation>{path} 已在另一个 CRM Desktop 窗口中打开。请先在那里关闭它，或以只读方式打开此文件。</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} 是一个文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} 不存在。</translation>
    </message>
    <message>
        <source>{path} cannot be opened: no permission to read and write it.</source>
        <translation>无法打开 {path}：没有读写权限。</translation>
    </message>
    <message>
        <source>{path} is not a CRM Desktop database (not a SQLite file).</source>
        <translation>{path} 不是 CRM Desktop 数据库（不是 SQLite 文件）。</translation>
    </message>
    <message>
        <source>The folder for {path} cannot be used.</source>
        <translation>{path} 所在的文件夹无法使用。</translation>
    </message>
    <message>
        <source>This database was written by a newer version of CRM Desktop; please update the app to open it.</source>
        <translation>此数据库由更新版本的 CRM Desktop 创建，请先升级本软件再打开。</translation>
    </message>
    <message>
        <source>This file is not a CRM Desktop database.</source>
        <translation>此文件不是 CRM Desktop 数据库。</translation>
    </message>
    <message>
        <source>“{url}” is not a database address such as postgresql+psycopg://user@host/database.</source>
        <translation>“{url}”不是有效的数据库地址，地址应形如 postgresql+psycopg://user@host/database。</translation>
    </message>
    <message>
        <source>{backend} databases are not supported; use PostgreSQL or a SQLite file.</source>
        <translation>不支持 {backend} 数据库；请使用 PostgreSQL 或 SQLite 文件。</translation>
    </message>
    <message>
        <source>The database driver for {url} is not available; use postgresql+psycopg://…</source>
        <translation>没有可用于 {url} 的数据库驱动；请使用 postgresql+psycopg://…</translation>
    </message>
    <message>
        <source>The database server at {host} has no database named “{database}”; ask whoever runs the server to create it.</source>
        <translation>{host} 上的数据库服务器没有名为“{database}”的数据库；请联系服务器管理员创建。</translation>
    </message>
    <message>
        <source>The database server at {host} refused the login of user “{user}”: check the user name and password.</source>
        <translation>{host} 上的数据库服务器拒绝了用户“{user}”的登录：请检查用户名和密码。</translation>
    </message>
    <message>
        <source>Cannot reach the database server at {host}: check that it is running and that the address and port are right.</source>
        <translation>无法连接 {host} 上的数据库服务器：请确认服务器正在运行，且地址和端口正确。</translation>
    </message>
    <message>
        <source>Cannot open the database on the server at {host}: {detail}</source>
        <translation>无法打开 {host} 服务器上的数据库：{detail}</translation>
    </message>
    <message>
        <source>There is no database at {path}.</source>
        <translation>{path} 处没有数据库。</translation>
    </message>
    <message>
        <source>The database cannot be read; it may be damaged.</source>
        <translation>无法读取数据库，文件可能已损坏。</translation>
    </message>
    <message>
        <source>One of the two databases is not at this app&apos;s version; open it once with this version of CRM Desktop first.</source>
        <translation>两个数据库中有一个与本程序版本不一致；请先用此版本的 CRM Desktop 打开它一次。</translation>
    </message>
    <message>
        <source>The target database is not empty ({table}: {rows} rows); copy only into a new, empty database.</source>
        <translation>目标数据库不是空的（{table}：{rows} 行）；只能复制到新的空数据库。</translation>
    </message>
    <message>
        <source>The copy was stopped and undone: {table} has {copied} rows in the target but {expected} in the source.</source>
        <translation>复制已停止并撤销：{table} 在目标中有 {copied} 行，而源中有 {expected} 行。</translation>
    </message>
    <message>
        <source>This database already has {customers} customers; demo data goes into an empty database.</source>
        <translation>此数据库已有 {customers} 个客户；演示数据只能写入空数据库。</translation>
    </message>
    <message>
        <source>“{size}” is not a demo size; choose small or large.</source>
        <translation>“{size}”不是演示数据的规模；请选择 small 或 large。</translation>
    </message>
    <message>
        <source>Demo data needs the default statuses and pipeline stages, which this database no longer has.</source>
        <translation>演示数据需要默认的客户状态和销售阶段，但此数据库中已没有。</translation>
    </message>
    <message>
        <source>“{name}” was changed elsewhere after you opened it; reopen it to see the changes, then edit again.</source>
        <translation>您打开“{name}”之后，它已在别处被修改；请重新打开查看改动，然后再编辑。</translation>
    </message>
    <message>
        <source>Someone else saved this record while you were saving it, so your change was not saved. Reload it to see their change, then edit again.</source>
        <translation>您保存时，其他人也保存了这条记录，因此您的修改没有保存。请重新加载查看对方的修改，然后再编辑。</translation>
    </message>
    <message>
        <source>“{name}” was changed after the merge, so the merge can no longer be undone exactly.</source>
        <translation>“{name}”在合并之后又被修改过，因此无法再准确撤销这次合并。</translation>
    </message>
    <message>
        <source>There is no CRM Desktop database at {path} to back up.</source>
        <translation>{path} 处没有可备份的 CRM Desktop 数据库。</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new file name for the backup.</source>
        <translation>{path} 已存在；请为备份另选一个文件名。</translation>
    </message>
    <message>
        <source>Could not back up {path}: the database file is damaged. Restore an earlier backup instead.</source>
        <translation>无法备份 {path}：数据库文件已损坏。请改为恢复较早的备份。</translation>
    </message>
    <message>
        <source>Could not write the backup {path}: the disk may be full or read-only.</source>
        <translation>无法写入备份 {path}：磁盘可能已满或为只读。</translation>
    </message>
    <message>
        <source>Backups and restores work on a database file; back up a server database with the server&apos;s own tools (for PostgreSQL: pg_dump).</source>
        <translation>备份和恢复只适用于数据库文件；服务器数据库请用服务器自带的工具备份（PostgreSQL 使用 pg_dump）。</translation>
    </message>
    <message>
        <source>{path} is the database itself, not a backup of it.</source>
        <translation>{path} 是数据库本身，不是它的备份。</translation>
    </message>
    <message>
        <source>{path} cannot be restored: it is not a sound CRM Desktop backup.</source>
        <translation>无法恢复 {path}：它不是完好的 CRM Desktop 备份。</translation>
    </message>
    <message>
        <source>{path} cannot be restored: there is no such file.</source>
        <translation>无法恢复 {path}：文件不存在。</translation>
    </message>
    <message>
        <source>{path} cannot be restored: it is not a CRM Desktop backup (not a SQLite file).</source>
        <translation>无法恢复 {path}：它不是 CRM Desktop 备份（不是 SQLite 文件）。</translation>
    </message>
    <message>
        <source>{path} cannot be restored: the file is damaged.</source>
        <translation>无法恢复 {path}：文件已损坏。</translation>
    </message>
    <message>
        <source>{path} cannot be restored: it is a SQLite file but not a CRM Desktop database.</source>
        <translation>无法恢复 {path}：它是 SQLite 文件，但不是 CRM Desktop 数据库。</translation>
    </message>
    <message>
        <source>{path} cannot be restored: it was written by a newer version of CRM Desktop.</source>
        <translation>无法恢复 {path}：它由更新版本的 CRM Desktop 写入。</translation>
    </message>
    <message>
        <source>There is no customer with id {id}.</source>
        <translation>不存在编号为 {id} 的客户。</translation>
    </message>
    <message>
        <source>“{name}” is in the trash; restore it before editing.</source>
        <translation>“{name}”在回收站中；请先恢复再编辑。</translation>
    </message>
    <message>
        <source>{field} cannot be empty.</source>
        <translation>{field}不能为空。</translation>
    </message>
    <message>
        <source>Choose at least two customers to merge.</source>
        <translation>请至少选择两位客户进行合并。</translation>
    </message>
    <message>
        <source>A customer of this group was deleted or merged meanwhile; look for duplicates again.</source>
        <translation>这一组中有客户已被删除或合并，请重新查找重复客户。</translation>
    </message>
    <message>
        <source>The customer kept must be one of the group.</source>
        <translation>保留的客户必须是这一组中的一位。</translation>
    </message>
    <message>
        <source>{field} cannot be set in bulk.</source>
        <translation>{field}不能批量设置。</translation>
    </message>
    <message>
        <source>{field} is too long (at most {max_length} characters).</source>
        <translation>{field}太长（最多 {max_length} 个字符）。</translation>
    </message>
    <message>
        <source>Too many {field} for one customer; keep the main ones and put the rest on contacts.</source>
        <translation>一个客户的{field}太多；请保留主要的，其余的记在联系人上。</translation>
    </message>
    <message>
        <source>The kind must be “company” or “person”.</source>
        <translation>类型必须是“公司”或“个人”。</translation>
    </message>
    <message>
        <source>“{value}” is not a kind of field; use one of: {kinds}.</source>
        <translation>“{value}”不是字段类型；请使用以下之一：{kinds}。</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a valid phone number.</source>
        <translation>{field}：“{value}”不是有效的电话号码。</translation>
    </message>
    <message>
        <source>“{value}” is not a valid phone number.</source>
        <translation>“{value}”不是有效的电话号码。</translation>
    </message>
    <message>
        <source>{field}: give one phone number only (“{value}”).</source>
        <translation>{field}：只能填写一个电话号码（“{value}”）。</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a valid email address.</source>
        <translation>{field}：“{value}”不是有效的邮箱地址。</translation>
    </message>
    <message>
        <source>“{value}” is not a valid email address.</source>
        <translation>“{value}”不是有效的邮箱地址。</translation>
    </message>
    <message>
        <source>{field}: give one email address only (“{value}”).</source>
        <translation>{field}：只能填写一个邮箱地址（“{value}”）。</translation>
    </message>
    <message>
        <source>“{value}” holds several email addresses where one is expected.</source>
        <translation>“{value}”包含多个邮箱地址，这里只能填一个。</translation>
    </message>
    <message>
        <source>{field}: {value} is not a possible date.</source>
        <translation>{field}：{value} 不是可能的日期。</translation>
    </message>
    <message>
        <source>“{value}” is not a valid date.</source>
        <translation>“{value}”不是有效的日期。</translation>
    </message>
    <message>
        <source>“{value}” is not a colour; use the form #rrggbb.</source>
        <translation>“{value}”不是颜色；请使用 #rrggbb 的格式。</translation>
    </message>
    <message>
        <source>There is no status with id {value}.</source>
        <translation>不存在编号为 {value} 的状态。</translation>
    </message>
    <message>
        <source>There is no staff member with id {value}.</source>
        <translation>不存在编号为 {value} 的员工。</translation>
    </message>
    <message>
        <source>There is no custom field with id {value}.</source>
        <translation>不存在编号为 {value} 的自定义字段。</translation>
    </message>
    <message>
        <source>{field} belongs to another customer or no longer exists.</source>
        <translation>{field}属于其他客户，或已不存在。</translation>
    </message>
    <message>
        <source>Only one contact can be the primary contact.</source>
        <translation>只能有一个主要联系人。</translation>
    </message>
    <message>
        <source>{label}: “{value}” is not a value this field accepts.</source>
        <translation>{label}：此字段不接受“{value}”。</translation>
    </message>
    <message>
        <source>A choice field needs at least one choice.</source>
        <translation>选项字段至少需要一个选项。</translation>
    </message>
    <message>
        <source>There is already one named “{value}”.</source>
        <translation>已有名为“{value}”的项目。</translation>
    </message>
    <message>
        <source>There is already a status “{value}”.</source>
        <translation>已有状态“{value}”。</translation>
    </message>
    <message>
        <source>There is already a tag “{value}”.</source>
        <translation>已有标签“{value}”。</translation>
    </message>
    <message>
        <source>There is already a field “{value}”.</source>
        <translation>已有字段“{value}”。</translation>
    </message>
    <message>
        <source>There is already a staff member called “{value}”.</source>
        <translation>已有名为“{value}”的员工。</translation>
    </message>
    <message>
        <source>There is already a saved filter “{value}”.</source>
        <translation>已有保存的筛选“{value}”。</translation>
    </message>
    <message>
        <source>There is no active status; add one in Settings.</source>
        <translation>没有启用的状态；请在设置中添加一个。</translation>
    </message>
    <message>
        <source>The new order must list every status exactly once.</source>
        <translation>新的顺序必须包含每个状态，且各出现一次。</translation>
    </message>
    <message>
        <source>The last active status cannot be retired.</source>
        <translation>不能停用最后一个启用的状态。</translation>
    </message>
    <message>
        <source>The shop&apos;s name is longer than {limit} characters.</source>
        <translation>店铺名称超过 {limit} 个字符。</translation>
    </message>
    <message>
        <source>A target must be a whole number from 0 up.</source>
        <translation>目标必须是不小于 0 的整数。</translation>
    </message>
    <message>
        <source>There is no KPI called {figure}.</source>
        <translation>没有名为 {figure} 的指标。</translation>
    </message>
    <message>
        <source>Name a report, dashboard or all (report --list names them).</source>
        <translation>请指定报表名称、dashboard 或 all（report --list 可列出全部）。</translation>
    </message>
    <message>
        <source>There is no report named “{name}” (report --list names them).</source>
        <translation>没有名为“{name}”的报表（report --list 可列出全部）。</translation>
    </message>
    <message>
        <source>Say where the report goes: --pdf FILE or --json.</source>
        <translation>请指定输出：--pdf 文件 或 --json。</translation>
    </message>
    <message>
        <source>The period is not possible: it must start on or before its last day.</source>
        <translation>期间无效：开始日期不能晚于结束日期。</translation>
    </message>
    <message>
        <source>There is no status with id {id}.</source>
        <translation>不存在编号为 {id} 的状态。</translation>
    </message>
    <message>
        <source>There is no tag with id {id}.</source>
        <translation>不存在编号为 {id} 的标签。</translation>
    </message>
    <message>
        <source>There is no staff member with id {id}.</source>
        <translation>不存在编号为 {id} 的员工。</translation>
    </message>
    <message>
        <source>There is no custom field with id {id}.</source>
        <translation>不存在编号为 {id} 的自定义字段。</translation>
    </message>
    <message>
        <source>There is no saved filter with id {id}.</source>
        <translation>不存在编号为 {id} 的保存筛选。</translation>
    </message>
    <message>
        <source>Cannot export to {path}: use a .json, .xlsx or .csv file name.</source>
        <translation>无法导出到 {path}：文件名请以 .json、.xlsx 或 .csv 结尾。</translation>
    </message>
    <message>
        <source>Cannot export “{kind}”: the lists are customers and contacts.</source>
        <translation>无法导出“{kind}”：可导出的列表是客户和联系人。</translation>
    </message>
    <message>
        <source>Cannot write {file} in {encoding}: “{char}” in line {line}, column “{column}” has no {encoding} code. Export in UTF-8 instead.</source>
        <translation>无法以 {encoding} 写入 {file}：第 {line} 行“{column}”列中的“{char}”在 {encoding} 中没有编码。请改用 UTF-8 导出。</translation>
    </message>
    <message>
        <source>Cannot write CSV in “{encoding}”: use UTF-8, GBK or GB18030.</source>
        <translation>无法以“{encoding}”写入 CSV：请使用 UTF-8、GBK 或 GB18030。</translation>
    </message>
    <message>
        <source>Cannot write the template to {path}: use an .xlsx file name.</source>
        <translation>无法将模板写入 {path}：请使用 .xlsx 文件名。</translation>
    </message>
    <message>
        <source>There is no deal with id {id}.</source>
        <translation>不存在编号为 {id} 的销售机会。</translation>
    </message>
    <message>
        <source>The deal “{name}” is in the trash; restore it first.</source>
        <translation>销售机会“{name}”在回收站中；请先恢复。</translation>
    </message>
    <message>
        <source>Say why “{name}” was lost.</source>
        <translation>请说明“{name}”输单的原因。</translation>
    </message>
    <message>
        <source>Choose the customer of this deal.</source>
        <translation>请选择此销售机会的客户。</translation>
    </message>
    <message>
        <source>The amount {value} is not possible; give a whole number of minor units (fen, cents), 0 or more.</source>
        <translation>金额 {value} 无效；请给出以分为单位的整数，不小于 0。</translation>
    </message>
    <message>
        <source>“{value}” is not a currency code such as CNY or USD.</source>
        <translation>“{value}”不是币种代码（如 CNY、USD）。</translation>
    </message>
    <message>
        <source>There is no pipeline stage with id {id}.</source>
        <translation>不存在编号为 {id} 的销售阶段。</translation>
    </message>
    <message>
        <source>The stage “{name}” is retired; choose another stage.</source>
        <translation>阶段“{name}”已停用；请选择其他阶段。</translation>
    </message>
    <message>
        <source>The stage “{name}” still holds {count} deals; choose a stage to move them to first.</source>
        <translation>阶段“{name}”中还有 {count} 个销售机会；请先选择要把它们移到的阶段。</translation>
    </message>
    <message>
        <source>Deals can only move to another active stage.</source>
        <translation>销售机会只能移到另一个启用中的阶段。</translation>
    </message>
    <message>
        <source>The new order must list every active stage exactly once.</source>
        <translation>新的顺序必须把每个启用中的阶段各列出一次。</translation>
    </message>
    <message>
        <source>There is no open pipeline stage; add one in Settings.</source>
        <translation>没有进行中的销售阶段；请在设置中添加。</translation>
    </message>
    <message>
        <source>There is already a stage named “{value}”.</source>
        <translation>已有名为“{value}”的阶段。</translation>
    </message>
    <message>
        <source>A stage cannot mean both won and lost.</source>
        <translation>一个阶段不能同时表示赢单和输单。</translation>
    </message>
    <message>
        <source>The win probability must be a whole number from 0 to 100, not {value}.</source>
        <translation>赢率必须是 0 到 100 之间的整数，而不是 {value}。</translation>
    </message>
    <message>
        <source>Cannot import {file}: the file does not exist.</source>
        <translation>无法导入 {file}：文件不存在。</translation>
    </message>
    <message>
        <source>Cannot import {file}: the file cannot be opened.</source>
        <translation>无法导入 {file}：文件无法打开。</translation>
    </message>
    <message>
        <source>Cannot import {file}: the file is empty.</source>
        <translation>无法导入 {file}：文件是空的。</translation>
    </message>
    <message>
        <source>Cannot import {file}: the file is damaged or is not a spreadsheet this program can read.</source>
        <translation>无法导入 {file}：文件已损坏，或不是本程序能读取的电子表格。</translation>
    </message>
    <message>
        <source>Cannot import {file}: the file is larger than {limit_mb} MB.</source>
        <translation>无法导入 {file}：文件超过 {limit_mb} MB。</translation>
    </message>
    <message>
        <source>Cannot import {file}: the file is damaged or too large.</source>
        <translation>无法导入 {file}：文件已损坏或过大。</translation>
    </message>
    <message>
        <source>Cannot import {file}: it has more than {limit} rows; split the file.</source>
        <translation>无法导入 {file}：文件超过 {limit} 行；请拆分文件。</translation>
    </message>
    <message>
        <source>Cannot import {file}: the file is password-protected; open it in Excel, WPS or LibreOffice, remove the password and save it again.</source>
        <translation>无法导入 {file}：文件受密码保护；请在 Excel、WPS 或 LibreOffice 中打开，去掉密码后重新保存。</translation>
    </message>
    <message>
        <source>Cannot import {file}: it is not a spreadsheet.</source>
        <translation>无法导入 {file}：它不是电子表格。</translation>
    </message>
    <message>
        <source>Cannot import {file}: this is a folder, not a file.</source>
        <translation>无法导入 {file}：这是文件夹，不是文件。</translation>
    </message>
    <message>
        <source>Cannot import {file}: this is a PDF document, not a spreadsheet.</source>
        <translation>无法导入 {file}：这是 PDF 文档，不是电子表格。</translation>
    </message>
    <message>
        <source>Cannot import {file}: this is a picture, not a spreadsheet.</source>
        <translation>无法导入 {file}：这是图片，不是电子表格。</translation>
    </message>
    <message>
        <source>Cannot import {file}: this is a Word document, not a spreadsheet.</source>
        <translation>无法导入 {file}：这是 Word 文档，不是电子表格。</translation>
    </message>
    <message>
        <source>Cannot import {file}: this is a PowerPoint presentation, not a spreadsheet.</source>
        <translation>无法导入 {file}：这是 PowerPoint 演示文稿，不是电子表格。</translation>
    </message>
    <message>
        <source>Cannot import {file}: this is an OpenDocument {kind} file, not a spreadsheet.</source>
        <translation>无法导入 {file}：这是 OpenDocument {kind} 文件，不是电子表格。</translation>
    </message>
    <message>
        <source>Cannot import {file}: this is a compressed archive, not a spreadsheet.</source>
        <translation>无法导入 {file}：这是压缩包，不是电子表格。</translation>
    </message>
    <message>
        <source>Cannot import {file}: this is a zip archive, not a spreadsheet.</source>
        <translation>无法导入 {file}：这是 zip 压缩包，不是电子表格。</translation>
    </message>
    <message>
        <source>Cannot import {file}: this is an Apple Numbers file; export it from Numbers as Excel (.xlsx).</source>
        <translation>无法导入 {file}：这是 Apple Numbers 文件；请在 Numbers 中导出为 Excel（.xlsx）。</translation>
    </message>
    <message>
        <source>Cannot import {file}: this is a SYLK file; open it in Excel or WPS and save it as .xlsx.</source>
        <translation>无法导入 {file}：这是 SYLK 文件；请在 Excel 或 WPS 中打开并另存为 .xlsx。</translation>
    </message>
    <message>
        <source>Cannot import {file}: this is a Lotus 1-2-3 file; save it as .xlsx first.</source>
        <translation>无法导入 {file}：这是 Lotus 1-2-3 文件；请先另存为 .xlsx。</translation>
    </message>
    <message>
        <source>Cannot import {file}: this is not a spreadsheet or a text table.</source>
        <translation>无法导入 {file}：它既不是电子表格，也不是文本表格。</translation>
    </message>
    <message>
        <source>Cannot import {file}: this kind of file is not supported; save it as .xlsx.</source>
        <translation>无法导入 {file}：不支持这种文件；请另存为 .xlsx。</translation>
    </message>
    <message>
        <source>Cannot import {file}: this is an Excel 2003 XML spreadsheet; open it in Excel or WPS and save it as .xlsx.</source>
        <translation>无法导入 {file}：这是 Excel 2003 XML 电子表格；请在 Excel 或 WPS 中打开并另存为 .xlsx。</translation>
    </message>
    <message>
        <source>Cannot import {file}: this is a flat OpenDocument file (.fods); save it as .ods or .xlsx.</source>
        <translation>无法导入 {file}：这是单文件 OpenDocument 表格（.fods）；请另存为 .ods 或 .xlsx。</translation>
    </message>
    <message>
        <source>Cannot import {file}: this is a web page (HTML) saved under a spreadsheet name; open it in Excel or WPS and save it as .xlsx.</source>
        <translation>无法导入 {file}：这是以电子表格文件名保存的网页（HTML）；请在 Excel 或 WPS 中打开并另存为 .xlsx。</translation>
    </message>
    <message>
        <source>Cannot import {file}: “{encoding}” is not a known text encoding.</source>
        <translation>无法导入 {file}：“{encoding}”不是已知的文本编码。</translation>
    </message>
    <message>
        <source>Cannot import {file}: the file is not in the {encoding} encoding; choose another encoding.</source>
        <translation>无法导入 {file}：文件不是 {encoding} 编码；请选择其他编码。</translation>
    </message>
    <message>
        <source>Cannot import {file}: no contacts (vCard entries) were found in the file.</source>
        <translation>无法导入 {file}：文件中没有找到联系人（vCard 条目）。</translation>
    </message>
    <message>
        <source>Cannot import {file}: the workbook has no worksheets.</source>
        <translation>无法导入 {file}：工作簿中没有工作表。</translation>
    </message>
    <message>
        <source>Cannot import {file}: the sheet “{sheet}” has no rows to import.</source>
        <translation>无法导入 {file}：工作表“{sheet}”中没有可导入的行。</translation>
    </message>
    <message>
        <source>Cannot import {file}: it has no sheet named “{sheet}” (its sheets are: {sheets}).</source>
        <translation>无法导入 {file}：没有名为“{sheet}”的工作表（现有工作表：{sheets}）。</translation>
    </message>
    <message>
        <source>Cannot import {file}: no column looks like a customer or company name (the columns are: {columns}).</source>
        <translation>无法导入 {file}：没有哪一列像是客户或公司名称（现有列：{columns}）。</translation>
    </message>
    <message>
        <source>“{target}” is not a field a column can go to.</source>
        <translation>“{target}”不是列可以导入的字段。</translation>
    </message>
    <message>
        <source>“{policy}” is not a way of handling duplicates (skip, update, merge or create).</source>
        <translation>“{policy}”不是重复数据的处理方式（可选 skip、update、merge 或 create）。</translation>
    </message>
    <message>
        <source>Row {row} is not a data row of {file}.</source>
        <translation>第 {row} 行不是 {file} 中的数据行。</translation>
    </message>
    <message>
        <source>{file} has no column {number}.</source>
        <translation>{file} 没有第 {number} 列。</translation>
    </message>
    <message>
        <source>A mapping template needs a name.</source>
        <translation>映射模板需要一个名称。</translation>
    </message>
    <message>
        <source>The mapping must give one field per column.</source>
        <translation>映射必须为每一列指定一个字段。</translation>
    </message>
    <message>
        <source>There is no mapping template named “{name}”.</source>
        <translation>没有名为“{name}”的映射模板。</translation>
    </message>
    <message>
        <source>{mapping} is neither a saved mapping template nor a JSON file.</source>
        <translation>{mapping} 既不是已保存的映射模板，也不是 JSON 文件。</translation>
    </message>
    <message>
        <source>{mapping} is not a JSON mapping of header: field pairs.</source>
        <translation>{mapping} 不是“表头: 字段”形式的 JSON 映射。</translation>
    </message>
    <message>
        <source>There is no import with id {id}.</source>
        <translation>不存在编号为 {id} 的导入记录。</translation>
    </message>
    <message>
        <source>The import of {file} was already undone.</source>
        <translation>{file} 的导入已经撤销过了。</translation>
    </message>
    <message>
        <source>The import of {file} cannot be undone: {count} of its customers ({names}) have orders, payments, deals or activities recorded since.</source>
        <translation>无法撤销 {file} 的导入：其中 {count} 个客户（{names}）此后已有订单、回款、商机或跟进记录。</translation>
    </message>
    <message>
        <source>Customer “{name}” was changed by someone else while you were importing; run the import again.</source>
        <translation>导入期间客户“{name}”已被他人修改；请重新导入。</translation>
    </message>
    <message>
        <source>CRM Desktop</source>
        <translation>CRM Desktop</translation>
    </message>
</context>
<context>
    <name>MyCustomersButton</name>
    <message>
        <source>My Customers</source>
        <translation>我的客户</translation>
    </message>
    <message>
        <source>Only the customers {name} owns</source>
        <translation>只显示{name}负责的客户</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>销售机会</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
</context>
<context>
    <name>RangePicker</name>
    <message>
        <source>The report&apos;s own range</source>
        <translation>报表默认期间</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>自定义…</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
</context>
<context>
    <name>ReportSettingsDialog</name>
    <message>
        <source>Report Settings</source>
        <translation>报表设置</translation>
    </message>
    <message>
        <source>&amp;Shop name (printed on every report):</source>
        <translation>店铺名称(&amp;S)（打印在每份报表上）：</translation>
    </message>
    <message>
        <source>Monthly targets per person</source>
        <translation>每人每月目标</translation>
    </message>
    <message>
        <source>Interactions logged:</source>
        <translation>跟进记录数：</translation>
    </message>
    <message>
        <source>New customers:</source>
        <translation>新增客户：</translation>
    </message>
    <message>
        <source>Won amount (¥):</source>
        <translation>赢单金额（¥）：</translation>
    </message>
    <message>
        <source>Received (¥):</source>
        <translation>回款（¥）：</translation>
    </message>
    <message>
        <source>The team KPIs report shows how much of these each person reached in its period (a quarter counts three months). 0 means no target.</source>
        <translation>团队业绩报表显示每人在所选期间内完成目标的比例（一个季度按三个月计）。0 表示不设目标。</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <source>Customers by status</source>
        <translation>按状态统计客户</translation>
    </message>
    <message>
        <source>Sales funnel by stage</source>
        <translation>销售漏斗（按阶段）</translation>
    </message>
    <message>
        <source>Status conversion</source>
        <translation>状态转化</translation>
    </message>
    <message>
        <source>Monthly revenue</source>
        <translation>月度回款</translation>
    </message>
    <message>
        <source>Deals won and lost by month</source>
        <translation>每月赢单与输单</translation>
    </message>
    <message>
        <source>Lost reasons</source>
        <translation>输单原因</translation>
    </message>
    <message>
        <source>Receivables ageing</source>
        <translation>应收账款账龄</translation>
    </message>
    <message>
        <source>Top customers by revenue</source>
        <translation>回款最多的客户</translation>
    </message>
    <message>
        <source>Team KPIs per owner</source>
        <translation>团队业绩（按负责人）</translation>
    </message>
    <message>
        <source>Customers by industry</source>
        <translation>按行业统计客户</translation>
    </message>
    <message>
        <source>Customers by region</source>
        <translation>按地区统计客户</translation>
    </message>
    <message>
        <source>Customers by size</source>
        <translation>按规模统计客户</translation>
    </message>
    <message>
        <source>Customers by source</source>
        <translation>按来源统计客户</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Deals reaching it</source>
        <translation>到达该阶段的商机</translation>
    </message>
    <message>
        <source>% of the widest stage</source>
        <translation>占最多阶段的比例</translation>
    </message>
    <message>
        <source>Open deals now</source>
        <translation>当前进行中商机</translation>
    </message>
    <message>
        <source>Open amount</source>
        <translation>进行中金额</translation>
    </message>
    <message>
        <source>Weighted amount</source>
        <translation>加权金额</translation>
    </message>
    <message>
        <source>From status</source>
        <translation>原状态</translation>
    </message>
    <message>
        <source>To status</source>
        <translation>新状态</translation>
    </message>
    <message>
        <source>Customers moved</source>
        <translation>转变客户数</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Median days before</source>
        <translation>停留天数中位数</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>回款笔数</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已回款</translation>
    </message>
    <message>
        <source>Weighted forecast</source>
        <translation>加权预测</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Won amount</source>
        <translation>赢单金额</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>输单</translation>
    </message>
    <message>
        <source>Lost amount</source>
        <translation>输单金额</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>赢单率</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Days past due</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Instalments</source>
        <translation>期数</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>未收金额</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Interactions logged</source>
        <translation>跟进记录数</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>逾期待办</translation>
    </message>
    <message>
        <source>Interactions, % of target</source>
        <translation>跟进记录目标完成率</translation>
    </message>
    <message>
        <source>New customers, % of target</source>
        <translation>新增客户目标完成率</translation>
    </message>
    <message>
        <source>Won amount, % of target</source>
        <translation>赢单金额目标完成率</translation>
    </message>
    <message>
        <source>Received, % of target</source>
        <translation>回款目标完成率</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>规模</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation>1–30 天</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 天</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 天</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>90 天以上</translation>
    </message>
    <message>
        <source>(new customer)</source>
        <translation>（新客户）</translation>
    </message>
    <message>
        <source>No data for this period</source>
        <translation>本期无数据</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>As of {day}</source>
        <translation>截至 {day}</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} 至 {end}</translation>
    </message>
    <message>
        <source>Printed {day}</source>
        <translation>打印于 {day}</translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation>关键指标</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>本期</translation>
    </message>
    <message>
        <source>Period before</source>
        <translation>上期</translation>
    </message>
    <message>
        <source>PDF, A4 portrait (*.pdf)</source>
        <translation>PDF，A4 纵向 (*.pdf)</translation>
    </message>
    <message>
        <source>PDF, A4 landscape (*.pdf)</source>
        <translation>PDF，A4 横向 (*.pdf)</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>新增客户</translation>
    </message>
    <message>
        <source>Deals won</source>
        <translation>赢单数</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>进行中商机</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>进行中商机金额</translation>
    </message>
    <message>
        <source>Weighted pipeline</source>
        <translation>加权商机金额</translation>
    </message>
    <message>
        <source>Receivables</source>
        <translation>应收账款</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Tasks due today</source>
        <translation>今日到期任务</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>逾期任务</translation>
    </message>
    <message>
        <source>CRM Desktop reports</source>
        <translation>CRM Desktop 报表</translation>
    </message>
    <message>
        <source>live, not in the trash</source>
        <translation>不含回收站</translation>
    </message>
    <message>
        <source>period before: {n}</source>
        <translation>上期：{n}</translation>
    </message>
    <message>
        <source>{n} deals · period before: {amount}</source>
        <translation>{n} 个商机 · 上期：{amount}</translation>
    </message>
    <message>
        <source>{n} open deals · weighted {amount}</source>
        <translation>{n} 个进行中商机 · 加权 {amount}</translation>
    </message>
    <message>
        <source>overdue: {amount}</source>
        <translation>已逾期：{amount}</translation>
    </message>
    <message>
        <source>overdue: {n}</source>
        <translation>逾期：{n}</translation>
    </message>
    <message>
        <source>Received, last {n} months</source>
        <translation>近 {n} 个月回款</translation>
    </message>
    <message>
        <source>Customers by status (click one to list them)</source>
        <translation>各状态客户（点击查看名单）</translation>
    </message>
    <message>
        <source>Won in the period</source>
        <translation>本期赢单</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>已保存 {file}</translation>
    </message>
    <message>
        <source>Amount ({currency})</source>
        <translation>金额（{currency}）</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Shop Name and Targets…</source>
        <translation>店铺名称与目标…</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>This database is open read-only because another CRM Desktop window is using it: restore from that window.</source>
        <translation>另一个 CRM Desktop 窗口正在使用此数据库，因此这里是只读打开：请在那个窗口中恢复。</translation>
    </message>
    <message>
        <source>There are no backups of this database yet. Use File ▸ Back Up Now to take one.</source>
        <translation>此数据库还没有备份。请使用“文件 ▸ 立即备份”创建一份。</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. Backups are taken every day the database is opened and before every upgrade, import and restore.</source>
        <translation>请选择要回到的备份。每天首次打开数据库时，以及每次升级、导入和恢复之前，都会自动备份。</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Open Backups &amp;Folder</source>
        <translation>打开备份文件夹(&amp;F)</translation>
    </message>
</context>
<context>
    <name>Segments</name>
    <message>
        <source>All customers</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <source>Save Filter</source>
        <translation>保存筛选</translation>
    </message>
    <message>
        <source>Name of this saved filter:</source>
        <translation>筛选名称：</translation>
    </message>
    <message>
        <source>A saved filter named “{name}” exists. Replace it?</source>
        <translation>已有名为“{name}”的筛选，要替换吗？</translation>
    </message>
    <message>
        <source>Saved filter “{name}”.</source>
        <translation>已保存筛选“{name}”。</translation>
    </message>
    <message>
        <source>Delete Saved Filter</source>
        <translation>删除已存筛选</translation>
    </message>
    <message>
        <source>Delete the saved filter “{name}”? The customers stay as they are.</source>
        <translation>删除已存筛选“{name}”？客户资料不受影响。</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Open Server Database</source>
        <translation>打开服务器数据库</translation>
    </message>
    <message>
        <source>&amp;Recent:</source>
        <translation>最近使用(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>(new connection)</source>
        <translation>（新连接）</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.10 or crm.example.com</source>
        <translation>例如 192.168.1.10 或 crm.example.com</translation>
    </message>
    <message>
        <source>Remember &amp;password (in the system keyring)</source>
        <translation>记住密码（保存在系统钥匙串中）(&amp;P)</translation>
    </message>
    <message>
        <source>A PostgreSQL database the whole shop shares. Ask whoever runs the server for these details.</source>
        <translation>全店共用的 PostgreSQL 数据库。这些信息请向管理服务器的人索取。</translation>
    </message>
    <message>
        <source>The password could not be saved: this computer has no usable keyring. You will be asked for it next time.</source>
        <translation>无法保存密码：这台电脑没有可用的系统钥匙串。下次打开时需要重新输入密码。</translation>
    </message>
</context>
<context>
    <name>StageSettingsDialog</name>
    <message>
        <source>Pipeline Stages</source>
        <translation>销售阶段</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>重命名(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Probability…</source>
        <translation>赢率(&amp;P)…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Retire…</source>
        <translation>停用(&amp;R)…</translation>
    </message>
    <message>
        <source> (won)</source>
        <translation>（表示赢单）</translation>
    </message>
    <message>
        <source> (lost)</source>
        <translation>（表示输单）</translation>
    </message>
    <message>
        <source>{name}{kind} · {probability}% · {count} deals</source>
        <translation>{name}{kind} · {probability}% · {count} 个销售机会</translation>
    </message>
    <message>
        <source>Add Stage</source>
        <translation>添加阶段</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Win probability (%):</source>
        <translation>赢率（%）：</translation>
    </message>
    <message>
        <source>Rename Stage</source>
        <translation>重命名阶段</translation>
    </message>
    <message>
        <source>Win Probability</source>
        <translation>赢率</translation>
    </message>
    <message>
        <source>Retire Stage</source>
        <translation>停用阶段</translation>
    </message>
    <message>
        <source>{count} deals are in this stage. Move them to:</source>
        <translation>此阶段中有 {count} 个销售机会，把它们移到：</translation>
    </message>
</context>
<context>
    <name>StartupReport</name>
    <message>
        <source>Database check</source>
        <translation>数据库检查</translation>
    </message>
    <message>
        <source>This database file is damaged. Restore it from a backup before you enter new data.</source>
        <translation>此数据库文件已损坏。请先从备份恢复，再录入新数据。</translation>
    </message>
    <message>
        <source>The check of this database found problems:</source>
        <translation>检查此数据库时发现以下问题：</translation>
    </message>
    <message>
        <source>The daily backup failed: {reason}</source>
        <translation>每日备份失败：{reason}</translation>
    </message>
    <message>
        <source>Daily backup saved.</source>
        <translation>每日备份已保存。</translation>
    </message>
</context>
<context>
    <name>StatusHistoryTab</name>
    <message>
        <source>Date</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>From</source>
        <translation>原状态</translation>
    </message>
    <message>
        <source>To</source>
        <translation>新状态</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>(new customer)</source>
        <translation>（新客户）</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除时间</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation>清空回收站(&amp;E)…</translation>
    </message>
    <message>
        <source>1 customer in the trash.</source>
        <translation>回收站中有 1 位客户。</translation>
    </message>
    <message>
        <source>{count} customers in the trash.</source>
        <translation>回收站中有 {count} 位客户。</translation>
    </message>
    <message>
        <source>Delete the 1 customer in the trash for good? Their contacts and history go with them. This cannot be undone.</source>
        <translation>永久删除回收站中的 1 位客户？其联系人和历史记录将一并删除，且无法撤销。</translation>
    </message>
    <message>
        <source>Delete all {count} customers in the trash for good? Their contacts and history go with them. This cannot be undone.</source>
        <translation>永久删除回收站中的全部 {count} 位客户？其联系人和历史记录将一并删除，且无法撤销。</translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>清空回收站</translation>
    </message>
    <message>
        <source>Emptying the trash…</source>
        <translation>正在清空回收站…</translation>
    </message>
</context>
<context>
    <name>UndoNames</name>
    <message>
        <source>Add {name}</source>
        <translation>添加“{name}”</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>编辑“{name}”</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>删除“{name}”</translation>
    </message>
    <message>
        <source>Restore {name}</source>
        <translation>恢复“{name}”</translation>
    </message>
    <message>
        <source>Set status of {name}</source>
        <translation>设置“{name}”的状态</translation>
    </message>
    <message>
        <source>Set owner of {name}</source>
        <translation>设置“{name}”的负责人</translation>
    </message>
    <message>
        <source>Add tag {tag} to {name}</source>
        <translation>给“{name}”添加标签“{tag}”</translation>
    </message>
    <message>
        <source>Remove tag {tag} from {name}</source>
        <translation>移除“{name}”的标签“{tag}”</translation>
    </message>
    <message>
        <source>Add deal “{name}”</source>
        <translation>添加销售机会“{name}”</translation>
    </message>
    <message>
        <source>Edit deal “{name}”</source>
        <translation>编辑销售机会“{name}”</translation>
    </message>
    <message>
        <source>Delete deal “{name}”</source>
        <translation>删除销售机会“{name}”</translation>
    </message>
    <message>
        <source>Move “{name}” to {stage}</source>
        <translation>将“{name}”移到{stage}</translation>
    </message>
    <message>
        <source>Clean up {name}</source>
        <translation>整理“{name}”的资料</translation>
    </message>
    <message>
        <source>Delete {count} customers</source>
        <translation>删除 {count} 个客户</translation>
    </message>
    <message>
        <source>Restore {count} customers</source>
        <translation>恢复 {count} 个客户</translation>
    </message>
    <message>
        <source>Set status of {count} customers</source>
        <translation>设置 {count} 个客户的状态</translation>
    </message>
    <message>
        <source>Set owner of {count} customers</source>
        <translation>设置 {count} 个客户的负责人</translation>
    </message>
    <message>
        <source>Add tag {tag} to {count} customers</source>
        <translation>给 {count} 个客户添加标签“{tag}”</translation>
    </message>
    <message>
        <source>Remove tag {tag} from {count} customers</source>
        <translation>移除 {count} 个客户的标签“{tag}”</translation>
    </message>
    <message>
        <source>Delete {count} deals</source>
        <translation>删除 {count} 个销售机会</translation>
    </message>
    <message>
        <source>Merge {count} customers into {name}</source>
        <translation>将 {count} 个客户合并到“{name}”</translation>
    </message>
    <message>
        <source>Clean up {count} customers</source>
        <translation>整理 {count} 个客户的资料</translation>
    </message>
</context>
<context>
    <name>WhoIsWorkingDialog</name>
    <message>
        <source>Who Is Working?</source>
        <translation>谁在使用？</translation>
    </message>
    <message>
        <source>Several people share this database. Choose your name, so the history shows who changed what and “My customers” lists yours.</source>
        <translation>这个数据库由多人共用。请选择您的名字，这样历史记录会显示谁改了什么，“我的客户”也会列出您负责的客户。</translation>
    </message>
    <message>
        <source>Not listed:</source>
        <translation>列表中没有我：</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的名字</translation>
    </message>
    <message>
        <source>&amp;Add Me</source>
        <translation>添加我(&amp;A)</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>请稍候</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>The operation failed:
{error}</source>
        <translation>操作失败：
{error}</translation>
    </message>
</context>
</TS>
