#pragma once
// The laws of parallel speedup as pure functions (no Qt, no threads), shared by the
// scenario, the calculator panel and the tests.
//
//   s = serial fraction, p = processors (threads), S = measured speedup.
//   Amdahl (fixed work):       S(p) = 1 / (s + (1 - s) / p)          ceiling 1/s
//   Gustafson (scaled work):   S(p) = s + (1 - s) p = p - s (p - 1)
//   Karp–Flatt metric:         e(S, p) = (1/S - 1/p) / (1 - 1/p)      (p > 1)
//   Efficiency:                E(S, p) = S / p
#include <utility>
#include <vector>

namespace scaling {

double amdahl(double s, double p);
double gustafson(double s, double p);
// The serial fraction that makes Amdahl's law reproduce `speedup` at p: NaN for p <= 1.
double karpFlatt(double speedup, double p);
double efficiency(double speedup, double p);
// Amdahl's ceiling 1/s (infinity for s = 0).
double amdahlCeiling(double s);

struct Fit {
    double serialFraction = 0.0; // least-squares estimate (not clamped: < 0 means superlinear)
    double rmsResidual = 0.0;    // root mean square residual of the fitted quantity
    int points = 0;              // points that carried information (p > 1)
    bool ok = false;             // false if no point had p > 1
};

// Least-squares fit of Amdahl's serial fraction to measured (p, speedup) points. Amdahl's
// law is linear in s once inverted: 1/S - 1/p = s (1 - 1/p), so with x = 1 - 1/p and
// y = 1/S - 1/p the estimate through the origin is s = sum(x y) / sum(x x) (closed form;
// points with p = 1 carry no information and are skipped). Exact for exact measurements.
Fit fitAmdahl(const std::vector<std::pair<double, double>>& points);

// The same for Gustafson's law (scaled speedup): p - S = s (p - 1), s = sum(x y) / sum(x x)
// with x = p - 1, y = p - S.
Fit fitGustafson(const std::vector<std::pair<double, double>>& points);

// Median of a non-empty list (mean of the two middle values for even sizes); NaN if empty.
double median(std::vector<double> values);

} // namespace scaling
