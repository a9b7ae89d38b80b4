// OpsHub's own small interop around ApexCharts (loaded globally from lib/apexcharts). One chart per element.
const charts = new WeakMap();

// ApexCharts sizes text in pixels; a 3840x2160 wall needs it twice as large as a 1920x1080 one to read the same.
function scaled(options) {
  const scale = Math.max(1, window.innerWidth / 1920);
  const px = (n) => `${Math.round(n * scale)}px`;
  const style = { fontSize: px(16) };
  return {
    ...options,
    xaxis: { ...(options.xaxis || {}), labels: { ...((options.xaxis || {}).labels || {}), style } },
    yaxis: { ...(options.yaxis || {}), labels: { ...((options.yaxis || {}).labels || {}), style } },
    legend: { ...(options.legend || {}), fontSize: px(18), markers: { size: 7 * scale } },
    tooltip: { ...(options.tooltip || {}), style: { fontSize: px(16) } },
  };
}

export function render(element, options) {
  const sized = scaled(options);
  const existing = charts.get(element);
  if (existing) {
    return existing.updateOptions(sized, false, false, true);
  }
  const chart = new window.ApexCharts(element, sized);
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
