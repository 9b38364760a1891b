// ECharts 6 tree-shaken: core, the gauge series and the SVG renderer only.
import { init, use } from 'echarts/core';
import { GaugeChart } from 'echarts/charts';
import { SVGRenderer } from 'echarts/renderers';

use([GaugeChart, SVGRenderer]);
export { init };
