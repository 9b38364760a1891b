// Chart.js 4.6: a doughnut turned into a half gauge (rotation -90°, circumference 180°),
// no animation, the percentage drawn by a 6-line plugin.
import { Chart } from './chartjs.lib.js';
import { register } from './harness.js';

let charts = [];

const figure = {
  id: 'figure',
  afterDraw(chart) {
    const { ctx, chartArea } = chart;
    ctx.save();
    ctx.font = '700 26px system-ui, sans-serif';
    ctx.textAlign = 'center';
    ctx.fillStyle = '#1b1f24';
    ctx.fillText(`${chart.data.datasets[0].data[0]}%`, (chartArea.left + chartArea.right) / 2, chartArea.bottom - 6);
    ctx.restore();
  },
};

const data = (v) => [v, Math.round((100 - v) * 10) / 10];

register({
  mount(boxes, values) {
    charts = boxes.map((box, i) => {
      const canvas = document.createElement('canvas');
      canvas.width = 240;
      canvas.height = 160;
      box.append(canvas);
      return new Chart(canvas, {
        type: 'doughnut',
        data: { datasets: [{ data: data(values[i]), backgroundColor: ['#0a66c2', '#d8dee4'], borderWidth: 0 }] },
        options: { responsive: false, animation: false, rotation: -90, circumference: 180, cutout: '72%' },
        plugins: [figure],
      });
    });
  },
  update(values) {
    charts.forEach((chart, i) => {
      chart.data.datasets[0].data = data(values[i]);
      chart.update('none');
    });
  },
  check(values) {
    for (const [i, chart] of charts.entries()) {
      if (chart.data.datasets[0].data[0] !== values[i] || !chart.getDatasetMeta(0).data.length)
        return `chart ${i} not drawn with ${values[i]}`;
    }
    return charts.length === 100 ? null : `${charts.length} charts`;
  },
});
