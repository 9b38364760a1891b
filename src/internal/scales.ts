/**
 * The d3 pieces the chart elements draw with, in one place: band and linear scales
 * for rankings and sparklines, line and area for sparklines. Elements import them from
 * here so their byte cost is measured and, if a budget demands, replaced in one file.
 */
export { scaleBand, scaleLinear, type ScaleBand, type ScaleLinear } from 'd3-scale';
export { area, line } from 'd3-shape';
