// Stands in for d3-shape's `arc` when d3-shape is not installed (it left the project's
// dependencies once the gauge stopped using it). Only what minimal-lit-gauge.js calls: an
// annular sector, angles in radians clockwise from 12 o'clock as in d3. bench/run.js uses it
// only then, and says so in its output; the baseline's size then excludes d3-shape's arc.
export function arc() {
  let inner = 0;
  let outer = 1;
  let start = 0;
  const point = (r, a) => `${r * Math.sin(a)},${-r * Math.cos(a)}`;
  const shape = ({ endAngle }) => {
    const large = Math.abs(endAngle - start) > Math.PI ? 1 : 0;
    const sweep = endAngle >= start ? 1 : 0;
    return (
      `M${point(outer, start)}A${outer},${outer},0,${large},${sweep},${point(outer, endAngle)}` +
      `L${point(inner, endAngle)}A${inner},${inner},0,${large},${1 - sweep},${point(inner, start)}Z`
    );
  };
  shape.innerRadius = (r) => ((inner = r), shape);
  shape.outerRadius = (r) => ((outer = r), shape);
  shape.startAngle = (a) => ((start = a), shape);
  return shape;
}
