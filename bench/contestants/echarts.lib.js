// ECharts 6 tree-shaken: core, the gauge series and the SVG renderer only.
import { GaugeChart } from 'echarts/charts';
import { init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

use([GaugeChart, SVGRenderer]);
export { init };
