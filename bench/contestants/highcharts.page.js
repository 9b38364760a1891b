// Highcharts 13.1: a solid gauge (half circle), no animation, no credits, no tooltip.
import { register } from './harness.js';
import { Highcharts } from './highcharts.lib.js';

let charts = [];

const options = (v) => ({
  chart: { type: 'solidgauge', width: 240, height: 160, animation: false, spacing: [4, 4, 4, 4] },
  title: { text: null },
  credits: { enabled: false },
  tooltip: { enabled: false },
  accessibility: { enabled: false },
  pane: {
    center: ['50%', '88%'],
    size: '160%',
    startAngle: -90,
    endAngle: 90,
    background: [{ backgroundColor: '#d8dee4', innerRadius: '78%', outerRadius: '100%', shape: 'arc', borderWidth: 0 }],
  },
  yAxis: { min: 0, max: 100, lineWidth: 0, tickPositions: [], labels: { enabled: false }, minColor: '#0a66c2', maxColor: '#0a66c2' },
  plotOptions: {
    solidgauge: {
      animation: false,
      innerRadius: '78%',
      dataLabels: {
        y: -30,
        borderWidth: 0,
        format: '{y}%',
        style: { fontSize: '26px', fontWeight: '700', color: '#1b1f24', textOutline: 'none' },
      },
    },
  },
  series: [{ name: 'value', data: [v] }],
});

register({
  mount(boxes, values) {
    charts = boxes.map((box, i) => Highcharts.chart(box, options(values[i])));
  },
  update(values) {
    charts.forEach((chart, i) => {
      chart.series[0].points[0].update(values[i], false);
      chart.redraw(false);
    });
  },
  check(values) {
    for (const [i, chart] of charts.entries()) {
      const point = chart.series[0].points[0];
      if (point.y !== values[i] || !point.graphic) return `chart ${i} not at ${values[i]}`;
    }
    return charts.length === 100 ? null : `${charts.length} charts`;
  },
});
