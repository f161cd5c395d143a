//! SVG plots: speedup per program per engine, JIT compile time against run
//! time, and the JIT threshold sweep.

use plotters::prelude::*;
use std::path::Path;

/// A fixed colour per engine name, so plots agree with each other.
fn engine_color(i: usize, name: &str) -> RGBColor {
    match name {
        "ast" => RGBColor(150, 150, 150),
        "vm-switch" => RGBColor(255, 160, 60),
        "vm-threaded" => RGBColor(220, 90, 30),
        "jit" => RGBColor(40, 110, 200),
        "jit-no-osr" => RGBColor(120, 170, 230),
        "go" => RGBColor(0, 160, 130),
        _ => {
            let p = Palette99::pick(i + 20).to_rgba();
            RGBColor(p.0, p.1, p.2)
        }
    }
}

/// Distinguishable line colours (dark enough on white), cycled.
fn line_color(k: usize) -> RGBColor {
    const C: [(u8, u8, u8); 16] = [
        (31, 119, 180),
        (255, 127, 14),
        (44, 160, 44),
        (214, 39, 40),
        (148, 103, 189),
        (140, 86, 75),
        (227, 119, 194),
        (127, 127, 127),
        (188, 189, 34),
        (23, 190, 207),
        (0, 0, 128),
        (128, 0, 0),
        (0, 100, 0),
        (255, 0, 255),
        (70, 70, 70),
        (205, 133, 0),
    ];
    let (r, g, b) = C[k % C.len()];
    RGBColor(r, g, b)
}

fn err<E: std::fmt::Display>(e: E) -> String {
    e.to_string()
}

/// Horizontal grouped bars, logarithmic x axis: for each program (one row
/// group), one bar per series with value `speedup` (`None`: no bar).
pub fn speedup_chart(
    path: &Path,
    title: &str,
    programs: &[String],
    series: &[(String, Vec<Option<f64>>)],
) -> Result<(), String> {
    let axis = Axis {
        desc: "speedup (log scale; 1 = baseline)",
        baseline: Some(1.0),
        label: &|v| if v >= 1.0 { format!("{v:.0}×") } else { format!("{v}×") },
    };
    bar_chart(path, title, &axis, programs, series)
}

/// JIT compile time next to the whole run's wall time, per program, in
/// milliseconds on a log scale: the gap is what compiling costs.
pub fn compile_chart(
    path: &Path,
    programs: &[String],
    compile_ms: &[Option<f64>],
    wall_ms: &[Option<f64>],
) -> Result<(), String> {
    let axis = Axis {
        desc: "milliseconds (log scale)",
        baseline: None,
        label: &|v| if v >= 1.0 { format!("{v:.0}") } else { format!("{v}") },
    };
    let series =
        vec![("jit wall time".to_string(), wall_ms.to_vec()), ("jit compile time".to_string(), compile_ms.to_vec())];
    bar_chart(path, "JIT compile time vs run time (median per run)", &axis, programs, &series)
}

/// The value axis of a bar chart.
struct Axis<'a> {
    desc: &'a str,
    /// A reference line (and the axis range always includes it).
    baseline: Option<f64>,
    label: &'a dyn Fn(f64) -> String,
}

fn bar_chart(
    path: &Path,
    title: &str,
    axis: &Axis,
    programs: &[String],
    series: &[(String, Vec<Option<f64>>)],
) -> Result<(), String> {
    let vals: Vec<f64> = series.iter().flat_map(|(_, v)| v.iter().flatten().copied()).filter(|v| *v > 0.0).collect();
    if vals.is_empty() || programs.is_empty() {
        return Err("nothing to plot".into());
    }
    let base = axis.baseline;
    let lo = vals.iter().cloned().fold(base.unwrap_or(f64::INFINITY), f64::min);
    let hi = vals.iter().cloned().fold(base.unwrap_or(f64::NEG_INFINITY), f64::max);
    // whole decades around the data
    let (lo, hi) = (10f64.powf((lo.log10() - 0.05).floor()), 10f64.powf((hi.log10() + 0.05).ceil()));
    let nser = series.len().max(1);
    let group_h = (nser as u32 * 12 + 10).max(26);
    let height = 110 + group_h * programs.len() as u32 + 20 * (nser as u32).div_ceil(4);
    let root = SVGBackend::new(path, (1000, height)).into_drawing_area();
    root.fill(&WHITE).map_err(err)?;
    let n = programs.len() as f64;
    let mut chart = ChartBuilder::on(&root)
        .caption(title, ("sans-serif", 20))
        .margin(15)
        .x_label_area_size(40)
        .y_label_area_size(150)
        .build_cartesian_2d((lo..hi).log_scale(), 0f64..n)
        .map_err(err)?;
    chart
        .configure_mesh()
        .disable_y_mesh()
        .y_labels(0)
        .x_desc(axis.desc)
        .x_label_formatter(&|v| (axis.label)(*v))
        .draw()
        .map_err(err)?;
    // program names, top to bottom
    for (i, p) in programs.iter().enumerate() {
        let y = n - i as f64 - 0.5;
        let (px, py) = chart.backend_coord(&(lo, y));
        root.draw(&Text::new(
            p.clone(),
            (px - 8, py),
            ("sans-serif", 13).into_font().color(&BLACK).pos(plotters::style::text_anchor::Pos::new(
                plotters::style::text_anchor::HPos::Right,
                plotters::style::text_anchor::VPos::Center,
            )),
        ))
        .map_err(err)?;
    }
    let bar = 0.8 / nser as f64;
    for (k, (name, v)) in series.iter().enumerate() {
        let color = if base.is_some() { engine_color(k, name) } else { line_color(k) };
        let rects: Vec<Rectangle<(f64, f64)>> = v
            .iter()
            .enumerate()
            .filter_map(|(i, x)| {
                let x = (*x)?;
                let top = n - i as f64 - 0.1 - bar * k as f64;
                Some(Rectangle::new([(lo, top - bar), (x.max(lo), top)], color.filled()))
            })
            .collect();
        chart
            .draw_series(rects)
            .map_err(err)?
            .label(name.clone())
            .legend(move |(x, y)| Rectangle::new([(x, y - 5), (x + 12, y + 5)], color.filled()));
    }
    if let Some(b) = base {
        chart.draw_series(LineSeries::new(vec![(b, 0.0), (b, n)], BLACK.stroke_width(1))).map_err(err)?;
    }
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::LowerRight)
        .background_style(WHITE.mix(0.85))
        .border_style(BLACK)
        .draw()
        .map_err(err)?;
    root.present().map_err(err)?;
    Ok(())
}

