import { BarController, BarElement, CategoryScale, Chart, LinearScale } from 'chart.js';
import { useEffect, useRef } from 'react';

// Only what a bar chart needs, so the bundle carries no other chart type (chart.js is tree-shaken).
Chart.register(BarController, BarElement, CategoryScale, LinearScale);

export interface Bar {
  readonly label: string;
  readonly value: number;
}

/**
 * A horizontal bar chart of counts on a canvas. The canvas is an image with a short description;
 * the numbers themselves are always in the table next to it, which is what screen readers read.
 */
export function BarChart({ bars, description, testId }: { bars: readonly Bar[]; description: string; testId: string }) {
  const canvas = useRef<HTMLCanvasElement | null>(null);
  useEffect(() => {
    if (canvas.current === null) return undefined;
    const chart = new Chart(canvas.current, {
      type: 'bar',
      data: {
        labels: bars.map((bar) => bar.label),
        datasets: [{ data: bars.map((bar) => bar.value), backgroundColor: '#1f5f8b' }],
      },
      options: {
        indexAxis: 'y',
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: { x: { beginAtZero: true, ticks: { precision: 0 } } },
      },
    });
    return () => chart.destroy();
  }, [bars]);
  return (
    <div className="bar-chart" style={{ position: 'relative', height: `${Math.max(2, bars.length) * 2.2 + 2}rem` }}>
      <canvas ref={canvas} role="img" aria-label={description} data-testid={testId} />
    </div>
  );
}
