// ECharts 6.1: a gauge series as a half circle with a progress arc, SVG renderer, no animation.
import { init } from './echarts.lib.js';
import { register } from './harness.js';

let charts = [];

const option = (v) => ({
  animation: false,
  series: [
    {
      type: 'gauge',
      startAngle: 180,
      endAngle: 0,
      min: 0,
      max: 100,
      center: ['50%', '88%'],
      radius: '125%',
      progress: { show: true, width: 20, itemStyle: { color: '#0a66c2' } },
      axisLine: { lineStyle: { width: 20, color: [[1, '#d8dee4']] } },
      pointer: { show: false },
      anchor: { show: false },
      axisTick: { show: false },
      splitLine: { show: false },
      axisLabel: { show: false },
      title: { show: false },
      detail: { valueAnimation: false, offsetCenter: [0, '-12%'], fontSize: 26, fontWeight: 700, color: '#1b1f24', formatter: '{value}%' },
      data: [{ value: v }],
    },
  ],
});

const finished = (chart) =>
  new Promise((resolve) =>
    chart.on('finished', function done() {
      chart.off('finished', done);
      resolve();
    }),
  );

register({
  async mount(boxes, values) {
    const done = [];
    charts = boxes.map((box, i) => {
      const chart = init(box, null, { renderer: 'svg', width: 240, height: 160 });
      done.push(finished(chart));
      chart.setOption(option(values[i]));
      return chart;
    });
    await Promise.all(done);
  },
  async update(values) {
    const done = charts.map(finished);
    charts.forEach((chart, i) => chart.setOption({ series: [{ data: [{ value: values[i] }] }] }));
    await Promise.all(done);
  },
  check(values) {
    for (const [i, chart] of charts.entries()) {
      if (chart.getOption().series[0].data[0].value !== values[i]) return `chart ${i} not at ${values[i]}`;
      if (!chart.getDom().querySelector('svg path')) return `chart ${i} drew nothing`;
    }
    return charts.length === 100 ? null : `${charts.length} charts`;
  },
});
