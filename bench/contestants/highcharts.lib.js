// Highcharts 13.1 with the two modules a solid gauge needs (ES module build, as documented).
import Highcharts from 'highcharts/esm/highcharts.js';

import 'highcharts/esm/highcharts-more.js';
import 'highcharts/esm/modules/solid-gauge.js';

export { Highcharts };