/// One line per program: wall time at each threshold relative to that
/// program's best threshold (1 = best).
pub fn sweep_chart(path: &Path, thresholds: &[u32], series: &[(String, Vec<Option<f64>>)]) -> Result<(), String> {
    let vals: Vec<f64> = series.iter().flat_map(|(_, v)| v.iter().flatten().copied()).collect();
    if vals.is_empty() || thresholds.is_empty() {
        return Err("nothing to plot".into());
    }
    let hi = vals.iter().cloned().fold(1.0, f64::max);
    let hi = (hi * 1.1).max(1.2);
    let root = SVGBackend::new(path, (900, 560)).into_drawing_area();
    root.fill(&WHITE).map_err(err)?;
    let nt = thresholds.len();
    let ts = thresholds.to_vec();
    let mut chart = ChartBuilder::on(&root)
        .caption("JIT threshold sweep (time relative to the best threshold)", ("sans-serif", 20))
        .margin(15)
        .x_label_area_size(45)
        .y_label_area_size(60)
        .build_cartesian_2d(-0.3f64..(nt as f64 - 0.7), 0.9f64..hi)
        .map_err(err)?;
    chart
        .configure_mesh()
        .x_labels(nt)
        .x_label_formatter(&|v| {
            let i = v.round();
            if (v - i).abs() < 1e-6 && i >= 0.0 && (i as usize) < ts.len() {
                ts[i as usize].to_string()
            } else {
                String::new()
            }
        })
        .x_desc("--jit-threshold")
        .y_desc("wall time / best")
        .draw()
        .map_err(err)?;
    for (k, (name, v)) in series.iter().enumerate() {
        let color = line_color(k);
        let pts: Vec<(f64, f64)> = v.iter().enumerate().filter_map(|(i, y)| y.map(|y| (i as f64, y))).collect();
        chart
            .draw_series(LineSeries::new(pts.clone(), color.stroke_width(2)))
            .map_err(err)?
            .label(name.clone())
            .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 16, y)], color.stroke_width(2)));
        chart.draw_series(pts.iter().map(|&p| Circle::new(p, 3, color.filled()))).map_err(err)?;
    }
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::UpperRight)
        .background_style(WHITE.mix(0.85))
        .border_style(BLACK)
        .draw()
        .map_err(err)?;
    root.present().map_err(err)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_svgs() {
        let dir = std::env::temp_dir().join(format!("benchsuite-plot-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let p = dir.join("s.svg");
        speedup_chart(
            &p,
            "t",
            &["fib".into(), "sieve".into()],
            &[("jit".into(), vec![Some(10.0), None]), ("vm-threaded".into(), vec![Some(1.3), Some(0.8)])],
        )
        .unwrap();
        let s = std::fs::read_to_string(&p).unwrap();
        assert!(s.starts_with("<svg") && s.contains("sieve") && s.contains("vm-threaded"));
        let q = dir.join("t.svg");
        sweep_chart(&q, &[0, 10, 100], &[("fib".into(), vec![Some(1.0), Some(1.5), None])]).unwrap();
        assert!(std::fs::read_to_string(&q).unwrap().contains("fib"));
        assert!(speedup_chart(&p, "t", &["a".into()], &[("x".into(), vec![None])]).is_err());
        let c = dir.join("c.svg");
        compile_chart(&c, &["fib".into(), "sieve".into()], &[Some(1.5), Some(0.2)], &[Some(40.0), None]).unwrap();
        assert!(std::fs::read_to_string(&c).unwrap().contains("compile"));
        let _ = std::fs::remove_dir_all(&dir);
    }
}
