// the statistics dashboard: each rate as a bar, its target as a line (data from the page, no inline script)
(function () {
  'use strict';
  var box = document.getElementById('rates-chart');
  var data = JSON.parse(document.getElementById('chart-data').textContent);
  var chart = echarts.init(box, null, { renderer: 'svg' });
  chart.setOption({
    animation: false,
    grid: { left: 48, right: 16, top: 24, bottom: 64 },
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    xAxis: { type: 'category', data: data.figures.map(function (f) { return f.label; }), axisLabel: { interval: 0, rotate: 20 } },
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value} %' } },
    series: [
      { name: '%', type: 'bar', data: data.figures.map(function (f) { return f.rate; }), itemStyle: { color: '#0b5cad' } },
      { name: data.targetLabel, type: 'line', step: 'middle', data: data.figures.map(function (f) { return f.target || null; }),
        itemStyle: { color: '#b3261e' }, lineStyle: { type: 'dashed' } }
    ]
  });
  box.setAttribute('data-rendered', 'true');
  window.addEventListener('resize', function () { chart.resize(); });
})();
