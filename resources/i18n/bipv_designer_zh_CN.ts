<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>About</name>
    <message>
        <location filename="../../bipv_designer/ui/help.py" line="46"/>
        <source>About BIPV Designer</source>
        <translation>关于 BIPV Designer</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/help.py" line="47"/>
        <source>&lt;b&gt;BIPV Designer&lt;/b&gt; {0}&lt;br&gt;Photovoltaics on factory roofs and facades, set against the park&apos;s load.&lt;br&gt;&lt;br&gt;Irradiance and yield: pvlib {1} (BSD-3-Clause).&lt;br&gt;Geometry: shapely. Interface: Qt for Python (PySide6, LGPL).</source>
        <translation>&lt;b&gt;BIPV Designer&lt;/b&gt; {0}&lt;br&gt;工厂屋面与立面光伏设计，并与园区负荷对照。&lt;br&gt;&lt;br&gt;辐照与发电量：pvlib {1}（BSD-3-Clause）。&lt;br&gt;几何：shapely。界面：Qt for Python（PySide6，LGPL）。</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../bipv_designer/ui/actions.py" line="35"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/actions.py" line="37"/>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/actions.py" line="38"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/actions.py" line="40"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/actions.py" line="41"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/actions.py" line="44"/>
        <source>&amp;Import background image…</source>
        <translation>导入底图(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/actions.py" line="46"/>
        <source>&amp;Report (PDF)…</source>
        <translation>报告 (PDF)(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/actions.py" line="47"/>
        <source>&amp;Export results…</source>
        <translation>导出结果(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/actions.py" line="49"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/actions.py" line="54"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/actions.py" line="59"/>
        <source>R&amp;otate 90°</source>
        <translation>旋转 90°(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/actions.py" line="60"/>
        <source>D&amp;uplicate</source>
        <translation>复制(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/actions.py" line="61"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/actions.py" line="62"/>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/actions.py" line="65"/>
        <source>&amp;Fill every roof with modules…</source>
        <translation>为所有屋面布置组件(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/actions.py" line="71"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/actions.py" line="73"/>
        <source>Site &amp;plan</source>
        <translation>总平面图(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/actions.py" line="74"/>
        <source>&amp;Results</source>
        <translation>结果(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/actions.py" line="75"/>
        <source>&amp;Fit the park</source>
        <translation>显示整个园区(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/actions.py" line="79"/>
        <source>&amp;Shading colours</source>
        <translation>遮挡着色(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/actions.py" line="85"/>
        <source>&amp;Draw</source>
        <translation>绘制(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/actions.py" line="88"/>
        <location filename="../../bipv_designer/ui/actions.py" line="89"/>
        <source>&amp;Simulate</source>
        <translation>模拟(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/actions.py" line="93"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/actions.py" line="95"/>
        <source>&amp;User guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/actions.py" line="96"/>
        <source>&amp;About BIPV Designer</source>
        <translation>关于 BIPV Designer(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/actions.py" line="104"/>
        <source>Select</source>
        <translation>选择</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/actions.py" line="105"/>
        <source>Rectangle building</source>
        <translation>矩形建筑</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/actions.py" line="106"/>
        <source>Polygon building</source>
        <translation>多边形建筑</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/actions.py" line="107"/>
        <source>Keep-out rectangle</source>
        <translation>矩形禁止布置区</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/actions.py" line="108"/>
        <source>Keep-out circle</source>
        <translation>圆形禁止布置区</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/actions.py" line="109"/>
        <source>Keep-out polygon</source>
        <translation>多边形禁止布置区</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/actions.py" line="110"/>
        <source>Tree</source>
        <translation>树木</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/actions.py" line="111"/>
        <source>Neighbouring building</source>
        <translation>相邻建筑</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/actions.py" line="112"/>
        <source>Tank or chimney</source>
        <translation>水箱或烟囱</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/actions.py" line="113"/>
        <source>Measure</source>
        <translation>测量</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/actions.py" line="114"/>
        <source>Scale background</source>
        <translation>底图比例</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/actions.py" line="139"/>
        <source>Tools</source>
        <translation>工具</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/actions.py" line="146"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/actions.py" line="185"/>
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
        <location filename="../../bipv_designer/ui/panels/background_panel.py" line="46"/>
        <source>Locked (not moved by clicks on the plan)</source>
        <translation>锁定（在图上单击不会移动）</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/background_panel.py" line="52"/>
        <source>Set scale by two clicks…</source>
        <translation>两次单击设置比例…</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/background_panel.py" line="58"/>
        <source>Remove the image</source>
        <translation>移除图像</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/background_panel.py" line="62"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/background_panel.py" line="66"/>
        <source>Scale</source>
        <translation>比例</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/background_panel.py" line="70"/>
        <source>Opacity</source>
        <translation>不透明度</translation>
    </message>
</context>
<context>
    <name>BuildingPanel</name>
    <message>
        <location filename="../../bipv_designer/ui/panels/building_panel.py" line="23"/>
        <source>Faces (azimuth)</source>
        <translation>朝向（方位角）</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/building_panel.py" line="24"/>
        <source>Ridge azimuth</source>
        <translation>屋脊方位角</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/building_panel.py" line="25"/>
        <source>Glazing faces</source>
        <translation>采光面朝向</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/building_panel.py" line="54"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/building_panel.py" line="59"/>
        <source>Height (eaves)</source>
        <translation>檐口高度</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/building_panel.py" line="64"/>
        <source>Roof</source>
        <translation>屋面</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/building_panel.py" line="68"/>
        <source>Slope</source>
        <translation>坡度</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/building_panel.py" line="72"/>
        <location filename="../../bipv_designer/ui/panels/building_panel.py" line="157"/>
        <source>Direction</source>
        <translation>朝向</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/building_panel.py" line="76"/>
        <source>Parapet</source>
        <translation>女儿墙</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/building_panel.py" line="80"/>
        <source>Tooth width</source>
        <translation>锯齿宽度</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/building_panel.py" line="87"/>
        <source>unknown</source>
        <translation>未知</translation>
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
    <name>Carbon</name>
    <message>
        <location filename="../../bipv_designer/carbon/accounting.py" line="132"/>
        <source>no official threshold below 200,000 tce; 0.2 used for the gap</source>
        <translation>年综合能耗 20 万吨标准煤以下的园区无官方限值；按 0.2 计算差距</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/carbon/factors.py" line="53"/>
        <source>custom value</source>
        <translation>自定义值</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/carbon/factors.py" line="53"/>
        <source>typed by the user</source>
        <translation>用户输入</translation>
    </message>
</context>
<context>
    <name>CatalogueDialog</name>
    <message>
        <location filename="../../bipv_designer/ui/catalogue_dialog.py" line="31"/>
        <source>Module from the CEC library</source>
        <translation>从 CEC 库选择组件</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/catalogue_dialog.py" line="38"/>
        <source>Inverter from the CEC library</source>
        <translation>从 CEC 库选择逆变器</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/catalogue_dialog.py" line="59"/>
        <source>maker or model, e.g. SMA, Jinko</source>
        <translation>厂商或型号，例如 SMA、晶科</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/catalogue_dialog.py" line="69"/>
        <source>Building-integrated only</source>
        <translation>仅建筑一体化产品</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/catalogue_dialog.py" line="77"/>
        <source>Name has</source>
        <translation>名称包含</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/catalogue_dialog.py" line="82"/>
        <source>Power from</source>
        <translation>功率下限</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/catalogue_dialog.py" line="88"/>
        <source>Power up to</source>
        <translation>功率上限</translation>
    </message>
</context>
<context>
    <name>ChartTabs</name>
    <message>
        <location filename="../../bipv_designer/ui/results_charts.py" line="53"/>
        <source>Monthly energy</source>
        <translation>逐月发电量</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/results_charts.py" line="57"/>
        <source>Loss diagram</source>
        <translation>损失图</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/results_charts.py" line="61"/>
        <source>Typical days</source>
        <translation>典型日</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/results_charts.py" line="65"/>
        <source>Year by hour</source>
        <translation>全年逐时</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/results_charts.py" line="72"/>
        <source>Energy flows</source>
        <translation>能量流向</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/results_charts.py" line="76"/>
        <source>Typical weeks</source>
        <translation>典型周</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/results_charts.py" line="80"/>
        <source>Net load</source>
        <translation>净负荷</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/results_charts.py" line="87"/>
        <source>Cash flows</source>
        <translation>现金流</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/results_charts.py" line="91"/>
        <source>NPV sensitivity</source>
        <translation>净现值敏感性</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/results_charts.py" line="97"/>
        <source>CO2 over the life</source>
        <translation>全生命周期碳减排</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../../bipv_designer/report/charts_energy.py" line="13"/>
        <location filename="../../bipv_designer/report/charts_results.py" line="96"/>
        <location filename="../../bipv_designer/report/charts_results.py" line="199"/>
        <source>PV</source>
        <translation>光伏</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/charts_energy.py" line="14"/>
        <location filename="../../bipv_designer/report/charts_results.py" line="97"/>
        <location filename="../../bipv_designer/report/charts_results.py" line="200"/>
        <source>Load</source>
        <translation>负荷</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/charts_energy.py" line="15"/>
        <source>Import</source>
        <translation>下网</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/charts_energy.py" line="16"/>
        <source>Export</source>
        <translation>上网</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/charts_energy.py" line="17"/>
        <source>Battery out</source>
        <translation>储能放电</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/charts_energy.py" line="20"/>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/charts_energy.py" line="21"/>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/charts_energy.py" line="22"/>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/charts_energy.py" line="23"/>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/charts_energy.py" line="24"/>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/charts_energy.py" line="25"/>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/charts_energy.py" line="26"/>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/charts_energy.py" line="51"/>
        <source>A typical week of each month (mean power by hour of the week)</source>
        <translation>各月典型周（按一周各小时的平均功率）</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/charts_energy.py" line="73"/>
        <location filename="../../bipv_designer/report/charts_results.py" line="128"/>
        <source>day of the year</source>
        <translation>年内日序</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/charts_energy.py" line="74"/>
        <location filename="../../bipv_designer/report/charts_results.py" line="106"/>
        <location filename="../../bipv_designer/report/charts_results.py" line="129"/>
        <source>hour</source>
        <translation>小时</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/charts_energy.py" line="75"/>
        <source>net load [kW] (blue: PV surplus)</source>
        <translation>净负荷 [kW]（蓝色：光伏富余）</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/charts_energy.py" line="76"/>
        <source>Net load: load minus PV</source>
        <translation>净负荷：负荷减光伏</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/charts_money.py" line="13"/>
        <source>price</source>
        <translation>电价</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/charts_money.py" line="14"/>
        <source>yield</source>
        <translation>发电量</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/charts_money.py" line="15"/>
        <source>cost</source>
        <translation>造价</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/charts_money.py" line="30"/>
        <source>net per year</source>
        <translation>年净现金流</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/charts_money.py" line="33"/>
        <location filename="../../bipv_designer/report/charts_results.py" line="251"/>
        <source>cumulative</source>
        <translation>累计</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/charts_money.py" line="36"/>
        <location filename="../../bipv_designer/report/charts_results.py" line="253"/>
        <source>year</source>
        <translation>年</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/charts_money.py" line="39"/>
        <source>Cash flows over the life</source>
        <translation>全寿命期现金流</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/charts_money.py" line="61"/>
        <source>NPV with each input 20 % lower or higher</source>
        <translation>各输入降低或提高 20 % 时的净现值（NPV）</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/charts_results.py" line="19"/>
        <source>Jan</source>
        <translation>1月</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/charts_results.py" line="20"/>
        <source>Feb</source>
        <translation>2月</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/charts_results.py" line="21"/>
        <source>Mar</source>
        <translation>3月</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/charts_results.py" line="22"/>
        <source>Apr</source>
        <translation>4月</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/charts_results.py" line="23"/>
        <source>May</source>
        <translation>5月</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/charts_results.py" line="24"/>
        <source>Jun</source>
        <translation>6月</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/charts_results.py" line="25"/>
        <source>Jul</source>
        <translation>7月</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/charts_results.py" line="26"/>
        <source>Aug</source>
        <translation>8月</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/charts_results.py" line="27"/>
        <source>Sep</source>
        <translation>9月</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/charts_results.py" line="28"/>
        <source>Oct</source>
        <translation>10月</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/charts_results.py" line="29"/>
        <source>Nov</source>
        <translation>11月</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/charts_results.py" line="30"/>
        <source>Dec</source>
        <translation>12月</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/charts_results.py" line="70"/>
        <source>Park load</source>
        <translation>园区负荷</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/charts_results.py" line="74"/>
        <source>Monthly energy by surface</source>
        <translation>各安装面月发电量</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/charts_results.py" line="110"/>
        <source>A typical day: mean power by hour</source>
        <translation>典型日：逐时平均功率</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/charts_results.py" line="130"/>
        <source>PV AC power [kW]</source>
        <translation>光伏交流功率 [kW]</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/charts_results.py" line="131"/>
        <source>The year&apos;s PV power, day by hour</source>
        <translation>全年光伏功率（逐日逐时）</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/charts_results.py" line="156"/>
        <location filename="../../bipv_designer/report/charts_results.py" line="230"/>
        <source>MWh per year</source>
        <translation>MWh/年</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/charts_results.py" line="158"/>
        <source>From sunlight to the meter: {energy:,.0f} MWh AC ({share:.1f} % of the horizontal irradiation)</source>
        <translation>从太阳辐照到电表：交流 {energy:,.0f} MWh（水平面总辐照量的 {share:.1f} %）</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/charts_results.py" line="190"/>
        <source>used on site</source>
        <translation>自发自用</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/charts_results.py" line="191"/>
        <source>through the battery</source>
        <translation>经储能</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/charts_results.py" line="192"/>
        <source>exported</source>
        <translation>余电上网</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/charts_results.py" line="193"/>
        <source>curtailed</source>
        <translation>弃光</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/charts_results.py" line="194"/>
        <source>from the grid</source>
        <translation>电网下网</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/charts_results.py" line="231"/>
        <source>Energy flows: the PV&apos;s energy and the load&apos;s supply</source>
        <translation>能量流向：光伏电量去向与负荷供电来源</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/charts_results.py" line="244"/>
        <source>each year</source>
        <translation>逐年</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/charts_results.py" line="254"/>
        <source>t CO2 per year</source>
        <translation>每年 t CO2</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/charts_results.py" line="255"/>
        <source>t CO2 cumulative</source>
        <translation>累计 t CO2</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/charts_results.py" line="256"/>
        <source>CO2 avoided: {tonnes:,.0f} t over {years} years ({factor:.4f} kg/kWh, {label})</source>
        <translation>碳减排量：{years} 年共 {tonnes:,.0f} t（{factor:.4f} kg/kWh，{label}）</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/charts_shading.py" line="16"/>
        <source>21 Dec</source>
        <translation>12月21日</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/charts_shading.py" line="17"/>
        <source>21 Jan / Nov</source>
        <translation>1月/11月21日</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/charts_shading.py" line="18"/>
        <source>21 Feb / Oct</source>
        <translation>2月/10月21日</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/charts_shading.py" line="19"/>
        <source>21 Mar / Sep</source>
        <translation>3月/9月21日</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/charts_shading.py" line="20"/>
        <source>21 Apr / Aug</source>
        <translation>4月/8月21日</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/charts_shading.py" line="21"/>
        <source>21 May / Jul</source>
        <translation>5月/7月21日</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/charts_shading.py" line="22"/>
        <source>21 Jun</source>
        <translation>6月21日</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/charts_shading.py" line="26"/>
        <source>N</source>
        <translation>北</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/charts_shading.py" line="27"/>
        <source>NE</source>
        <translation>东北</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/charts_shading.py" line="28"/>
        <source>E</source>
        <translation>东</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/charts_shading.py" line="29"/>
        <source>SE</source>
        <translation>东南</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/charts_shading.py" line="30"/>
        <source>S</source>
        <translation>南</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/charts_shading.py" line="31"/>
        <source>SW</source>
        <translation>西南</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/charts_shading.py" line="32"/>
        <source>W</source>
        <translation>西</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/charts_shading.py" line="33"/>
        <source>NW</source>
        <translation>西北</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/charts_shading.py" line="56"/>
        <source>Far horizon</source>
        <translation>远方地平线</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/charts_shading.py" line="63"/>
        <source>Park obstacles</source>
        <translation>园区障碍物</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/charts_shading.py" line="100"/>
        <source>Azimuth</source>
        <translation>方位角</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/charts_shading.py" line="101"/>
        <source>Elevation [°]</source>
        <translation>高度角 [°]</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/charts_shading.py" line="102"/>
        <source>Sun paths, horizon and obstacles</source>
        <translation>太阳轨迹、地平线与障碍物</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/plan_figures.py" line="94"/>
        <source>x (east) [m]</source>
        <translation>x（东）[m]</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/plan_figures.py" line="95"/>
        <source>y (north) [m]</source>
        <translation>y（北）[m]</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/plan_figures.py" line="96"/>
        <source>Site plan</source>
        <translation>总平面图</translation>
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
    <name>DesignTemperatures</name>
    <message>
        <location filename="../../bipv_designer/ui/design_temperatures.py" line="38"/>
        <source>no weather for the design temperatures: {0}</source>
        <translation>没有可用于设计温度的气象数据：{0}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/design_temperatures.py" line="41"/>
        <source>Cells {0} °C (coldest sunny hour) to {1} °C (hottest hour, in the sun)</source>
        <translation>电池温度 {0} °C（最冷的有日照小时）至 {1} °C（最热小时，日照下）</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <location filename="../../bipv_designer/edits/arrays.py" line="45"/>
        <source>Fill &apos;{name}&apos; with modules</source>
        <translation>为“{name}”布置组件</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/edits/arrays.py" line="55"/>
        <source>Every roof already has modules (or is excluded).</source>
        <translation>所有屋面都已布置组件（或已排除）。</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/edits/arrays.py" line="58"/>
        <source>&apos;{name}&apos; ({share:.0f} % of the horizontal&apos;s sun)</source>
        <translation>“{name}”（水平面日照的 {share:.0f} %）</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/edits/arrays.py" line="65"/>
        <source>No empty roof gets {share:.0f} % of the horizontal&apos;s sun: {roofs}</source>
        <translation>没有空屋面达到水平面日照的 {share:.0f} %：{roofs}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/edits/arrays.py" line="72"/>
        <source>Fill 1 roof with modules</source>
        <translation>为 1 个屋面布置组件</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/edits/arrays.py" line="74"/>
        <source>Fill {count} roofs with modules</source>
        <translation>为 {count} 个屋面布置组件</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/edits/arrays.py" line="84"/>
        <source>Remove the modules of &apos;{name}&apos;</source>
        <translation>删除“{name}”的组件</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/edits/arrays.py" line="106"/>
        <source>Change the layout of &apos;{name}&apos;</source>
        <translation>修改“{name}”的布置</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/edits/arrays.py" line="114"/>
        <source>Use {module} on &apos;{name}&apos;</source>
        <translation>在“{name}”上使用 {module}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/edits/arrays.py" line="126"/>
        <source>Change the setback of &apos;{name}&apos;</source>
        <translation>修改“{name}”的退让距离</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/edits/arrays.py" line="138"/>
        <source>Remove or restore 1 module of &apos;{name}&apos;</source>
        <translation>删除或恢复“{name}”的 1 块组件</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/edits/arrays.py" line="140"/>
        <source>Remove or restore {count} modules of &apos;{name}&apos;</source>
        <translation>删除或恢复“{name}”的 {count} 块组件</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/edits/arrays.py" line="149"/>
        <source>Choose the inverters of &apos;{name}&apos;</source>
        <translation>选择“{name}”的逆变器</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/edits/arrays.py" line="159"/>
        <source>No array has a chosen inverter and a module with a datasheet.{reasons}</source>
        <translation>没有方阵同时具备已选逆变器和带规格书参数的组件。{reasons}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/edits/arrays.py" line="163"/>
        <source>Plan the strings</source>
        <translation>规划组串</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/edits/arrays.py" line="169"/>
        <source>Change the string plan</source>
        <translation>修改组串方案</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/edits/buildings.py" line="60"/>
        <source>Draw building &apos;{name}&apos;</source>
        <translation>绘制建筑“{name}”</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/edits/buildings.py" line="70"/>
        <source>Move building &apos;{name}&apos;</source>
        <translation>移动建筑“{name}”</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/edits/buildings.py" line="80"/>
        <source>Move a corner of &apos;{name}&apos;</source>
        <translation>移动“{name}”的一个角点</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/edits/buildings.py" line="92"/>
        <source>Add a corner to &apos;{name}&apos;</source>
        <translation>为“{name}”添加角点</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/edits/buildings.py" line="104"/>
        <source>Delete a corner of &apos;{name}&apos;</source>
        <translation>删除“{name}”的一个角点</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/edits/buildings.py" line="115"/>
        <source>Rotate building &apos;{name}&apos;</source>
        <translation>旋转建筑“{name}”</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/edits/buildings.py" line="134"/>
        <source>Duplicate building &apos;{name}&apos;</source>
        <translation>复制建筑“{name}”</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/edits/buildings.py" line="144"/>
        <source>Delete building &apos;{name}&apos;</source>
        <translation>删除建筑“{name}”</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/edits/buildings.py" line="146"/>
        <source>Delete {count} buildings</source>
        <translation>删除 {count} 栋建筑</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/edits/buildings.py" line="167"/>
        <source>Change the roof load capacity of &apos;{name}&apos;</source>
        <translation>修改“{name}”的屋面承载能力</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/edits/buildings.py" line="185"/>
        <source>Change name of &apos;{name}&apos;</source>
        <translation>修改“{name}”的名称</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/edits/buildings.py" line="187"/>
        <source>Change height of &apos;{name}&apos;</source>
        <translation>修改“{name}”的高度</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/edits/buildings.py" line="189"/>
        <source>Change roof type of &apos;{name}&apos;</source>
        <translation>修改“{name}”的屋面类型</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/edits/buildings.py" line="190"/>
        <source>Change roof of &apos;{name}&apos;</source>
        <translation>修改“{name}”的屋面</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/edits/obstacles.py" line="46"/>
        <source>Draw keep-outs on a roof: no roof under that point.</source>
        <translation>禁止布置区须画在屋面上：该点下方没有屋面。</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/edits/obstacles.py" line="58"/>
        <source>Add keep-out &apos;{name}&apos; on &apos;{surface}&apos;</source>
        <translation>在“{surface}”上添加禁止布置区“{name}”</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/edits/obstacles.py" line="69"/>
        <source>Change keep-out &apos;{name}&apos;</source>
        <translation>修改禁止布置区“{name}”</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/edits/obstacles.py" line="78"/>
        <source>Delete keep-out &apos;{name}&apos;</source>
        <translation>删除禁止布置区“{name}”</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/edits/obstacles.py" line="93"/>
        <source>Move keep-out &apos;{name}&apos;</source>
        <translation>移动禁止布置区“{name}”</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/edits/obstacles.py" line="111"/>
        <source>Add an overhang or fin to &apos;{name}&apos;</source>
        <translation>为“{name}”添加遮阳板或翼板</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/edits/obstacles.py" line="113"/>
        <source>Remove overhangs or fins from &apos;{name}&apos;</source>
        <translation>删除“{name}”的遮阳板或翼板</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/edits/obstacles.py" line="115"/>
        <source>Change an overhang or fin of &apos;{name}&apos;</source>
        <translation>修改“{name}”的遮阳板或翼板</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/edits/obstacles.py" line="124"/>
        <source>Add an opening to &apos;{name}&apos;</source>
        <translation>为“{name}”添加门窗洞口</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/edits/obstacles.py" line="126"/>
        <source>Remove openings from &apos;{name}&apos;</source>
        <translation>删除“{name}”的门窗洞口</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/edits/obstacles.py" line="128"/>
        <source>Change an opening of &apos;{name}&apos;</source>
        <translation>修改“{name}”的门窗洞口</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/edits/settings.py" line="31"/>
        <source>project name: expected some text, got an empty name</source>
        <translation>项目名称：不能为空</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/edits/settings.py" line="34"/>
        <source>Rename the project to &apos;{name}&apos;</source>
        <translation>将项目重命名为“{name}”</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/edits/settings.py" line="40"/>
        <source>Change the site</source>
        <translation>修改场址</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/edits/settings.py" line="49"/>
        <source>Compute near shading</source>
        <translation>计算近距离遮挡</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/edits/settings.py" line="49"/>
        <source>Stop computing near shading</source>
        <translation>停止计算近距离遮挡</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/edits/settings.py" line="56"/>
        <source>Change the report&apos;s details</source>
        <translation>修改报告信息</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/edits/settings.py" line="61"/>
        <source>Change the weather</source>
        <translation>修改气象数据</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/edits/settings.py" line="77"/>
        <source>Remove background image</source>
        <translation>删除底图</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/edits/settings.py" line="85"/>
        <source>Move background image</source>
        <translation>移动底图</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/edits/settings.py" line="93"/>
        <source>Scale background image</source>
        <translation>设定底图比例</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/edits/settings.py" line="98"/>
        <source>Change the load</source>
        <translation>修改负荷</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/edits/settings.py" line="108"/>
        <source>Import meter &apos;{name}&apos;</source>
        <translation>导入电表“{name}”</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/edits/settings.py" line="114"/>
        <source>Change the tariff or costs</source>
        <translation>修改电价或造价</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/edits/settings.py" line="119"/>
        <source>Change the carbon settings</source>
        <translation>修改碳排放设置</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/edits/settings.py" line="124"/>
        <source>the project has no background image</source>
        <translation>项目没有底图</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/edits/site_obstacles.py" line="62"/>
        <source>Add {name}</source>
        <translation>添加{name}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/edits/site_obstacles.py" line="73"/>
        <source>Change {name}</source>
        <translation>修改{name}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/edits/site_obstacles.py" line="84"/>
        <source>Move {name}</source>
        <translation>移动{name}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/edits/site_obstacles.py" line="94"/>
        <source>Delete {name}</source>
        <translation>删除{name}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../bipv_designer/ui/errors.py" line="32"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/components/bundled.py" line="40"/>
        <source>{path}: datasheet of {datasheet} given for module {module}</source>
        <translation>{path}：为组件 {module} 给出了 {datasheet} 的规格书参数</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/components/bundled.py" line="59"/>
        <source>no module {module} in the bundled library; known: {known}</source>
        <translation>内置组件库中没有组件 {module}；现有：{known}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/components/catalogue.py" line="111"/>
        <location filename="../../bipv_designer/components/library.py" line="63"/>
        <source>no module {name} in pvlib&apos;s CEC table</source>
        <translation>pvlib 的 CEC 组件库中没有组件 {name}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/components/catalogue.py" line="136"/>
        <source>no inverter {name} in pvlib&apos;s CEC table</source>
        <translation>pvlib 的 CEC 逆变器库中没有逆变器 {name}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/components/datasheets.py" line="120"/>
        <source>module {module}: no single-diode parameters reproduce the datasheet (Voc {voc:g} V, Isc {isc:g} A, Vmp {vmp:g} V, Imp {imp:g} A, {cells} cells); use the PVWatts model</source>
        <translation>组件 {module}：找不到能复现规格书参数的单二极管参数（Voc {voc:g} V，Isc {isc:g} A，Vmp {vmp:g} V，Imp {imp:g} A，{cells} 片电池）；请改用 PVWatts 模型</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/components/inverters.py" line="29"/>
        <source>generic inverter: expected an AC rating &gt; 0 W, got {power:g}</source>
        <translation>通用逆变器：交流额定功率应大于 0 W，实际为 {power:g}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/components/library.py" line="39"/>
        <source>no generic module {module}; known: {known}</source>
        <translation>没有通用组件 {module}；现有：{known}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/components/panond.py" line="56"/>
        <source>{where}: muVocSpec is 0; expected the Voc temperature coefficient in mV/K</source>
        <translation>{where}：muVocSpec 为 0；应为 Voc 温度系数（mV/K）</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/components/panond.py" line="133"/>
        <source>{path}: cannot read as a PVsyst file ({error})</source>
        <translation>{path}：无法按 PVsyst 文件读取（{error}）</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/components/panond.py" line="143"/>
        <source>{where}: expected a {key} section</source>
        <translation>{where}：应有 {key} 段</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/components/panond.py" line="152"/>
        <source>{where}: expected a number for {key}, got {value}</source>
        <translation>{where}：{key} 应为数值，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/energy/balance.py" line="120"/>
        <source>balance: PV meters {pv} and load meters {load} must match, on the same intervals</source>
        <translation>电量平衡：光伏电表 {pv} 与负荷电表 {load} 必须一一对应，且时间间隔相同</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/energy/balance.py" line="127"/>
        <source>export limit: expected &gt;= 0 kW, got {limit}</source>
        <translation>上网功率限值：应 ≥ 0 kW，实际为 {limit}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/energy/calendar.py" line="49"/>
        <source>public holidays of {year}: not in resources/holidays/china.json (it has {years}); add them or switch holidays off</source>
        <translation>{year} 年的法定节假日：resources/holidays/china.json 中没有（现有 {years}）；请补充或关闭节假日</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/energy/load_file.py" line="68"/>
        <source>{name}: the file is empty; expected a meter export</source>
        <translation>{name}：文件为空；应为电表导出数据</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/energy/load_file.py" line="76"/>
        <source>{name}: the header row {row} is past the end of the file ({lines} lines)</source>
        <translation>{name}：表头行 {row} 超出文件末尾（共 {lines} 行）</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/energy/load_file.py" line="87"/>
        <source>{path}: no such load file</source>
        <translation>{path}：负荷文件不存在</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/energy/load_file.py" line="90"/>
        <source>{name}: nothing from row {row} on; the header row is past the end of the file</source>
        <translation>{name}：第 {row} 行之后没有内容；表头行超出文件末尾</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/energy/load_file.py" line="97"/>
        <source>{name}: not a readable CSV or XLSX table ({error})</source>
        <translation>{name}：不是可读取的 CSV 或 XLSX 表格（{error}）</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/energy/load_file.py" line="118"/>
        <source>{name}: no column {column}; the header has {columns}</source>
        <translation>{name}：没有列 {column}；表头包含 {columns}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/energy/load_file.py" line="124"/>
        <source>unit: expected &apos;kW&apos; or &apos;kWh&apos;, got {unit}</source>
        <translation>单位：应为 &apos;kW&apos; 或 &apos;kWh&apos;，实际为 {unit}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/energy/load_file.py" line="143"/>
        <source>{name} line {line}, column {column}: {cell} is not a number ({count} such cells)</source>
        <translation>{name} 第 {line} 行，{column} 列：{cell} 不是数值（共 {count} 个此类单元格）</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/energy/load_file.py" line="164"/>
        <source>{name} line {line}, column {column}: {cell} is not a time stamp in the format {format}</source>
        <translation>{name} 第 {line} 行，{column} 列：{cell} 不是格式为 {format} 的时间戳</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/energy/load_file.py" line="170"/>
        <source>{name} line {line}, column {column}: {cell} is not a time stamp</source>
        <translation>{name} 第 {line} 行，{column} 列：{cell} 不是时间戳</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/energy/load_file.py" line="197"/>
        <source>{name}: time zone {timezone}; expected an IANA name such as &apos;Asia/Shanghai&apos;</source>
        <translation>{name}：时区 {timezone}；应为 IANA 时区名称（如 &apos;Asia/Shanghai&apos;）</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/energy/load_file.py" line="225"/>
        <source>{name}: fewer than 2 records</source>
        <translation>{name}：记录少于 2 条</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/energy/load_file.py" line="229"/>
        <source>{name}: records every {interval}; expected 5, 15, 30 or 60 minutes</source>
        <translation>{name}：记录间隔为 {interval}；应为 5、15、30 或 60 分钟</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/energy/load_file.py" line="241"/>
        <source>{name}: {count} duplicated time stamps, first {first}; choose to keep the first or average them</source>
        <translation>{name}：{count} 个重复时间戳，首个为 {first}；请选择保留第一个或取平均值</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/energy/load_file.py" line="257"/>
        <source>{name}: {count} stamps off the {interval} grid, first {first}</source>
        <translation>{name}：{count} 个时间戳不在 {interval} 的时间网格上，首个为 {first}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/energy/load_file.py" line="270"/>
        <source>{name}: {count} missing records of {interval}, first {first}; choose to interpolate them or count them as zero</source>
        <translation>{name}：缺失 {count} 条 {interval} 的记录，首条为 {first}；请选择插值补齐或按零计</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/energy/load_file.py" line="311"/>
        <source>{name}: the values from {month} on are {ratio:.2f} times those before: part of the file in kW and part in kWh per interval? Expected one unit throughout</source>
        <translation>{name}：自 {month} 起的数值是之前的 {ratio:.2f} 倍：文件是否部分为 kW、部分为每时段 kWh？全文应使用同一单位</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/energy/load_file.py" line="330"/>
        <source>{name}: {count} negative values, first {first} ({value:g}); a consumption meter reads &gt;= 0 (is it a feed-in meter?)</source>
        <translation>{name}：{count} 个负值，首个在 {first}（{value:g}）；用电电表读数应 &gt;= 0（是否为上网电表？）</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/energy/load_file.py" line="365"/>
        <source>load of {years}: {count} records of {year} have no date in the file; expected a whole year</source>
        <translation>{years} 年的负荷：{year} 年有 {count} 条记录在文件中没有对应日期；应为完整一年</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/energy/load_file.py" line="384"/>
        <source>{name}: peak {peak:,.0f} kW, more than any park meter ({most:,.0f} kW): are the values W or Wh rather than {unit}?</source>
        <translation>{name}：峰值 {peak:,.0f} kW，超过任何园区电表（{most:,.0f} kW）：数值是否为 W 或 Wh 而非 {unit}？</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/energy/load_file.py" line="398"/>
        <source>are the values kW rather than {unit}?</source>
        <translation>数值是否为 kW 而非 {unit}？</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/energy/load_file.py" line="400"/>
        <source>are the values kWh per interval rather than {unit}?</source>
        <translation>数值是否为每时段 kWh 而非 {unit}？</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/energy/load_file.py" line="405"/>
        <source>are the values W or Wh rather than {unit}?</source>
        <translation>数值是否为 W 或 Wh 而非 {unit}？</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/energy/load_file.py" line="408"/>
        <source>are the values W rather than kWh per interval?</source>
        <translation>数值是否为 W 而非每时段 kWh？</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/energy/load_file.py" line="409"/>
        <source>are the values Wh per interval rather than kW?</source>
        <translation>数值是否为每时段 Wh 而非 kW？</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/energy/load_file.py" line="410"/>
        <source>are the values MW or MWh rather than kW or kWh?</source>
        <translation>数值是否为 MW 或 MWh 而非 kW 或 kWh？</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/energy/load_file.py" line="415"/>
        <source>{name}: {total:,.0f} kWh is {factor:g} times the bills&apos; {expected:,.0f} kWh: {cause}</source>
        <translation>{name}：{total:,.0f} kWh 是电费账单 {expected:,.0f} kWh 的 {factor:g} 倍：{cause}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/energy/load_file.py" line="423"/>
        <source>{name}: {total:,.0f} kWh is {ratio:.2f} times the bills&apos; {expected:,.0f} kWh; expected within {tolerance:.0f} %: another meter, year or unit?</source>
        <translation>{name}：{total:,.0f} kWh 是电费账单 {expected:,.0f} kWh 的 {ratio:.2f} 倍；偏差应在 {tolerance:.0f} % 以内：是否为其他电表、年份或单位？</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/energy/park.py" line="60"/>
        <source>meters with different intervals ({intervals}); expected one interval for the park</source>
        <translation>各电表的时间间隔不同（{intervals}）；园区应使用统一的时间间隔</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/energy/park.py" line="128"/>
        <source>meter {meter}: no load for {count} intervals of the simulated year, first {first}; expected the whole year</source>
        <translation>电表 {meter}：模拟年份中有 {count} 个时段没有负荷数据，首个为 {first}；应覆盖全年</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/energy/resample.py" line="24"/>
        <source>load interval {interval}: expected 5, 15, 30 or 60 minutes (dividing an hour)</source>
        <translation>负荷时间间隔 {interval}：应为 5、15、30 或 60 分钟（能整除一小时）</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/energy/storage.py" line="20"/>
        <source>battery {setting}: expected &gt;= 0, got {value}</source>
        <translation>储能 {setting}：应 ≥ 0，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/energy/storage.py" line="26"/>
        <source>battery round_trip_efficiency: expected in (0, 1], got {value}</source>
        <translation>储能 round_trip_efficiency：应在 (0, 1] 内，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/energy/storage.py" line="32"/>
        <source>battery state of charge: expected 0 &lt;= soc_min &lt;= soc_start &lt;= soc_max &lt;= 1, got {soc_min}, {soc_start}, {soc_max}</source>
        <translation>储能荷电状态：应满足 0 &lt;= soc_min &lt;= soc_start &lt;= soc_max &lt;= 1，实际为 {soc_min}、{soc_start}、{soc_max}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/energy/synthetic_load.py" line="91"/>
        <source>shifts: expected 1, 2 or 3, got {shifts}</source>
        <translation>班次：应为 1、2 或 3，实际为 {shifts}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/energy/synthetic_load.py" line="97"/>
        <source>{setting}: expected a share between 0 and 1, got {value:g}</source>
        <translation>{setting}：应为 0 至 1 之间的比例，实际为 {value:g}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/energy/synthetic_load.py" line="103"/>
        <source>synthetic load: give an annual kWh or 12 monthly kWh, not both</source>
        <translation>合成负荷：请给出年用电量 kWh 或 12 个月的用电量 kWh，不能同时给出</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/energy/synthetic_load.py" line="108"/>
        <source>monthly kWh: expected 12 values, got {count}</source>
        <translation>月用电量 kWh：应为 12 个值，实际为 {count} 个</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/energy/synthetic_load.py" line="112"/>
        <source>consumption: expected kWh &gt;= 0, got {values}</source>
        <translation>用电量：应为 ≥ 0 的 kWh，实际为 {values}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/geometry/background.py" line="25"/>
        <source>distance: expected a positive number of metres, got {distance_m}</source>
        <translation>距离：应为正数（米），实际为 {distance_m}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/geometry/background.py" line="34"/>
        <source>scale: the two points are the same; click two distinct points</source>
        <translation>比例：两点重合；请点击两个不同的点</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/geometry/drawing.py" line="109"/>
        <source>length: expected a positive number of metres, got {length_m}</source>
        <translation>长度：应为正数（米），实际为 {length_m}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/geometry/drawing.py" line="160"/>
        <source>a polygon needs at least 3 vertices; this one has 3</source>
        <translation>多边形至少需要 3 个顶点；此多边形只剩 3 个，不能再删除</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/geometry/keep_out_shape.py" line="32"/>
        <source>{where}: a circle needs 1 point (its centre)</source>
        <translation>{where}：圆形需要 1 个点（圆心）</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/geometry/keep_out_shape.py" line="41"/>
        <source>{where}: expected radius_m &gt; 0, got {radius_m:g}</source>
        <translation>{where}：radius_m 应大于 0，实际为 {radius_m:g}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/geometry/keep_out_shape.py" line="53"/>
        <source>{where}: a rectangle needs 2 points (opposite corners)</source>
        <translation>{where}：矩形需要 2 个点（对角点）</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/geometry/keep_out_shape.py" line="67"/>
        <source>{where}: expected a polygon with an area, got points {corners}</source>
        <translation>{where}：应为有面积的多边形，实际点为 {corners}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/geometry/roof_plan.py" line="33"/>
        <source>surface {id}: expected a roof plane, got a tilt of {surface_tilt:g} degrees</source>
        <translation>安装面 {id}：应为屋面，实际倾角为 {surface_tilt:g}°</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/layout/apply.py" line="171"/>
        <source>surface {name} is excluded from layout and simulation</source>
        <translation>安装面 {name} 已排除在布置和模拟之外</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/layout/arrange.py" line="57"/>
        <source>surface layout: expected one for surface {id}, got one for {surface_id}</source>
        <translation>安装面布置：应属于安装面 {id}，实际属于 {surface_id}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/layout/arrange.py" line="69"/>
        <source>array {array_id}: expected {name} &gt;= 0, got {value:g}</source>
        <translation>方阵 {array_id}：{name} 应 ≥ 0，实际为 {value:g}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/layout/arrange.py" line="83"/>
        <source>array {array_id}: expected racks or a curtain wall, not both</source>
        <translation>方阵 {array_id}：支架与幕墙分格只能选其一</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/layout/arrange.py" line="101"/>
        <source>array {array_id}: racks stand on roofs up to {max_tilt:g} degrees, surface {id} slopes {surface_tilt:g}</source>
        <translation>方阵 {array_id}：支架只能用于坡度不超过 {max_tilt:g}° 的屋面，安装面 {id} 坡度为 {surface_tilt:g}°</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/layout/curtain.py" line="48"/>
        <source>curtain wall: expected {name} larger than the mullion width {mullion_width_m:g} m, got {value}</source>
        <translation>幕墙分格：{name} 应大于竖框宽度 {mullion_width_m:g} m，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/layout/curtain.py" line="60"/>
        <source>curtain wall: expected mullion_width_m &gt;= 0, got {mullion_width_m:g}</source>
        <translation>幕墙分格：mullion_width_m 应 ≥ 0，实际为 {mullion_width_m:g}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/layout/curtain.py" line="117"/>
        <source>curtain wall: element {name} {custom:g} m does not fit between mullions ({value:g} m clear)</source>
        <translation>幕墙分格：构件{name} {custom:g} m 放不进竖框之间（净宽 {value:g} m）</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/layout/grid.py" line="76"/>
        <source>module footprint: expected sizes &gt; 0 m, got {size_u:g} x {size_v:g}</source>
        <translation>组件尺寸：应大于 0 m，实际为 {size_u:g} × {size_v:g}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/layout/grid.py" line="86"/>
        <source>module grid: expected a pitch at least the footprint, got pitch {pitch_u:g} x {pitch_v:g} m for a footprint of {size_u:g} x {size_v:g} m</source>
        <translation>组件网格：间距应不小于组件尺寸，实际间距 {pitch_u:g} × {pitch_v:g} m，组件尺寸 {size_u:g} × {size_v:g} m</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/layout/obstacles.py" line="141"/>
        <source>surface {surface_id}: no {what} with id {item_id}</source>
        <translation>安装面 {surface_id}：没有 id 为 {item_id} 的{what}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/layout/pitch.py" line="35"/>
        <source>racks.gcr: expected a ratio in (0, 1], got {gcr:g}</source>
        <translation>racks.gcr：应为 (0, 1] 内的比值，实际为 {gcr:g}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/layout/pitch.py" line="99"/>
        <source>site latitude: expected -90 &lt; latitude &lt; 90, got {latitude:g}</source>
        <translation>场址纬度：应在 -90 与 90 之间，实际为 {latitude:g}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/layout/pitch.py" line="109"/>
        <source>winter-solstice row rule: the sun is below the horizon during the design window at latitude {latitude:g}; use a ground-coverage ratio instead</source>
        <translation>冬至日间距规则：纬度 {latitude:g} 处设计时段内太阳位于地平线以下；请改用地面覆盖率（GCR）</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/layout/racks.py" line="161"/>
        <source>racks.pitch_rule: east-west racks take their pitch from a ground-coverage ratio, not from the winter-solstice rule</source>
        <translation>racks.pitch_rule：东西向支架按地面覆盖率确定间距，而不是冬至日规则</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/layout/racks.py" line="171"/>
        <source>racks.gcr: {gcr:g} puts east-west tents {pitch:.3f} m apart, closer than their depth of {tent_depth:.3f} m</source>
        <translation>racks.gcr：{gcr:g} 使东西向支架间距为 {pitch:.3f} m，小于其进深 {tent_depth:.3f} m</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/layout/racks.py" line="183"/>
        <source>racks.surface_tilt: expected 0 &lt;= tilt &lt; 90 degrees, got {surface_tilt:g}</source>
        <translation>racks.surface_tilt：倾角应在 0° 至 90° 之间（不含 90°），实际为 {surface_tilt:g}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/layout/racks.py" line="190"/>
        <source>racks.modules_up: expected at least 1, got {modules_up}</source>
        <translation>racks.modules_up：至少为 1，实际为 {modules_up}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/layout/racks.py" line="196"/>
        <source>racks.ridge_gap_m: expected &gt;= 0 m, got {ridge_gap_m:g}</source>
        <translation>racks.ridge_gap_m：应 ≥ 0 m，实际为 {ridge_gap_m:g}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/layout/racks.py" line="210"/>
        <source>racks.gcr: {gcr:g} puts rows {pitch:.3f} m apart, closer than their depth of {depth:.3f} m</source>
        <translation>racks.gcr：{gcr:g} 使阵列间距为 {pitch:.3f} m，小于其进深 {depth:.3f} m</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/layout/racks.py" line="219"/>
        <source>racks.pitch_rule: the winter-solstice rule needs the site latitude</source>
        <translation>racks.pitch_rule：冬至日规则需要场址纬度</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/layout/region.py" line="71"/>
        <source>surface outline: expected at least 3 points, got {count}</source>
        <translation>安装面轮廓：至少需要 3 个点，实际为 {count} 个</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/layout/region.py" line="82"/>
        <source>surface outline: expected a simple polygon, got one with {reason}</source>
        <translation>安装面轮廓：应为简单多边形，实际存在 {reason}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/layout/region.py" line="97"/>
        <source>setback.per_edge_m: expected {edge_count} values (one per edge), got {count}</source>
        <translation>setback.per_edge_m：应有 {edge_count} 个值（每条边一个），实际为 {count} 个</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/layout/region.py" line="110"/>
        <source>setback: expected distances &gt;= 0 m, got {tolist}</source>
        <translation>退让距离：应 ≥ 0 m，实际为 {tolist}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/layout/region.py" line="134"/>
        <source>{where}: expected width_m and height_m &gt; 0, got {width_m:g} x {height_m:g}</source>
        <translation>{where}：width_m 和 height_m 应大于 0，实际为 {width_m:g} × {height_m:g}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/layout/region.py" line="153"/>
        <source>{where}: expected a distance &gt;= 0 m, got {value:g}</source>
        <translation>{where}：距离应 ≥ 0 m，实际为 {value:g}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/layout/strings.py" line="110"/>
        <source>design temperatures: expected minimum &lt;= maximum, got {temp_cell_min:g} C and {temp_cell_max:g} C</source>
        <translation>设计温度：最低值应不大于最高值，实际为 {temp_cell_min:g} °C 和 {temp_cell_max:g} °C</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/layout/strings.py" line="123"/>
        <source>module {id}: voltages or current not positive at the design temperatures {temp_cell_min:g} C and {temp_cell_max:g} C</source>
        <translation>组件 {id}：在设计温度 {temp_cell_min:g} °C 和 {temp_cell_max:g} °C 下电压或电流不为正</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/layout/strings.py" line="181"/>
        <source>string plan: unknown array {args}</source>
        <translation>组串方案：未知方阵 {args}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/layout/strings.py" line="209"/>
        <source>inverter use {id}: names inverter {inverter_id}, got {id2}</source>
        <translation>逆变器 {id}：指定的逆变器为 {inverter_id}，实际为 {id2}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/layout/strings.py" line="345"/>
        <source>string plan: unknown array {array_id}</source>
        <translation>组串方案：未知方阵 {array_id}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/project/codec.py" line="85"/>
        <source>{path}: expected a JSON object, got {got}</source>
        <translation>{path}：应为 JSON 对象，实际为 {got}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/project/codec.py" line="92"/>
        <source>{path}: expected true or false, got {got}</source>
        <translation>{path}：应为 true 或 false，实际为 {got}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/project/codec.py" line="98"/>
        <source>{path}: expected a whole number, got {got}</source>
        <translation>{path}：应为整数，实际为 {got}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/project/codec.py" line="110"/>
        <source>{path}: expected a finite number, got {got}</source>
        <translation>{path}：应为有限数值，实际为 {got}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/project/codec.py" line="116"/>
        <source>{path}: expected a string, got {got}</source>
        <translation>{path}：应为字符串，实际为 {got}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/project/codec.py" line="130"/>
        <source>{path}: expected a value, got {got}</source>
        <translation>{path}：应有值，实际为 {got}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/project/codec.py" line="145"/>
        <location filename="../../bipv_designer/project/codec.py" line="154"/>
        <source>{path}: expected a JSON array, got {got}</source>
        <translation>{path}：应为 JSON 数组，实际为 {got}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/project/codec.py" line="157"/>
        <source>{path}: expected an array of {expected} values, got {count}</source>
        <translation>{path}：应为含 {expected} 个值的数组，实际为 {count} 个</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/project/codec.py" line="177"/>
        <source>{path}: expected a JSON object ({name}), got {got}</source>
        <translation>{path}：应为 JSON 对象（{name}），实际为 {got}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/project/codec.py" line="185"/>
        <source>{path}: unknown field {field} in {name}; expected only {fields}</source>
        <translation>{path}：{name} 中有未知字段 {field}；只允许 {fields}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/project/codec.py" line="200"/>
        <source>{path}: missing field {field} of {name}</source>
        <translation>{path}：缺少 {name} 的字段 {field}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/project/codec.py" line="217"/>
        <source>{path}: expected one of {allowed}, got {got}</source>
        <translation>{path}：应为 {allowed} 之一，实际为 {got}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/project/io.py" line="40"/>
        <source>{source}: not a BIPV Designer project: expected a JSON object with &quot;format&quot;: &quot;{file_format}&quot;</source>
        <translation>{source}：不是 BIPV Designer 项目：应为含有 &quot;format&quot;: &quot;{file_format}&quot; 的 JSON 对象</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/project/io.py" line="49"/>
        <source>{source}: $.schema_version: expected a whole number, got {version}</source>
        <translation>{source}：$.schema_version：应为整数，实际为 {version}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/project/io.py" line="60"/>
        <location filename="../../bipv_designer/project/io.py" line="96"/>
        <source>{source}: {error}</source>
        <translation>{source}：{error}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/project/io.py" line="78"/>
        <source>{path}: no such project file</source>
        <translation>{path}：项目文件不存在</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/project/io.py" line="82"/>
        <source>{path}: cannot read the file: {error}</source>
        <translation>{path}：无法读取文件：{error}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/project/io.py" line="90"/>
        <source>{path} line {line}, column {column}: not valid JSON: {reason}</source>
        <translation>{path} 第 {line} 行第 {column} 列：不是有效的 JSON：{reason}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/project/io.py" line="142"/>
        <source>{name} is not allowed in a project file; expected a finite number</source>
        <translation>项目文件中不允许出现 {name}；应为有限数值</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/project/losses.py" line="29"/>
        <source>total losses: expected a percentage in [0, 100), got {value:g}</source>
        <translation>系统总损失：应为 [0, 100) 内的百分数，实际为 {value:g}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/project/losses.py" line="38"/>
        <source>total losses: cannot scale a breakdown whose losses are all zero</source>
        <translation>系统总损失：各项损失均为零，无法按比例缩放</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/project/migrations.py" line="52"/>
        <source>{path}: a version-2 placeholder; version 3 gives this slot its settings (docs/project-format.md): remove it and enter them again</source>
        <translation>{path}：这是版本 2 的占位内容；版本 3 起此处保存对应设置（docs/project-format.md）：请删除后重新输入</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/project/migrations.py" line="124"/>
        <source>{source}: $.schema_version is {version}: the file was written by a newer BIPV Designer; this version reads schema versions 1 to {latest}</source>
        <translation>{source}：$.schema_version 为 {version}：该文件由更新版本的 BIPV Designer 保存；本版本只能读取 schema 版本 1 至 {latest}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/project/migrations.py" line="132"/>
        <source>{source}: $.schema_version: expected 1 to {latest}, got {version}</source>
        <translation>{source}：$.schema_version：应为 1 至 {latest}，实际为 {version}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/project/money_model.py" line="173"/>
        <source>expected one of {kinds}, got {kind}</source>
        <translation>应为 {kinds} 之一，实际为 {kind}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/project/money_model.py" line="178"/>
        <source>{kind}: expected a cost &gt;= 0 per Wp, got {price:g}</source>
        <translation>{kind}：每 Wp 造价应 ≥ 0，实际为 {price:g}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/project/money_model.py" line="184"/>
        <source>expected a value &gt;= 0, got {value:g}</source>
        <translation>应 ≥ 0，实际为 {value:g}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/project/money_model.py" line="188"/>
        <source>expected a share in [0, 1), got {value:g}</source>
        <translation>应为 [0, 1) 内的比例，实际为 {value:g}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/project/money_model.py" line="192"/>
        <source>expected above -100 %, got {rate:g} %</source>
        <translation>应大于 -100 %，实际为 {rate:g} %</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/project/money_model.py" line="198"/>
        <source>expected a yearly rate above -100 %, got {rate:g} %</source>
        <translation>年变化率应大于 -100 %，实际为 {rate:g} %</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/project/money_model.py" line="202"/>
        <source>expected 1 to {most} years, got {years}</source>
        <translation>应为 1 至 {most} 年，实际为 {years}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/project/money_model.py" line="207"/>
        <source>expected 0 to {most} years, got {years}</source>
        <translation>应为 0 至 {most} 年，实际为 {years}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/project/validate.py" line="54"/>
        <location filename="../../bipv_designer/project/validate.py" line="350"/>
        <location filename="../../bipv_designer/project/validate.py" line="416"/>
        <source>{path}: {value} is not the id of any building</source>
        <translation>{path}：{value} 不是任何建筑的 id</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/project/validate.py" line="69"/>
        <source>{path}: dc_model &apos;cec&apos; needs single-diode parameters</source>
        <translation>{path}：dc_model &apos;cec&apos; 需要单二极管参数</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/project/validate.py" line="79"/>
        <location filename="../../bipv_designer/project/validate.py" line="338"/>
        <source>{path}: {value} is not the id of any surface</source>
        <translation>{path}：{value} 不是任何安装面的 id</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/project/validate.py" line="85"/>
        <location filename="../../bipv_designer/project/validate.py" line="356"/>
        <source>{path}: {value} is not the id of any module</source>
        <translation>{path}：{value} 不是任何组件的 id</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/project/validate.py" line="91"/>
        <source>{path}: expected &gt;= 0, got {value}</source>
        <translation>{path}：应 ≥ 0，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/project/validate.py" line="97"/>
        <source>{path}: {count} differs from the {placements} placements</source>
        <translation>{path}：组件数 {count} 与 {placements} 个排布位置不一致</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/project/validate.py" line="108"/>
        <location filename="../../bipv_designer/project/validate.py" line="379"/>
        <source>{path}: {value} is not the id of any inverter</source>
        <translation>{path}：{value} 不是任何逆变器的 id</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/project/validate.py" line="114"/>
        <location filename="../../bipv_designer/project/validate.py" line="260"/>
        <location filename="../../bipv_designer/project/validate.py" line="395"/>
        <source>{path}: expected &gt;= 1, got {value}</source>
        <translation>{path}：应 ≥ 1，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/economics/finance.py" line="96"/>
        <source>discount rate: expected above -100 %, got {rate:g} %</source>
        <translation>折现率：应大于 -100 %，实际为 {rate:g} %</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/economics/finance.py" line="173"/>
        <location filename="../../bipv_designer/project/validate.py" line="129"/>
        <source>{path}: {problem}</source>
        <translation>{path}：{problem}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/project/validate.py" line="162"/>
        <source>{path}: the single-diode parameters of module {module} give {power:.4g} W at STC, expected its nameplate {nameplate:g} W within {tolerance:g} % (parameters that do not converge or belong to another module)</source>
        <translation>{path}：组件 {module} 的单二极管参数在 STC 下得到 {power:.4g} W，应在其标称功率 {nameplate:g} W 的 {tolerance:g} % 以内（参数不收敛或属于其他组件）</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/project/validate.py" line="190"/>
        <source>{path}: expected a simple polygon with an area ({reason})</source>
        <translation>{path}：应为有面积的简单多边形（{reason}）</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/project/validate.py" line="197"/>
        <source>{path}: a tree is given by its centre, one point; got {count}</source>
        <translation>{path}：树木由其中心一个点给定，实际为 {count} 个点</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/project/validate.py" line="199"/>
        <source>{path}: a cylinder is given by its centre, one point; got {count}</source>
        <translation>{path}：圆柱体由其中心一个点给定，实际为 {count} 个点</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/project/validate.py" line="219"/>
        <source>{path}: expected months 1 to 12, got {month}</source>
        <translation>{path}：月份应为 1 至 12，实际为 {month}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/project/validate.py" line="233"/>
        <source>{path}: overhangs and fins stand on facades only</source>
        <translation>{path}：遮阳板和翼板只能设在立面上</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/project/validate.py" line="241"/>
        <source>{path}: expected more than start_m ({start:g}), got {end:g}</source>
        <translation>{path}：应大于 start_m（{start:g}），实际为 {end:g}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/project/validate.py" line="266"/>
        <source>{path}: expected &gt;= 0 (0: unknown), got {value}</source>
        <translation>{path}：应 ≥ 0（0：未知），实际为 {value}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/project/validate.py" line="289"/>
        <source>{path}: surface {surface} carries the modules of array {array} but its outline has no area</source>
        <translation>{path}：安装面 {surface} 承载方阵 {array} 的组件，但其轮廓没有面积</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/project/validate.py" line="295"/>
        <source>{path}: surface {surface} carries the modules of array {array} but its outline crosses itself</source>
        <translation>{path}：安装面 {surface} 承载方阵 {array} 的组件，但其轮廓自相交</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/project/validate.py" line="313"/>
        <source>{path}: {count} modules of {module_area:.2f} m² do not fit on surface {surface} of {surface_area:,.0f} m²; expected at most {most}</source>
        <translation>{path}：{count} 块 {module_area:.2f} m² 的组件无法布置在 {surface_area:,.0f} m² 的安装面 {surface} 上；最多应为 {most} 块</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/project/validate.py" line="344"/>
        <location filename="../../bipv_designer/project/validate.py" line="388"/>
        <source>{path}: {value} is not the id of any array</source>
        <translation>{path}：{value} 不是任何方阵的 id</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/project/validate.py" line="407"/>
        <source>{path}: expected either a file or a synthetic load</source>
        <translation>{path}：应为文件或合成负荷二者之一</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/project/validate.py" line="424"/>
        <source>{path}: expected annual_kwh or 12 monthly_kwh, not both</source>
        <translation>{path}：应给出 annual_kwh 或 12 个 monthly_kwh，不能同时给出</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/project/validate.py" line="430"/>
        <source>{path}: expected 12 values, got {count}</source>
        <translation>{path}：应为 12 个值，实际为 {count} 个</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/project/validate.py" line="448"/>
        <source>{path}: expected 0 &lt;= soc_min &lt;= soc_start &lt;= soc_max &lt;= 1</source>
        <translation>{path}：应满足 0 &lt;= soc_min &lt;= soc_start &lt;= soc_max &lt;= 1</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/project/validate.py" line="472"/>
        <source>{path}: expected an IANA time zone such as &apos;Asia/Shanghai&apos;, got {name}</source>
        <translation>{path}：应为 IANA 时区名称（如 &apos;Asia/Shanghai&apos;），实际为 {name}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/project/validate.py" line="489"/>
        <source>{path}: expected a non-empty id</source>
        <translation>{path}：id 不能为空</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/project/validate.py" line="493"/>
        <source>{path}: {value} is used twice; ids must be unique</source>
        <translation>{path}：{value} 被重复使用；id 必须唯一</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/project/validate.py" line="503"/>
        <source>{path}: expected a polygon of at least 3 points, got {count}</source>
        <translation>{path}：应为至少 3 个点的多边形，实际为 {count} 个点</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/project/validate.py" line="524"/>
        <source>{path}: expected a value in {left}{low:g}, {high:g}{right}, got {value:g}</source>
        <translation>{path}：应为 {left}{low:g}, {high:g}{right} 内的值，实际为 {value:g}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/simulation/inverters.py" line="134"/>
        <source>{user}: inverter {inverter_id} is not among the project&apos;s inverters</source>
        <translation>{user}：逆变器 {inverter_id} 不在项目的逆变器中</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/simulation/systems.py" line="70"/>
        <source>project {name} has no array with modules on an included surface</source>
        <translation>项目 {name} 在参与计算的安装面上没有布置组件的方阵</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/weather/checks.py" line="363"/>
        <source>{name}: GHI, DNI and DHI are 0 in every record: a year without sun cannot be simulated; expected irradiance in W/m2</source>
        <translation>{name}：所有记录的 GHI、DNI 和 DHI 均为 0：无法模拟没有日照的一年；辐照度应以 W/m² 为单位</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/weather/checks.py" line="373"/>
        <source>{name}: GHI never exceeds {peak:g} all year: this looks like kWh/m2 per record; expected W/m2 (multiply by 1000 for hourly kWh/m2)</source>
        <translation>{name}：全年 GHI 从未超过 {peak:g}：看起来是每条记录的 kWh/m²；应为 W/m²（逐时 kWh/m² 乘以 1000）</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/weather/checks.py" line="414"/>
        <source>{name}: the header&apos;s {label} is {value:g}; expected {low:g} to {high:g}</source>
        <translation>{name}：文件头中的 {label} 为 {value:g}；应在 {low:g} 至 {high:g} 之间</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/weather/downloads.py" line="125"/>
        <source>NASA POWER answer: missing {error}; expected an hourly point answer</source>
        <translation>NASA POWER 返回数据：缺少 {error}；应为逐时单点数据</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/weather/downloads.py" line="139"/>
        <source>NASA POWER answer for {year}: {missing} missing values (fill value {fill}); try another year</source>
        <translation>NASA POWER {year} 年数据：缺失 {missing} 个值（填充值 {fill}）；请换一年</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/weather/downloads.py" line="176"/>
        <source>{service} refused the request (HTTP {status_code}): {reason}</source>
        <translation>{service} 拒绝了请求（HTTP {status_code}）：{reason}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/weather/horizon_file.py" line="30"/>
        <source>{name} line {number}: expected &apos;azimuth,elevation&apos; in degrees, got {text}</source>
        <translation>{name} 第 {number} 行：应为以度为单位的 &apos;azimuth,elevation&apos;，实际为 {text}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/weather/horizon_file.py" line="41"/>
        <source>{name} line {number}: azimuth {azimuth:g}, elevation {elevation:g}; expected 0..360 and 0..90 degrees</source>
        <translation>{name} 第 {number} 行：方位角 {azimuth:g}，高度角 {elevation:g}；应分别在 0–360° 和 0–90° 之间</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/weather/horizon_file.py" line="55"/>
        <source>{name}: expected at least 2 &apos;azimuth,elevation&apos; rows</source>
        <translation>{name}：至少需要 2 行 &apos;azimuth,elevation&apos;</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/weather/plain_csv.py" line="175"/>
        <source>{name}: no header row; expected a line such as &apos;timestamp,ghi,dni,dhi,temp_air,wind_speed&apos; after the comments</source>
        <translation>{name}：没有表头行；注释之后应有类似 &apos;timestamp,ghi,dni,dhi,temp_air,wind_speed&apos; 的一行</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/weather/plain_csv.py" line="186"/>
        <source>{name} line {where}: timestamp_label {label}; expected start, end or instant</source>
        <translation>{name} 第 {where} 行：timestamp_label 为 {label}；应为 start、end 或 instant</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/weather/plain_csv.py" line="206"/>
        <source>{where}: {key} {value}; expected a number in {low:g}..{high:g}</source>
        <translation>{where}：{key} 为 {value}；应为 {low:g} 至 {high:g} 之间的数</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/weather/project_weather.py" line="125"/>
        <source>no climatology station within {no_station_km:.0f} km of the site ({distance_km:.0f} km to {label}): bundled typical years cover China; give a weather file (EPW, TMY, PVGIS or CSV) or download one from PVGIS</source>
        <translation>场址 {no_station_km:.0f} km 范围内没有气候站（距 {label} {distance_km:.0f} km）：内置典型年仅覆盖中国；请提供气象文件（EPW、TMY、PVGIS 或 CSV）或从 PVGIS 下载</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/weather/project_weather.py" line="142"/>
        <source>weather {station_prefix}{which}: expected a WMO station number or &apos;{nearest}&apos;</source>
        <translation>气象 {station_prefix}{which}：应为 WMO 站号或 &apos;{nearest}&apos;</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/weather/pvgis.py" line="79"/>
        <source>{name}: no line starts with {pvgis_time_column}; expected the column header of a PVGIS TMY csv file</source>
        <translation>{name}：没有以 {pvgis_time_column} 开头的行；应为 PVGIS TMY csv 文件的列标题</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/weather/pvgis.py" line="246"/>
        <source>{name} line {number}: {strip} is not a number; expected the {key}</source>
        <translation>{name} 第 {number} 行：{strip} 不是数字；应为 {key}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/weather/readers.py" line="66"/>
        <source>{path}: no such weather file</source>
        <translation>{path}：气象文件不存在</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/weather/readers.py" line="79"/>
        <source>{name}: cannot be read ({value})</source>
        <translation>{name}：无法读取（{value}）</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/weather/readers.py" line="119"/>
        <source>{name}: cannot tell the weather format from its first lines ({first}); expected one of {join}</source>
        <translation>{name}：无法从开头几行判断气象格式（{first}）；应为 {join} 之一</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/weather/readers.py" line="150"/>
        <source>{name}: unknown weather format {file_format}; expected one of {join}</source>
        <translation>{name}：未知的气象格式 {file_format}；应为 {join} 之一</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/weather/sources.py" line="82"/>
        <source>{name}: not a readable {format_label} file ({name2}: {exc})</source>
        <translation>{name}：不是可读取的 {format_label} 文件（{name2}：{exc}）</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/weather/stations.py" line="64"/>
        <source>station {wmo_id}: no such station in the bundled climatology (expected one of {count} WMO ids, e.g. 58238 Nanjing)</source>
        <translation>气候站 {wmo_id}：内置气候资料中没有该站（应为 {count} 个 WMO 站号之一，如 58238 南京）</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/weather/synthetic.py" line="110"/>
        <source>month {month_number}: {ghi_kwh_m2_day:g} kWh/m2/day is a clearness index of {mean_kt:.3f} at this site; expected at least {mean_kt_range:g} (the darkest months anywhere stay above it)</source>
        <translation>{month_number} 月：{ghi_kwh_m2_day:g} kWh/m²/天在此场址相当于晴空指数 {mean_kt:.3f}；应至少为 {mean_kt_range:g}（任何地方最暗的月份也高于此值）</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/weather/synthetic.py" line="167"/>
        <source>monthly {name}: expected 12 finite numbers, got {values}</source>
        <translation>逐月 {name}：应为 12 个有限数值，实际为 {values}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/weather/synthetic.py" line="177"/>
        <source>monthly ghi_kwh_m2_day: expected values in (0, 12] kWh/m2/day, got {ghi_kwh_m2_day}</source>
        <translation>逐月 ghi_kwh_m2_day：应在 (0, 12] kWh/m²/天 之内，实际为 {ghi_kwh_m2_day}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/carbon/accounting.py" line="89"/>
        <source>energy carrier {carrier}: expected one of {known}</source>
        <translation>能源品种 {carrier}：应为 {known} 之一</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/carbon/accounting.py" line="95"/>
        <source>energy carrier {carrier}: expected an amount &gt;= 0, got {amount}</source>
        <translation>能源品种 {carrier}：用量应 ≥ 0，实际为 {amount}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/carbon/accounting.py" line="104"/>
        <source>PV used on site ({used:,.0f} kWh) must lie between 0 and the park&apos;s electricity ({park:,.0f} kWh)</source>
        <translation>光伏自发自用电量（{used:,.0f} kWh）必须介于 0 与园区用电量（{park:,.0f} kWh）之间</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/carbon/factors.py" line="48"/>
        <source>grid factor {key}: expected custom:VALUE in 0..2 kgCO2/kWh</source>
        <translation>电网排放因子 {key}：应为 custom:VALUE，取值 0..2 kgCO2/kWh</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/carbon/factors.py" line="58"/>
        <source>grid factor {key}: not bundled; expected one of {known}</source>
        <translation>电网排放因子 {key}：未内置；应为 {known} 之一</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/carbon/factors.py" line="78"/>
        <source>hourly grid factors: expected 24 values in 0..2 kgCO2/kWh, got {count}</source>
        <translation>逐时电网排放因子：应为 24 个 0..2 kgCO2/kWh 的值，实际为 {count} 个</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/economics/tariff.py" line="28"/>
        <source>tariff {tariff}: period names repeat: {names}</source>
        <translation>电价 {tariff}：时段名称重复：{names}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/economics/tariff.py" line="35"/>
        <source>tariff {tariff}, period {period}: price {value}; expected a price &gt;= 0</source>
        <translation>电价 {tariff}，时段 {period}：电价 {value}；电价应 ≥ 0</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/economics/tariff.py" line="42"/>
        <source>tariff {tariff}, period {period}: export price {value}; expected a price &gt;= 0</source>
        <translation>电价 {tariff}，时段 {period}：上网电价 {value}；电价应 ≥ 0</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/economics/tariff.py" line="56"/>
        <source>tariff {tariff}: export price {value}; expected &gt;= 0</source>
        <translation>电价 {tariff}：上网电价 {value}；应 ≥ 0</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/economics/tariff.py" line="60"/>
        <source>tariff {tariff}: demand charge {value}; expected &gt;= 0</source>
        <translation>电价 {tariff}：需量电费 {value}；应 ≥ 0</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/economics/tariff.py" line="68"/>
        <source>tariff {tariff}: no time-of-use bands</source>
        <translation>电价 {tariff}：没有峰谷时段划分</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/economics/tariff.py" line="71"/>
        <source>tariff {tariff}, bands {number}</source>
        <translation>电价 {tariff}，第 {number} 组时段划分</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/economics/tariff.py" line="76"/>
        <source>{where}: day type {day_type}; expected {day_types}</source>
        <translation>{where}：日类型 {day_type}；应为 {day_types}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/economics/tariff.py" line="82"/>
        <source>{where}: months {months}; expected 1..12</source>
        <translation>{where}：月份 {months}；应为 1..12</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/economics/tariff.py" line="90"/>
        <source>{where}: period {period} is not one of {names}</source>
        <translation>{where}：时段 {period} 不在 {names} 之中</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/economics/tariff.py" line="96"/>
        <source>{where}: hours {start}-{end}; expected 0 &lt;= start &lt; end &lt;= 24</source>
        <translation>{where}：小时 {start}-{end}；应满足 0 &lt;= start &lt; end &lt;= 24</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/economics/tariff.py" line="103"/>
        <source>{where}: hour {hour}:00 is in both {first} and {second}</source>
        <translation>{where}：{hour}:00 同时属于 {first} 和 {second}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/economics/tariff.py" line="113"/>
        <source>{where}: hours {hours} belong to no period</source>
        <translation>{where}：小时 {hours} 不属于任何时段</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/economics/tariff.py" line="121"/>
        <source>tariff {tariff}: no bands for month {month} on working days</source>
        <translation>电价 {tariff}：{month} 月工作日没有时段划分</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/economics/tariff.py" line="123"/>
        <source>tariff {tariff}: no bands for month {month} on holiday days</source>
        <translation>电价 {tariff}：{month} 月节假日没有时段划分</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/economics/tariff.py" line="221"/>
        <source>tariff preset {name}: not bundled; expected one of {available}</source>
        <translation>电价预设 {name}：未内置；应为 {available} 之一</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/geometry/derive.py" line="189"/>
        <source>building {name} ({id}): {expected}</source>
        <translation>建筑 {name}（{id}）：{expected}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/geometry/derive.py" line="201"/>
        <source>a footprint needs at least 3 points (x, y) [m], got {points}</source>
        <translation>建筑轮廓至少需要 3 个点 (x, y) [m]，实际为 {points}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/geometry/derive.py" line="212"/>
        <source>footprint coordinates must be finite numbers of metres</source>
        <translation>轮廓坐标必须是有限的米数</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/geometry/derive.py" line="217"/>
        <source>height_m must be a finite height above 0 m, got {height}</source>
        <translation>height_m 必须是大于 0 m 的有限高度，实际为 {height}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/geometry/derive.py" line="227"/>
        <source>footprint points {first} and {second} coincide; consecutive points must differ</source>
        <translation>轮廓第 {first} 点与第 {second} 点重合；相邻点必须不同</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/geometry/derive.py" line="236"/>
        <source>a footprint must enclose an area, got 0 m2 (points on a line)</source>
        <translation>建筑轮廓必须围成面积，实际为 0 m²（各点共线）</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/geometry/derive.py" line="241"/>
        <source>a footprint must not cross itself, got {reason}</source>
        <translation>建筑轮廓不能自相交，实际存在 {reason}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/geometry/derive.py" line="283"/>
        <source>flat</source>
        <translation>平屋面</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/geometry/derive.py" line="284"/>
        <source>mono-pitch</source>
        <translation>单坡屋面</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/geometry/derive.py" line="285"/>
        <source>gable</source>
        <translation>双坡屋面</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/geometry/derive.py" line="286"/>
        <source>saw-tooth</source>
        <translation>锯齿形屋面</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/geometry/derive.py" line="302"/>
        <source>a {roof} roof needs slope_deg in {interval} degrees, got {slope}</source>
        <translation>{roof}的 slope_deg 应在 {interval} 度内，实际为 {slope}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/geometry/derive.py" line="314"/>
        <source>a {roof} roof needs a finite direction_deg, got {direction}</source>
        <translation>{roof}需要有限的 direction_deg，实际为 {direction}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/geometry/derive.py" line="344"/>
        <source>the ridge</source>
        <translation>屋脊</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/geometry/derive.py" line="364"/>
        <source>a saw-tooth roof needs tooth_width_m above 0 m, got {width}</source>
        <translation>锯齿形屋面的 tooth_width_m 应大于 0 m，实际为 {width}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/geometry/derive.py" line="369"/>
        <source>the glazing direction</source>
        <translation>采光面朝向</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/geometry/derive.py" line="416"/>
        <source>{roof} roofs need a rectangular footprint (to {tolerance} m), got {count} points that do not form one</source>
        <translation>{roof}需要矩形轮廓（精度 {tolerance} m），实际 {count} 个点不构成矩形</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/geometry/derive.py" line="428"/>
        <source>on a {roof} roof {what} must run along a footprint side (sides at {bearing:.3f} and {other:.3f} degrees), got direction_deg {direction}</source>
        <translation>{roof}的{what}必须沿轮廓边（边的方向为 {bearing:.3f}° 和 {other:.3f}°），实际 direction_deg 为 {direction}</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <location filename="../../bipv_designer/report/exports.py" line="77"/>
        <source>POA irradiance [W/m²]</source>
        <translation>倾斜面辐照度 [W/m²]</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/exports.py" line="78"/>
        <source>cell temperature [°C]</source>
        <translation>电池温度 [°C]</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/exports.py" line="79"/>
        <source>DC power [kW]</source>
        <translation>直流功率 [kW]</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/exports.py" line="80"/>
        <source>AC power [kW]</source>
        <translation>交流功率 [kW]</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/exports.py" line="84"/>
        <source>Park load [kW]</source>
        <translation>园区负荷 [kW]</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/exports.py" line="85"/>
        <source>PV used on site [kW]</source>
        <translation>光伏自用 [kW]</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/exports.py" line="86"/>
        <source>PV into the battery [kW]</source>
        <translation>光伏充入储能 [kW]</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/exports.py" line="87"/>
        <source>Battery to the load [kW]</source>
        <translation>储能放电供负荷 [kW]</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/exports.py" line="88"/>
        <source>Export to the grid [kW]</source>
        <translation>余电上网 [kW]</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/exports.py" line="89"/>
        <source>Import from the grid [kW]</source>
        <translation>电网购电 [kW]</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/exports.py" line="90"/>
        <source>Curtailed PV [kW]</source>
        <translation>弃光 [kW]</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/exports.py" line="91"/>
        <source>Battery charge [kWh]</source>
        <translation>储能电量 [kWh]</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/exports.py" line="97"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/exports.py" line="98"/>
        <source>timestamp</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/workbook.py" line="23"/>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/workbook.py" line="24"/>
        <source>Surfaces</source>
        <translation>安装面</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/workbook.py" line="25"/>
        <source>Months</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/workbook.py" line="26"/>
        <source>Losses</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/workbook.py" line="27"/>
        <source>Hours</source>
        <translation>逐时</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/workbook.py" line="28"/>
        <source>Quote</source>
        <translation>报价</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/workbook.py" line="29"/>
        <source>Cash flows</source>
        <translation>现金流</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/workbook.py" line="33"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/workbook.py" line="34"/>
        <source>PV energy [kWh]</source>
        <translation>光伏发电量 [kWh]</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/workbook.py" line="35"/>
        <source>Savings on the bill [{currency}]</source>
        <translation>节省电费 [{currency}]</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/workbook.py" line="36"/>
        <source>Export revenue [{currency}]</source>
        <translation>上网电费收入 [{currency}]</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/workbook.py" line="37"/>
        <source>Subsidy [{currency}]</source>
        <translation>补贴 [{currency}]</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/workbook.py" line="38"/>
        <source>O&amp;M and insurance [{currency}]</source>
        <translation>运维与保险 [{currency}]</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/workbook.py" line="39"/>
        <source>Inverter replacement [{currency}]</source>
        <translation>逆变器更换 [{currency}]</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/workbook.py" line="40"/>
        <source>Debt service [{currency}]</source>
        <translation>还本付息 [{currency}]</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/workbook.py" line="41"/>
        <source>Investment [{currency}]</source>
        <translation>投资 [{currency}]</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/workbook.py" line="42"/>
        <source>Net cash flow [{currency}]</source>
        <translation>净现金流 [{currency}]</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/workbook.py" line="43"/>
        <source>Cumulative [{currency}]</source>
        <translation>累计现金流 [{currency}]</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/workbook.py" line="57"/>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/workbook.py" line="57"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/workbook.py" line="64"/>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/workbook.py" line="65"/>
        <source>Energy after the step [kWh]</source>
        <translation>该环节后电量 [kWh]</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/workbook.py" line="66"/>
        <source>Change [%]</source>
        <translation>变化 [%]</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/workbook.py" line="69"/>
        <source>Change [kWh]</source>
        <translation>变化 [kWh]</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/workbook.py" line="99"/>
        <source>Surface</source>
        <translation>安装面</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/workbook.py" line="100"/>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/workbook.py" line="101"/>
        <source>DC [kWp]</source>
        <translation>直流容量 [kWp]</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/workbook.py" line="102"/>
        <source>AC energy [kWh/yr]</source>
        <translation>交流年发电量 [kWh/年]</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/workbook.py" line="103"/>
        <source>Specific yield [kWh/kWp]</source>
        <translation>单位千瓦年发电量 [kWh/kWp]</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/workbook.py" line="104"/>
        <source>PR [-]</source>
        <translation>系统效率 PR [-]</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/workbook.py" line="105"/>
        <source>POA irradiation [kWh/m²]</source>
        <translation>倾斜面辐照量 [kWh/m²]</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/workbook.py" line="106"/>
        <source>Near-shading loss [-]</source>
        <translation>近距离遮挡损失 [-]</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/workbook.py" line="117"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/workbook.py" line="123"/>
        <source>Park load [kWh]</source>
        <translation>园区负荷 [kWh]</translation>
    </message>
</context>
<context>
    <name>FacadeTables</name>
    <message>
        <location filename="../../bipv_designer/ui/panels/facade_tables.py" line="16"/>
        <location filename="../../bipv_designer/ui/panels/facade_tables.py" line="31"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/facade_tables.py" line="19"/>
        <source>Width [m]</source>
        <translation>宽度 [m]</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/facade_tables.py" line="20"/>
        <source>Height [m]</source>
        <translation>高度 [m]</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/facade_tables.py" line="23"/>
        <source>Overhang</source>
        <translation>遮阳板</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/facade_tables.py" line="24"/>
        <source>Fin</source>
        <translation>翼板</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/facade_tables.py" line="32"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/facade_tables.py" line="33"/>
        <source>At [m]</source>
        <translation>位置 [m]</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/facade_tables.py" line="34"/>
        <source>From [m]</source>
        <translation>起点 [m]</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/facade_tables.py" line="35"/>
        <source>To [m]</source>
        <translation>终点 [m]</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/facade_tables.py" line="36"/>
        <source>Depth [m]</source>
        <translation>挑出深度 [m]</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/facade_tables.py" line="54"/>
        <source>Add opening</source>
        <translation>添加门窗洞口</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/facade_tables.py" line="74"/>
        <source>Add overhang</source>
        <translation>添加遮阳板</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/facade_tables.py" line="78"/>
        <source>Add fin</source>
        <translation>添加翼板</translation>
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
    <name>ItemsTable</name>
    <message>
        <location filename="../../bipv_designer/ui/panels/items_table.py" line="75"/>
        <source>Remove selected</source>
        <translation>删除所选</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/items_table.py" line="127"/>
        <source>{0}, {1}: expected a number, got {2}</source>
        <translation>{0}，{1}：应为数字，实际为 {2}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/items_table.py" line="135"/>
        <source>{0}, {1}: expected more than 0, got {2}</source>
        <translation>{0}，{1}：应大于 0，实际为 {2}</translation>
    </message>
</context>
<context>
    <name>KeepOutPanel</name>
    <message>
        <location filename="../../bipv_designer/ui/panels/keep_out_panel.py" line="15"/>
        <source>Rectangle</source>
        <translation>矩形</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/keep_out_panel.py" line="16"/>
        <source>Polygon</source>
        <translation>多边形</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/keep_out_panel.py" line="17"/>
        <source>Circle</source>
        <translation>圆形</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/keep_out_panel.py" line="43"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/keep_out_panel.py" line="46"/>
        <source>Shape</source>
        <translation>形状</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/keep_out_panel.py" line="50"/>
        <source>On</source>
        <translation>所在安装面</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/keep_out_panel.py" line="53"/>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/keep_out_panel.py" line="57"/>
        <source>Clearance</source>
        <translation>间隙</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/keep_out_panel.py" line="61"/>
        <source>Radius</source>
        <translation>半径</translation>
    </message>
</context>
<context>
    <name>Layout</name>
    <message>
        <location filename="../../bipv_designer/layout/figures.py" line="123"/>
        <source>modules and mounting add {load:.1f} kg/m2 where they stand, more than the roof&apos;s capacity of {capacity:.1f} kg/m2</source>
        <translation>组件及支架在布置处增加 {load:.1f} kg/m²，超过屋面承载能力 {capacity:.1f} kg/m²</translation>
    </message>
</context>
<context>
    <name>LayoutActions</name>
    <message>
        <location filename="../../bipv_designer/ui/layout_actions.py" line="94"/>
        <source>Every roof already has modules (or is excluded).</source>
        <translation>所有屋面都已布置组件（或已排除）。</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/layout_actions.py" line="103"/>
        <source>No roof filled</source>
        <translation>未布置任何屋面</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/layout_actions.py" line="109"/>
        <source>Left empty, facing away from the sun: </source>
        <translation>背阳未布置：</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/layout_actions.py" line="117"/>
        <source>Cannot plan the strings</source>
        <translation>无法规划组串</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/layout_actions.py" line="122"/>
        <source>No strings planned</source>
        <translation>未规划组串</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/layout_actions.py" line="126"/>
        <source>Not planned: </source>
        <translation>未规划：</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/layout_actions.py" line="138"/>
        <source>Cannot use this inverter</source>
        <translation>无法使用此逆变器</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/layout_actions.py" line="197"/>
        <source>Module from a PVsyst PAN file</source>
        <translation>从 PVsyst PAN 文件导入组件</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/layout_actions.py" line="208"/>
        <source>Cannot use this module</source>
        <translation>无法使用此组件</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/layout_actions.py" line="215"/>
        <source>Inverter from a PVsyst OND file</source>
        <translation>从 PVsyst OND 文件导入逆变器</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/layout_actions.py" line="287"/>
        <source>⚠ no string length fits: at least {0} and at most {1} modules ({2}). {3}</source>
        <translation>⚠ 没有合适的组串长度：至少 {0} 块、至多 {1} 块组件（{2}）。{3}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/layout_actions.py" line="290"/>
        <source>{0} to {1} modules a string (longest set by the {2}), up to {3} strings an MPPT input. {4}</source>
        <translation>每串 {0} 至 {1} 块组件（最长由{2}决定），每路 MPPT 最多 {3} 串。{4}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/layout_actions.py" line="304"/>
        <source>{0} modules, {1} kWp, {2} m²; {3} % of the surface covered; {4} kg/m² added where modules stand</source>
        <translation>{0} 块组件，{1} kWp，{2} m²；覆盖安装面的 {3} %；布置处增加荷载 {4} kg/m²</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/layout_actions.py" line="333"/>
        <source>String plan: {0} modules in {1} strings on {2} (plan again after changing the inverters here)</source>
        <translation>组串方案：{0} 块组件组成 {1} 串，接入 {2}（在此更换逆变器后请重新规划组串）</translation>
    </message>
</context>
<context>
    <name>LayoutPanel</name>
    <message>
        <location filename="../../bipv_designer/ui/panels/layout_panel.py" line="86"/>
        <source>Portrait (long side up the slope)</source>
        <translation>竖排（长边沿坡向）</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/layout_panel.py" line="95"/>
        <source>Shift the grid to fit the most modules</source>
        <translation>平移网格以布置最多组件</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/layout_panel.py" line="101"/>
        <source>Tilted racks in rows (flat roofs)</source>
        <translation>成排倾斜支架（平屋面）</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/layout_panel.py" line="110"/>
        <source>Facing the roof&apos;s azimuth (south)</source>
        <translation>朝向屋面方位（朝南）</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/layout_panel.py" line="113"/>
        <source>East-west tents</source>
        <translation>东西向双坡支架</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/layout_panel.py" line="122"/>
        <source>No shading 9:00-15:00 on the winter solstice</source>
        <translation>冬至日 9:00-15:00 无遮挡</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/layout_panel.py" line="127"/>
        <source>Ground-coverage ratio</source>
        <translation>地面覆盖率</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/layout_panel.py" line="133"/>
        <source>Curtain-wall grid</source>
        <translation>幕墙分格</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/layout_panel.py" line="138"/>
        <source>One BIPV element fills each cell of the facade&apos;s grid</source>
        <translation>立面分格的每一格布置一块 BIPV 构件</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/layout_panel.py" line="150"/>
        <source>sized by the DC/AC ratio</source>
        <translation>按容配比配置</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/layout_panel.py" line="160"/>
        <location filename="../../bipv_designer/ui/panels/layout_panel.py" line="166"/>
        <source>CEC library…</source>
        <translation>CEC 库…</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/layout_panel.py" line="163"/>
        <source>PVsyst OND file…</source>
        <translation>PVsyst OND 文件…</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/layout_panel.py" line="169"/>
        <source>PVsyst PAN file…</source>
        <translation>PVsyst PAN 文件…</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/layout_panel.py" line="172"/>
        <source>Setback per edge…</source>
        <translation>逐边退让距离…</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/layout_panel.py" line="178"/>
        <source>Module rows run along this edge of the roof (flush modules on flat roofs)</source>
        <translation>组件排沿屋面的这条边布置（平屋面平铺组件）</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/layout_panel.py" line="192"/>
        <source>Edit modules on the surface…</source>
        <translation>在安装面上编辑组件…</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/layout_panel.py" line="196"/>
        <source>Remove these modules</source>
        <translation>移除这些组件</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/layout_panel.py" line="200"/>
        <source>Module</source>
        <translation>组件</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/layout_panel.py" line="204"/>
        <source>Other module</source>
        <translation>其他组件</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/layout_panel.py" line="209"/>
        <source>Gap across</source>
        <translation>横向间隙</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/layout_panel.py" line="213"/>
        <source>Gap up</source>
        <translation>纵向间隙</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/layout_panel.py" line="217"/>
        <source>Setback from edges</source>
        <translation>距边缘退让距离</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/layout_panel.py" line="223"/>
        <source>Rows along</source>
        <translation>排列方向</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/layout_panel.py" line="229"/>
        <source>Rack tilt</source>
        <translation>支架倾角</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/layout_panel.py" line="233"/>
        <source>Racks</source>
        <translation>支架</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/layout_panel.py" line="237"/>
        <source>Row pitch</source>
        <translation>阵列间距</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/layout_panel.py" line="241"/>
        <source>GCR</source>
        <translation>地面覆盖率 GCR</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/layout_panel.py" line="245"/>
        <source>Cell width</source>
        <translation>分格宽度</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/layout_panel.py" line="249"/>
        <source>Cell height</source>
        <translation>分格高度</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/layout_panel.py" line="253"/>
        <source>Mullion</source>
        <translation>竖梃</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/layout_panel.py" line="257"/>
        <source>Inverter</source>
        <translation>逆变器</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/layout_panel.py" line="261"/>
        <source>Other inverter</source>
        <translation>其他逆变器</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/layout_panel.py" line="265"/>
        <source>Inverters</source>
        <translation>逆变器</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/layout_panel.py" line="269"/>
        <source>Chosen</source>
        <translation>已选</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/layout_panel.py" line="273"/>
        <source>Fill</source>
        <translation>布置</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/layout_panel.py" line="276"/>
        <source>Strings</source>
        <translation>组串数</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/layout_panel.py" line="354"/>
        <source>the longest edge</source>
        <translation>最长边</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/layout_panel.py" line="377"/>
        <source>Library: {0} ({1} W)</source>
        <translation>组件库：{0}（{1} W）</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/layout_panel.py" line="381"/>
        <source>choose an inverter and a module with a datasheet</source>
        <translation>请选择逆变器和带规格书参数的组件</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/layout_panel.py" line="390"/>
        <source>Set per edge: {0}</source>
        <translation>按边设置：{0}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/layout_panel.py" line="401"/>
        <source>none: sized by DC/AC</source>
        <translation>无：按容配比配置</translation>
    </message>
</context>
<context>
    <name>LoadImportDialog</name>
    <message>
        <location filename="../../bipv_designer/ui/load_import_dialog.py" line="36"/>
        <source>Import meter data: {0}</source>
        <translation>导入电表数据：{0}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/load_import_dialog.py" line="46"/>
        <source>automatic (ISO-like), or e.g. %Y/%m/%d %H:%M</source>
        <translation>自动识别（类 ISO 格式），或如 %Y/%m/%d %H:%M</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/load_import_dialog.py" line="56"/>
        <source>Header row (0 = first)</source>
        <translation>表头行（0 = 第一行）</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/load_import_dialog.py" line="57"/>
        <source>Time stamps</source>
        <translation>时间戳</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/load_import_dialog.py" line="58"/>
        <source>Values</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/load_import_dialog.py" line="59"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/load_import_dialog.py" line="60"/>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/load_import_dialog.py" line="61"/>
        <source>Stamp format</source>
        <translation>时间格式</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/load_import_dialog.py" line="62"/>
        <source>Missing records</source>
        <translation>缺失记录</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/load_import_dialog.py" line="63"/>
        <source>Duplicated stamps</source>
        <translation>重复时间戳</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/load_import_dialog.py" line="64"/>
        <source>Negative values</source>
        <translation>负值</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/load_import_dialog.py" line="71"/>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/load_import_dialog.py" line="129"/>
        <source>interpolate</source>
        <translation>插值补齐</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/load_import_dialog.py" line="130"/>
        <source>set to zero</source>
        <translation>置零</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/load_import_dialog.py" line="131"/>
        <source>refuse the file</source>
        <translation>拒绝该文件</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/load_import_dialog.py" line="132"/>
        <source>take the mean</source>
        <translation>取平均值</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/load_import_dialog.py" line="133"/>
        <source>keep the first</source>
        <translation>保留第一条</translation>
    </message>
</context>
<context>
    <name>LoadPanel</name>
    <message>
        <location filename="../../bipv_designer/ui/panels/load_panel.py" line="46"/>
        <source>Monday to Friday</source>
        <translation>周一至周五</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/load_panel.py" line="47"/>
        <source>Monday to Saturday</source>
        <translation>周一至周六</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/load_panel.py" line="48"/>
        <source>Every day</source>
        <translation>每天</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/load_panel.py" line="51"/>
        <source>1 shift</source>
        <translation>一班制</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/load_panel.py" line="52"/>
        <source>2 shifts</source>
        <translation>两班制</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/load_panel.py" line="53"/>
        <source>3 shifts</source>
        <translation>三班制</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/load_panel.py" line="78"/>
        <source>Meter</source>
        <translation>电表</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/load_panel.py" line="78"/>
        <source>Load</source>
        <translation>负荷</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/load_panel.py" line="85"/>
        <source>Add synthetic meter</source>
        <translation>添加合成电表</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/load_panel.py" line="89"/>
        <source>Import meter file…</source>
        <translation>导入电表文件…</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/load_panel.py" line="92"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/load_panel.py" line="111"/>
        <source>or 12 monthly bills in kWh, comma-separated</source>
        <translation>或 12 个月电费账单电量 (kWh)，以逗号分隔</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/load_panel.py" line="119"/>
        <source> days after the holiday</source>
        <translation> 天（节后）</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/load_panel.py" line="128"/>
        <source>A meter&apos;s surplus serves the others</source>
        <translation>一块电表的余电供其他电表使用</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/load_panel.py" line="134"/>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/load_panel.py" line="141"/>
        <source>no battery</source>
        <translation>无储能</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/load_panel.py" line="151"/>
        <source>Most self-consumption</source>
        <translation>最大化自发自用</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/load_panel.py" line="155"/>
        <source>Discharge in peak-tariff hours</source>
        <translation>峰时段放电</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/load_panel.py" line="165"/>
        <source>Buildings of the meter</source>
        <translation>电表所属建筑</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/load_panel.py" line="170"/>
        <source>Consumption</source>
        <translation>用电量</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/load_panel.py" line="174"/>
        <source>Monthly bills</source>
        <translation>月度账单</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/load_panel.py" line="178"/>
        <source>Shifts</source>
        <translation>班次</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/load_panel.py" line="181"/>
        <source>Working week</source>
        <translation>工作周</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/load_panel.py" line="185"/>
        <source>Base load (share)</source>
        <translation>基础负荷（占比）</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/load_panel.py" line="189"/>
        <source>Cooling (share)</source>
        <translation>制冷负荷（占比）</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/load_panel.py" line="194"/>
        <source>Spring Festival shutdown</source>
        <translation>春节停产</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/load_panel.py" line="200"/>
        <source>Export limit</source>
        <translation>上网功率限制</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/load_panel.py" line="204"/>
        <source>Battery</source>
        <translation>储能电池</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/load_panel.py" line="208"/>
        <source>Battery power</source>
        <translation>电池功率</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/load_panel.py" line="212"/>
        <source>Dispatch</source>
        <translation>调度策略</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/load_panel.py" line="379"/>
        <source>file {0}</source>
        <translation>文件 {0}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/load_panel.py" line="383"/>
        <source>synthetic, {0}, {1} kWh/yr</source>
        <translation>合成负荷，{0}，{1} kWh/年</translation>
    </message>
</context>
<context>
    <name>Losses</name>
    <message>
        <location filename="../../bipv_designer/report/loss_steps.py" line="15"/>
        <source>Global horizontal irradiation on the nameplate</source>
        <translation>按组件标称功率计的水平面总辐照量</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/loss_steps.py" line="16"/>
        <source>On the modules&apos; planes (tilt, orientation, far horizon)</source>
        <translation>组件倾斜面上（倾角、朝向、远方地平线）</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/loss_steps.py" line="17"/>
        <source>Near shading: diffuse and ground light</source>
        <translation>近距离遮挡：散射光与地面反射光</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/loss_steps.py" line="18"/>
        <source>Near shading: beam on shaded cells</source>
        <translation>近距离遮挡：被遮电池片的直射光</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/loss_steps.py" line="19"/>
        <source>Near shading: bypassed substrings</source>
        <translation>近距离遮挡：旁路二极管导通的子串</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/loss_steps.py" line="20"/>
        <source>Reflection at the module cover (IAM)</source>
        <translation>组件盖板反射（入射角修正 IAM）</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/loss_steps.py" line="21"/>
        <source>Irradiance level</source>
        <translation>辐照度水平</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/loss_steps.py" line="22"/>
        <source>Cell temperature</source>
        <translation>电池温度</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/loss_steps.py" line="23"/>
        <source>Soiling</source>
        <translation>积灰</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/loss_steps.py" line="24"/>
        <source>Flat shading allowance</source>
        <translation>固定遮挡折减</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/loss_steps.py" line="25"/>
        <source>Snow</source>
        <translation>积雪</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/loss_steps.py" line="26"/>
        <source>Mismatch</source>
        <translation>失配</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/loss_steps.py" line="27"/>
        <source>DC wiring</source>
        <translation>直流线损</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/loss_steps.py" line="28"/>
        <source>Connections</source>
        <translation>接插件</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/loss_steps.py" line="29"/>
        <source>Light-induced degradation</source>
        <translation>光致衰减（LID）</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/loss_steps.py" line="30"/>
        <source>Nameplate tolerance</source>
        <translation>标称功率偏差</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/loss_steps.py" line="31"/>
        <source>Ageing</source>
        <translation>老化衰减</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/loss_steps.py" line="32"/>
        <source>Availability</source>
        <translation>可利用率</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/loss_steps.py" line="33"/>
        <source>Inverter limit (clipping)</source>
        <translation>逆变器限功率（削峰）</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/loss_steps.py" line="34"/>
        <source>Inverter efficiency: AC at the meter</source>
        <translation>逆变器效率：电表处交流电量</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../bipv_designer/ui/main_window.py" line="93"/>
        <location filename="../../bipv_designer/ui/main_window.py" line="244"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/main_window.py" line="94"/>
        <location filename="../../bipv_designer/ui/main_window.py" line="245"/>
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
        <location filename="../../bipv_designer/ui/main_window.py" line="257"/>
        <source>Site plan</source>
        <translation>总平面图</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/main_window.py" line="258"/>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/main_window.py" line="318"/>
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
        <location filename="../../bipv_designer/ui/panels/money_panel.py" line="93"/>
        <source>Exports avoid grid CO₂</source>
        <translation>上网电量计入电网减排</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/money_panel.py" line="108"/>
        <source>calorific value, 0.1229 kgce/kWh</source>
        <translation>当量值，0.1229 kgce/kWh</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/money_panel.py" line="110"/>
        <source>coal consumption, 0.3055 kgce/kWh</source>
        <translation>发电煤耗法，0.3055 kgce/kWh</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/money_panel.py" line="133"/>
        <source>optional: 24 factors by hour, comma-separated</source>
        <translation>可选：24 个逐时因子，以逗号分隔</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/money_panel.py" line="138"/>
        <source>Tariff</source>
        <translation>电价</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/money_panel.py" line="19"/>
        <location filename="../../bipv_designer/ui/panels/money_panel.py" line="141"/>
        <source>Flat price</source>
        <translation>平均电价</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/money_panel.py" line="20"/>
        <source>Guangdong time of use (example prices)</source>
        <translation>广东峰谷电价（示例价格）</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/money_panel.py" line="23"/>
        <source>Cost of roof BAPV</source>
        <translation>屋面 BAPV 造价</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/money_panel.py" line="24"/>
        <source>Cost of roof BIPV</source>
        <translation>屋面 BIPV 造价</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/money_panel.py" line="25"/>
        <source>Cost of facade BIPV</source>
        <translation>立面 BIPV 造价</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/money_panel.py" line="28"/>
        <source>Park&apos;s natural gas</source>
        <translation>园区天然气</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/money_panel.py" line="29"/>
        <source>Park&apos;s coal</source>
        <translation>园区原煤</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/money_panel.py" line="30"/>
        <source>Park&apos;s diesel</source>
        <translation>园区柴油</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/money_panel.py" line="31"/>
        <source>Park&apos;s purchased heat</source>
        <translation>园区外购热力</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/money_panel.py" line="32"/>
        <source>Park&apos;s steam</source>
        <translation>园区蒸汽</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/money_panel.py" line="98"/>
        <source>Exported PV counts as avoided grid electricity in the CO₂ avoided</source>
        <translation>上网光伏电量计入碳减排量（视为替代电网电量）</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/money_panel.py" line="126"/>
        <source>the load of the balance</source>
        <translation>取电量平衡中的负荷</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/money_panel.py" line="145"/>
        <source>Export price</source>
        <translation>上网电价</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/money_panel.py" line="149"/>
        <source>Demand charge</source>
        <translation>需量电费</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/money_panel.py" line="154"/>
        <source>Time of use</source>
        <translation>分时电价</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/money_panel.py" line="160"/>
        <source>O&amp;&amp;M</source>
        <translation>运维</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/money_panel.py" line="163"/>
        <source>Discount rate</source>
        <translation>折现率</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/money_panel.py" line="167"/>
        <source>Lifetime</source>
        <translation>寿命期</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/money_panel.py" line="171"/>
        <source>Grid factor</source>
        <translation>电网排放因子</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/money_panel.py" line="176"/>
        <source>Electricity in tce</source>
        <translation>电力折标煤方法</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/money_panel.py" line="182"/>
        <source>Park&apos;s electricity</source>
        <translation>园区用电量</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/money_panel.py" line="186"/>
        <source>Hourly grid factors</source>
        <translation>逐时电网排放因子</translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <location filename="../../bipv_designer/edits/buildings.py" line="51"/>
        <source>Building {number}</source>
        <translation>建筑 {number}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/edits/buildings.py" line="129"/>
        <source>{name} (copy)</source>
        <translation>{name}（副本）</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/edits/obstacles.py" line="29"/>
        <source>Skylight</source>
        <translation>天窗</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/edits/obstacles.py" line="30"/>
        <source>Round unit</source>
        <translation>圆形设备</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/edits/obstacles.py" line="31"/>
        <source>Keep-out</source>
        <translation>禁止布置区</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/edits/site_obstacles.py" line="17"/>
        <source>Neighbouring building</source>
        <translation>相邻建筑</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/edits/site_obstacles.py" line="18"/>
        <source>Tank</source>
        <translation>水箱</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/edits/site_obstacles.py" line="19"/>
        <source>Tree</source>
        <translation>树木</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/layout/apply.py" line="184"/>
        <source>{surface} array</source>
        <translation>{surface} 方阵</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/layout/apply.py" line="186"/>
        <source>{surface} array {number}</source>
        <translation>{surface} 方阵 {number}</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <location filename="../../bipv_designer/ui/new_project.py" line="33"/>
        <source>New project: where is the park?</source>
        <translation>新建项目：园区在哪里？</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/new_project.py" line="34"/>
        <location filename="../../bipv_designer/ui/new_project.py" line="74"/>
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/new_project.py" line="49"/>
        <source>Project name</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/new_project.py" line="50"/>
        <source>Find a place</source>
        <translation>查找地点</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/new_project.py" line="51"/>
        <source>Site name</source>
        <translation>场址名称</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/new_project.py" line="52"/>
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/new_project.py" line="53"/>
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/new_project.py" line="54"/>
        <source>Altitude</source>
        <translation>海拔</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/new_project.py" line="55"/>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/new_project.py" line="56"/>
        <source>Weather</source>
        <translation>气象</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/new_project.py" line="67"/>
        <source>Site</source>
        <translation>场地</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/new_project.py" line="95"/>
        <source>No climatology station within {0:.0f} km: after creating the project, choose a weather file or download one from PVGIS (Site ▸ Weather).</source>
        <translation>{0:.0f} km 内没有气候站：创建项目后，请选择气象文件或从 PVGIS 下载（场址 ▸ 气象）。</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/new_project.py" line="101"/>
        <source> (far: its climate may differ)</source>
        <translation>（较远：气候可能不同）</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/new_project.py" line="104"/>
        <source>Typical year of station {0}, {1:.0f} km away{2}; it follows the site until you choose a weather file.</source>
        <translation>气候站 {0} 的典型年，距离 {1:.0f} km{2}；在选择气象文件之前随场址变化。</translation>
    </message>
</context>
<context>
    <name>ObstaclePanel</name>
    <message>
        <location filename="../../bipv_designer/ui/panels/obstacle_panel.py" line="44"/>
        <source>Share of the sun a bare crown lets through (50 to 80 % for plane trees)</source>
        <translation>落叶树冠透过的日照比例（悬铃木为 50 % 至 80 %）</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/obstacle_panel.py" line="62"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/obstacle_panel.py" line="66"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/obstacle_panel.py" line="70"/>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/obstacle_panel.py" line="74"/>
        <source>Radius</source>
        <translation>半径</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/obstacle_panel.py" line="78"/>
        <source>Crown from</source>
        <translation>树冠起始高度</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/obstacle_panel.py" line="82"/>
        <source>Bare in</source>
        <translation>落叶月份</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/obstacle_panel.py" line="87"/>
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
        <location filename="../../bipv_designer/ui/place_search.py" line="32"/>
        <source>City or county, e.g. Ordos, 鄂尔多斯, Erdos</source>
        <translation>城市或区县，例如 鄂尔多斯、Ordos、Erdos</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/place_search.py" line="61"/>
        <source>No match for &apos;{0}&apos;: try another spelling, or type the latitude and longitude.</source>
        <translation>未找到“{0}”：请换一种写法，或直接输入经纬度。</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/place_search.py" line="65"/>
        <source>{0} found: pick one</source>
        <translation>找到 {0} 个：请选择一个</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <location filename="../../bipv_designer/project/names.py" line="10"/>
        <source>Flat</source>
        <translation>平屋面</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/project/names.py" line="11"/>
        <source>Mono-pitch</source>
        <translation>单坡屋面</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/project/names.py" line="12"/>
        <source>Gable</source>
        <translation>双坡屋面</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/project/names.py" line="13"/>
        <source>Saw-tooth</source>
        <translation>锯齿形屋面</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/project/names.py" line="16"/>
        <source>Open rack (free-standing)</source>
        <translation>支架安装（开敞）</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/project/names.py" line="17"/>
        <source>Roof-parallel BAPV (air gap)</source>
        <translation>平行屋面 BAPV（有空气层）</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/project/names.py" line="18"/>
        <source>Integrated BIPV (insulated back)</source>
        <translation>一体化 BIPV（背面保温）</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/project/names.py" line="19"/>
        <source>Ventilated facade</source>
        <translation>通风立面</translation>
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
        <translation>场地</translation>
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
        <location filename="../../bipv_designer/ui/properties.py" line="63"/>
        <source>Select the site, a building or a surface.</source>
        <translation>请选择场址、建筑或安装面。</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/properties.py" line="240"/>
        <source>roofs</source>
        <translation>屋面</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/properties.py" line="241"/>
        <source>facades</source>
        <translation>立面</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/properties.py" line="243"/>
        <source>{0}: {1} modules, {2} kWp, {3} m², {4} % of their area</source>
        <translation>{0}：{1} 块组件，{2} kWp，{3} m²，占其面积的 {4} %</translation>
    </message>
</context>
<context>
    <name>Quote</name>
    <message>
        <location filename="../../bipv_designer/economics/quote.py" line="14"/>
        <source>roof BAPV</source>
        <translation>屋面 BAPV</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/economics/quote.py" line="15"/>
        <source>roof BIPV</source>
        <translation>屋面 BIPV</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/economics/quote.py" line="16"/>
        <source>facade BIPV</source>
        <translation>立面 BIPV</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/economics/quote.py" line="49"/>
        <source>module {name}</source>
        <translation>组件 {name}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/economics/quote.py" line="51"/>
        <source>pcs</source>
        <translation>块</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/economics/quote.py" line="58"/>
        <source>inverters (AC)</source>
        <translation>逆变器（交流）</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/economics/quote.py" line="67"/>
        <source>system {kind} (area {area:,.0f} m2)</source>
        <translation>系统 {kind}（面积 {area:,.0f} m²）</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/economics/quote.py" line="79"/>
        <source>BIPV elements, extra</source>
        <translation>BIPV 构件增量</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/economics/quote.py" line="87"/>
        <source>cladding and glazing not bought</source>
        <translation>节省的围护与玻璃材料</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/economics/quote.py" line="97"/>
        <source>total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../bipv_designer/report/pdf_document.py" line="95"/>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="63"/>
        <source>{name} · BIPV design report</source>
        <translation>{name} · 光伏建筑一体化设计报告</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="72"/>
        <source>Writing the PDF</source>
        <translation>正在写入 PDF</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="78"/>
        <source>Cover</source>
        <translation>封面</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="79"/>
        <location filename="../../bipv_designer/report/pdf_report.py" line="220"/>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="80"/>
        <location filename="../../bipv_designer/report/pdf_report.py" line="235"/>
        <source>Site and layout</source>
        <translation>场地与布置</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="81"/>
        <location filename="../../bipv_designer/report/pdf_report.py" line="285"/>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="82"/>
        <location filename="../../bipv_designer/report/pdf_report.py" line="403"/>
        <location filename="../../bipv_designer/report/pdf_report.py" line="717"/>
        <source>Weather</source>
        <translation>气象</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="83"/>
        <source>Yield</source>
        <translation>发电量</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="84"/>
        <location filename="../../bipv_designer/report/pdf_report.py" line="462"/>
        <location filename="../../bipv_designer/report/pdf_report.py" line="490"/>
        <source>Shading</source>
        <translation>遮挡</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="85"/>
        <location filename="../../bipv_designer/report/pdf_report.py" line="560"/>
        <source>Load</source>
        <translation>负荷</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="86"/>
        <source>Money</source>
        <translation>经济性</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="87"/>
        <source>Carbon</source>
        <translation>碳减排</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="88"/>
        <source>Assumptions</source>
        <translation>假设</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="133"/>
        <source>Installed capacity (DC)</source>
        <translation>装机容量（直流）</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="134"/>
        <source>Annual energy (AC)</source>
        <translation>年发电量（交流）</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="135"/>
        <source>Specific yield</source>
        <translation>单位千瓦年发电量</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="136"/>
        <source>Performance ratio (PR)</source>
        <translation>系统效率（PR）</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="137"/>
        <source>Near-shading loss</source>
        <translation>近距离遮挡损失</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="143"/>
        <source>Self-consumption</source>
        <translation>自发自用率</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="144"/>
        <source>Self-sufficiency</source>
        <translation>自给率</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="145"/>
        <source>Export to the grid</source>
        <translation>余电上网电量</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="146"/>
        <source>Curtailment</source>
        <translation>弃光电量</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="152"/>
        <location filename="../../bipv_designer/report/pdf_report.py" line="591"/>
        <source>Investment</source>
        <translation>投资</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="154"/>
        <location filename="../../bipv_designer/report/pdf_report.py" line="593"/>
        <source>Savings, first year</source>
        <translation>首年节省电费</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="157"/>
        <location filename="../../bipv_designer/report/pdf_report.py" line="602"/>
        <source>Simple payback</source>
        <translation>静态投资回收期</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="158"/>
        <location filename="../../bipv_designer/report/pdf_report.py" line="601"/>
        <source>IRR</source>
        <translation>内部收益率（IRR）</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="159"/>
        <location filename="../../bipv_designer/report/pdf_report.py" line="600"/>
        <source>NPV</source>
        <translation>净现值（NPV）</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="163"/>
        <location filename="../../bipv_designer/report/pdf_report.py" line="636"/>
        <source>CO2 avoided, first year</source>
        <translation>首年碳减排量</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="164"/>
        <location filename="../../bipv_designer/report/pdf_report.py" line="639"/>
        <source>CO2 avoided, lifetime</source>
        <translation>全寿命期碳减排量</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="170"/>
        <source>Park carbon intensity, before → after</source>
        <translation>零碳园区 单位能耗碳排放，建设前 → 建设后</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="191"/>
        <source>Building-integrated photovoltaics: design and yield report</source>
        <translation>光伏建筑一体化：设计与发电量报告</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="198"/>
        <source>Site</source>
        <translation>场地</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="199"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="201"/>
        <source>Prepared by</source>
        <translation>编制</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="204"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="206"/>
        <source>Software</source>
        <translation>软件</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="207"/>
        <source>BIPV Designer {version} (pvlib chain, docs/physics.md)</source>
        <translation>BIPV Designer {version}（pvlib 计算链，docs/physics.md）</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="222"/>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="222"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="228"/>
        <source>What to know about the inputs</source>
        <translation>输入数据须知</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="230"/>
        <location filename="../../bipv_designer/report/pdf_report.py" line="621"/>
        <source>• {text}</source>
        <translation>• {text}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="237"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="239"/>
        <source>{count} points</source>
        <translation>{count} 个点</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="245"/>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="248"/>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="249"/>
        <source>Ground albedo</source>
        <translation>地面反射率</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="250"/>
        <source>Far horizon</source>
        <translation>远方地平线</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="251"/>
        <location filename="../../bipv_designer/report/pdf_report.py" line="261"/>
        <source>Buildings</source>
        <translation>建筑</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="252"/>
        <source>Obstacles on the site</source>
        <translation>场地障碍物</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="264"/>
        <source>Building</source>
        <translation>建筑</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="265"/>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="266"/>
        <source>Roof</source>
        <translation>屋面</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="267"/>
        <source>Footprint</source>
        <translation>占地面积</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="286"/>
        <location filename="../../bipv_designer/report/pdf_report.py" line="331"/>
        <source>Modules</source>
        <translation>组件</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="291"/>
        <source>Module</source>
        <translation>组件</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="291"/>
        <source>Efficiency</source>
        <translation>效率</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="291"/>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="306"/>
        <source>Arrays</source>
        <translation>光伏方阵</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="328"/>
        <location filename="../../bipv_designer/report/pdf_report.py" line="355"/>
        <source>Array</source>
        <translation>方阵</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="329"/>
        <location filename="../../bipv_designer/report/pdf_report.py" line="457"/>
        <location filename="../../bipv_designer/report/pdf_report.py" line="510"/>
        <source>Surface</source>
        <translation>安装面</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="330"/>
        <source>Tilt/azimuth</source>
        <translation>倾角/方位角</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="333"/>
        <source>Mounting</source>
        <translation>安装方式</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="344"/>
        <source>DC nameplate {dc:,.1f} kWp, inverters {ac:,.1f} kW AC: DC/AC ratio {ratio:.2f}.</source>
        <translation>直流装机容量 {dc:,.1f} kWp，逆变器交流 {ac:,.1f} kW：容配比 {ratio:.2f}。</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="349"/>
        <source>DC nameplate {dc:,.1f} kWp.</source>
        <translation>直流装机容量 {dc:,.1f} kWp。</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="351"/>
        <source>Inverters and strings</source>
        <translation>逆变器与组串</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="356"/>
        <source>Inverters</source>
        <translation>逆变器</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="357"/>
        <source>Strings</source>
        <translation>组串数</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="358"/>
        <source>Modules per string</source>
        <translation>每串组件数</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="367"/>
        <source>No string plan: each array&apos;s inverters are sized by its DC/AC ratio.</source>
        <translation>无组串方案：各方阵的逆变器按其容配比配置。</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="410"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="411"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="413"/>
        <source>Global horizontal irradiation</source>
        <translation>水平面总辐照量</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="417"/>
        <source>Diffuse horizontal irradiation</source>
        <translation>水平面散射辐照量</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="420"/>
        <source>Mean air temperature</source>
        <translation>平均气温</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="422"/>
        <source>Checks</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="424"/>
        <source>no warnings</source>
        <translation>无警告</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="432"/>
        <source>Yield and losses</source>
        <translation>发电量与损失</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="447"/>
        <location filename="../../bipv_designer/report/pdf_report.py" line="481"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="459"/>
        <source>MWh/yr</source>
        <translation>MWh/年</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="471"/>
        <source>Monthly energy [MWh]</source>
        <translation>月发电量 [MWh]</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="481"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="493"/>
        <source>Near shading computed for every module: beam on shaded cells, diffuse and ground light hidden, and substrings bypassed by their diodes (docs/shading.md).</source>
        <translation>已对每块组件计算近距离遮挡：被遮电池片的直射光、被遮挡的散射光与地面反射光，以及由旁路二极管旁路的子串（docs/shading.md）。</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="499"/>
        <source>Near shading not computed: a flat shading allowance applies ({pct:g} %).</source>
        <translation>未计算近距离遮挡：采用固定遮挡折减（{pct:g} %）。</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="511"/>
        <source>Diffuse</source>
        <translation>散射</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="512"/>
        <source>Beam</source>
        <translation>直射</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="513"/>
        <source>Electrical</source>
        <translation>电气</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="539"/>
        <source>{surface}: sun paths, horizon and obstacles</source>
        <translation>{surface}：太阳轨迹、地平线与障碍物</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="548"/>
        <source>PV against the park&apos;s load</source>
        <translation>光伏与园区负荷</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="552"/>
        <source>The project has no load: give the park its meters to see the match.</source>
        <translation>项目没有负荷数据：导入园区电表数据即可查看匹配情况。</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="559"/>
        <source>PV energy</source>
        <translation>光伏发电量</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="561"/>
        <source>Used on site</source>
        <translation>自发自用电量</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="562"/>
        <source>Exported</source>
        <translation>余电上网电量</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="563"/>
        <source>Curtailed</source>
        <translation>弃光电量</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="564"/>
        <source>Imported</source>
        <translation>下网电量</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="565"/>
        <source>Peak import</source>
        <translation>最大下网功率</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="576"/>
        <source>Money and the quote</source>
        <translation>经济性与报价</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="579"/>
        <source>The project has no tariff and costs.</source>
        <translation>项目没有电价和造价数据。</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="583"/>
        <source>Tariff: {tariff}. Source: {source}.</source>
        <translation>电价：{tariff}。来源：{source}。</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="597"/>
        <source>Export revenue, first year</source>
        <translation>首年上网电费收入</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="603"/>
        <source>Discounted payback</source>
        <translation>动态投资回收期</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="604"/>
        <source>LCOE</source>
        <translation>平准化度电成本（LCOE）</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="610"/>
        <source>Quote</source>
        <translation>报价</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="40"/>
        <location filename="../../bipv_designer/report/pdf_report.py" line="730"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="41"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="42"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="43"/>
        <source>Amount [{currency}]</source>
        <translation>金额 [{currency}]</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="627"/>
        <source>Carbon and the zero-carbon park</source>
        <translation>碳减排与零碳园区</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="632"/>
        <source>Grid emission factor</source>
        <translation>电网排放因子</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="641"/>
        <source>Standard coal saved (calorific)</source>
        <translation>节约标准煤（电热当量法）</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="651"/>
        <source>Park indicator: carbon per unit of energy</source>
        <translation>园区指标：单位能耗碳排放</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="654"/>
        <source>Before PV</source>
        <translation>建设光伏前</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="654"/>
        <source>With PV</source>
        <translation>建设光伏后</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="657"/>
        <source>CO2 [t/yr]</source>
        <translation>CO2 [t/年]</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="662"/>
        <source>Intensity [tCO2/tce]</source>
        <translation>单位能耗碳排放 [tCO2/tce]</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="671"/>
        <source>Threshold: {threshold:.2f} tCO2/tce.</source>
        <translation>限值：{threshold:.2f} tCO2/tce。</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="673"/>
        <source>Threshold: {note}.</source>
        <translation>限值：{note}。</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="677"/>
        <source>Green share of electricity {share:.1f} %.</source>
        <translation>绿电占比 {share:.1f} %。</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="686"/>
        <source>Assumptions and sources</source>
        <translation>假设与来源</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="688"/>
        <source>System losses (PVWatts categories)</source>
        <translation>系统损失（PVWatts 分类）</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="690"/>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="700"/>
        <source>Sun and irradiance</source>
        <translation>太阳与辐照</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="701"/>
        <source>pvlib: solar position (SPA), Perez 1990 transposition, physical IAM; DC by PVWatts or the CEC single-diode model; Sandia or PVWatts inverters (docs/physics.md)</source>
        <translation>pvlib：太阳位置（SPA）、Perez 1990 斜面辐照模型、物理入射角修正；直流采用 PVWatts 或 CEC 单二极管模型；逆变器采用 Sandia 或 PVWatts 模型（docs/physics.md）</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="709"/>
        <source>Near shading</source>
        <translation>近距离遮挡</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="710"/>
        <source>per module and bypass-diode substring, sun-direction table 2.5° by 2.5°, Tregenza sky patches, Deline 2013 string rule (docs/shading.md)</source>
        <translation>逐组件、逐旁路二极管子串计算，太阳方向表 2.5°×2.5°，Tregenza 天空分区，Deline 2013 组串规则（docs/shading.md）</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="721"/>
        <source>Grid factor</source>
        <translation>电网排放因子</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="728"/>
        <source>Tariff</source>
        <translation>电价</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="730"/>
        <source>Model or source</source>
        <translation>模型或来源</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="749"/>
        <source>not within the life</source>
        <translation>寿命期内无法回收</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/pdf_report.py" line="750"/>
        <source>{years:.1f} years</source>
        <translation>{years:.1f} 年</translation>
    </message>
</context>
<context>
    <name>ReportJob</name>
    <message>
        <location filename="../../bipv_designer/ui/report_job.py" line="20"/>
        <source>Workbook (*.xlsx)</source>
        <translation>工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/report_job.py" line="21"/>
        <source>Hourly results and park balance (*.csv)</source>
        <translation>逐时结果与园区电量平衡 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/report_job.py" line="22"/>
        <source>Annual results (*.json)</source>
        <translation>年度结果 (*.json)</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/report_job.py" line="23"/>
        <source>Layout for CAD (*.dxf)</source>
        <translation>CAD 布置图 (*.dxf)</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/report_job.py" line="24"/>
        <source>Site plan picture (*.png *.svg)</source>
        <translation>总平面图图片 (*.png *.svg)</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/report_job.py" line="51"/>
        <source>Cancel report</source>
        <translation>取消报告</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/report_job.py" line="62"/>
        <source>Nothing to report</source>
        <translation>没有可生成报告的内容</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/report_job.py" line="66"/>
        <source>Write the report</source>
        <translation>生成报告</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/report_job.py" line="83"/>
        <source>Writing the report…</source>
        <translation>正在生成报告…</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/report_job.py" line="88"/>
        <source>Nothing to export</source>
        <translation>没有可导出的内容</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/report_job.py" line="92"/>
        <source>Export results</source>
        <translation>导出结果</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/report_job.py" line="99"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/report_job.py" line="110"/>
        <source>Report cancelled.</source>
        <translation>报告已取消。</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/report_job.py" line="116"/>
        <source>Simulate the project first (F5).</source>
        <translation>请先模拟项目 (F5)。</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/report_job.py" line="127"/>
        <source>Wrote {0}</source>
        <translation>已写入 {0}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/report_job.py" line="131"/>
        <source>Nothing written.</source>
        <translation>未写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/report_job.py" line="137"/>
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
        <translation>编制</translation>
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
        <location filename="../../bipv_designer/ui/results_workspace.py" line="54"/>
        <source>Report (PDF)…</source>
        <translation>报告 (PDF)…</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/results_workspace.py" line="60"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/results_workspace.py" line="108"/>
        <source>Not simulated yet, or the project changed since: Simulate (F5).</source>
        <translation>尚未模拟，或项目已更改：请模拟 (F5)。</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/results_workspace.py" line="115"/>
        <source>Results of {0}</source>
        <translation>{0} 的结果</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/results_workspace.py" line="119"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/results_workspace.py" line="125"/>
        <source>Weather: {0}</source>
        <translation>气象：{0}</translation>
    </message>
</context>
<context>
    <name>SetbackDialog</name>
    <message>
        <location filename="../../bipv_designer/ui/setback_dialog.py" line="22"/>
        <source>north</source>
        <translation>北</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/setback_dialog.py" line="23"/>
        <source>north-east</source>
        <translation>东北</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/setback_dialog.py" line="24"/>
        <source>east</source>
        <translation>东</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/setback_dialog.py" line="25"/>
        <source>south-east</source>
        <translation>东南</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/setback_dialog.py" line="26"/>
        <source>south</source>
        <translation>南</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/setback_dialog.py" line="27"/>
        <source>south-west</source>
        <translation>西南</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/setback_dialog.py" line="28"/>
        <source>west</source>
        <translation>西</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/setback_dialog.py" line="29"/>
        <source>north-west</source>
        <translation>西北</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/setback_dialog.py" line="30"/>
        <source>top</source>
        <translation>上</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/setback_dialog.py" line="31"/>
        <source>bottom</source>
        <translation>下</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/setback_dialog.py" line="47"/>
        <source>Setback per edge</source>
        <translation>逐边退让距离</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/setback_dialog.py" line="53"/>
        <source>A setback for each edge</source>
        <translation>每条边的退让距离</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/setback_dialog.py" line="58"/>
        <source>Edge</source>
        <translation>边</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/setback_dialog.py" line="58"/>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/setback_dialog.py" line="58"/>
        <source>Setback</source>
        <translation>退让距离</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/setback_dialog.py" line="67"/>
        <source>{0}: {1} side</source>
        <translation>{0}：{1}侧</translation>
    </message>
</context>
<context>
    <name>Shading</name>
    <message>
        <location filename="../../bipv_designer/report/loss_classes.py" line="11"/>
        <source>under 1 %</source>
        <translation>1 % 以下</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/loss_classes.py" line="12"/>
        <source>1 to 3 %</source>
        <translation>1 % 至 3 %</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/loss_classes.py" line="13"/>
        <source>3 to 5 %</source>
        <translation>3 % 至 5 %</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/loss_classes.py" line="14"/>
        <source>5 to 10 %</source>
        <translation>5 % 至 10 %</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/loss_classes.py" line="15"/>
        <source>10 to 20 %</source>
        <translation>10 % 至 20 %</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/loss_classes.py" line="16"/>
        <source>20 % and more</source>
        <translation>20 % 及以上</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/report/plan_figures.py" line="103"/>
        <source>Annual beam shading loss</source>
        <translation>年直射遮挡损失</translation>
    </message>
</context>
<context>
    <name>ShadingLegend</name>
    <message>
        <location filename="../../bipv_designer/ui/canvas/shading_colours.py" line="27"/>
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
        <location filename="../../bipv_designer/ui/simulation_runner.py" line="55"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/simulation_runner.py" line="85"/>
        <source>Simulating…</source>
        <translation>正在模拟…</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/simulation_runner.py" line="92"/>
        <source>Simulation cancelled.</source>
        <translation>模拟已取消。</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/simulation_runner.py" line="112"/>
        <source>The project changed while simulating; run again.</source>
        <translation>模拟期间项目已更改，请重新运行。</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/simulation_runner.py" line="117"/>
        <source>Simulated.</source>
        <translation>已模拟。</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/simulation_runner.py" line="121"/>
        <source>Simulation failed.</source>
        <translation>模拟失败。</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/simulation_runner.py" line="122"/>
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
    <message>
        <location filename="../../bipv_designer/ui/panels/site_panel.py" line="220"/>
        <source>{0} directions, highest {1}°</source>
        <translation>{0} 个方向，最高 {1}°</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/site_panel.py" line="224"/>
        <source>free (none)</source>
        <translation>开阔（无）</translation>
    </message>
</context>
<context>
    <name>StringPlanPanel</name>
    <message>
        <location filename="../../bipv_designer/ui/panels/string_plan_panel.py" line="26"/>
        <source>Inverter</source>
        <translation>逆变器</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/string_plan_panel.py" line="28"/>
        <source>Array</source>
        <translation>方阵</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/string_plan_panel.py" line="29"/>
        <source>Modules</source>
        <translation>组件</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/string_plan_panel.py" line="30"/>
        <source>Strings</source>
        <translation>组串数</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/string_plan_panel.py" line="67"/>
        <source>Plan strings automatically</source>
        <translation>自动规划组串</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/string_plan_panel.py" line="72"/>
        <source>One plan for every array with chosen inverters and a module datasheet: the string length that wires the most modules, spread evenly over the inputs</source>
        <translation>为每个已选逆变器且组件有规格书参数的方阵生成组串方案：取能接入最多组件的组串长度，并均匀分配到各路输入</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/string_plan_panel.py" line="80"/>
        <source>Add a row</source>
        <translation>添加一行</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/string_plan_panel.py" line="83"/>
        <source>Remove the row</source>
        <translation>删除该行</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/string_plan_panel.py" line="87"/>
        <source>Clear the plan</source>
        <translation>清空方案</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/string_plan_panel.py" line="137"/>
        <source>No string plan: each array feeds its own inverters. Choose inverters for the arrays (layout panel), then plan the strings.</source>
        <translation>无组串方案：各方阵接入各自的逆变器。请先为方阵选择逆变器（布置面板），再规划组串。</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/string_plan_panel.py" line="145"/>
        <source>No warnings: every module strung once, within limits.</source>
        <translation>无警告：每块组件均已接入一次，且在限值之内。</translation>
    </message>
</context>
<context>
    <name>Strings</name>
    <message>
        <location filename="../../bipv_designer/layout/string_plan.py" line="195"/>
        <source>array {array}: its module has no datasheet; strings not checked</source>
        <translation>方阵 {array}：其组件没有规格书参数，未校核组串</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/layout/string_plan.py" line="244"/>
        <source>{name}: DC/AC ratio {ratio:.2f} outside {low:g}-{high:g}</source>
        <translation>{name}：容配比 {ratio:.2f} 超出 {low:g}–{high:g}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/layout/strings.py" line="134"/>
        <source>inverter maximum DC voltage</source>
        <translation>逆变器最大直流电压</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/layout/strings.py" line="135"/>
        <source>module maximum system voltage</source>
        <translation>组件最大系统电压</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/layout/strings.py" line="138"/>
        <source>MPPT upper voltage</source>
        <translation>MPPT 电压上限</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/layout/strings.py" line="222"/>
        <source>{name}: {message}</source>
        <translation>{name}：{message}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/layout/strings.py" line="228"/>
        <source>{used} MPPT inputs used, the inverter has {count}</source>
        <translation>使用了 {used} 路 MPPT 输入，逆变器只有 {count} 路</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/layout/strings.py" line="243"/>
        <source>MPPT {number}: {n} modules of {array} exceed the {limit} ({most} at most, Voc {voc:.0f} V at {temp:g} C)</source>
        <translation>MPPT {number}：{array} 的 {n} 块组件超过{limit}（最多 {most} 块，{temp:g} °C 时 Voc {voc:.0f} V）</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/layout/strings.py" line="260"/>
        <source>MPPT {number}: {n} modules of {array} fall below the MPPT range ({least} at least, Vmp {vmp:.0f} V at {temp:g} C)</source>
        <translation>MPPT {number}：{array} 的 {n} 块组件低于 MPPT 电压范围（至少 {least} 块，{temp:g} °C 时 Vmp {vmp:.0f} V）</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/layout/strings.py" line="278"/>
        <source>MPPT {number}: {strings} strings on {connectors} connectors</source>
        <translation>MPPT {number}：{strings} 串接入 {connectors} 个接口</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/layout/strings.py" line="285"/>
        <source>MPPT {number}: short-circuit current {current:.1f} A exceeds the input&apos;s {limit:g} A</source>
        <translation>MPPT {number}：短路电流 {current:.1f} A 超过该路输入的 {limit:g} A</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/layout/strings.py" line="294"/>
        <source>MPPT {number}: strings of different orientations</source>
        <translation>MPPT {number}：组串朝向不同</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/layout/strings.py" line="301"/>
        <source>MPPT {number}: strings of different lengths</source>
        <translation>MPPT {number}：组串长度不同</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/layout/strings.py" line="308"/>
        <source>DC/AC ratio {ratio:.2f} outside {low:g}-{high:g}</source>
        <translation>容配比 {ratio:.2f} 超出 {low:g}–{high:g}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/layout/strings.py" line="332"/>
        <source>array {array}: {count} of its {expected} modules in strings</source>
        <translation>方阵 {array}：{expected} 块组件中有 {count} 块接入组串</translation>
    </message>
</context>
<context>
    <name>SunPathDialog</name>
    <message>
        <location filename="../../bipv_designer/ui/sun_path_dialog.py" line="28"/>
        <source>{0}: sun paths, horizon and obstacles seen from the middle of its modules</source>
        <translation>{0}：从组件中心看到的太阳轨迹、地平线与障碍物</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/sun_path_dialog.py" line="36"/>
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
        <location filename="../../bipv_designer/ui/panels/surface_panel.py" line="60"/>
        <source>Exclude from layout and simulation</source>
        <translation>不参与布置与模拟</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/surface_panel.py" line="70"/>
        <source>Fill with modules</source>
        <translation>布置组件</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/surface_panel.py" line="76"/>
        <source>Layout of its modules…</source>
        <translation>组件布置…</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/surface_panel.py" line="82"/>
        <source>Sun path, horizon and obstacles…</source>
        <translation>太阳轨迹、地平线与障碍物…</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/surface_panel.py" line="87"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/surface_panel.py" line="90"/>
        <source>Mounting</source>
        <translation>安装方式</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/surface_panel.py" line="95"/>
        <source>Tilt / azimuth</source>
        <translation>倾角 / 方位角</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/surface_panel.py" line="99"/>
        <source>Area</source>
        <translation>面积</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/surface_panel.py" line="102"/>
        <source>Openings</source>
        <translation>门窗洞口</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/surface_panel.py" line="107"/>
        <source>Overhangs and fins</source>
        <translation>遮阳板与翼板</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/surface_panel.py" line="112"/>
        <source>Modules</source>
        <translation>组件</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/surface_panel.py" line="151"/>
        <source>{0} in &apos;{1}&apos;</source>
        <translation>{0} 块，位于“{1}”</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/surface_panel.py" line="153"/>
        <source>none yet</source>
        <translation>尚无</translation>
    </message>
</context>
<context>
    <name>SurfaceTable</name>
    <message>
        <location filename="../../bipv_designer/ui/results_table.py" line="10"/>
        <source>Surface</source>
        <translation>安装面</translation>
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
    <name>Surfaces</name>
    <message>
        <location filename="../../bipv_designer/geometry/derive.py" line="73"/>
        <source>N</source>
        <translation>北</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/geometry/derive.py" line="74"/>
        <source>NE</source>
        <translation>东北</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/geometry/derive.py" line="75"/>
        <source>E</source>
        <translation>东</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/geometry/derive.py" line="76"/>
        <source>SE</source>
        <translation>东南</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/geometry/derive.py" line="77"/>
        <source>S</source>
        <translation>南</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/geometry/derive.py" line="78"/>
        <source>SW</source>
        <translation>西南</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/geometry/derive.py" line="79"/>
        <source>W</source>
        <translation>西</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/geometry/derive.py" line="80"/>
        <source>NW</source>
        <translation>西北</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/geometry/derive.py" line="83"/>
        <source>roof</source>
        <translation>屋面</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/geometry/derive.py" line="84"/>
        <source>glazing</source>
        <translation>采光面</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/geometry/derive.py" line="85"/>
        <source>facade</source>
        <translation>立面</translation>
    </message>
</context>
<context>
    <name>TouEditor</name>
    <message>
        <location filename="../../bipv_designer/ui/panels/tou_editor.py" line="42"/>
        <source>Period</source>
        <translation>时段</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/tou_editor.py" line="43"/>
        <source>Price /kWh</source>
        <translation>电价 /kWh</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/tou_editor.py" line="44"/>
        <source>Export /kWh</source>
        <translation>上网电价 /kWh</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/tou_editor.py" line="52"/>
        <source>Months</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/tou_editor.py" line="53"/>
        <source>Days</source>
        <translation>日类型</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/tou_editor.py" line="54"/>
        <source>Hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/tou_editor.py" line="61"/>
        <source>Add period</source>
        <translation>添加时段</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/tou_editor.py" line="63"/>
        <source>Add band</source>
        <translation>添加电价段</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <location filename="../../bipv_designer/ui/panels/load_panel.py" line="98"/>
        <location filename="../../bipv_designer/ui/panels/money_panel.py" line="121"/>
        <source> kWh/yr</source>
        <translation> kWh/年</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/money_panel.py" line="35"/>
        <source> m³/yr</source>
        <translation> m³/年</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/money_panel.py" line="36"/>
        <location filename="../../bipv_designer/ui/panels/money_panel.py" line="37"/>
        <source> kg/yr</source>
        <translation> kg/年</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/money_panel.py" line="38"/>
        <location filename="../../bipv_designer/ui/panels/money_panel.py" line="39"/>
        <source> GJ/yr</source>
        <translation> GJ/年</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/money_panel.py" line="72"/>
        <source> /kW/month</source>
        <translation> /kW/月</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/money_panel.py" line="81"/>
        <source> /kWp/yr</source>
        <translation> /kWp/年</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/money_panel.py" line="84"/>
        <source> years</source>
        <translation> 年</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/ui/panels/background_panel.py" line="37"/>
        <source> m/px</source>
        <translation> m/像素</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <location filename="../../bipv_designer/ui/help.py" line="22"/>
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
    <name>Weather</name>
    <message>
        <location filename="../../bipv_designer/weather/checks.py" line="311"/>
        <source>the irradiance is centred {hours:.2f} h after solar noon (GHI-weighted mean time of day; expected within {tolerance:g} h): the file&apos;s time stamps are probably shifted</source>
        <translation>辐照中心时刻比太阳正午晚 {hours:.2f} h（按 GHI 加权的平均时刻；应在 {tolerance:g} h 以内）：文件的时间戳可能有偏移</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/weather/checks.py" line="318"/>
        <source>the irradiance is centred {hours:.2f} h before solar noon (GHI-weighted mean time of day; expected within {tolerance:g} h): the file&apos;s time stamps are probably shifted</source>
        <translation>辐照中心时刻比太阳正午早 {hours:.2f} h（按 GHI 加权的平均时刻；应在 {tolerance:g} h 以内）：文件的时间戳可能有偏移</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/weather/decompose.py" line="51"/>
        <source>GHI only: the file&apos;s DNI and DHI were replaced by the DIRINT split of its GHI</source>
        <translation>仅用 GHI：文件中的 DNI 和 DHI 已由其 GHI 的 DIRINT 分解结果替换</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/weather/plain_csv.py" line="130"/>
        <source>no &apos;dni&apos; and &apos;dhi&apos; columns: GHI split into DNI and DHI with the Erbs model</source>
        <translation>没有 &apos;dni&apos; 和 &apos;dhi&apos; 列：已用 Erbs 模型将 GHI 分解为 DNI 和 DHI</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/weather/plain_csv.py" line="245"/>
        <source>no {column} column: {default:g} {unit} assumed for every record</source>
        <translation>没有 {column} 列：所有记录按 {default:g} {unit} 计</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/weather/plain_csv.py" line="253"/>
        <source>columns {names} ignored</source>
        <translation>已忽略列 {names}</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/weather/relocate.py" line="85"/>
        <source>weather is for {place}, {distance:,.0f} km from the site</source>
        <translation>气象数据属于 {place}，距场址 {distance:,.0f} km</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/weather/relocate.py" line="102"/>
        <source>, {distance:,.0f} km from the site</source>
        <translation>，距场址 {distance:,.0f} km</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/weather/relocate.py" line="110"/>
        <source>weather is for {place}{away}; its records were moved by {hours:+g} h to keep their solar time</source>
        <translation>气象数据属于 {place}{away}；为保持太阳时，其记录平移了 {hours:+g} h</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/weather/stations.py" line="154"/>
        <source>the nearest climatology station, {station}, is {distance:.0f} km from the site (more than {far:.0f} km): its climate may differ</source>
        <translation>最近的气候站 {station} 距场址 {distance:.0f} km（超过 {far:.0f} km）：气候可能不同</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/weather/stations.py" line="162"/>
        <source>station {station} lies {metres:.0f} m higher than the site (more than {limit:.0f} m): air temperatures may differ by {kelvin:.1f} K</source>
        <translation>气候站 {station} 比场址高 {metres:.0f} m（超过 {limit:.0f} m）：气温可能相差 {kelvin:.1f} K</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/weather/stations.py" line="168"/>
        <source>station {station} lies {metres:.0f} m lower than the site (more than {limit:.0f} m): air temperatures may differ by {kelvin:.1f} K</source>
        <translation>气候站 {station} 比场址低 {metres:.0f} m（超过 {limit:.0f} m）：气温可能相差 {kelvin:.1f} K</translation>
    </message>
    <message>
        <location filename="../../bipv_designer/weather/synthetic.py" line="154"/>
        <source>no wind data: wind speed set to {speed:g} m/s (PVWatts/SAM default)</source>
        <translation>无风速数据：风速取 {speed:g} m/s（PVWatts/SAM 默认值）</translation>
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
