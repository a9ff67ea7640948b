<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../bipv_designer/ui/actions.py" line="36"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/actions.py" line="38"/>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/actions.py" line="39"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/actions.py" line="41"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/actions.py" line="42"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/actions.py" line="45"/>
        <source>&amp;Import background image…</source>
        <translation>导入底图(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/actions.py" line="47"/>
        <source>&amp;Report (PDF)…</source>
        <translation>报告 (PDF)(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/actions.py" line="48"/>
        <source>&amp;Export results…</source>
        <translation>导出结果(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/actions.py" line="50"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/actions.py" line="55"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/actions.py" line="60"/>
        <source>R&amp;otate 90°</source>
        <translation>旋转 90°(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/actions.py" line="61"/>
        <source>D&amp;uplicate</source>
        <translation>复制(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/actions.py" line="62"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/actions.py" line="63"/>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/actions.py" line="66"/>
        <source>&amp;Fill every roof with modules…</source>
        <translation>为所有屋面布置组件(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/actions.py" line="72"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/actions.py" line="74"/>
        <source>Site &amp;plan</source>
        <translation>总平面图(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/actions.py" line="75"/>
        <source>&amp;Results</source>
        <translation>结果(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/actions.py" line="76"/>
        <source>&amp;Fit the park</source>
        <translation>显示整个园区(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/actions.py" line="80"/>
        <source>&amp;Shading colours</source>
        <translation>遮挡着色(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/actions.py" line="86"/>
        <source>&amp;Draw</source>
        <translation>绘制(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/actions.py" line="89"/>
        <location filename="../../bipv_designer/ui/actions.py" line="90"/>
        <source>&amp;Simulate</source>
        <translation>模拟(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/actions.py" line="94"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/actions.py" line="96"/>
        <source>&amp;User guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/actions.py" line="97"/>
        <source>&amp;About BIPV Designer</source>
        <translation>关于 BIPV Designer(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/actions.py" line="105"/>
        <source>Select</source>
        <translation>选择</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/actions.py" line="106"/>
        <source>Rectangle building</source>
        <translation>矩形建筑</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/actions.py" line="107"/>
        <source>Polygon building</source>
        <translation>多边形建筑</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/actions.py" line="108"/>
        <source>Keep-out rectangle</source>
        <translation>矩形禁止布置区</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/actions.py" line="109"/>
        <source>Keep-out circle</source>
        <translation>圆形禁止布置区</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/actions.py" line="110"/>
        <source>Keep-out polygon</source>
        <translation>多边形禁止布置区</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/actions.py" line="111"/>
        <source>Tree</source>
        <translation>树木</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/actions.py" line="112"/>
        <source>Neighbouring building</source>
        <translation>相邻建筑</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/actions.py" line="113"/>
        <source>Tank or chimney</source>
        <translation>水箱或烟囱</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/actions.py" line="114"/>
        <source>Measure</source>
        <translation>测量</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/actions.py" line="115"/>
        <source>Scale background</source>
        <translation>底图比例</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/actions.py" line="141"/>
        <source>Tools</source>
        <translation>工具</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/actions.py" line="148"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/actions.py" line="187"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
</context>
<context>
    <name>BackgroundActions</name>
    <message>
        <location filename="../../bipv_designer/ui/background_actions.py" line="71"/>
        <source>Import background image</source>
        <translation>导入底图</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/background_actions.py" line="81"/>
        <source>Cannot import the image</source>
        <translation>无法导入图像</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/background_actions.py" line="82"/>
        <source>{0}: expected a readable PNG or JPG image</source>
        <translation>{0}：需要可读取的 PNG 或 JPG 图像</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/background_actions.py" line="108"/>
        <source>Scale the background image</source>
        <translation>设置底图比例</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/background_actions.py" line="109"/>
        <source>Distance between the two points [m]:</source>
        <translation>两点间距离 [m]：</translation>
    </message>
</context>
<context>
    <name>BackgroundPanel</name>
    <message>
        <location filename="../../bipv_designer/ui/panels/background_panel.py" line="41"/>
        <source>Locked (not moved by clicks on the plan)</source>
        <translation>锁定（在图上单击不会移动）</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/background_panel.py" line="47"/>
        <source>Set scale by two clicks…</source>
        <translation>两次单击设置比例…</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/background_panel.py" line="53"/>
        <source>Remove the image</source>
        <translation>移除图像</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/background_panel.py" line="57"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/background_panel.py" line="61"/>
        <source>Scale</source>
        <translation>比例</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/background_panel.py" line="65"/>
        <source>Opacity</source>
        <translation>不透明度</translation>
    </message>
</context>
<context>
    <name>BuildingPanel</name>
    <message>
        <location filename="../../bipv_designer/ui/panels/building_panel.py" line="59"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/building_panel.py" line="64"/>
        <source>Height (eaves)</source>
        <translation>檐口高度</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/building_panel.py" line="69"/>
        <source>Roof</source>
        <translation>屋面</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/building_panel.py" line="73"/>
        <source>Slope</source>
        <translation>坡度</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/building_panel.py" line="77"/>
        <source>Direction</source>
        <translation>朝向</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/building_panel.py" line="81"/>
        <source>Parapet</source>
        <translation>女儿墙</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/building_panel.py" line="85"/>
        <source>Tooth width</source>
        <translation>锯齿宽度</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/building_panel.py" line="93"/>
        <source>Added permanent load the roof structure can carry</source>
        <translation>屋面结构可承受的附加恒荷载</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/building_panel.py" line="100"/>
        <source>Roof load capacity</source>
        <translation>屋面荷载能力</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/building_panel.py" line="107"/>
        <source>Modules</source>
        <translation>组件</translation>
    </message>
</context>
<context>
    <name>CatalogueDialog</name>
    <message>
        <location filename="../../bipv_designer/ui/catalogue_dialog.py" line="47"/>
        <source>maker or model, e.g. SMA, Jinko</source>
        <translation>厂商或型号，例如 SMA、晶科</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/catalogue_dialog.py" line="57"/>
        <source>Building-integrated only</source>
        <translation>仅建筑一体化产品</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/catalogue_dialog.py" line="65"/>
        <source>Name has</source>
        <translation>名称包含</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/catalogue_dialog.py" line="70"/>
        <source>Power from</source>
        <translation>功率下限</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/catalogue_dialog.py" line="76"/>
        <source>Power up to</source>
        <translation>功率上限</translation>
    </message>
</context>
<context>
    <name>ChartTabs</name>
    <message>
        <location filename="../../bipv_designer/ui/results_charts.py" line="51"/>
        <source>Monthly energy</source>
        <translation>逐月发电量</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/results_charts.py" line="55"/>
        <source>Loss diagram</source>
        <translation>损失图</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/results_charts.py" line="59"/>
        <source>Typical days</source>
        <translation>典型日</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/results_charts.py" line="62"/>
        <source>Year by hour</source>
        <translation>全年逐时</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/results_charts.py" line="67"/>
        <source>Energy flows</source>
        <translation>能量流向</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/results_charts.py" line="71"/>
        <source>Typical weeks</source>
        <translation>典型周</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/results_charts.py" line="74"/>
        <source>Net load</source>
        <translation>净负荷</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/results_charts.py" line="79"/>
        <source>Cash flows</source>
        <translation>现金流</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/results_charts.py" line="83"/>
        <source>NPV sensitivity</source>
        <translation>净现值敏感性</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/results_charts.py" line="89"/>
        <source>CO2 over the life</source>
        <translation>全生命周期碳减排</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <location filename="../../bipv_designer/ui/crash.py" line="60"/>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/crash.py" line="62"/>
        <source>BIPV Designer hit an error it did not expect:
{0}

Save a recovery copy of your unsaved work? It is offered again at the next start.</source>
        <translation>BIPV Designer 遇到意外错误：
{0}

是否保存未保存工作的恢复副本？下次启动时会再次提供。</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/crash.py" line="67"/>
        <source>Recovery copy saved</source>
        <translation>已保存恢复副本</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../bipv_designer/ui/file_actions.py" line="67"/>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/file_actions.py" line="75"/>
        <source>Cannot open the project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/file_actions.py" line="92"/>
        <source>Save project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/file_actions.py" line="122"/>
        <source>Recover unsaved work?</source>
        <translation>恢复未保存的工作？</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/file_actions.py" line="123"/>
        <source>BIPV Designer did not close normally. Open the unsaved work it kept?</source>
        <translation>BIPV Designer 上次未正常关闭。是否打开其保存的未保存工作？</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/file_actions.py" line="128"/>
        <source>Cannot recover</source>
        <translation>无法恢复</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/file_actions.py" line="130"/>
        <source>Recover unsaved work</source>
        <translation>恢复未保存的工作</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/file_actions.py" line="139"/>
        <source>Save the changes to &apos;{0}&apos;?</source>
        <translation>是否保存对“{0}”的更改？</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/file_actions.py" line="157"/>
        <source>Cannot save the project</source>
        <translation>无法保存项目</translation>
    </message>
</context>
<context>
    <name>FillRoofsDialog</name>
    <message>
        <location filename="../../bipv_designer/ui/fill_roofs_dialog.py" line="13"/>
        <source>tilted racks facing south</source>
        <translation>朝南倾斜支架</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/fill_roofs_dialog.py" line="14"/>
        <source>low east-west tents</source>
        <translation>低矮东西向支架</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/fill_roofs_dialog.py" line="15"/>
        <source>flat on the roof</source>
        <translation>平铺于屋面</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/fill_roofs_dialog.py" line="24"/>
        <source>Fill every roof</source>
        <translation>为所有屋面布置组件</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/fill_roofs_dialog.py" line="33"/>
        <source>Roofs that get less sun over a year than this share of a horizontal roof (clear sky at the site) stay empty, e.g. the north glazing of a saw-tooth roof. Racks stand on roofs up to 5° only.</source>
        <translation>全年日照低于水平屋面该比例（场址晴空）的屋面不布置组件，例如锯齿形屋面朝北的采光面。支架仅用于坡度不超过 5° 的屋面。</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/fill_roofs_dialog.py" line="45"/>
        <source>Fill roofs with at least</source>
        <translation>布置组件的屋面至少达到</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/fill_roofs_dialog.py" line="46"/>
        <source>Flat roofs</source>
        <translation>平屋面</translation>
    </message>
</context>
<context>
    <name>KeepOutPanel</name>
    <message>
        <location filename="../../bipv_designer/ui/panels/keep_out_panel.py" line="44"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/keep_out_panel.py" line="47"/>
        <source>Shape</source>
        <translation>形状</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/keep_out_panel.py" line="51"/>
        <source>On</source>
        <translation>所在表面</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/keep_out_panel.py" line="54"/>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/keep_out_panel.py" line="58"/>
        <source>Clearance</source>
        <translation>间隙</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/keep_out_panel.py" line="62"/>
        <source>Radius</source>
        <translation>半径</translation>
    </message>
</context>
<context>
    <name>LayoutActions</name>
    <message>
        <location filename="../../bipv_designer/ui/layout_actions.py" line="92"/>
        <source>Every roof already has modules (or is excluded).</source>
        <translation>所有屋面均已布置组件（或已排除）。</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/layout_actions.py" line="101"/>
        <source>No roof filled</source>
        <translation>未布置任何屋面</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/layout_actions.py" line="105"/>
        <source>Left empty, facing away from the sun: </source>
        <translation>背阳未布置：</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/layout_actions.py" line="111"/>
        <source>Cannot plan the strings</source>
        <translation>无法规划组串</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/layout_actions.py" line="116"/>
        <source>No strings planned</source>
        <translation>未规划组串</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/layout_actions.py" line="120"/>
        <source>Not planned: </source>
        <translation>未规划：</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/layout_actions.py" line="132"/>
        <source>Cannot use this inverter</source>
        <translation>无法使用此逆变器</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/layout_actions.py" line="191"/>
        <source>Module from a PVsyst PAN file</source>
        <translation>从 PVsyst PAN 文件导入组件</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/layout_actions.py" line="202"/>
        <source>Cannot use this module</source>
        <translation>无法使用此组件</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/layout_actions.py" line="209"/>
        <source>Inverter from a PVsyst OND file</source>
        <translation>从 PVsyst OND 文件导入逆变器</translation>
    </message>
</context>
<context>
    <name>LayoutPanel</name>
    <message>
        <location filename="../../bipv_designer/ui/panels/layout_panel.py" line="87"/>
        <source>Portrait (long side up the slope)</source>
        <translation>竖排（长边沿坡向）</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/layout_panel.py" line="96"/>
        <source>Shift the grid to fit the most modules</source>
        <translation>平移网格以布置最多组件</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/layout_panel.py" line="102"/>
        <source>Tilted racks in rows (flat roofs)</source>
        <translation>成排倾斜支架（平屋面）</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/layout_panel.py" line="111"/>
        <source>Facing the roof&apos;s azimuth (south)</source>
        <translation>朝向屋面方位（朝南）</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/layout_panel.py" line="114"/>
        <source>East-west tents</source>
        <translation>东西向双坡支架</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/layout_panel.py" line="123"/>
        <source>No shading 9:00-15:00 on the winter solstice</source>
        <translation>冬至日 9:00-15:00 无遮挡</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/layout_panel.py" line="128"/>
        <source>Ground-coverage ratio</source>
        <translation>地面覆盖率</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/layout_panel.py" line="134"/>
        <source>Curtain-wall grid</source>
        <translation>幕墙分格</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/layout_panel.py" line="139"/>
        <source>One BIPV element fills each cell of the facade&apos;s grid</source>
        <translation>立面分格的每一格布置一块 BIPV 构件</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/layout_panel.py" line="156"/>
        <location filename="../../bipv_designer/ui/panels/layout_panel.py" line="162"/>
        <source>CEC library…</source>
        <translation>CEC 库…</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/layout_panel.py" line="159"/>
        <source>PVsyst OND file…</source>
        <translation>PVsyst OND 文件…</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/layout_panel.py" line="165"/>
        <source>PVsyst PAN file…</source>
        <translation>PVsyst PAN 文件…</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/layout_panel.py" line="168"/>
        <source>Setback per edge…</source>
        <translation>逐边退让距离…</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/layout_panel.py" line="182"/>
        <source>Edit modules on the surface…</source>
        <translation>在表面上编辑组件…</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/layout_panel.py" line="186"/>
        <source>Remove these modules</source>
        <translation>移除这些组件</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/layout_panel.py" line="190"/>
        <source>Module</source>
        <translation>组件</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/layout_panel.py" line="194"/>
        <source>Other module</source>
        <translation>其他组件</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/layout_panel.py" line="199"/>
        <source>Gap across</source>
        <translation>横向间隙</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/layout_panel.py" line="203"/>
        <source>Gap up</source>
        <translation>纵向间隙</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/layout_panel.py" line="207"/>
        <source>Setback from edges</source>
        <translation>距边缘退让距离</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/layout_panel.py" line="213"/>
        <source>Rows along</source>
        <translation>排列方向</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/layout_panel.py" line="219"/>
        <source>Rack tilt</source>
        <translation>支架倾角</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/layout_panel.py" line="223"/>
        <source>Racks</source>
        <translation>支架</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/layout_panel.py" line="227"/>
        <source>Row pitch</source>
        <translation>阵列间距</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/layout_panel.py" line="231"/>
        <source>GCR</source>
        <translation>地面覆盖率 GCR</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/layout_panel.py" line="235"/>
        <source>Cell width</source>
        <translation>分格宽度</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/layout_panel.py" line="239"/>
        <source>Cell height</source>
        <translation>分格高度</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/layout_panel.py" line="243"/>
        <source>Mullion</source>
        <translation>竖梃</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/layout_panel.py" line="247"/>
        <source>Inverter</source>
        <translation>逆变器</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/layout_panel.py" line="251"/>
        <source>Other inverter</source>
        <translation>其他逆变器</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/layout_panel.py" line="255"/>
        <source>Inverters</source>
        <translation>逆变器</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/layout_panel.py" line="259"/>
        <source>Chosen</source>
        <translation>已选</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/layout_panel.py" line="263"/>
        <source>Fill</source>
        <translation>布置</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/layout_panel.py" line="266"/>
        <source>Strings</source>
        <translation>组串</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/layout_panel.py" line="344"/>
        <source>the longest edge</source>
        <translation>最长边</translation>
    </message>
</context>
<context>
    <name>LoadImportDialog</name>
    <message>
        <location filename="../../bipv_designer/ui/load_import_dialog.py" line="34"/>
        <source>Import meter data: {0}</source>
        <translation>导入电表数据：{0}</translation>
    </message>
</context>
<context>
    <name>LoadPanel</name>
    <message>
        <location filename="../../bipv_designer/ui/panels/load_panel.py" line="72"/>
        <source>Add synthetic meter</source>
        <translation>添加合成电表</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/load_panel.py" line="76"/>
        <source>Import meter file…</source>
        <translation>导入电表文件…</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/load_panel.py" line="79"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/load_panel.py" line="95"/>
        <source>or 12 monthly bills in kWh, comma-separated</source>
        <translation>或 12 个月电费账单电量 (kWh)，以逗号分隔</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/load_panel.py" line="107"/>
        <source>A meter&apos;s surplus serves the others</source>
        <translation>一块电表的余电供其他电表使用</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/load_panel.py" line="120"/>
        <source>Most self-consumption</source>
        <translation>最大化自发自用</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/load_panel.py" line="124"/>
        <source>Discharge in peak-tariff hours</source>
        <translation>峰时段放电</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/load_panel.py" line="134"/>
        <source>Buildings of the meter</source>
        <translation>电表所属建筑</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/load_panel.py" line="139"/>
        <source>Consumption</source>
        <translation>用电量</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/load_panel.py" line="143"/>
        <source>Monthly bills</source>
        <translation>月度账单</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/load_panel.py" line="147"/>
        <source>Shifts</source>
        <translation>班次</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/load_panel.py" line="150"/>
        <source>Working week</source>
        <translation>工作周</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/load_panel.py" line="154"/>
        <source>Base load (share)</source>
        <translation>基础负荷（占比）</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/load_panel.py" line="158"/>
        <source>Cooling (share)</source>
        <translation>制冷负荷（占比）</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/load_panel.py" line="163"/>
        <source>Spring Festival shutdown</source>
        <translation>春节停产</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/load_panel.py" line="169"/>
        <source>Export limit</source>
        <translation>上网功率限制</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/load_panel.py" line="173"/>
        <source>Battery</source>
        <translation>储能电池</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/load_panel.py" line="177"/>
        <source>Battery power</source>
        <translation>电池功率</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/load_panel.py" line="181"/>
        <source>Dispatch</source>
        <translation>调度策略</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../bipv_designer/ui/main_window.py" line="93"/>
        <location filename="../../bipv_designer/ui/main_window.py" line="242"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/main_window.py" line="94"/>
        <location filename="../../bipv_designer/ui/main_window.py" line="243"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/main_window.py" line="152"/>
        <source>Cannot make this change</source>
        <translation>无法进行此修改</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/main_window.py" line="155"/>
        <source>Cannot take this value</source>
        <translation>无法接受此数值</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/main_window.py" line="193"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/main_window.py" line="196"/>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/main_window.py" line="201"/>
        <source>3-D view</source>
        <translation>三维视图</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/main_window.py" line="255"/>
        <source>Site plan</source>
        <translation>总平面图</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/main_window.py" line="256"/>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/main_window.py" line="316"/>
        <source>unsaved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>MeterImport</name>
    <message>
        <location filename="../../bipv_designer/ui/meter_import.py" line="33"/>
        <source>Meter data</source>
        <translation>电表数据</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/meter_import.py" line="48"/>
        <source>Cannot use this meter file</source>
        <translation>无法使用此电表文件</translation>
    </message>
</context>
<context>
    <name>MoneyPanel</name>
    <message>
        <location filename="../../bipv_designer/ui/panels/money_panel.py" line="69"/>
        <source>Exports avoid grid CO₂</source>
        <translation>上网电量计入电网减排</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/money_panel.py" line="79"/>
        <source>calorific value, 0.1229 kgce/kWh</source>
        <translation>当量值，0.1229 kgce/kWh</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/money_panel.py" line="81"/>
        <source>coal consumption, 0.3055 kgce/kWh</source>
        <translation>发电煤耗法，0.3055 kgce/kWh</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/money_panel.py" line="100"/>
        <source>optional: 24 factors by hour, comma-separated</source>
        <translation>可选：24 个逐时因子，以逗号分隔</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/money_panel.py" line="105"/>
        <source>Tariff</source>
        <translation>电价</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/money_panel.py" line="108"/>
        <source>Flat price</source>
        <translation>平均电价</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/money_panel.py" line="112"/>
        <source>Export price</source>
        <translation>上网电价</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/money_panel.py" line="116"/>
        <source>Demand charge</source>
        <translation>需量电费</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/money_panel.py" line="121"/>
        <source>Time of use</source>
        <translation>分时电价</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/money_panel.py" line="127"/>
        <source>O&amp;&amp;M</source>
        <translation>运维</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/money_panel.py" line="130"/>
        <source>Discount rate</source>
        <translation>折现率</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/money_panel.py" line="134"/>
        <source>Lifetime</source>
        <translation>寿命期</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/money_panel.py" line="138"/>
        <source>Grid factor</source>
        <translation>电网排放因子</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/money_panel.py" line="143"/>
        <source>Electricity in tce</source>
        <translation>电力折标煤方法</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/money_panel.py" line="156"/>
        <source>Park&apos;s electricity</source>
        <translation>园区用电量</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/money_panel.py" line="160"/>
        <source>Hourly grid factors</source>
        <translation>逐时电网排放因子</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <location filename="../../bipv_designer/ui/new_project.py" line="32"/>
        <source>New project: where is the park?</source>
        <translation>新建项目：园区在哪里？</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/new_project.py" line="33"/>
        <location filename="../../bipv_designer/ui/new_project.py" line="73"/>
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/new_project.py" line="48"/>
        <source>Project name</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/new_project.py" line="49"/>
        <source>Find a place</source>
        <translation>查找地点</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/new_project.py" line="50"/>
        <source>Site name</source>
        <translation>场址名称</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/new_project.py" line="51"/>
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/new_project.py" line="52"/>
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/new_project.py" line="53"/>
        <source>Altitude</source>
        <translation>海拔</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/new_project.py" line="54"/>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/new_project.py" line="55"/>
        <source>Weather</source>
        <translation>气象</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/new_project.py" line="66"/>
        <source>Site</source>
        <translation>场址</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/new_project.py" line="94"/>
        <source>No climatology station within {0:.0f} km: after creating the project, choose a weather file or download one from PVGIS (Site ▸ Weather).</source>
        <translation>{0:.0f} km 内没有气候站：创建项目后，请选择气象文件或从 PVGIS 下载（场址 ▸ 气象）。</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/new_project.py" line="100"/>
        <source> (far: its climate may differ)</source>
        <translation>（较远：气候可能不同）</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/new_project.py" line="103"/>
        <source>Typical year of station {0}, {1:.0f} km away{2}; it follows the site until you choose a weather file.</source>
        <translation>气候站 {0} 的典型年，距离 {1:.0f} km{2}；在选择气象文件之前随场址变化。</translation>
    </message>
</context>
<context>
    <name>ObstaclePanel</name>
    <message>
        <location filename="../../bipv_designer/ui/panels/obstacle_panel.py" line="43"/>
        <source>Share of the sun a bare crown lets through (50 to 80 % for plane trees)</source>
        <translation>落叶树冠透过的日照比例（悬铃木为 50 % 至 80 %）</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/obstacle_panel.py" line="56"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/obstacle_panel.py" line="60"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/obstacle_panel.py" line="64"/>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/obstacle_panel.py" line="68"/>
        <source>Radius</source>
        <translation>半径</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/obstacle_panel.py" line="72"/>
        <source>Crown from</source>
        <translation>树冠起始高度</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/obstacle_panel.py" line="76"/>
        <source>Bare in</source>
        <translation>落叶月份</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/obstacle_panel.py" line="81"/>
        <source>Bare crown lets through</source>
        <translation>落叶树冠透光率</translation>
    </message>
</context>
<context>
    <name>ParkView3D</name>
    <message>
        <location filename="../../bipv_designer/ui/view3d.py" line="148"/>
        <source>Sun: elevation {0:.1f}°, azimuth {1:.1f}°</source>
        <translation>太阳：高度角 {0:.1f}°，方位角 {1:.1f}°</translation>
    </message>
</context>
<context>
    <name>PlaceSearch</name>
    <message>
        <location filename="../../bipv_designer/ui/place_search.py" line="28"/>
        <source>City or county, e.g. Ordos, 鄂尔多斯, Erdos</source>
        <translation>城市或区县，例如 鄂尔多斯、Ordos、Erdos</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/place_search.py" line="55"/>
        <source>No match for &apos;{0}&apos;: try another spelling, or type the latitude and longitude.</source>
        <translation>未找到“{0}”：请换一种写法，或直接输入经纬度。</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/place_search.py" line="59"/>
        <source>{0} found: pick one</source>
        <translation>找到 {0} 个：请选择一个</translation>
    </message>
</context>
<context>
    <name>ProjectTree</name>
    <message>
        <location filename="../../bipv_designer/ui/project_tree.py" line="21"/>
        <source>flat</source>
        <translation>平屋面</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/project_tree.py" line="22"/>
        <source>mono-pitch</source>
        <translation>单坡屋面</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/project_tree.py" line="23"/>
        <source>gable</source>
        <translation>双坡屋面</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/project_tree.py" line="24"/>
        <source>saw-tooth</source>
        <translation>锯齿形屋面</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/project_tree.py" line="41"/>
        <location filename="../../bipv_designer/ui/project_tree.py" line="52"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/project_tree.py" line="41"/>
        <location filename="../../bipv_designer/ui/project_tree.py" line="52"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/project_tree.py" line="110"/>
        <source>Arrays</source>
        <translation>光伏方阵</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/project_tree.py" line="111"/>
        <source>Site obstacles</source>
        <translation>场地障碍物</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/project_tree.py" line="130"/>
        <source> (excluded)</source>
        <translation>（已排除）</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/project_tree.py" line="139"/>
        <source>keep-out, {0} m</source>
        <translation>禁止布置区，{0} m</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/project_tree.py" line="144"/>
        <source>Site</source>
        <translation>场址</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/project_tree.py" line="147"/>
        <source>Load</source>
        <translation>负荷</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/project_tree.py" line="150"/>
        <source>1 meter</source>
        <translation>1 块电表</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/project_tree.py" line="150"/>
        <source>{0} meters</source>
        <translation>{0} 块电表</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/project_tree.py" line="152"/>
        <location filename="../../bipv_designer/ui/project_tree.py" line="176"/>
        <source>none yet</source>
        <translation>尚无</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/project_tree.py" line="154"/>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/project_tree.py" line="155"/>
        <source>no customer yet</source>
        <translation>尚无客户</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/project_tree.py" line="156"/>
        <source>Money and carbon</source>
        <translation>经济与碳排放</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/project_tree.py" line="158"/>
        <source>no tariff yet</source>
        <translation>尚无电价</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/project_tree.py" line="162"/>
        <source>Background image</source>
        <translation>底图</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/project_tree.py" line="164"/>
        <source> (locked)</source>
        <translation>（已锁定）</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/project_tree.py" line="167"/>
        <source>String plan</source>
        <translation>组串方案</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/project_tree.py" line="171"/>
        <source>1 inverter</source>
        <translation>1 台逆变器</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/project_tree.py" line="173"/>
        <source>{0} inverters</source>
        <translation>{0} 台逆变器</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/project_tree.py" line="185"/>
        <source>1 module</source>
        <translation>1 块组件</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/project_tree.py" line="185"/>
        <source>{0} modules</source>
        <translation>{0} 块组件</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/project_tree.py" line="195"/>
        <source>{0} m high</source>
        <translation>高 {0} m</translation>
    </message>
</context>
<context>
    <name>Properties</name>
    <message>
        <location filename="../../bipv_designer/ui/properties.py" line="60"/>
        <source>Select the site, a building or a surface.</source>
        <translation>请选择场址、建筑或表面。</translation>
    </message>
</context>
<context>
    <name>ReportJob</name>
    <message>
        <location filename="../../bipv_designer/ui/report_job.py" line="18"/>
        <source>Workbook (*.xlsx)</source>
        <translation>工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/report_job.py" line="19"/>
        <source>Hourly results and park balance (*.csv)</source>
        <translation>逐时结果与园区电量平衡 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/report_job.py" line="20"/>
        <source>Annual results (*.json)</source>
        <translation>年度结果 (*.json)</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/report_job.py" line="21"/>
        <source>Layout for CAD (*.dxf)</source>
        <translation>CAD 布置图 (*.dxf)</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/report_job.py" line="22"/>
        <source>Site plan picture (*.png *.svg)</source>
        <translation>总平面图图片 (*.png *.svg)</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/report_job.py" line="47"/>
        <source>Cancel report</source>
        <translation>取消报告</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/report_job.py" line="57"/>
        <source>Nothing to report</source>
        <translation>没有可生成报告的内容</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/report_job.py" line="63"/>
        <source>Write the report</source>
        <translation>生成报告</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/report_job.py" line="80"/>
        <source>Writing the report…</source>
        <translation>正在生成报告…</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/report_job.py" line="85"/>
        <source>Nothing to export</source>
        <translation>没有可导出的内容</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/report_job.py" line="91"/>
        <source>Export results</source>
        <translation>导出结果</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/report_job.py" line="98"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/report_job.py" line="104"/>
        <source>Report cancelled.</source>
        <translation>报告已取消。</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/report_job.py" line="110"/>
        <source>Simulate the project first (F5).</source>
        <translation>请先模拟项目 (F5)。</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/report_job.py" line="121"/>
        <source>Wrote {0}</source>
        <translation>已写入 {0}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/report_job.py" line="125"/>
        <source>Nothing written.</source>
        <translation>未写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/report_job.py" line="129"/>
        <source>Cannot write it</source>
        <translation>无法写入</translation>
    </message>
</context>
<context>
    <name>ReportPanel</name>
    <message>
        <location filename="../../bipv_designer/ui/panels/report_panel.py" line="44"/>
        <source>PNG or JPEG, beside the project file</source>
        <translation>PNG 或 JPEG，放在项目文件旁</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/report_panel.py" line="48"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/report_panel.py" line="54"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/report_panel.py" line="58"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/report_panel.py" line="62"/>
        <source>Prepared by</source>
        <translation>编制人</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/report_panel.py" line="66"/>
        <source>Logo</source>
        <translation>标志</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/report_panel.py" line="82"/>
        <source>Company logo</source>
        <translation>公司标志</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/report_panel.py" line="82"/>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>ResultsWorkspace</name>
    <message>
        <location filename="../../bipv_designer/ui/results_workspace.py" line="53"/>
        <source>Report (PDF)…</source>
        <translation>报告 (PDF)…</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/results_workspace.py" line="59"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/results_workspace.py" line="107"/>
        <source>Not simulated yet, or the project changed since: Simulate (F5).</source>
        <translation>尚未模拟，或项目已更改：请模拟 (F5)。</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/results_workspace.py" line="114"/>
        <source>Results of {0}</source>
        <translation>{0} 的结果</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/results_workspace.py" line="117"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/results_workspace.py" line="123"/>
        <source>Weather: {0}</source>
        <translation>气象：{0}</translation>
    </message>
</context>
<context>
    <name>SetbackDialog</name>
    <message>
        <location filename="../../bipv_designer/ui/setback_dialog.py" line="34"/>
        <source>Setback per edge</source>
        <translation>逐边退让距离</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/setback_dialog.py" line="40"/>
        <source>A setback for each edge</source>
        <translation>每条边的退让距离</translation>
    </message>
</context>
<context>
    <name>ShadingLegend</name>
    <message>
        <location filename="../../bipv_designer/ui/canvas/shading_colours.py" line="13"/>
        <source>under 1 %</source>
        <translation>低于 1 %</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/canvas/shading_colours.py" line="14"/>
        <source>1 to 3 %</source>
        <translation>1 % 至 3 %</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/canvas/shading_colours.py" line="15"/>
        <source>3 to 5 %</source>
        <translation>3 % 至 5 %</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/canvas/shading_colours.py" line="16"/>
        <source>5 to 10 %</source>
        <translation>5 % 至 10 %</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/canvas/shading_colours.py" line="17"/>
        <source>10 to 20 %</source>
        <translation>10 % 至 20 %</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/canvas/shading_colours.py" line="18"/>
        <source>20 % and more</source>
        <translation>20 % 及以上</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/canvas/shading_colours.py" line="36"/>
        <source>Annual beam shading loss</source>
        <translation>年直射遮挡损失</translation>
    </message>
</context>
<context>
    <name>ShadingMap</name>
    <message>
        <location filename="../../bipv_designer/ui/shading_map.py" line="81"/>
        <source>Computing the shading of every module…</source>
        <translation>正在计算每块组件的遮挡…</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/shading_map.py" line="104"/>
        <source>Shading colours up to date.</source>
        <translation>遮挡着色已更新。</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/shading_map.py" line="108"/>
        <source>No shading colours: {0}</source>
        <translation>无法显示遮挡着色：{0}</translation>
    </message>
</context>
<context>
    <name>SimulationRunner</name>
    <message>
        <location filename="../../bipv_designer/ui/simulation_runner.py" line="52"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/simulation_runner.py" line="81"/>
        <source>Simulating…</source>
        <translation>正在模拟…</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/simulation_runner.py" line="88"/>
        <source>Simulation cancelled.</source>
        <translation>模拟已取消。</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/simulation_runner.py" line="108"/>
        <source>The project changed while simulating; run again.</source>
        <translation>模拟期间项目已更改，请重新运行。</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/simulation_runner.py" line="113"/>
        <source>Simulated.</source>
        <translation>已模拟。</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/simulation_runner.py" line="117"/>
        <source>Simulation failed.</source>
        <translation>模拟失败。</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/simulation_runner.py" line="118"/>
        <source>Simulation failed</source>
        <translation>模拟失败</translation>
    </message>
</context>
<context>
    <name>SitePanel</name>
    <message>
        <location filename="../../bipv_designer/ui/panels/site_panel.py" line="69"/>
        <source>Type a station or city, e.g. Nanjing</source>
        <translation>输入气候站或城市，例如 南京</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/site_panel.py" line="84"/>
        <source>Typical year of the nearest station</source>
        <translation>最近气候站的典型年</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/site_panel.py" line="87"/>
        <source>Weather file…</source>
        <translation>气象文件…</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/site_panel.py" line="92"/>
        <source>Download from PVGIS (online)…</source>
        <translation>从 PVGIS 下载（联网）…</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/site_panel.py" line="102"/>
        <source>Compute the shade of buildings, parapets and roof objects</source>
        <translation>计算建筑、女儿墙与屋面设备的遮挡</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/site_panel.py" line="109"/>
        <source>Each module&apos;s shading over the year (sets the flat shading loss to 0)</source>
        <translation>逐块组件全年遮挡（固定遮挡损失设为 0）</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/site_panel.py" line="120"/>
        <source>Import horizon CSV…</source>
        <translation>导入地平线 CSV…</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/site_panel.py" line="121"/>
        <source>Horizon from PVGIS (online)…</source>
        <translation>从 PVGIS 获取地平线（联网）…</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/site_panel.py" line="122"/>
        <source>No horizon</source>
        <translation>无地平线</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/site_panel.py" line="142"/>
        <source>Where true north points on the plan, clockwise from up (0: north is up)</source>
        <translation>图上真北方向，自上方顺时针计（0：上方为北）</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/site_panel.py" line="150"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/site_panel.py" line="154"/>
        <source>Site name</source>
        <translation>场址名称</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/site_panel.py" line="157"/>
        <source>Find a place</source>
        <translation>查找地点</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/site_panel.py" line="161"/>
        <source>Station</source>
        <translation>气候站</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/site_panel.py" line="164"/>
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/site_panel.py" line="168"/>
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/site_panel.py" line="172"/>
        <source>Altitude</source>
        <translation>海拔</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/site_panel.py" line="176"/>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/site_panel.py" line="180"/>
        <source>Ground albedo</source>
        <translation>地面反射率</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/site_panel.py" line="184"/>
        <source>Plan north</source>
        <translation>图纸北向</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/site_panel.py" line="188"/>
        <source>Weather</source>
        <translation>气象</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/site_panel.py" line="192"/>
        <source>Near shading</source>
        <translation>近距离遮挡</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/site_panel.py" line="196"/>
        <source>Horizon</source>
        <translation>地平线</translation>
    </message>
</context>
<context>
    <name>StringPlanPanel</name>
    <message>
        <location filename="../../bipv_designer/ui/panels/string_plan_panel.py" line="61"/>
        <source>Plan strings automatically</source>
        <translation>自动规划组串</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/string_plan_panel.py" line="68"/>
        <source>Add a row</source>
        <translation>添加一行</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/string_plan_panel.py" line="71"/>
        <source>Remove the row</source>
        <translation>删除该行</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/string_plan_panel.py" line="75"/>
        <source>Clear the plan</source>
        <translation>清空方案</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/string_plan_panel.py" line="130"/>
        <source>No warnings: every module strung once, within limits.</source>
        <translation>无警告：每块组件均已接入一次，且在限值之内。</translation>
    </message>
</context>
<context>
    <name>SunPathDialog</name>
    <message>
        <location filename="../../bipv_designer/ui/sun_path_dialog.py" line="27"/>
        <source>{0}: sun paths, horizon and obstacles seen from the middle of its modules</source>
        <translation>{0}：从组件中心看到的太阳轨迹、地平线与障碍物</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/sun_path_dialog.py" line="34"/>
        <source>Sun path of {0}</source>
        <translation>{0} 的太阳轨迹</translation>
    </message>
</context>
<context>
    <name>SurfaceEditor</name>
    <message>
        <location filename="../../bipv_designer/ui/surface_editor.py" line="73"/>
        <source>Click a module to remove it, a dashed one to restore it; drag a box to toggle several. Wheel zooms, middle or right button pans. Undo works as everywhere.</source>
        <translation>单击组件将其移除，单击虚线组件将其恢复；拖出方框可一次切换多个。滚轮缩放，中键或右键平移。撤销照常可用。</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/surface_editor.py" line="79"/>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/surface_editor.py" line="120"/>
        <source>{0} on {1}</source>
        <translation>{1} 上的 {0}</translation>
    </message>
</context>
<context>
    <name>SurfacePanel</name>
    <message>
        <location filename="../../bipv_designer/ui/panels/surface_panel.py" line="66"/>
        <source>Exclude from layout and simulation</source>
        <translation>不参与布置与模拟</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/surface_panel.py" line="76"/>
        <source>Fill with modules</source>
        <translation>布置组件</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/surface_panel.py" line="82"/>
        <source>Layout of its modules…</source>
        <translation>组件布置…</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/surface_panel.py" line="88"/>
        <source>Sun path, horizon and obstacles…</source>
        <translation>太阳轨迹、地平线与障碍物…</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/surface_panel.py" line="93"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/surface_panel.py" line="96"/>
        <source>Mounting</source>
        <translation>安装方式</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/surface_panel.py" line="101"/>
        <source>Tilt / azimuth</source>
        <translation>倾角 / 方位角</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/surface_panel.py" line="105"/>
        <source>Area</source>
        <translation>面积</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/surface_panel.py" line="108"/>
        <source>Openings</source>
        <translation>门窗洞口</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/surface_panel.py" line="113"/>
        <source>Overhangs and fins</source>
        <translation>遮阳板与翼板</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/surface_panel.py" line="118"/>
        <source>Modules</source>
        <translation>组件</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/surface_panel.py" line="157"/>
        <source>{0} in &apos;{1}&apos;</source>
        <translation>{0} 块，位于“{1}”</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/surface_panel.py" line="159"/>
        <source>none yet</source>
        <translation>尚无</translation>
    </message>
</context>
<context>
    <name>SurfaceTable</name>
    <message>
        <location filename="../../bipv_designer/ui/results_table.py" line="10"/>
        <source>Surface</source>
        <translation>表面</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/results_table.py" line="11"/>
        <source>kWp</source>
        <translation>kWp</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/results_table.py" line="12"/>
        <source>kWh/yr</source>
        <translation>kWh/年</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/results_table.py" line="13"/>
        <source>kWh/kWp</source>
        <translation>kWh/kWp</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/results_table.py" line="14"/>
        <source>PR</source>
        <translation>系统效率 PR</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/results_table.py" line="15"/>
        <source>Shading</source>
        <translation>遮挡</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/results_table.py" line="16"/>
        <source>POA kWh/m²</source>
        <translation>倾斜面辐照量 kWh/m²</translation>
    </message>
</context>
<context>
    <name>TouEditor</name>
    <message>
        <location filename="../../bipv_designer/ui/panels/tou_editor.py" line="46"/>
        <source>Add period</source>
        <translation>添加时段</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/tou_editor.py" line="48"/>
        <source>Add band</source>
        <translation>添加电价段</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <location filename="../../bipv_designer/ui/help.py" line="19"/>
        <source>BIPV Designer — user guide</source>
        <translation>BIPV Designer — 用户指南</translation>
    </message>
</context>
<context>
    <name>View3DPanel</name>
    <message>
        <location filename="../../bipv_designer/ui/view3d.py" line="255"/>
        <source>Sun at (local time)</source>
        <translation>太阳时刻（当地时间）</translation>
    </message>
</context>
<context>
    <name>WeatherActions</name>
    <message>
        <location filename="../../bipv_designer/ui/weather_actions.py" line="64"/>
        <source>Weather file</source>
        <translation>气象文件</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/weather_actions.py" line="74"/>
        <source>Cannot use this weather file</source>
        <translation>无法使用此气象文件</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/weather_actions.py" line="87"/>
        <source>Checks of {0}</source>
        <translation>{0} 的检查</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/weather_actions.py" line="92"/>
        <source>Use GHI only?</source>
        <translation>仅使用 GHI？</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/weather_actions.py" line="94"/>
        <source>The DNI and DHI of {0} do not add up to its GHI. Use only its GHI and split it with the DIRINT model?</source>
        <translation>{0} 的 DNI 与 DHI 之和与 GHI 不一致。是否仅使用 GHI 并用 DIRINT 模型分解？</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/weather_actions.py" line="112"/>
        <source>Downloading the PVGIS typical year…</source>
        <translation>正在下载 PVGIS 典型年…</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/weather_actions.py" line="121"/>
        <source>Horizon profile</source>
        <translation>地平线轮廓</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/weather_actions.py" line="129"/>
        <source>Cannot use this horizon</source>
        <translation>无法使用此地平线</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/weather_actions.py" line="142"/>
        <source>Downloading the horizon from PVGIS…</source>
        <translation>正在从 PVGIS 下载地平线…</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/weather_actions.py" line="156"/>
        <source>Downloaded.</source>
        <translation>已下载。</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/weather_actions.py" line="159"/>
        <source>Download failed</source>
        <translation>下载失败</translation>
    </message>
</context>
<context>
    <name>WeatherDistance</name>
    <message>
        <location filename="../../bipv_designer/ui/weather_distance.py" line="30"/>
        <source>Weather far from the site</source>
        <translation>气象数据距场址较远</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/weather_distance.py" line="31"/>
        <source>The weather ({0}) comes from {1:,.0f} km away from the site &apos;{2}&apos; (more than {3:.0f} km): its sun and temperatures may be quite different. Choose weather for the site in Site ▸ Weather, or simulate with this weather anyway?</source>
        <translation>气象数据（{0}）来自距场址“{2}”{1:,.0f} km 处（超过 {3:.0f} km）：其日照和气温可能差异较大。请在“场址 ▸ 气象”中为场址选择气象数据，或仍用此气象数据模拟？</translation>
    </message>
</context>
</TS>
