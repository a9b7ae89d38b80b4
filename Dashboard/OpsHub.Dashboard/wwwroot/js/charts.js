// OpsHub's own small interop around ApexCharts (loaded globally from lib/apexcharts). One chart per element.
const charts = new WeakMap();

export function render(element, options) {
  const existing = charts.get(element);
  if (existing) {
    return existing.updateOptions(options, false, false, true);
  }
  const chart = new window.ApexCharts(element, options);
  charts.set(element, chart);
  return chart.render();
}

export function destroy(element) {
  const chart = charts.get(element);
  if (chart) {
    chart.destroy();
    charts.delete(element);
  }
}
